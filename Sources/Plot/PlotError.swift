/// What went wrong when a figure was given data it cannot draw.
///
/// Values only, no message text: the notebook's Diagnostics module writes the
/// words. The notebook layer adds the source location (the cell line that made
/// the call); the Plot module itself knows nothing of notebooks.
///
/// Every drawing method has two forms. The short one (`fig.line(ys)`) never
/// throws: it records the problem in ``Figure/problems`` and the figure shows a
/// visible "no data" note instead of the rejected series. The `add…` twin
/// (`try fig.addLine(ys)`) throws the same value instead.
public enum PlotError: Error, Equatable, Sendable {
    /// A series with no points at all (an empty array, a 0×0 matrix).
    case emptySeries(mark: MarkKind)
    /// `x` and `y` of one series have different lengths.
    case lengthMismatch(mark: MarkKind, xCount: Int, yCount: Int)
    /// A matrix passed where a row or column vector is needed.
    case notAVector(rows: Int, cols: Int)
    /// Rows of a `[[Double]]` heat map differ in length.
    case raggedRows(row: Int, expected: Int, found: Int)
    /// `histogram(_:bins:)` with `bins < 1` (or more than 10 000).
    case invalidBinCount(Int)
    /// `Figure(rows:cols:)` with fewer than 1 or more than 16 rows or columns.
    case invalidGrid(rows: Int, cols: Int)
    /// `fig[row, col]` outside the grid.
    case panelOutOfRange(row: Int, col: Int, rows: Int, cols: Int)
    /// A reference line (`hline`/`vline`) at NaN or ±∞. (Equality is the
    /// synthesized one, so a NaN payload never compares equal: match with `if case`.)
    case nonFiniteReference(axis: Axis, value: Double)
    /// Axis limits that are not finite, not increasing, or not positive on a log axis.
    case invalidLimits(axis: Axis, low: Double, high: Double)
    /// A colour that is neither `#rgb`, `#rrggbb` nor a CSS colour name.
    case invalidColor(String)
    /// Figure width or height outside 50…10 000 pixels, or not finite.
    case invalidSize(width: Double, height: Double)
    /// Rendering with ``Figure/checkedSVG(idPrefix:)`` a panel that has nothing
    /// drawable (no series, or only NaN/∞ points).
    case noData(row: Int, col: Int)
}

/// Data that a figure drew around rather than rejected: points it skipped.
/// Read them from ``Figure/warnings``; they are recomputed from the data and
/// the current scales, so changing `yscale` after adding a series is fine.
public enum PlotWarning: Equatable, Sendable {
    /// `count` NaN or ±∞ values of series `series` (0-based, in the panel's
    /// order of drawing calls) were skipped; a line is broken at each of them.
    case nonFiniteSkipped(row: Int, col: Int, series: Int, count: Int)
    /// `count` points of series `series` were ≤ 0 on a log axis and skipped.
    case nonPositiveOnLogAxis(row: Int, col: Int, series: Int, axis: Axis, count: Int)
    /// A `$…$` label the TeX module could not convert: shown as plain text.
    case mathNotRendered(tex: String)
}

/// Which axis of a panel.
public enum Axis: Equatable, Sendable { case x, y }

/// The kinds of drawing call, as named in ``PlotError`` values.
public enum MarkKind: Equatable, Sendable {
    case line, scatter, histogram, heatmap, referenceLine
}
