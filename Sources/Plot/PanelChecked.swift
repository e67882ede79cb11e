import Linalg

/// The throwing twins of ``Panel``'s drawing calls: same arguments, same
/// effect on success, and on bad input a ``PlotError`` with the panel unchanged.
///
/// ```swift
/// var panel = Panel()
/// try panel.addLine(x: [1, 2, 3], [1, 2])
/// // throws PlotError.lengthMismatch(call: .line, argument: "ys", count: 2, reference: "x", referenceCount: 3)
/// ```
extension Panel {
    /// Throwing twin of ``line(_:label:color:style:)``.
    public mutating func addLine(_ ys: [Double], label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        let check = ArgumentChecks(call: .line)
        try check.nonEmpty(ys.count, "ys")
        let paint = try check.color(color)
        marks.append(.line(LineMark(x: nil, y: ys, label: label, color: paint, style: style)))
    }

    /// Throwing twin of ``line(x:_:label:color:style:)``.
    public mutating func addLine(x xs: [Double], _ ys: [Double], label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        let check = ArgumentChecks(call: .line)
        try Self.checkPairs(xs, "x", ys, "ys", check)
        let paint = try check.color(color)
        marks.append(.line(LineMark(x: xs, y: ys, label: label, color: paint, style: style)))
    }

    /// Throwing twin of the matrix `line`: also `.notAVector` for a matrix with several rows and columns.
    public mutating func addLine(_ ys: Matrix, label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        try addLine(ArgumentChecks(call: .line).vector(ys, "ys"), label: label, color: color, style: style)
    }

    /// Throwing twin of the two-matrix `line`.
    public mutating func addLine(x xs: Matrix, _ ys: Matrix, label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        let check = ArgumentChecks(call: .line)
        try addLine(x: check.vector(xs, "x"), check.vector(ys, "ys"), label: label, color: color, style: style)
    }

    /// Throwing twin of ``scatter(x:y:label:color:)``.
    public mutating func addScatter(x xs: [Double], y ys: [Double], label: String? = nil,
                                    color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .scatter)
        try Self.checkPairs(xs, "x", ys, "y", check)
        let paint = try check.color(color)
        marks.append(.scatter(ScatterMark(x: xs, y: ys, label: label, color: paint)))
    }

    /// Throwing twin of the matrix `scatter`.
    public mutating func addScatter(x xs: Matrix, y ys: Matrix, label: String? = nil,
                                    color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .scatter)
        try addScatter(x: check.vector(xs, "x"), y: check.vector(ys, "y"), label: label, color: color)
    }

    /// Throwing twin of ``histogram(_:bins:range:density:label:color:)``: `bins`
    /// in 1…10 000, `range` finite with some width.
    public mutating func addHistogram(_ values: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil,
                                      density: Bool = false, label: String? = nil,
                                      color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .histogram)
        try check.nonEmpty(values.count, "values")
        try check.count(bins, "bins", in: 1...ArgumentChecks.maximumBins)
        if let range { try check.interval(range, "range") }
        let paint = try check.color(color)
        marks.append(.histogram(HistogramMark(values: values, binning: .count(bins, range: range), density: density,
                                              label: label, color: paint)))
    }

    /// Throwing twin of ``histogram(_:edges:density:label:color:)``: 2…10 001
    /// finite, strictly increasing edges.
    public mutating func addHistogram(_ values: [Double], edges: [Double], density: Bool = false,
                                      label: String? = nil, color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .histogram)
        try check.nonEmpty(values.count, "values")
        try check.count(edges.count, "edges.count", in: 2...ArgumentChecks.maximumBins + 1)
        try check.increasing(edges, "edges")
        let paint = try check.color(color)
        marks.append(.histogram(HistogramMark(values: values, binning: .edges(edges), density: density,
                                              label: label, color: paint)))
    }

    /// Throwing twin of the matrix `histogram` (all entries).
    public mutating func addHistogram(_ values: Matrix, bins: Int = 20, range: ClosedRange<Double>? = nil,
                                      density: Bool = false, label: String? = nil,
                                      color: String? = nil) throws(PlotError) {
        try addHistogram(ArgumentChecks.entries(values), bins: bins, range: range, density: density, label: label,
                         color: color)
    }

    /// Throwing twin of ``heatmap(_:)-(Matrix)``: `.empty` for a matrix without entries.
    public mutating func addHeatmap(_ matrix: Matrix) throws(PlotError) {
        guard matrix.rows > 0, matrix.cols > 0 else { throw .empty(call: .heatmap, argument: "matrix") }
        marks.append(.heatmap(HeatmapMark(rows: matrix.rows, cols: matrix.cols,
                                          values: ArgumentChecks.entries(matrix))))
    }

    /// Throwing twin of the `[[Double]]` `heatmap`: also `.raggedRows`.
    public mutating func addHeatmap(_ rows: [[Double]]) throws(PlotError) {
        guard let width = rows.first?.count, width > 0 else { throw .empty(call: .heatmap, argument: "rows") }
        if let bad = rows.firstIndex(where: { $0.count != width }) {
            throw .raggedRows(row: bad, expected: width, found: rows[bad].count)
        }
        marks.append(.heatmap(HeatmapMark(rows: rows.count, cols: width, values: rows.flatMap { $0 })))
    }

    /// Throwing twin of ``hline(_:label:color:style:)``: `.notFinite` for NaN or ±∞.
    public mutating func addHLine(_ y: Double, label: String? = nil, color: String? = nil,
                                  style: LineStyle = .dashed) throws(PlotError) {
        let check = ArgumentChecks(call: .hline)
        try check.finite(y, "y")
        let paint = try check.color(color)
        marks.append(.reference(ReferenceMark(axis: .y, value: y, label: label, color: paint, style: style)))
    }

    /// Throwing twin of ``vline(_:label:color:style:)``.
    public mutating func addVLine(_ x: Double, label: String? = nil, color: String? = nil,
                                  style: LineStyle = .dashed) throws(PlotError) {
        let check = ArgumentChecks(call: .vline)
        try check.finite(x, "x")
        let paint = try check.color(color)
        marks.append(.reference(ReferenceMark(axis: .x, value: x, label: label, color: paint, style: style)))
    }

    /// Throwing twin of ``xlim(_:_:)``: ``PlotError/invalidLimits(axis:low:high:)``
    /// unless both are finite and `low < high`. (On a log axis, limits with
    /// `low ≤ 0` are ignored when drawing and the data decides.)
    public mutating func setXLim(_ low: Double, _ high: Double) throws(PlotError) {
        guard low.isFinite, high.isFinite, low < high else { throw .invalidLimits(axis: .x, low: low, high: high) }
        xLimits = AxisLimits(low: low, high: high)
    }

    /// Throwing twin of ``ylim(_:_:)``, as ``setXLim(_:_:)`` for the y axis.
    public mutating func setYLim(_ low: Double, _ high: Double) throws(PlotError) {
        guard low.isFinite, high.isFinite, low < high else { throw .invalidLimits(axis: .y, low: low, high: high) }
        yLimits = AxisLimits(low: low, high: high)
    }

    /// Two series of one mark: not both empty, and of equal length.
    static func checkPairs(_ xs: [Double], _ xName: String, _ ys: [Double], _ yName: String,
                           _ check: ArgumentChecks) throws(PlotError) {
        try check.nonEmpty(xs.count, xName)
        try check.sameLength(ys.count, yName, as: xs.count, xName)
    }
}
