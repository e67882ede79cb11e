import Foundation

/// A point in data coordinates.
struct DataPoint: Equatable {
    var x: Double
    var y: Double
}

/// The range of data along one axis. `stickyLow`: the low end is a natural
/// baseline (a histogram's 0) and gets no padding, as in matplotlib.
struct DataExtent: Equatable {
    var low: Double
    var high: Double
    var stickyLow = false

    static func including(_ extent: DataExtent?, _ low: Double, _ high: Double, sticky: Bool = false) -> DataExtent {
        guard let extent else { return DataExtent(low: low, high: high, stickyLow: sticky) }
        return DataExtent(low: Swift.min(extent.low, low), high: Swift.max(extent.high, high),
                          stickyLow: (extent.stickyLow && extent.low <= low) || (sticky && low <= extent.low))
    }
}

/// A mark reduced to what can be drawn: finite points valid on the panel's
/// scales, colours resolved, histogram counted.
enum PreparedMark {
    /// Runs of consecutive drawable points; a skipped point breaks the line.
    case line(segments: [[DataPoint]], color: String, style: LineStyle, label: String?)
    case scatter(points: [DataPoint], color: String, label: String?)
    case histogram(edges: [Double], counts: [Double], color: String, opacity: Double, label: String?)
    /// `low`/`high`: the colour range (finite values' min and max).
    case heatmap(HeatmapMark, low: Double, high: Double)
    case reference(axis: Axis, value: Double, color: String, style: LineStyle, label: String?)

    var label: String? {
        switch self {
        case .line(_, _, _, let l), .scatter(_, _, let l), .histogram(_, _, _, _, let l),
             .reference(_, _, _, _, let l): return l
        case .heatmap: return nil
        }
    }
}

/// A panel's marks filtered for drawing, with the data extents that fix the
/// axes and the warnings for every point left out.
struct PreparedPanel {
    static let referenceColor = "#404040"

    var marks: [PreparedMark] = []
    var x: DataExtent?
    var y: DataExtent?
    /// Set when the panel shows a heat map: axes are matrix indices, y downwards.
    var image: (rows: Int, cols: Int)?
    var warnings: [PlotWarning] = []

    /// Whether anything at all will be drawn.
    var hasData: Bool { !marks.isEmpty }

    init(panel: Panel, row: Int, col: Int) {
        var cycle = 0
        let histograms = panel.marks.filter { if case .histogram = $0 { return true } else { return false } }.count
        for (index, mark) in panel.marks.enumerated() {
            var color = Palette.cycleColor(cycle)
            if mark.usesColorCycle { cycle += 1 }
            var skipped = SkipCount()
            switch mark {
            case .line(let m):
                if let c = m.color { color = c }
                let xs = m.x ?? (0..<m.y.count).map(Double.init)
                var segments: [[DataPoint]] = [[]]
                for (x, y) in zip(xs, m.y) {
                    if skipped.admits(x, y, panel) {
                        segments[segments.count - 1].append(DataPoint(x: x, y: y))
                    } else if !segments[segments.count - 1].isEmpty {
                        segments.append([])
                    }
                }
                segments.removeAll { $0.isEmpty }
                if !segments.isEmpty {
                    for p in segments.joined() { include(p) }
                    marks.append(.line(segments: segments, color: color, style: m.style, label: m.label))
                }
            case .scatter(let m):
                if let c = m.color { color = c }
                let points = zip(m.x, m.y).filter { skipped.admits($0, $1, panel) }.map { DataPoint(x: $0, y: $1) }
                if !points.isEmpty {
                    for p in points { include(p) }
                    marks.append(.scatter(points: points, color: color, label: m.label))
                }
            case .histogram(let m):
                if let c = m.color { color = c }
                let values = m.values.filter { skipped.admits($0, nil, panel) }
                if let (edges, counts) = Self.bin(values, bins: m.bins, log: panel.xscale == .log) {
                    x = .including(x, edges[0], edges[edges.count - 1])
                    let positive = counts.filter { $0 > 0 }
                    if panel.yscale == .log {
                        y = .including(y, positive.min() ?? 1, positive.max() ?? 1)
                    } else {
                        y = .including(y, 0, counts.max() ?? 1, sticky: true)
                    }
                    marks.append(.histogram(edges: edges, counts: counts, color: color,
                                            opacity: histograms > 1 ? 0.6 : 1, label: m.label))
                }
            case .heatmap(let m):
                let finite = m.values.filter(\.isFinite)
                skipped.nonFinite = m.values.count - finite.count
                if let low = finite.min(), let high = finite.max() {
                    image = (m.rows, m.cols)
                    marks.append(.heatmap(m, low: low, high: high))
                }
            case .reference(let m):
                let scale = m.axis == .x ? panel.xscale : panel.yscale
                if scale == .log && m.value <= 0 {
                    skipped.record(nonPositive: m.axis)
                } else {
                    if m.axis == .x { x = .including(x, m.value, m.value) } else { y = .including(y, m.value, m.value) }
                    marks.append(.reference(axis: m.axis, value: m.value, color: m.color ?? Self.referenceColor,
                                            style: m.style, label: m.label))
                }
            }
            warnings += skipped.warnings(row: row, col: col, series: index)
        }
        if let image {
            x = DataExtent(low: -0.5, high: Double(image.cols) - 0.5)
            y = DataExtent(low: -0.5, high: Double(image.rows) - 0.5)
        }
    }

    private mutating func include(_ p: DataPoint) {
        x = .including(x, p.x, p.x)
        y = .including(y, p.y, p.y)
    }

    /// Equal-width bins over the values' range (equal width in log space on a
    /// log x axis). A constant sample is widened by 5 % of its value each way
    /// (±0.5 at zero).
    static func bin(_ values: [Double], bins: Int, log: Bool) -> (edges: [Double], counts: [Double])? {
        guard var low = values.min(), var high = values.max() else { return nil }
        let forward: (Double) -> Double = log ? { log10($0) } : { $0 }
        let backward: (Double) -> Double = log ? { pow(10, $0) } : { $0 }
        low = forward(low)
        high = forward(high)
        if high / 2 - low / 2 <= 0.5e-12 * Swift.max(abs(low), abs(high), 1e-300) {
            let d = Swift.max(abs(low), abs(high)) < 1e-300 ? 0.5 : Swift.max(abs(low), abs(high)) * 0.05
            low -= d
            high += d
        }
        // Divided before subtracting so that ±1.7e308 does not overflow.
        let width = high / Double(bins) - low / Double(bins)
        var counts = [Double](repeating: 0, count: bins)
        for v in values {
            let u = (forward(v) / width - low / width).rounded(.down)
            counts[u.isNaN ? 0 : Int(Swift.min(Swift.max(u, 0), Double(bins - 1)))] += 1
        }
        let edges = (0...bins).map { backward(low + Double($0) * width) }
        return (edges, counts)
    }
}

/// Counts the points a mark leaves out, by reason.
private struct SkipCount {
    var nonFinite = 0
    var nonPositiveX = 0
    var nonPositiveY = 0

    /// Whether (x, y) can be drawn on the panel's scales; counts it if not.
    /// `y == nil`: only x matters (histogram values).
    mutating func admits(_ x: Double, _ y: Double?, _ panel: Panel) -> Bool {
        guard x.isFinite, y?.isFinite ?? true else { nonFinite += 1; return false }
        if panel.xscale == .log && x <= 0 { nonPositiveX += 1; return false }
        if let y, panel.yscale == .log && y <= 0 { nonPositiveY += 1; return false }
        return true
    }

    mutating func record(nonPositive axis: Axis) {
        if axis == .x { nonPositiveX += 1 } else { nonPositiveY += 1 }
    }

    func warnings(row: Int, col: Int, series: Int) -> [PlotWarning] {
        var out: [PlotWarning] = []
        if nonFinite > 0 { out.append(.nonFiniteSkipped(row: row, col: col, series: series, count: nonFinite)) }
        if nonPositiveX > 0 {
            out.append(.nonPositiveOnLogAxis(row: row, col: col, series: series, axis: .x, count: nonPositiveX))
        }
        if nonPositiveY > 0 {
            out.append(.nonPositiveOnLogAxis(row: row, col: col, series: series, axis: .y, count: nonPositiveY))
        }
        return out
    }
}
