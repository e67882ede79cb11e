/// A figure: one panel, or a grid of panels, rendered as one SVG.
///
/// The notebook's cells build figures the way matplotlib users expect, and a
/// cell whose last expression is a figure shows it:
///
/// ```swift
/// var fig = Figure(title: "Objective", xlabel: "iteration", ylabel: "$f(W_t)$", yscale: .log)
/// fig.line(objective, label: "without regularization")
/// fig.line(regularized, label: "with regularization", style: .dashed)
/// fig.hline(1e-6, label: "tolerance")
/// fig
/// ```
///
/// Side-by-side panels:
///
/// ```swift
/// var fig = Figure(rows: 1, cols: 2, title: "Training")
/// fig[0, 0].line(loss)
/// fig[0, 1].heatmap(W)
/// ```
///
/// The drawing methods and axis properties on `Figure` itself (`line`,
/// `xlabel`, `yscale`, …) act on the top-left panel, `fig[0, 0]`.
///
/// Bad input never traps: the short methods record a ``PlotError`` in
/// ``problems`` and the figure still renders, with a "no data" note where
/// nothing could be drawn; the `add…` twins throw instead. Skipped points
/// (NaN, ±∞, ≤ 0 on a log axis) are listed in ``warnings``.
public struct Figure: Sendable {
    /// Above everything; for a one-panel figure, above that panel.
    public var title: String?
    /// Size in CSS pixels (the SVG's `width`, `height` and `viewBox`).
    public var width: Double
    public var height: Double
    public let rows: Int
    public let cols: Int
    /// TeX macros for `$…$` in labels (name without backslash → expansion),
    /// as in the notebook's `math.macros` front matter. The notebook sets it.
    public var mathMacros: [String: String] = [:]

    var panels: [Panel]
    var ownProblems: [PlotError] = []

    /// A figure with one panel. 480×320 px, about a column of a handout.
    public init(title: String? = nil, xlabel: String? = nil, ylabel: String? = nil,
                xscale: AxisScale = .linear, yscale: AxisScale = .linear,
                width: Double = 480, height: Double = 320) {
        self.title = title
        self.width = width
        self.height = height
        rows = 1
        cols = 1
        panels = [Panel(xlabel: xlabel, ylabel: ylabel, xscale: xscale, yscale: yscale)]
    }

    /// A `rows × cols` grid of empty panels (1…16 each; anything else is
    /// recorded as ``PlotError/invalidGrid(rows:cols:)`` and gives one panel).
    /// Default size: 340 px per column (at most 960) and 280 px per row.
    public init(rows: Int, cols: Int, title: String? = nil, width: Double? = nil, height: Double? = nil) {
        let valid = (1...16).contains(rows) && (1...16).contains(cols)
        self.rows = valid ? rows : 1
        self.cols = valid ? cols : 1
        self.title = title
        self.width = width ?? min(960, 340 * Double(self.cols))
        self.height = height ?? 280 * Double(self.rows) + (title == nil ? 0 : 24)
        panels = Array(repeating: Panel(), count: self.rows * self.cols)
        if !valid { ownProblems.append(.invalidGrid(rows: rows, cols: cols)) }
    }

    /// The panel at `row`, `col` (from 0, row 0 at the top). Reading outside
    /// the grid gives an empty panel; writing there is recorded as
    /// ``PlotError/panelOutOfRange(row:col:rows:cols:)`` and changes nothing.
    public subscript(row: Int, col: Int) -> Panel {
        get { contains(row, col) ? panels[row * cols + col] : Panel() }
        set {
            if contains(row, col) {
                panels[row * cols + col] = newValue
            } else {
                ownProblems.append(.panelOutOfRange(row: row, col: col, rows: rows, cols: cols))
            }
        }
    }

    /// The throwing twin of reading `fig[row, col]`.
    public func panel(row: Int, col: Int) throws(PlotError) -> Panel {
        guard contains(row, col) else { throw .panelOutOfRange(row: row, col: col, rows: rows, cols: cols) }
        return panels[row * cols + col]
    }

    /// The throwing twin of assigning `fig[row, col] = panel`.
    public mutating func setPanel(_ panel: Panel, row: Int, col: Int) throws(PlotError) {
        guard contains(row, col) else { throw .panelOutOfRange(row: row, col: col, rows: rows, cols: cols) }
        panels[row * cols + col] = panel
    }

    /// Everything rejected so far: grid and panel-index errors, each panel's
    /// rejected calls (row by row), and an invalid size.
    public var problems: [PlotError] {
        var all = ownProblems + panels.flatMap(\.problems)
        if !Self.isValidSize(width, height) { all.append(.invalidSize(width: width, height: height)) }
        return all
    }

    /// Points skipped when drawing, and labels whose math could not be typeset.
    public var warnings: [PlotWarning] {
        FigureRenderer(figure: self, idPrefix: "").warnings
    }

    /// The figure as one complete `<svg>` element, for inline use in HTML or
    /// as a standalone `.svg` file. Every `id` inside starts with `idPrefix`
    /// (characters other than ASCII letters, digits, `-` and `_` become `_`),
    /// so figures with distinct prefixes can share a page. Never fails: a
    /// panel with nothing to draw shows a "no data" note.
    public func svg(idPrefix: String) -> String {
        FigureRenderer(figure: self, idPrefix: idPrefix).svg()
    }

    /// Like ``svg(idPrefix:)``, but throws the first of ``problems``, or
    /// ``PlotError/noData(row:col:)`` for the first panel with nothing drawable.
    public func checkedSVG(idPrefix: String) throws(PlotError) -> String {
        if let first = problems.first { throw first }
        let renderer = FigureRenderer(figure: self, idPrefix: idPrefix)
        if let empty = renderer.firstPanelWithoutData { throw .noData(row: empty / cols, col: empty % cols) }
        return renderer.svg()
    }

    private func contains(_ row: Int, _ col: Int) -> Bool {
        (0..<rows).contains(row) && (0..<cols).contains(col)
    }

    static func isValidSize(_ width: Double, _ height: Double) -> Bool {
        (50...10_000).contains(width) && (50...10_000).contains(height)
    }
}
