import Linalg

/// `fig.line(…)`, `fig.xlabel = …`: the one-panel shorthand. Everything here
/// acts on the top-left panel `fig[0, 0]`, so a one-panel figure reads like
/// matplotlib's `plt.plot`. See ``Panel`` for what each call draws.
extension Figure {
    public var xlabel: String? {
        get { panels[0].xlabel }
        set { panels[0].xlabel = newValue }
    }
    public var ylabel: String? {
        get { panels[0].ylabel }
        set { panels[0].ylabel = newValue }
    }
    public var xscale: AxisScale {
        get { panels[0].xscale }
        set { panels[0].xscale = newValue }
    }
    public var yscale: AxisScale {
        get { panels[0].yscale }
        set { panels[0].yscale = newValue }
    }
    public var legend: LegendPlacement {
        get { panels[0].legend }
        set { panels[0].legend = newValue }
    }
    public var grid: Bool {
        get { panels[0].grid }
        set { panels[0].grid = newValue }
    }
    public var aspect: Aspect {
        get { panels[0].aspect }
        set { panels[0].aspect = newValue }
    }

    public mutating func line(_ ys: [Double], label: String? = nil, color: String? = nil, style: LineStyle = .solid) {
        panels[0].line(ys, label: label, color: color, style: style)
    }
    public mutating func line(x xs: [Double], _ ys: [Double], label: String? = nil, color: String? = nil,
                              style: LineStyle = .solid) {
        panels[0].line(x: xs, ys, label: label, color: color, style: style)
    }
    public mutating func line(_ ys: Matrix, label: String? = nil, color: String? = nil, style: LineStyle = .solid) {
        panels[0].line(ys, label: label, color: color, style: style)
    }
    public mutating func line(x xs: Matrix, _ ys: Matrix, label: String? = nil, color: String? = nil,
                              style: LineStyle = .solid) {
        panels[0].line(x: xs, ys, label: label, color: color, style: style)
    }
    public mutating func scatter(x xs: [Double], y ys: [Double], label: String? = nil, color: String? = nil) {
        panels[0].scatter(x: xs, y: ys, label: label, color: color)
    }
    public mutating func scatter(x xs: Matrix, y ys: Matrix, label: String? = nil, color: String? = nil) {
        panels[0].scatter(x: xs, y: ys, label: label, color: color)
    }
    public mutating func histogram(_ values: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil,
                                   density: Bool = false, label: String? = nil, color: String? = nil) {
        panels[0].histogram(values, bins: bins, range: range, density: density, label: label, color: color)
    }
    public mutating func histogram(_ values: [Double], edges: [Double], density: Bool = false, label: String? = nil,
                                   color: String? = nil) {
        panels[0].histogram(values, edges: edges, density: density, label: label, color: color)
    }
    public mutating func histogram(_ values: Matrix, bins: Int = 20, range: ClosedRange<Double>? = nil,
                                   density: Bool = false, label: String? = nil, color: String? = nil) {
        panels[0].histogram(values, bins: bins, range: range, density: density, label: label, color: color)
    }
    public mutating func heatmap(_ matrix: Matrix) { panels[0].heatmap(matrix) }
    public mutating func heatmap(_ rows: [[Double]]) { panels[0].heatmap(rows) }
    public mutating func hline(_ y: Double, label: String? = nil, color: String? = nil, style: LineStyle = .dashed) {
        panels[0].hline(y, label: label, color: color, style: style)
    }
    public mutating func vline(_ x: Double, label: String? = nil, color: String? = nil, style: LineStyle = .dashed) {
        panels[0].vline(x, label: label, color: color, style: style)
    }
    public mutating func xlim(_ low: Double, _ high: Double) { panels[0].xlim(low, high) }
    public mutating func ylim(_ low: Double, _ high: Double) { panels[0].ylim(low, high) }

    // MARK: Throwing twins

    public mutating func addLine(_ ys: [Double], label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        try panels[0].addLine(ys, label: label, color: color, style: style)
    }
    public mutating func addLine(x xs: [Double], _ ys: [Double], label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        try panels[0].addLine(x: xs, ys, label: label, color: color, style: style)
    }
    public mutating func addLine(_ ys: Matrix, label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        try panels[0].addLine(ys, label: label, color: color, style: style)
    }
    public mutating func addLine(x xs: Matrix, _ ys: Matrix, label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        try panels[0].addLine(x: xs, ys, label: label, color: color, style: style)
    }
    public mutating func addScatter(x xs: [Double], y ys: [Double], label: String? = nil,
                                    color: String? = nil) throws(PlotError) {
        try panels[0].addScatter(x: xs, y: ys, label: label, color: color)
    }
    public mutating func addScatter(x xs: Matrix, y ys: Matrix, label: String? = nil,
                                    color: String? = nil) throws(PlotError) {
        try panels[0].addScatter(x: xs, y: ys, label: label, color: color)
    }
    public mutating func addHistogram(_ values: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil,
                                      density: Bool = false, label: String? = nil,
                                      color: String? = nil) throws(PlotError) {
        try panels[0].addHistogram(values, bins: bins, range: range, density: density, label: label, color: color)
    }
    public mutating func addHistogram(_ values: [Double], edges: [Double], density: Bool = false,
                                      label: String? = nil, color: String? = nil) throws(PlotError) {
        try panels[0].addHistogram(values, edges: edges, density: density, label: label, color: color)
    }
    public mutating func addHistogram(_ values: Matrix, bins: Int = 20, range: ClosedRange<Double>? = nil,
                                      density: Bool = false, label: String? = nil,
                                      color: String? = nil) throws(PlotError) {
        try panels[0].addHistogram(values, bins: bins, range: range, density: density, label: label, color: color)
    }
    public mutating func addHeatmap(_ matrix: Matrix) throws(PlotError) { try panels[0].addHeatmap(matrix) }
    public mutating func addHeatmap(_ rows: [[Double]]) throws(PlotError) { try panels[0].addHeatmap(rows) }
    public mutating func addHLine(_ y: Double, label: String? = nil, color: String? = nil,
                                  style: LineStyle = .dashed) throws(PlotError) {
        try panels[0].addHLine(y, label: label, color: color, style: style)
    }
    public mutating func addVLine(_ x: Double, label: String? = nil, color: String? = nil,
                                  style: LineStyle = .dashed) throws(PlotError) {
        try panels[0].addVLine(x, label: label, color: color, style: style)
    }
    public mutating func setXLim(_ low: Double, _ high: Double) throws(PlotError) { try panels[0].setXLim(low, high) }
    public mutating func setYLim(_ low: Double, _ high: Double) throws(PlotError) { try panels[0].setYLim(low, high) }
}
