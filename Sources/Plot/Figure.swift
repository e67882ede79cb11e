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
/// (NaN, ±∞, ≤ 0 on a log axis) and labels whose math cannot be typeset are
/// listed by ``warnings(mathMacros:)``.
public struct Figure: Sendable, Codable {
    /// Above everything; for a one-panel figure, above that panel.
    public var title: String?
    /// Size in CSS pixels (the SVG's `width`, `height` and `viewBox`), 50…10 000 each.
    public var width: Double
    public var height: Double
    public let rows: Int
    public let cols: Int
    /// Where the figure was made, when the caller said: warnings about its
    /// title and axis labels point here.
    public var callSite: CallSite?

    var panels: [Panel]
    var ownProblems: [PlotError] = []
    /// Set when this figure shows an ``Animation`` (``init(_:)``).
    public internal(set) var animation: Animation?

    /// The grid sizes `Figure(rows:cols:)` accepts.
    public static let gridRange = 1...16

    /// A figure with one panel. 480×320 px, about a column of a handout.
    /// `aspect: .equal` gives both axes the same unit length (a phase
    /// portrait); `legend:` places the legend (see ``LegendPlacement``).
    public init(title: String? = nil, xlabel: String? = nil, ylabel: String? = nil,
                xscale: AxisScale = .linear, yscale: AxisScale = .linear, aspect: Aspect = .auto,
                legend: LegendPlacement = .best, width: Double = 480, height: Double = 320) {
        self.title = title
        self.width = width
        self.height = height
        rows = 1
        cols = 1
        var panel = Panel(xlabel: xlabel, ylabel: ylabel, xscale: xscale, yscale: yscale)
        panel.aspect = aspect
        panel.legend = legend
        panels = [panel]
    }

    /// A `rows × cols` grid of empty panels (1…16 each; anything else is
    /// recorded as ``PlotError/countOutOfRange(call:argument:value:accepted:)``
    /// and gives one panel). Default size: 340 px per column (at most 960)
    /// and 280 px per row.
    public init(rows: Int, cols: Int, title: String? = nil, width: Double? = nil, height: Double? = nil) {
        let valid = Self.gridRange.contains(rows) && Self.gridRange.contains(cols)
        self.rows = valid ? rows : 1
        self.cols = valid ? cols : 1
        self.title = title
        self.width = width ?? min(960, 340 * Double(self.cols))
        self.height = height ?? 280 * Double(self.rows) + (title == nil ? 0 : 24)
        panels = Array(repeating: Panel(), count: self.rows * self.cols)
        if !Self.gridRange.contains(rows) {
            ownProblems.append(.countOutOfRange(call: .figure, argument: "rows", value: rows, accepted: Self.gridRange))
        } else if !Self.gridRange.contains(cols) {
            ownProblems.append(.countOutOfRange(call: .figure, argument: "cols", value: cols, accepted: Self.gridRange))
        }
    }

    /// The figure itself, or the first of ``problems`` thrown: how a caller
    /// that reports errors at the call (a notebook cell) makes a figure.
    ///
    /// ```swift
    /// let fig = try Figure(width: 1e12).validated()   // throws .valueOutOfRange(call: .figure, argument: "width", …)
    /// ```
    public func validated() throws(PlotError) -> Figure {
        if let first = problems.first { throw first }
        return self
    }

    /// Runs `draw` and tags every mark it adds with `site`, so that warnings
    /// about those marks (points skipped, math that cannot be typeset) point
    /// at the call that drew them.
    public mutating func drawing<Failure: Error>(at site: CallSite,
                                                 _ draw: (inout Figure) throws(Failure) -> Void) throws(Failure) {
        let before = panels.map(\.marks.count)
        defer {
            for (index, count) in before.enumerated() where panels[index].marks.count > count {
                for mark in count..<panels[index].marks.count { panels[index].callSites[mark] = site }
            }
        }
        try draw(&self)
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

    /// Everything rejected so far: grid and panel-index errors, an invalid
    /// size, and each panel's rejected calls (row by row).
    public var problems: [PlotError] {
        if let animation { return animation.problems }
        var all = ownProblems
        for (argument, value) in [("width", width), ("height", height)] where !ArgumentChecks.sizeRange.contains(value) {
            all.append(.valueOutOfRange(call: .figure, argument: argument, value: value, accepted: ArgumentChecks.sizeRange))
        }
        return all + panels.flatMap(\.problems)
    }

    /// Points skipped when drawing, contours with no level inside their data,
    /// annotations outside the axes, and labels whose math cannot be typeset
    /// with `mathMacros` (the notebook's `math.macros`: name without backslash
    /// → expansion). Each carries the call site of the call it is about.
    public func warnings(mathMacros: [String: String] = [:]) -> [PlotWarning] {
        if let animation { return animation.warnings(mathMacros: mathMacros) }
        return FigureRenderer(figure: self, idPrefix: "", mathMacros: mathMacros).warnings
    }

    /// The figure as one complete `<svg>` element, for inline use in HTML or
    /// as a standalone `.svg` file. Every `id` inside starts with `idPrefix`
    /// (characters other than ASCII letters, digits, `-` and `_` become `_`),
    /// so figures with distinct prefixes can share a page. `$…$` in labels is
    /// typeset with `mathMacros` defined (pass the notebook's `math.macros`).
    /// Never fails: a panel with nothing to draw shows a "no data" note.
    public func svg(idPrefix: String, mathMacros: [String: String] = [:]) -> String {
        if let animation { return animation.svg(idPrefix: idPrefix, mathMacros: mathMacros) }
        return FigureRenderer(figure: self, idPrefix: idPrefix, mathMacros: mathMacros).svg()
    }

    /// Like ``svg(idPrefix:mathMacros:)``, but throws the first of ``problems``, or
    /// ``PlotError/noData(row:col:)`` for the first panel with nothing drawable.
    public func checkedSVG(idPrefix: String, mathMacros: [String: String] = [:]) throws(PlotError) -> String {
        if let first = problems.first { throw first }
        if let animation { return animation.svg(idPrefix: idPrefix, mathMacros: mathMacros) }
        let renderer = FigureRenderer(figure: self, idPrefix: idPrefix, mathMacros: mathMacros)
        if let empty = renderer.firstPanelWithoutData { throw .noData(row: empty / cols, col: empty % cols) }
        return renderer.svg()
    }

    private func contains(_ row: Int, _ col: Int) -> Bool {
        (0..<rows).contains(row) && (0..<cols).contains(col)
    }

    /// The size drawn: as given, or 480×320 when that is invalid (a problem recorded).
    var drawnSize: (width: Double, height: Double) {
        let valid = ArgumentChecks.sizeRange.contains(width) && ArgumentChecks.sizeRange.contains(height)
        return valid ? (width, height) : (480, 320)
    }
}
