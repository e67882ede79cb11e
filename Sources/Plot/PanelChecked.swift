import Linalg

/// The throwing twins of ``Panel``'s drawing calls: same arguments, same
/// effect on success, and on bad input a ``PlotError`` with the panel unchanged.
///
/// ```swift
/// var panel = Panel()
/// try panel.addLine(x: [1, 2, 3], [1, 2])   // throws PlotError.lengthMismatch(mark: .line, xCount: 3, yCount: 2)
/// ```
extension Panel {
    /// Throwing twin of ``line(_:label:color:style:)``: `.emptySeries`, `.invalidColor`.
    public mutating func addLine(_ ys: [Double], label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        guard !ys.isEmpty else { throw .emptySeries(mark: .line) }
        try Self.check(color)
        marks.append(.line(LineMark(x: nil, y: ys, label: label, color: color, style: style)))
    }

    /// Throwing twin of ``line(x:_:label:color:style:)``: `.emptySeries`, `.lengthMismatch`, `.invalidColor`.
    public mutating func addLine(x xs: [Double], _ ys: [Double], label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        try Self.checkPairs(xs, ys, mark: .line)
        try Self.check(color)
        marks.append(.line(LineMark(x: xs, y: ys, label: label, color: color, style: style)))
    }

    /// Throwing twin of the matrix `line`: also `.notAVector` for a matrix with several rows and columns.
    public mutating func addLine(_ ys: Matrix, label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        try addLine(MatrixData.vector(ys, mark: .line), label: label, color: color, style: style)
    }

    /// Throwing twin of the two-matrix `line`.
    public mutating func addLine(x xs: Matrix, _ ys: Matrix, label: String? = nil, color: String? = nil,
                                 style: LineStyle = .solid) throws(PlotError) {
        try addLine(x: MatrixData.vector(xs, mark: .line), MatrixData.vector(ys, mark: .line),
                    label: label, color: color, style: style)
    }

    /// Throwing twin of ``scatter(x:y:label:color:)``.
    public mutating func addScatter(x xs: [Double], y ys: [Double], label: String? = nil,
                                    color: String? = nil) throws(PlotError) {
        try Self.checkPairs(xs, ys, mark: .scatter)
        try Self.check(color)
        marks.append(.scatter(ScatterMark(x: xs, y: ys, label: label, color: color)))
    }

    /// Throwing twin of the matrix `scatter`.
    public mutating func addScatter(x xs: Matrix, y ys: Matrix, label: String? = nil,
                                    color: String? = nil) throws(PlotError) {
        try addScatter(x: MatrixData.vector(xs, mark: .scatter), y: MatrixData.vector(ys, mark: .scatter),
                       label: label, color: color)
    }

    /// Throwing twin of ``histogram(_:bins:label:color:)``: also `.invalidBinCount` outside 1…10 000.
    public mutating func addHistogram(_ values: [Double], bins: Int = 20, label: String? = nil,
                                      color: String? = nil) throws(PlotError) {
        guard !values.isEmpty else { throw .emptySeries(mark: .histogram) }
        guard (1...10_000).contains(bins) else { throw .invalidBinCount(bins) }
        try Self.check(color)
        marks.append(.histogram(HistogramMark(values: values, bins: bins, label: label, color: color)))
    }

    /// Throwing twin of the matrix `histogram` (all entries).
    public mutating func addHistogram(_ values: Matrix, bins: Int = 20, label: String? = nil,
                                      color: String? = nil) throws(PlotError) {
        try addHistogram(MatrixData.entries(values), bins: bins, label: label, color: color)
    }

    /// Throwing twin of ``heatmap(_:)-(Matrix)``: `.emptySeries` for a matrix without entries.
    public mutating func addHeatmap(_ matrix: Matrix) throws(PlotError) {
        guard matrix.rows > 0, matrix.cols > 0 else { throw .emptySeries(mark: .heatmap) }
        marks.append(.heatmap(HeatmapMark(rows: matrix.rows, cols: matrix.cols, values: MatrixData.entries(matrix))))
    }

    /// Throwing twin of the `[[Double]]` `heatmap`: also `.raggedRows`.
    public mutating func addHeatmap(_ rows: [[Double]]) throws(PlotError) {
        guard let width = rows.first?.count, width > 0 else { throw .emptySeries(mark: .heatmap) }
        if let bad = rows.firstIndex(where: { $0.count != width }) {
            throw .raggedRows(row: bad, expected: width, found: rows[bad].count)
        }
        marks.append(.heatmap(HeatmapMark(rows: rows.count, cols: width, values: rows.flatMap { $0 })))
    }

    /// Throwing twin of ``hline(_:label:color:style:)``: `.nonFiniteReference` for NaN or ±∞.
    public mutating func addHLine(_ y: Double, label: String? = nil, color: String? = nil,
                                  style: LineStyle = .dashed) throws(PlotError) {
        guard y.isFinite else { throw .nonFiniteReference(axis: .y, value: y) }
        try Self.check(color)
        marks.append(.reference(ReferenceMark(axis: .y, value: y, label: label, color: color, style: style)))
    }

    /// Throwing twin of ``vline(_:label:color:style:)``.
    public mutating func addVLine(_ x: Double, label: String? = nil, color: String? = nil,
                                  style: LineStyle = .dashed) throws(PlotError) {
        guard x.isFinite else { throw .nonFiniteReference(axis: .x, value: x) }
        try Self.check(color)
        marks.append(.reference(ReferenceMark(axis: .x, value: x, label: label, color: color, style: style)))
    }

    /// Throwing twin of ``xlim(_:_:)``: ``PlotError/invalidLimits(axis:low:high:)``
    /// unless both are finite and `low < high`. (On a log axis, limits with
    /// `low ≤ 0` are ignored when drawing and the data decides.)
    public mutating func setXLim(_ low: Double, _ high: Double) throws(PlotError) {
        guard low.isFinite, high.isFinite, low < high else { throw .invalidLimits(axis: .x, low: low, high: high) }
        xLimits = (low, high)
    }

    /// Throwing twin of ``ylim(_:_:)``, as ``setXLim(_:_:)`` for the y axis.
    public mutating func setYLim(_ low: Double, _ high: Double) throws(PlotError) {
        guard low.isFinite, high.isFinite, low < high else { throw .invalidLimits(axis: .y, low: low, high: high) }
        yLimits = (low, high)
    }

    private static func checkPairs(_ xs: [Double], _ ys: [Double], mark: MarkKind) throws(PlotError) {
        guard !xs.isEmpty || !ys.isEmpty else { throw .emptySeries(mark: mark) }
        guard xs.count == ys.count else { throw .lengthMismatch(mark: mark, xCount: xs.count, yCount: ys.count) }
    }

    private static func check(_ color: String?) throws(PlotError) {
        if let color, !Palette.isValidColor(color) { throw .invalidColor(color) }
    }
}
