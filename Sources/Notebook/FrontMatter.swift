import Yams

/// The notebook's YAML front matter, read with Yams (DESIGN §2). Unknown keys
/// are ignored (Quarto documents carry many, such as `format:`); known keys
/// with a value of the wrong kind are errors at their `.md` line.
///
/// ```yaml
/// ---
/// title: Deep Linear Networks
/// subtitle: "Session 1: layers are automatically balanced"
/// author: [Rathindra Nath Karmakar]
/// date: 2024-09-12
/// abstract: Gradient flow conserves the difference of the layers' Gram matrices.
/// toc: true
/// math:
///   macros:
///     grad: "\\operatorname{grad}"
/// execute:
///   seed: 7
///   timeout: 30
///   echo: true
/// ---
/// ```
public struct FrontMatter: Sendable, Equatable {
    /// The seed used when `execute.seed` is not given, so that a notebook
    /// without one is still reproducible.
    public static let defaultSeed: UInt64 = 42

    public var title: String?
    public var subtitle: String?
    /// `author:` as a string or a list of strings (or of mappings with a `name`).
    public var authors: [String]
    /// The date exactly as written (`2024-09-12` stays a string, not a timestamp).
    public var date: String?
    public var abstract: String?
    /// `math.macros`: name (without the backslash) → replacement TeX, as
    /// MathJax and KaTeX take them; a leading backslash in a name is dropped.
    /// The MathJax array form `[ "\\frac{#1}{2}", 1 ]` is accepted (the TeX is used).
    public var macros: [String: String]
    /// `execute.seed`: seeds the notebook's random generator.
    public var seed: UInt64
    /// `execute.timeout`: seconds a cell may run, if given.
    public var timeout: Double?
    /// `execute.data-limit`: the largest data file a cell may read, in bytes, if given
    /// (`64 MB`; docs/ARCHITECTURE.md, "Data files").
    public var dataLimit: Int?
    /// `toc`: whether the report has a table of contents. Default `true`: a
    /// lecture handout is navigated by its headings.
    public var toc: Bool
    /// `lang`: the document's language for `<html lang>`, default `en`.
    public var lang: String
    /// `execute.echo`, `execute.output`, `execute.eval`, `execute.error`:
    /// notebook-wide defaults for the cell options of the same name (Quarto's convention).
    public var cellDefaults: CellOptions
    /// `format:` the outputs `nb render` writes when `--to` is not given: a name, a list of
    /// names, or a mapping keyed by them (Quarto's form); empty when not set (HTML only).
    public var formats: [OutputFormat] = []
    /// `slide-level` (pandoc's and Quarto's name): a heading of this level starts a slide, a
    /// higher one is a section's title slide, a deeper one stays on its slide. Default 2.
    public var slideLevel: Int = 2
    /// `references:`: works cited, in CSL YAML.
    public var references: [BibEntry] = []
    /// `bibliography:`: a BibTeX file beside the notebook (read by ``Notebook/read(source:path:files:)``).
    public var bibliography: String?
    /// Where the `bibliography:` value is written, for the file's problems.
    public var bibliographyPosition = SourcePosition(line: 1, column: 1)

    public init(title: String? = nil, subtitle: String? = nil, authors: [String] = [],
                date: String? = nil, abstract: String? = nil, macros: [String: String] = [:],
                seed: UInt64 = FrontMatter.defaultSeed, timeout: Double? = nil, toc: Bool = true,
                lang: String = "en", cellDefaults: CellOptions = CellOptions()) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.date = date
        self.abstract = abstract
        self.macros = macros
        self.seed = seed
        self.timeout = timeout
        self.toc = toc
        self.lang = lang
        self.cellDefaults = cellDefaults
    }
}

extension FrontMatter {
    /// The keys nb reads; any other top-level key is a warning at its line
    /// (cell options are checked the same way). Documented in the README.
    public static let keys: [String] = ["title", "subtitle", "author", "authors", "date", "abstract", "lang",
                                        "toc", "math", "execute", "format", "slide-level",
                                        "references", "bibliography"]
    /// The keys of `math:`.
    public static let mathKeys: [String] = ["macros"]
    /// The keys of `execute:`: the seed and time limit, and defaults for the cell options of the same name.
    public static let executeKeys: [String] = ["seed", "timeout", "data-limit", "echo", "output", "eval", "error", "code-fold"]

    /// Splits `source` into front matter and body. The front matter is a
    /// `---` first line (not followed by a blank line) up to a `---` or `...`
    /// line. Returns the front matter (defaults where it could not be read;
    /// the problems go to `problems`), the body, the `.md` line the body
    /// starts on, and where the title, subtitle and abstract texts start.
    static func split(_ source: String, problems: inout ReadingProblems)
        -> (FrontMatter, body: Substring, bodyLine: Int, markupPositions: [String: MarkupPosition]) {
        // Only the lines up to the closing `---` are looked at.
        var lines = source[...].split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[...]
        func nextLine() -> Substring? {
            guard let line = lines.popFirst() else { return nil }
            if let rest = lines.popFirst() {
                lines = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[...]
            }
            return line
        }
        // As in pandoc, `---` followed by a blank line is a thematic break, not front matter.
        guard let first = nextLine(), trimmedLine(first) == "---",
              let second = lines.first, !trimmedLine(second).isEmpty else {
            return (FrontMatter(), source[...], 1, [:])
        }
        var yamlLines: [Substring] = []
        var yamlBytes = 0
        var lineNumber = 1
        while let line = nextLine() {
            lineNumber += 1
            let trimmed = trimmedLine(line)
            if trimmed == "---" || trimmed == "..." {
                let (frontMatter, positions) = parse(yaml: yamlLines.joined(separator: "\n"), firstLine: 2,
                                                     problems: &problems)
                let body = lines.first.map { source[$0.startIndex...] } ?? source[source.endIndex...]
                return (frontMatter, body, lineNumber + 1, positions)
            }
            yamlLines.append(line)
            yamlBytes += line.utf8.count + 1
            if yamlBytes > YAMLLimits.maximumBytes {
                // Not read any further: the rest is the body, as if it were prose.
                problems.add(NotebookError(line: lineNumber, column: 1,
                                           kind: .yamlTooLarge(section: .frontMatter, limit: YAMLLimits.maximumBytes)))
                return (FrontMatter(), source[source.endIndex...], lineNumber + 1, [:])
            }
        }
        problems.add(NotebookError(line: 1, column: 1, kind: .unclosedFrontMatter))
        return (FrontMatter(), source[source.endIndex...], lineNumber + 1, [:])
    }

    private static func trimmedLine(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return line
    }

    /// Parses the YAML between the `---` lines; `firstLine` is the `.md` line
    /// of its first line. Every problem is recorded; a key that cannot be read
    /// keeps its default.
    static func parse(yaml: String, firstLine: Int, problems: inout ReadingProblems)
        -> (FrontMatter, markupPositions: [String: MarkupPosition]) {
        let reader = YAMLReader(firstLine: firstLine, keyPrefix: "", section: .frontMatter, text: yaml)
        var frontMatter = FrontMatter()
        let composed: Node?
        do {
            composed = try reader.compose(yaml)
        } catch {
            problems.add(error)
            return (frontMatter, [:])
        }
        guard let node = composed else { return (frontMatter, [:]) }
        guard let mapping = node.mapping else {
            problems.add(reader.error(at: node, .frontMatterNotMapping))
            return (frontMatter, [:])
        }
        var positions: [String: MarkupPosition] = [:]
        var defaults = CellOptions()
        for (keyNode, keyed) in reader.keyedEntries(mapping) {
            // `title: ~`: YAML's null means the key is absent, for every key.
            if YAMLReader.isNull(keyed.node) { continue }
            do throws(NotebookError) {
                switch keyed.key {
                case "title":
                    frontMatter.title = try reader.string(keyed)
                    positions["title"] = reader.markupPosition(of: keyed.node)
                case "subtitle":
                    frontMatter.subtitle = try reader.string(keyed)
                    positions["subtitle"] = reader.markupPosition(of: keyed.node)
                case "abstract":
                    frontMatter.abstract = try reader.string(keyed)
                    positions["abstract"] = reader.markupPosition(of: keyed.node)
                case "date": frontMatter.date = try reader.string(keyed)
                case "lang": frontMatter.lang = try reader.string(keyed)
                case "toc": frontMatter.toc = try reader.bool(keyed)
                case "author", "authors": frontMatter.authors = try reader.authors(keyed)
                case "format": frontMatter.formats = try reader.outputFormats(keyed)
                case "slide-level":
                    let level = try reader.unsignedInteger(keyed)
                    guard (1...6).contains(level) else { throw reader.mismatch(keyed, expected: .headingLevel) }
                    frontMatter.slideLevel = Int(level)
                case "references": frontMatter.references = try reader.references(keyed)
                case "bibliography":
                    frontMatter.bibliography = try reader.string(keyed)
                    frontMatter.bibliographyPosition = reader.position(of: keyed.node)
                case "math":
                    for (subKey, entry) in try reader.subMapping(keyed) where !YAMLReader.isNull(entry.node) {
                        switch entry.key {
                        case "math.macros": frontMatter.macros = try reader.macros(entry)
                        default: problems.warn(at: reader.position(of: subKey), unknownKey: entry.key, known: mathKeys)
                        }
                    }
                case "execute":
                    for (subKey, entry) in try reader.subMapping(keyed) where !YAMLReader.isNull(entry.node) {
                        do throws(NotebookError) {
                            switch entry.key {
                            case "execute.seed": frontMatter.seed = try reader.unsignedInteger(entry)
                            case "execute.timeout": frontMatter.timeout = try reader.positiveNumber(entry)
                            case "execute.data-limit": frontMatter.dataLimit = try reader.byteSize(entry)
                            case "execute.echo": defaults.echo = try reader.bool(entry)
                            case "execute.output": defaults.output = try reader.bool(entry)
                            case "execute.eval": defaults.eval = try reader.bool(entry)
                            case "execute.error": defaults.error = try reader.bool(entry)
                            case "execute.code-fold": defaults.codeFold = try reader.bool(entry)
                            default:
                                problems.warn(at: reader.position(of: subKey), unknownKey: entry.key, known: executeKeys)
                            }
                        } catch {
                            problems.add(error)
                        }
                    }
                default:
                    problems.warn(at: reader.position(of: keyNode), unknownKey: keyed.key, known: keys)
                }
            } catch {
                problems.add(error)
            }
        }
        frontMatter.cellDefaults = defaults
        return (frontMatter, positions)
    }
}

extension ReadingProblems {
    mutating func warn(at position: SourcePosition, unknownKey key: String, known: [String]) {
        warn(line: position.line, column: position.column, .unknownFrontMatterKey(key: key, known: known))
    }
}
