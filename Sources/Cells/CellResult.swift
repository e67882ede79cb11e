import Linalg
import Plot
import DataFiles

/// One cell as the notebook hands it to the engine: its Swift source and where
/// that source sits in the Markdown file, so every position can be reported
/// as `file.md:line:column`.
public struct CellSource: Sendable {
    /// Position of the cell in the notebook, from 0.
    public var index: Int
    /// `//| label:` if given; it names the cell's random stream.
    public var label: String?
    /// The code, without the fences, `//|` option lines kept (they are comments).
    public var code: String
    /// 1-based line in the .md file of the code's first line.
    public var firstLine: Int
    /// `//| eval: false` cells are checked but never run.
    public var eval: Bool
    /// `//| error: true`: an error is expected, shown, and does not stop the notebook.
    public var errorExpected: Bool
    /// `//| timeout:` in seconds, if given.
    public var timeout: Double?

    public init(index: Int, label: String? = nil, code: String, firstLine: Int,
                eval: Bool = true, errorExpected: Bool = false, timeout: Double? = nil) {
        self.index = index
        self.label = label
        self.code = code
        self.firstLine = firstLine
        self.eval = eval
        self.errorExpected = errorExpected
        self.timeout = timeout
    }
}

/// What running one cell produced, in the order a reader sees it.
public struct CellResult: Sendable {
    public var index: Int
    /// Whether the cell ran (false for `eval: false`, or cells after a failure).
    public var ran: Bool
    /// Everything the cell printed, exactly as compiled Swift would print it.
    public var stdout: String
    /// Figures passed to `show(_:)`, in order.
    public var figures: [Figure]
    /// The cell's last bare expression, if it had one and it was not `Void`.
    public var display: DisplayValue?
    /// Every `check(_:_:)` the cell made, in order.
    public var checks: [CheckOutcome]
    /// The error that stopped the cell, if any.
    public var error: CellError?
    /// The data files the cell read, in the order it first read each (its path, size and
    /// SHA-256): what the report lists and what a results cache keys this cell and the
    /// cells after it on.
    public var dataFiles: [DataFileRecord] = []

    public init(index: Int, ran: Bool = false, stdout: String = "", figures: [Figure] = [],
                display: DisplayValue? = nil, checks: [CheckOutcome] = [], error: CellError? = nil) {
        self.index = index
        self.ran = ran
        self.stdout = stdout
        self.figures = figures
        self.display = display
        self.checks = checks
        self.error = error
    }
}

extension CellResult {
    /// What the figures the cell shows (`show(fig)`, or a figure as its value) could not draw
    /// as asked: problems (a series with no points, an invalid size: the figure renders with
    /// "no data" there) and warnings (NaN or non-positive points skipped). In the order of the
    /// figures, each figure's problems first. Computed from the figures (deterministic);
    /// `mathMacros` are the notebook's, with which the figures' labels are typeset.
    public func figureNotes(mathMacros: [String: String] = [:]) -> [FigureNote] {
        var shown = figures.enumerated().map { (FigureNote.Origin.shown($0.offset), $0.element) }
        if case .figure(let figure)? = display { shown.append((.displayed, figure)) }
        return shown.flatMap { origin, figure in
            figure.problems.map { FigureNote(figure: origin, kind: .problem($0)) }
                + figure.warnings(mathMacros: mathMacros).map { FigureNote(figure: origin, kind: .warning($0)) }
        }
    }
}

/// A problem or warning of one figure of a cell (see `CellResult.figureNotes`); the words
/// are `Diagnostics`' (`Messages.text(for:)` of the `PlotError` or `PlotWarning`).
public struct FigureNote: Sendable, Equatable {
    /// Which figure: the `index`th passed to `show(_:)`, or the cell's displayed value.
    public enum Origin: Sendable, Equatable {
        case shown(Int)
        case displayed
    }

    public enum Kind: Sendable, Equatable {
        case problem(PlotError)
        case warning(PlotWarning)
    }

    public var figure: Origin
    public var kind: Kind

    public init(figure: Origin, kind: Kind) {
        self.figure = figure
        self.kind = kind
    }
}

/// How a cell's last expression is shown.
public enum DisplayValue: Sendable, Codable {
    /// Numbers, strings, arrays, tuples: their Swift `description`.
    case text(String)
    /// Small matrices become typeset math, large ones a table.
    case matrix(Matrix)
    case figure(Figure)
}

/// One `check(condition, "message")` call and how it came out.
public struct CheckOutcome: Sendable, Equatable {
    public var message: String
    public var passed: Bool
    /// Where the `check` call is, in the .md file (1-based).
    public var line: Int
    public var column: Int

    public init(message: String, passed: Bool, line: Int, column: Int) {
        self.message = message
        self.passed = passed
        self.line = line
        self.column = column
    }
}

/// Stored as ``CallSite`` is: the line relative to the coder's ``CallSite/lineOrigin``, so a
/// cached check is placed where its cell now stands.
extension CheckOutcome: Codable {
    private enum CodingKeys: String, CodingKey { case message, passed, line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        message = try container.decode(String.self, forKey: .message)
        passed = try container.decode(Bool.self, forKey: .passed)
        line = CallSite.placedLine(try container.decode(Int.self, forKey: .line), decoder.userInfo)
        column = try container.decode(Int.self, forKey: .column)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encode(passed, forKey: .passed)
        try container.encode(CallSite.storedLine(line, encoder.userInfo), forKey: .line)
        try container.encode(column, forKey: .column)
    }
}
