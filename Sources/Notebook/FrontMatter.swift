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
    /// `toc`: whether the report has a table of contents. Default `true`: a
    /// lecture handout is navigated by its headings.
    public var toc: Bool
    /// `lang`: the document's language for `<html lang>`, default `en`.
    public var lang: String
    /// `execute.echo`, `execute.output`, `execute.eval`, `execute.error`:
    /// notebook-wide defaults for the cell options of the same name (Quarto's convention).
    public var cellDefaults: CellOptions

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
    /// Splits `source` into front matter and body. The front matter is a
    /// `---` first line (not followed by a blank line) up to a `---` or `...`
    /// line. Returns the parsed front matter, the body, the `.md` line the
    /// body starts on, and where the title, subtitle and abstract texts start.
    static func split(_ source: String) throws(NotebookError)
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
        var lineNumber = 1
        while let line = nextLine() {
            lineNumber += 1
            let trimmed = trimmedLine(line)
            if trimmed == "---" || trimmed == "..." {
                let (frontMatter, positions) = try parse(yaml: yamlLines.joined(separator: "\n"), firstLine: 2)
                let body = lines.first.map { source[$0.startIndex...] } ?? source[source.endIndex...]
                return (frontMatter, body, lineNumber + 1, positions)
            }
            yamlLines.append(line)
        }
        throw NotebookError(line: 1, column: 1, kind: .unclosedFrontMatter)
    }

    private static func trimmedLine(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return line
    }

    /// Parses the YAML between the `---` lines; `firstLine` is the `.md` line of its first line.
    static func parse(yaml: String, firstLine: Int) throws(NotebookError)
        -> (FrontMatter, markupPositions: [String: MarkupPosition]) {
        let reader = YAMLReader(firstLine: firstLine, keyPrefix: "")
        let node = try reader.compose(yaml)
        var frontMatter = FrontMatter()
        guard let node else { return (frontMatter, [:]) }
        guard let mapping = node.mapping else {
            throw reader.error(at: node, .frontMatterNotMapping)
        }
        let keys = reader.entries(mapping)
        frontMatter.title = try keys["title"].map(reader.string)
        frontMatter.subtitle = try keys["subtitle"].map(reader.string)
        var positions: [String: MarkupPosition] = [:]
        for key in ["title", "subtitle", "abstract"] {
            if let keyed = keys[key] { positions[key] = reader.markupPosition(of: keyed.node) }
        }
        frontMatter.date = try keys["date"].map(reader.string)
        frontMatter.abstract = try keys["abstract"].map(reader.string)
        if let lang = keys["lang"] { frontMatter.lang = try reader.string(lang) }
        if let toc = keys["toc"] { frontMatter.toc = try reader.bool(toc) }
        if let author = keys["author"] ?? keys["authors"] { frontMatter.authors = try reader.authors(author) }
        if let math = keys["math"] {
            let mathKeys = try reader.subMapping(math)
            if let macros = mathKeys["macros"] { frontMatter.macros = try reader.macros(macros) }
        }
        if let execute = keys["execute"] {
            let executeKeys = try reader.subMapping(execute)
            if let seed = executeKeys["seed"] { frontMatter.seed = try reader.unsignedInteger(seed) }
            if let timeout = executeKeys["timeout"] { frontMatter.timeout = try reader.positiveNumber(timeout) }
            var defaults = CellOptions()
            if let echo = executeKeys["echo"] { defaults.echo = try reader.bool(echo) }
            if let output = executeKeys["output"] { defaults.output = try reader.bool(output) }
            if let eval = executeKeys["eval"] { defaults.eval = try reader.bool(eval) }
            if let error = executeKeys["error"] { defaults.error = try reader.bool(error) }
            frontMatter.cellDefaults = defaults
        }
        return (frontMatter, positions)
    }
}
