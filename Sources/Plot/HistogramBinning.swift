import Foundation

extension PreparedPanel {
    /// Bin edges and bar heights for a histogram, as numpy's `histogram` counts:
    ///
    /// - `bins` equal-width bins over `range`, or by default over the values'
    ///   minimum to maximum (equal width in log space on a log x axis, when the
    ///   range is positive). A constant sample is widened by 5 % of its value
    ///   each way (±0.5 at zero).
    /// - Explicit `edges`, used as given.
    ///
    /// Every bin is half-open [a, b) except the last, which includes its right
    /// edge; values outside the edges are not counted. With `density`, heights
    /// are counts / (values counted × bin width), so the bars' area is one.
    /// Nil when there is nothing to bin.
    static func bin(_ values: [Double], _ binning: HistogramMark.Binning, density: Bool,
                    log: Bool) -> (edges: [Double], counts: [Double])? {
        var edges: [Double]
        switch binning {
        case .edges(let given):
            edges = given
        case .count(let bins, let range):
            guard let limits = range.map({ ($0.lowerBound, $0.upperBound) }) ?? values.min().map({ ($0, values.max()!) })
            else { return nil }
            edges = equalEdges(low: limits.0, high: limits.1, bins: bins, log: log && limits.0 > 0)
        }
        var counts = [Double](repeating: 0, count: edges.count - 1)
        var counted = 0.0
        let first = edges[0], last = edges[edges.count - 1]
        for v in values where v >= first && v <= last {
            // The last edge ≤ v: binary search (edges increase strictly).
            var lo = 0, hi = edges.count - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if edges[mid] <= v { lo = mid } else { hi = mid }
            }
            counts[lo] += 1
            counted += 1
        }
        if density && counted > 0 {
            for i in counts.indices { counts[i] /= counted * (edges[i + 1] - edges[i]) }
        }
        return (edges, counts)
    }

    /// `bins + 1` equally spaced edges from `low` to `high` (in log space with
    /// `log`), the ends exact; a zero-width range widened so bins have width.
    static func equalEdges(low: Double, high: Double, bins: Int, log: Bool) -> [Double] {
        let forward: (Double) -> Double = log ? { log10($0) } : { $0 }
        let backward: (Double) -> Double = log ? { pow(10, $0) } : { $0 }
        var a = forward(low), b = forward(high)
        if b / 2 - a / 2 <= 0.5e-12 * Swift.max(abs(a), abs(b), 1e-300) {
            let d = Swift.max(abs(a), abs(b)) < 1e-300 ? 0.5 : Swift.max(abs(a), abs(b)) * 0.05
            a -= d
            b += d
        }
        // Divided before subtracting so that ±1.7e308 does not overflow.
        let width = b / Double(bins) - a / Double(bins)
        var edges = (0...bins).map { backward(a + Double($0) * width) }
        edges[0] = backward(a)
        edges[bins] = backward(b)
        // Rounding can make neighbouring edges of a tiny range equal: keep them increasing.
        for i in 1...bins where edges[i] <= edges[i - 1] { edges[i] = edges[i - 1].nextUp }
        return edges
    }
}
