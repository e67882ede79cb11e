import Foundation

/// Reads a BibTeX file: `@type{key, field = {…} # "…" # macro, …}` entries
/// (braces or parentheses around them), `@string` macros, `@comment` and
/// `@preamble` skipped, TeX accents (`{\"o}`, `\'{e}`, `\ss`, `--`) turned
/// into Unicode and case-protecting braces dropped.
///
/// Limits: ``maximumBytes`` of input, ``maximumEntries`` entries, braces nested
/// ``maximumDepth`` deep. A problem is a ``BibTeXProblem`` at its line and
/// column in the `.bib` file; the entry it is in is skipped and reading
/// goes on at the next `@`.
struct BibTeXReader {
    static let maximumBytes = 4 << 20
    static let maximumEntries = 10_000
    static let maximumDepth = 64

    private let s: [Unicode.Scalar]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var strings: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]
    private(set) var entries: [BibEntry] = []
    private(set) var problems: [BibTeXProblem] = []

    init(_ text: String) {
        s = Array(text.unicodeScalars)
    }

    /// Reads `text`: the entries and every problem met.
    static func read(_ text: String) -> (entries: [BibEntry], problems: [BibTeXProblem]) {
        guard text.utf8.count <= maximumBytes else {
            return ([], [BibTeXProblem(line: 1, column: 1, kind: .tooLarge(limit: maximumBytes))])
        }
        var reader = BibTeXReader(text)
        reader.readAll()
        return (reader.entries, reader.problems)
    }

    private struct Failure: Error {
        var problem: BibTeXProblem
    }

    private var column: Int { i - lineStart + 1 }

    private mutating func fail(_ kind: BibTeXProblem.Kind) -> Failure {
        Failure(problem: BibTeXProblem(line: line, column: column, kind: kind))
    }

    private mutating func advance() {
        if s[i] == "\n" { line += 1; lineStart = i + 1 }
        i += 1
    }

    private mutating func skipSpace() {
        while i < s.count, s[i].properties.isWhitespace { advance() }
    }

    private mutating func readAll() {
        while i < s.count {
            // Text outside entries is a comment, as BibTeX reads it.
            guard s[i] == "@" else { advance(); continue }
            let entryStart = (i, line, lineStart)
            advance()
            do {
                try readEntry()
            } catch {
                problems.append(error.problem)
                // Go on at the next line starting with `@` after the entry's own.
                (i, line, lineStart) = entryStart
                advance()
                while i < s.count, !(s[i] == "@" && s[i - 1] == "\n") { advance() }
            }
            if entries.count >= Self.maximumEntries {
                problems.append(BibTeXProblem(line: line, column: column, kind: .tooManyEntries(limit: Self.maximumEntries)))
                return
            }
        }
    }

    private mutating func readEntry() throws(Failure) {
        skipSpace()
        let type = identifier().lowercased()
        guard !type.isEmpty else { throw fail(.expected(.entryType)) }
        skipSpace()
        guard i < s.count, s[i] == "{" || s[i] == "(" else { throw fail(.expected(.entryOpening)) }
        let close: Unicode.Scalar = s[i] == "{" ? "}" : ")"
        advance()
        switch type {
        case "comment", "preamble":
            _ = try balanced(until: close)
            return
        case "string":
            skipSpace()
            let name = identifier().lowercased()
            skipSpace()
            guard i < s.count, s[i] == "=" else { throw fail(.expected(.equals)) }
            advance()
            strings[name] = try value()
            skipSpace()
            guard i < s.count, s[i] == close else { throw fail(.expected(.closing)) }
            advance()
            return
        default:
            break
        }
        skipSpace()
        var key = String.UnicodeScalarView()
        while i < s.count, s[i] != ",", s[i] != close, !s[i].properties.isWhitespace { key.append(s[i]); advance() }
        guard !key.isEmpty else { throw fail(.expected(.citationKey)) }
        var fields: [String: String] = [:]
        while true {
            skipSpace()
            guard i < s.count else { throw fail(.unclosedEntry) }
            if s[i] == close { advance(); break }
            guard s[i] == "," else { throw fail(.expected(.fieldSeparator)) }
            advance()
            skipSpace()
            if i < s.count, s[i] == close { advance(); break }
            let name = identifier().lowercased()
            guard !name.isEmpty else { throw fail(.expected(.fieldName)) }
            skipSpace()
            guard i < s.count, s[i] == "=" else { throw fail(.expected(.equals)) }
            advance()
            fields[name] = try value()
        }
        entries.append(Self.entry(key: String(key), type: type, fields: fields))
    }

    private mutating func identifier() -> String {
        var result = String.UnicodeScalarView()
        while i < s.count, s[i].properties.isAlphabetic || s[i].properties.numericType != nil
                || "_-:.+/'".unicodeScalars.contains(s[i]) {
            result.append(s[i])
            advance()
        }
        return String(result)
    }

    /// `{…}`, `"…"`, a number or a macro name, joined by `#`; the raw TeX.
    private mutating func value() throws(Failure) -> String {
        var result = ""
        while true {
            skipSpace()
            guard i < s.count else { throw fail(.unclosedEntry) }
            if s[i] == "{" {
                advance()
                result += try balanced(until: "}")
            } else if s[i] == "\"" {
                advance()
                result += try quoted()
            } else {
                let word = identifier()
                guard !word.isEmpty else { throw fail(.expected(.value)) }
                result += word.allSatisfy(\.isNumber) ? word : (strings[word.lowercased()] ?? word)
            }
            skipSpace()
            guard i < s.count, s[i] == "#" else { return result }
            advance()
        }
    }

    /// Text up to the `close` that balances (nested braces kept), consuming it.
    private mutating func balanced(until close: Unicode.Scalar) throws(Failure) -> String {
        var depth = 0
        var result = String.UnicodeScalarView()
        let start = (line, column - 1)
        while i < s.count {
            let c = s[i]
            if c == "\\", i + 1 < s.count {
                result.append(c); advance(); result.append(s[i]); advance()
                continue
            }
            if depth == 0, c == close { advance(); return String(result) }
            // A line starting with `@` starts the next entry: this one is unclosed (and
            // a file of unclosed entries is read in linear time, not each to its end).
            if c == "\n", i + 1 < s.count, s[i + 1] == "@" { break }
            if c == "{" {
                depth += 1
                guard depth <= Self.maximumDepth else { throw fail(.nestingTooDeep(limit: Self.maximumDepth)) }
            }
            if c == "}" {
                guard depth > 0 else { throw fail(.expected(.closing)) }
                depth -= 1
            }
            result.append(c)
            advance()
        }
        throw Failure(problem: BibTeXProblem(line: start.0, column: start.1, kind: .unclosedEntry))
    }

    private mutating func quoted() throws(Failure) -> String {
        var depth = 0
        var result = String.UnicodeScalarView()
        let start = (line, column - 1)
        while i < s.count {
            let c = s[i]
            if c == "\"", depth == 0 { advance(); return String(result) }
            if c == "\n", i + 1 < s.count, s[i + 1] == "@" { break }
            if c == "{" {
                depth += 1
                guard depth <= Self.maximumDepth else { throw fail(.nestingTooDeep(limit: Self.maximumDepth)) }
            }
            if c == "}" { depth = max(0, depth - 1) }
            result.append(c)
            advance()
        }
        throw Failure(problem: BibTeXProblem(line: start.0, column: start.1, kind: .unclosedEntry))
    }

    // MARK: Fields to an entry

    static func entry(key: String, type: String, fields: [String: String]) -> BibEntry {
        func text(_ name: String) -> String? {
            fields[name].map { TeXText.plain($0) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var entry = BibEntry(key: key, type: WorkType(bibtex: type),
                             authors: fields["author"].map(names) ?? [], year: text("year"), title: text("title"))
        entry.editors = fields["editor"].map(names) ?? []
        entry.containerTitle = text("journal") ?? text("journaltitle") ?? text("booktitle")
        entry.volume = text("volume")
        entry.issue = text("number") ?? text("issue")
        entry.pages = text("pages")
        entry.publisher = text("publisher") ?? text("school") ?? text("institution")
        entry.doi = fields["doi"].map { $0.trimmingCharacters(in: .whitespaces) }
        entry.url = fields["url"].map { $0.trimmingCharacters(in: .whitespaces) }
        if entry.year == nil, let date = text("date") { entry.year = String(date.prefix(4)) }
        if entry.containerTitle == nil, entry.type == .other || entry.type == .report,
           let eprint = text("eprint"), (text("archiveprefix") ?? text("eprinttype"))?.lowercased() == "arxiv" {
            entry.containerTitle = "arXiv:" + eprint
            entry.type = .report
        }
        return entry
    }

    /// `Du, Simon S. and Hu, Wei and Jason D. Lee` → names, split at ` and ` outside braces.
    static func names(_ field: String) -> [PersonName] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        let words = field.split(separator: " ", omittingEmptySubsequences: true)
        for word in words {
            if depth == 0, word == "and" {
                parts.append(current)
                current = ""
                continue
            }
            for c in word { if c == "{" { depth += 1 } else if c == "}" { depth = max(0, depth - 1) } }
            current += current.isEmpty ? String(word) : " " + word
        }
        parts.append(current)
        return parts.filter { !$0.isEmpty }.map(name)
    }

    /// "Family, Given" or "Given Family" (the last word, braces kept together, is the family name).
    static func name(_ raw: String) -> PersonName {
        if let comma = topLevelComma(raw) {
            return PersonName(family: TeXText.plain(String(raw[..<comma])).trimmingWhitespace,
                              given: TeXText.plain(String(raw[raw.index(after: comma)...])).trimmingWhitespace)
        }
        // A whole name in braces is an institution: `{Deep Learning Group}`.
        var depth = 0
        var lastSpace: String.Index?
        for index in raw.indices {
            let c = raw[index]
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 } else if c == " ", depth == 0 { lastSpace = index }
        }
        guard let lastSpace else { return PersonName(family: TeXText.plain(raw).trimmingWhitespace) }
        return PersonName(family: TeXText.plain(String(raw[raw.index(after: lastSpace)...])).trimmingWhitespace,
                          given: TeXText.plain(String(raw[..<lastSpace])).trimmingWhitespace)
    }

    private static func topLevelComma(_ raw: String) -> String.Index? {
        var depth = 0
        for index in raw.indices {
            switch raw[index] {
            case "{": depth += 1
            case "}": depth -= 1
            case "," where depth == 0: return index
            default: break
            }
        }
        return nil
    }
}

/// A problem in a `.bib` file, at its line and column there.
public struct BibTeXProblem: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var kind: Kind

    public enum Kind: Sendable, Equatable {
        /// What the reader expected here.
        case expected(Expectation)
        /// An entry or value that the file ends inside.
        case unclosedEntry
        case nestingTooDeep(limit: Int)
        case tooLarge(limit: Int)
        case tooManyEntries(limit: Int)
    }

    /// What a `.bib` file must have where it did not.
    public enum Expectation: Sendable, Equatable {
        /// A type after `@` (`article`).
        case entryType
        /// `{` or `(` after the type.
        case entryOpening
        case citationKey
        case fieldName
        /// `=` between a field's name and its value.
        case equals
        /// `,` between fields.
        case fieldSeparator
        /// `{…}`, `"…"`, a number or a `@string` name.
        case value
        /// The `}` or `)` that closes the entry.
        case closing
    }
}
