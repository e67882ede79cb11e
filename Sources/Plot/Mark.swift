import Linalg

/// One drawing call of a panel, kept as given (data is filtered and scaled
/// only when rendering, so changing a scale afterwards is always correct).
enum Mark: Sendable {
    case line(LineMark)
    case scatter(ScatterMark)
    case histogram(HistogramMark)
    case heatmap(HeatmapMark)
    case reference(ReferenceMark)

    var label: String? {
        switch self {
        case .line(let m): return m.label
        case .scatter(let m): return m.label
        case .histogram(let m): return m.label
        case .heatmap: return nil
        case .reference(let m): return m.label
        }
    }

    /// Whether the mark takes the next colour of the cycle when none is given.
    var usesColorCycle: Bool {
        switch self {
        case .line, .scatter, .histogram: return true
        case .heatmap, .reference: return false
        }
    }
}

struct LineMark: Sendable {
    /// `nil`: x is 0, 1, 2, … (the index), as `plt.plot(ys)` does.
    var x: [Double]?
    var y: [Double]
    var label: String?
    var color: String?
    var style: LineStyle
}

struct ScatterMark: Sendable {
    var x: [Double]
    var y: [Double]
    var label: String?
    var color: String?
}

struct HistogramMark: Sendable {
    var values: [Double]
    var bins: Int
    var label: String?
    var color: String?
}

struct HeatmapMark: Sendable {
    var rows: Int
    var cols: Int
    /// Row-major, `rows × cols`.
    var values: [Double]
}

struct ReferenceMark: Sendable {
    /// `.y`: a horizontal line at y = value; `.x`: a vertical one at x = value.
    var axis: Axis
    var value: Double
    var label: String?
    var color: String?
    var style: LineStyle
}

/// Matrix → plain arrays, with the shape checks every drawing call shares.
enum MatrixData {
    /// The entries of a row (1×n) or column (n×1) vector, in order.
    static func vector(_ m: Matrix, mark: MarkKind) throws(PlotError) -> [Double] {
        guard m.rows > 0, m.cols > 0 else { throw .emptySeries(mark: mark) }
        guard m.rows == 1 || m.cols == 1 else { throw .notAVector(rows: m.rows, cols: m.cols) }
        return m.rows == 1 ? (0..<m.cols).map { m[0, $0] } : (0..<m.rows).map { m[$0, 0] }
    }

    /// Every entry, row by row.
    static func entries(_ m: Matrix) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(m.rows * m.cols)
        for i in 0..<m.rows { for j in 0..<m.cols { values.append(m[i, j]) } }
        return values
    }
}
