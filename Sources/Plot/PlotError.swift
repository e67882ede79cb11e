/// What went wrong when a figure was given arguments it cannot draw.
///
/// Values only, no message text: the notebook's Diagnostics module writes the
/// words. Every case names the call and the argument at fault, and where a
/// range of values is accepted, that range, so a message can say exactly what
/// to change ("histogram: 'bins' must be in 1...10000, got -5"). The notebook
/// layer adds the source position of the call; Plot knows nothing of notebooks.
///
/// Every drawing method has two forms. The short one (`fig.line(ys)`) never
/// throws: it records the problem in ``Figure/problems`` and the figure shows a
/// visible "no data" note instead of the rejected series. The `add…` twin
/// (`try fig.addLine(ys)`) throws the same value instead; the notebook's cells
/// call the twins, so a bad argument is an error at the call's line.
public enum PlotError: Error, Equatable, Sendable, Codable {
    /// An argument without a single value (an empty array, a 0×0 matrix).
    case empty(call: PlotCall, argument: String)
    /// `argument` has `count` values where `reference` has `referenceCount`; they must match.
    case lengthMismatch(call: PlotCall, argument: String, count: Int, reference: String, referenceCount: Int)
    /// A whole number outside what the call accepts: `histogram(xs, bins: -5)` (accepted 1...10_000).
    case countOutOfRange(call: PlotCall, argument: String, value: Int, accepted: ClosedRange<Int>)
    /// A number outside what the call accepts, NaN included: `Figure(width: 1e12)`.
    case valueOutOfRange(call: PlotCall, argument: String, value: Double, accepted: ClosedRange<Double>)
    /// One value of an array argument outside what the call accepts:
    /// `errorbar(…, error: [0.1, -1])` (element 1; accepted 0...∞).
    case elementOutOfRange(call: PlotCall, argument: String, index: Int, value: Double, accepted: ClosedRange<Double>)
    /// A number that must be finite is NaN or ±∞ (`hline(.nan)`, `text("a", at: (.infinity, 0))`).
    case notFinite(call: PlotCall, argument: String, value: Double)
    /// A range argument (`x: a...b`, `range:`) that is not finite or has no width.
    case invalidInterval(call: PlotCall, argument: String, low: Double, high: Double)
    /// Values that must increase strictly do not: element `index` is not above element `index - 1`,
    /// or is not finite (histogram `edges:`, contour `levels:`).
    case notIncreasing(call: PlotCall, argument: String, index: Int)
    /// A matrix passed where a row or column vector is needed.
    case notAVector(call: PlotCall, argument: String, rows: Int, cols: Int)
    /// A sampled grid (a contour's matrix) with fewer than 2 rows or columns.
    case gridTooSmall(call: PlotCall, argument: String, rows: Int, cols: Int)
    /// Rows of a `[[Double]]` heat map differ in length.
    case raggedRows(row: Int, expected: Int, found: Int)
    /// A colour that is neither `#rgb`, `#rrggbb` nor a CSS colour name.
    case invalidColor(call: PlotCall, argument: String, value: String)
    /// `fig[row, col]` outside the grid.
    case panelOutOfRange(row: Int, col: Int, rows: Int, cols: Int)
    /// Axis limits that are not finite or not increasing (`xlim(2, 1)`).
    case invalidLimits(axis: Axis, low: Double, high: Double)
    /// Rendering with ``Figure/checkedSVG(idPrefix:mathMacros:)`` a panel that has nothing
    /// drawable (no series, or only NaN/∞ points).
    case noData(row: Int, col: Int)
    /// Drawing the fields of one panel (or of all an animation's frames) would
    /// take more than `limit` units of work (a grid cell visited per contour
    /// level, a streamline step): the call that would pass it is refused.
    case fieldWorkExceeded(call: PlotCall, work: Int, limit: Int)
    /// An animation frame whose grid of panels differs from the first frame's.
    case frameGridMismatch(expectedRows: Int, expectedCols: Int, rows: Int, cols: Int)
    /// An animation whose frames hold more than `limit` marks in all (each frame's marks
    /// are drawn into the one SVG, so this bounds its size).
    case animationTooLarge(frames: Int, marks: Int, limit: Int)
}

/// Where a drawing call was made, as the caller tells it (the notebook: the
/// line and column of the cell's call in the Markdown file). Plot only carries
/// it into the warnings about what that call drew.
public struct CallSite: Hashable, Sendable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// A coder's `userInfo` entry (an `Int`): lines are stored relative to it and read back
    /// relative to it, so a stored figure is placed where its cell now stands (the results
    /// cache stores a cell's figures relative to the cell's first line).
    public static let lineOrigin = CodingUserInfoKey(rawValue: "nb.lineOrigin")!

    private enum CodingKeys: String, CodingKey { case line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        line = Self.placedLine(try container.decode(Int.self, forKey: .line), decoder.userInfo)
        column = try container.decode(Int.self, forKey: .column)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.storedLine(line, encoder.userInfo), forKey: .line)
        try container.encode(column, forKey: .column)
    }

    /// `line` as a coder with `userInfo` stores it: relative to the ``lineOrigin`` (an `Int`, or a
    /// ``LineMapping`` for lines that may lie in several cells).
    public static func storedLine(_ line: Int, _ userInfo: [CodingUserInfoKey: Any]) -> Int {
        switch userInfo[lineOrigin] {
        case let origin as Int: line - origin
        case let mapping as any LineMapping: mapping.stored(line)
        default: line
        }
    }

    /// The line a stored line stands for, read by a coder with `userInfo`.
    public static func placedLine(_ stored: Int, _ userInfo: [CodingUserInfoKey: Any]) -> Int {
        switch userInfo[lineOrigin] {
        case let origin as Int: stored + origin
        case let mapping as any LineMapping: mapping.placed(stored)
        default: stored
        }
    }
}

/// How a coder stores lines that may lie anywhere in a notebook's cells (a ``CallSite/lineOrigin``
/// entry): a check or a drawing call made by a function an earlier cell declared is in that
/// cell, and must move with it.
public protocol LineMapping {
    func stored(_ line: Int) -> Int
    func placed(_ stored: Int) -> Int
}

/// Something a figure drew around rather than rejected: points it skipped, a
/// label it could not typeset. Recomputed from the data and the current scales
/// (``Figure/warnings(mathMacros:)``), so changing `yscale` after drawing is fine.
public struct PlotWarning: Equatable, Sendable, Codable {
    public var kind: Kind
    /// The call that drew what the warning is about (for the figure's own
    /// title and axis labels, where the figure was made), when the caller said.
    public var callSite: CallSite?

    public init(_ kind: Kind, callSite: CallSite? = nil) {
        self.kind = kind
        self.callSite = callSite
    }

    public enum Kind: Equatable, Sendable, Codable {
        /// `count` NaN or ±∞ values of series `series` (0-based, in the panel's
        /// order of drawing calls) were skipped; a line is broken at each of them.
        case nonFiniteSkipped(row: Int, col: Int, series: Int, count: Int)
        /// `count` points of series `series` were ≤ 0 on a log axis and skipped.
        case nonPositiveOnLogAxis(row: Int, col: Int, series: Int, axis: Axis, count: Int)
        /// No contour level lies inside the sampled values' range `low...high`: nothing drawn.
        case levelsOutsideData(row: Int, col: Int, series: Int, low: Double, high: Double)
        /// A contour whose level sets have more than `limit` segments (noise
        /// at its resolution): not drawn.
        case contourTooDetailed(row: Int, col: Int, series: Int, limit: Int)
        /// A text or arrow placed outside the panel's axis limits: not drawn.
        case outsideAxes(row: Int, col: Int, series: Int)
        /// A `$…$` label the TeX module could not convert: shown as plain text.
        case mathNotRendered(tex: String)
    }
}

/// Which axis of a panel.
public enum Axis: Equatable, Sendable, Codable { case x, y }

/// The calls of the Plot API, as named in ``PlotError`` values; the raw
/// value is the call's Swift name (`Figure`, `vectorField`).
public enum PlotCall: String, Equatable, Sendable, Codable {
    case figure = "Figure", animation = "Animation"
    case line, scatter, histogram, heatmap, hline, vline
    case contour, vectorField, streamlines
    case band, bar, stem, errorbar, text, arrow
}
