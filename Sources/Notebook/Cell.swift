import Yams

/// A ```` ```swift ```` fence: a cell that runs (DESIGN §2). Cells of a
/// notebook share one scope and run top to bottom.
///
/// ````markdown
/// ```swift
/// //| label: fig-loss
/// //| fig-cap: Loss per iteration
/// let losses = train(steps: 100)
/// ```
/// ````
/// gives `Cell(index: 0, code: "//| label: fig-loss\n//| fig-cap: …\nlet losses = …\n",
/// options: CellOptions(label: "fig-loss", figCap: "Loss per iteration"), line: 2, fenceLine: 1)`.
public struct Cell: Sendable, Equatable {
    /// Position among the notebook's cells, from 0.
    public var index: Int
    /// The code between the fences, `//|` option lines kept (they are Swift
    /// comments, and keeping them keeps the code's line numbers equal to the
    /// `.md` file's: line `k` of `code` is `.md` line `line + k - 1`).
    public var code: String
    public var options: CellOptions
    /// 1-based `.md` line of the code's first line (the line after the fence).
    public var line: Int
    /// 1-based `.md` line of the opening fence.
    public var fenceLine: Int
    /// How many leading `//|` option lines `code` has.
    public var optionLineCount: Int
    /// `fig-cap` read as Markdown with math (as Quarto reads it); empty without one.
    public var caption: [Inline] = []

    public init(index: Int, code: String, options: CellOptions = CellOptions(), line: Int,
                fenceLine: Int, optionLineCount: Int = 0) {
        self.index = index
        self.code = code
        self.options = options
        self.line = line
        self.fenceLine = fenceLine
        self.optionLineCount = optionLineCount
    }

    /// The code a reader sees: without the leading `//|` option lines (as Quarto shows it).
    public var displayedCode: String {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst(min(optionLineCount, lines.count))
        return lines.joined(separator: "\n")
    }

    /// The `.md` line of ``displayedCode``'s first line.
    public var displayedLine: Int { line + optionLineCount }
}

/// A cell's `//| key: value` options (Quarto's names).
public struct CellOptions: Sendable, Equatable {
    /// `label`: names the cell (its random stream, its anchor); `fig-…`
    /// labels anchor the cell's figure.
    public var label: String?
    /// `echo`: show the code. Default true.
    public var echo: Bool
    /// `output`: show what the cell printed and displayed. Default true.
    public var output: Bool
    /// `eval`: run the cell. Default true.
    public var eval: Bool
    /// `error`: an error is expected; it is shown and does not stop the notebook. Default false.
    public var error: Bool
    /// `fig-cap`: the caption of the cell's figure ("Figure n: …").
    public var figCap: String?
    /// `fig-alt`: the figure's alternative text for screen readers.
    public var figAlt: String?
    /// `timeout`: seconds the cell may run, overriding `execute.timeout`.
    public var timeout: Double?
    /// `code-fold`: the code is shown folded, opened by a click (a `<details>`, no script). Default false.
    public var codeFold = false

    public init(label: String? = nil, echo: Bool = true, output: Bool = true, eval: Bool = true,
                error: Bool = false, figCap: String? = nil, figAlt: String? = nil, timeout: Double? = nil) {
        self.label = label
        self.echo = echo
        self.output = output
        self.eval = eval
        self.error = error
        self.figCap = figCap
        self.figAlt = figAlt
        self.timeout = timeout
    }

    /// Every option a cell accepts; anything else is a warning (``NotebookWarningKind/unknownCellOption(key:known:)``),
    /// as an unknown front-matter key is.
    /// `include: false` is Quarto's shorthand for `echo: false` and `output: false`.
    public static let names: [String] = ["label", "echo", "output", "eval", "error", "include",
                                         "fig-cap", "fig-alt", "timeout", "code-fold"]
}

extension CellOptions {
    /// Reads the leading `//|` lines of `code` (the option block), starting
    /// from `defaults`. `line` is the `.md` line of the code's first line and
    /// `sourceLines` the `.md` file's lines, for error columns. Every bad line
    /// is an error in `problems`; the others still apply.
    static func parse(code: String, line: Int, defaults: CellOptions, sourceLines: [Substring],
                      problems: inout ReadingProblems) -> (CellOptions, lineCount: Int) {
        var options = defaults
        var count = 0
        var optionBytes = 0
        for text in code.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("//|") else { break }
            let mdLine = line + count
            count += 1
            let yaml = String(trimmed.dropFirst(3))
            if yaml.allSatisfy(\.isWhitespace) { continue }
            optionBytes += yaml.utf8.count
            if optionBytes > YAMLLimits.maximumBytes {
                problems.add(NotebookError(line: mdLine, column: 1,
                                           kind: .yamlTooLarge(section: .cellOptions, limit: YAMLLimits.maximumBytes)))
                break
            }
            // Column of the YAML text in the .md line: find "//|" there (the
            // fence may be indented inside a list item).
            let original = mdLine - 1 < sourceLines.count ? sourceLines[mdLine - 1] : trimmed
            let scalars = Array(original.unicodeScalars)
            let prefixColumns = scalars.indices.dropLast(2).first {
                scalars[$0] == "/" && scalars[$0 + 1] == "/" && scalars[$0 + 2] == "|"
            }.map { $0 + 3 } ?? 3
            let reader = YAMLReader(firstLine: mdLine, columnOffset: prefixColumns, keyPrefix: "",
                                    section: .cellOptions, text: yaml)
            do {
                if let unknown = try options.apply(yaml: yaml, reader: reader) {
                    problems.warn(line: unknown.line, column: unknown.column, .unknownCellOption(key: unknown.key, known: names))
                }
            } catch {
                problems.add(error)
            }
        }
        return (options, count)
    }

    /// Applies one `key: value` line; returns the key and its position when cells have no such option.
    private mutating func apply(yaml: String, reader: YAMLReader) throws(NotebookError)
        -> (key: String, line: Int, column: Int)? {
        let node = try reader.compose(yaml)
        guard let mapping = node?.mapping, mapping.count == 1, let (keyNode, keyed) = reader.keyedEntries(mapping).first
        else {
            throw reader.located(node?.mark, .cellOptionSyntax(problem: "expected key: value"))
        }
        // `//| label: ~`: YAML's null means the option is absent.
        if YAMLReader.isNull(keyed.node) { return nil }
        switch keyed.key {
        case "label":
            let value = try reader.string(keyed)
            guard !value.isEmpty, value.unicodeScalars.allSatisfy(Self.isLabelCharacter) else {
                throw reader.mismatch(keyed, expected: .identifier)
            }
            label = value
        case "echo": echo = try reader.bool(keyed)
        case "output": output = try reader.bool(keyed)
        case "eval": eval = try reader.bool(keyed)
        case "error": error = try reader.bool(keyed)
        case "include":
            if try !reader.bool(keyed) { echo = false; output = false }
        case "fig-cap": figCap = try reader.string(keyed)
        case "fig-alt": figAlt = try reader.string(keyed)
        case "timeout": timeout = try reader.positiveNumber(keyed)
        case "code-fold": codeFold = try reader.bool(keyed)
        default:
            let position = reader.position(of: keyNode)
            return (keyed.key, position.line, position.column)
        }
        return nil
    }

    static func isLabelCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || scalar == "-" || scalar == "_" || scalar == "." || scalar == ":"
    }
}
