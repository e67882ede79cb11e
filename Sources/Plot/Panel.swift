import Linalg

/// One set of axes: the marks drawn in it, its labels, scales and legend.
///
/// A ``Figure`` holds one panel, or a grid of them (`Figure(rows:cols:)`,
/// reached as `fig[row, col]`). A plain value: copy it, change it, assign it.
///
/// ```swift
/// var fig = Figure(rows: 1, cols: 2)
/// fig[0, 0].line(loss, label: "train")
/// fig[0, 0].yscale = .log
/// fig[0, 1].histogram(weights, bins: 30)
/// ```
///
/// Every drawing method comes in two forms: the short one never throws and,
/// given bad input, records a ``PlotError`` in ``problems`` (the panel then
/// shows a "no data" note if nothing else is drawn); the `add…` twin throws
/// the same error and leaves the panel unchanged.
///
/// Marks are drawn in layers, as matplotlib's z-order does: filled contours
/// and heat maps first, then areas (histograms, bars, bands), then lines and
/// points, then text and arrows; within a layer, in the order of the calls.
public struct Panel: Sendable, Codable {
    /// Drawn above the plot area. `$…$` is typeset as math.
    public var title: String?
    /// `$…$` in axis labels is typeset as math, e.g. `"$\\|W\\|_F^2$"`.
    public var xlabel: String?
    public var ylabel: String?
    public var xscale: AxisScale
    public var yscale: AxisScale
    public var legend: LegendPlacement = .best
    /// `.equal`: one unit is as long on the x axis as on the y axis (a phase
    /// portrait, a circle that must look round); the panel keeps its frame
    /// and the plot area shrinks along one side, centred.
    public var aspect: Aspect = .auto
    /// Light grid lines at the major ticks (off by default, as in matplotlib).
    public var grid: Bool = false
    /// Errors of non-throwing drawing calls, in call order.
    public internal(set) var problems: [PlotError] = []

    var marks: [Mark] = []
    /// Where each mark was drawn from (by index in `marks`), when the caller said:
    /// ``Figure/drawing(at:_:)``.
    var callSites: [Int: CallSite] = [:]
    var xLimits: AxisLimits?
    var yLimits: AxisLimits?

    public init(title: String? = nil, xlabel: String? = nil, ylabel: String? = nil,
                xscale: AxisScale = .linear, yscale: AxisScale = .linear) {
        self.title = title
        self.xlabel = xlabel
        self.ylabel = ylabel
        self.xscale = xscale
        self.yscale = yscale
    }

    /// Whether anything has been drawn (valid calls only; the data may still be all NaN).
    public var isEmpty: Bool { marks.isEmpty }

    // MARK: Non-throwing forms

    /// A line through `(i, ys[i])`, i = 0, 1, 2, …: `plt.plot(ys)`.
    /// NaN and ±∞ values break the line (reported in ``Figure/warnings``).
    public mutating func line(_ ys: [Double], label: String? = nil, color: String? = nil, style: LineStyle = .solid) {
        recording { (p: inout Panel) throws(PlotError) in try p.addLine(ys, label: label, color: color, style: style) }
    }

    /// A line through `(xs[i], ys[i])`, in the given order.
    public mutating func line(x xs: [Double], _ ys: [Double], label: String? = nil, color: String? = nil,
                              style: LineStyle = .solid) {
        recording { (p: inout Panel) throws(PlotError) in
            try p.addLine(x: xs, ys, label: label, color: color, style: style)
        }
    }

    /// A line through the entries of a row or column vector, against their index.
    public mutating func line(_ ys: Matrix, label: String? = nil, color: String? = nil, style: LineStyle = .solid) {
        recording { (p: inout Panel) throws(PlotError) in try p.addLine(ys, label: label, color: color, style: style) }
    }

    /// A line through the entries of two vectors (each a row or a column).
    public mutating func line(x xs: Matrix, _ ys: Matrix, label: String? = nil, color: String? = nil,
                              style: LineStyle = .solid) {
        recording { (p: inout Panel) throws(PlotError) in
            try p.addLine(x: xs, ys, label: label, color: color, style: style)
        }
    }

    /// Dots at `(xs[i], ys[i])`.
    public mutating func scatter(x xs: [Double], y ys: [Double], label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in try p.addScatter(x: xs, y: ys, label: label, color: color) }
    }

    /// Dots at the entries of two vectors.
    public mutating func scatter(x xs: Matrix, y ys: Matrix, label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in try p.addScatter(x: xs, y: ys, label: label, color: color) }
    }

    /// A histogram of `values` in `bins` (1…10 000) equal-width bins spanning
    /// `range`, or by default the values' minimum to maximum (in log space on
    /// a log x axis); values outside `range` are not counted. `density: true`
    /// scales the bars to area one, so a probability density can be drawn
    /// over them. Overlaid histograms are drawn translucent.
    public mutating func histogram(_ values: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil,
                                   density: Bool = false, label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in
            try p.addHistogram(values, bins: bins, range: range, density: density, label: label, color: color)
        }
    }

    /// A histogram with the given bin edges (strictly increasing, at least two);
    /// values outside them are not counted, the last bin includes its right edge.
    public mutating func histogram(_ values: [Double], edges: [Double], density: Bool = false, label: String? = nil,
                                   color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in
            try p.addHistogram(values, edges: edges, density: density, label: label, color: color)
        }
    }

    /// A histogram of every entry of a matrix (e.g. the weights of a layer).
    public mutating func histogram(_ values: Matrix, bins: Int = 20, range: ClosedRange<Double>? = nil,
                                   density: Bool = false, label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in
            try p.addHistogram(values, bins: bins, range: range, density: density, label: label, color: color)
        }
    }

    /// The matrix as an image, entry (0, 0) top left, coloured with viridis,
    /// with a colour bar: `plt.imshow(A); plt.colorbar()`.
    public mutating func heatmap(_ matrix: Matrix) {
        recording { (p: inout Panel) throws(PlotError) in try p.addHeatmap(matrix) }
    }

    /// A heat map of rows of numbers (all rows the same length).
    public mutating func heatmap(_ rows: [[Double]]) {
        recording { (p: inout Panel) throws(PlotError) in try p.addHeatmap(rows) }
    }

    /// A horizontal reference line across the panel at `y` (dashed, dark grey by default).
    public mutating func hline(_ y: Double, label: String? = nil, color: String? = nil, style: LineStyle = .dashed) {
        recording { (p: inout Panel) throws(PlotError) in try p.addHLine(y, label: label, color: color, style: style) }
    }

    /// A vertical reference line across the panel at `x`.
    public mutating func vline(_ x: Double, label: String? = nil, color: String? = nil, style: LineStyle = .dashed) {
        recording { (p: inout Panel) throws(PlotError) in try p.addVLine(x, label: label, color: color, style: style) }
    }

    /// Fixes the x range instead of fitting it to the data.
    public mutating func xlim(_ low: Double, _ high: Double) {
        recording { (p: inout Panel) throws(PlotError) in try p.setXLim(low, high) }
    }

    /// Fixes the y range instead of fitting it to the data.
    public mutating func ylim(_ low: Double, _ high: Double) {
        recording { (p: inout Panel) throws(PlotError) in try p.setYLim(low, high) }
    }

    mutating func recording(_ call: (inout Panel) throws(PlotError) -> Void) {
        do { try call(&self) } catch { problems.append(error) }
    }

    /// For calls that also run the caller's closure: a ``PlotError`` is recorded,
    /// anything else (which a non-throwing closure cannot raise) is ignored.
    mutating func recordingAny(_ call: (inout Panel) throws -> Void) {
        do { try call(&self) } catch let error as PlotError { problems.append(error) } catch {}
    }
}

/// Axis limits set by `xlim`/`ylim` (checked finite and increasing).
struct AxisLimits: Sendable, Codable {
    var low: Double
    var high: Double
}
