import Foundation

// Statistics of a sample: `[Double]`, a matrix's entries, or (with `axis:`) each column
// (`axis: 0`, → 1 × cols) or each row (`axis: 1`, → rows × 1), as `sum` and `mean` take
// them. NaN propagates (a sample with a NaN has a NaN statistic, as in NumPy); an empty
// sample's statistics are NaN (as `0 / 0`).

/// The mean `Σ x / n` of a sample (NaN when empty).
public func mean(_ xs: [Double]) -> Double {
    xs.withUnsafeBufferPointer { x in
        x.isEmpty ? .nan : Kernels.sum(x.baseAddress!, count: x.count) / Double(x.count)
    }
}

/// The variance `Σ (x − x̄)² / (n − 1)` of a sample, or `/ n` with `corrected: false`.
/// **The default is `corrected: true`**, the unbiased sample variance (Julia's default;
/// NumPy's `var` defaults to `ddof=0`, i.e. `corrected: false`). Two passes with the
/// rounding correction of Björck, so a large mean does not swamp a small spread.
///
/// ```swift
/// variance([1, 2, 3, 4])                     // 1.6666666666666667
/// variance([1, 2, 3, 4], corrected: false)   // 1.25
/// ```
public func variance(_ xs: [Double], corrected: Bool = true) -> Double {
    Statistics.variance(xs[...], corrected: corrected)
}

/// The variance of all entries of `A`.
public func variance(_ A: Matrix, corrected: Bool = true) -> Double {
    Statistics.variance(A.storage[...], corrected: corrected)
}

/// The variance of each column (`axis: 0`) or row (`axis: 1`). ``Throwing/variance(_:axis:corrected:)`` throws.
public func variance(_ A: Matrix, axis: Int, corrected: Bool = true) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.variance(A, axis: axis, corrected: corrected) }
}

/// The standard deviation `√variance` (same `corrected:` default, `true`).
///
/// ```swift
/// let samples = randn(1000, 1)
/// let standardError = std(samples) / sqrt(1000)
/// ```
public func std(_ xs: [Double], corrected: Bool = true) -> Double { variance(xs, corrected: corrected).squareRoot() }

/// The standard deviation of all entries of `A`.
public func std(_ A: Matrix, corrected: Bool = true) -> Double { variance(A, corrected: corrected).squareRoot() }

/// The standard deviation of each column (`axis: 0`) or row (`axis: 1`).
public func std(_ A: Matrix, axis: Int, corrected: Bool = true) -> Matrix {
    sqrt(variance(A, axis: axis, corrected: corrected))
}

/// The median: the middle value of the sorted sample, or the mean of the two middle
/// values (NaN when empty or when the sample has a NaN).
///
/// ```swift
/// median([3, 1, 2, 10])   // 2.5
/// ```
public func median(_ xs: [Double]) -> Double { Statistics.quantile(xs[...], 0.5) }

/// The median of all entries of `A`.
public func median(_ A: Matrix) -> Double { Statistics.quantile(A.storage[...], 0.5) }

/// The median of each column (`axis: 0`) or row (`axis: 1`). ``Throwing/median(_:axis:)`` throws.
public func median(_ A: Matrix, axis: Int) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.median(A, axis: axis) }
}

/// The `q`-quantile, `0 ≤ q ≤ 1`, interpolating linearly between order statistics
/// (NumPy's default `method="linear"`, Julia's default): with the sample sorted as
/// `x₀ ≤ … ≤ xₙ₋₁`, `h = (n − 1)q` and `x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋)`.
/// ``Throwing/quantile(_:_:)`` throws for `q` outside [0, 1].
///
/// ```swift
/// quantile([1, 2, 3, 4, 5], 0.25)   // 2.0
/// ```
public func quantile(_ xs: [Double], _ q: Double) -> Double {
    trapping { () throws(LinalgError) in try Throwing.quantile(xs, q) }
}

/// The `q`-quantile of all entries of `A`.
public func quantile(_ A: Matrix, _ q: Double) -> Double {
    trapping { () throws(LinalgError) in try Throwing.quantile(A, q) }
}

/// The `q`-quantile of each column (`axis: 0`) or row (`axis: 1`).
public func quantile(_ A: Matrix, _ q: Double, axis: Int) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.quantile(A, q, axis: axis) }
}

/// The covariance matrix of the columns of `X` (each row an observation, each column a
/// variable; Julia's `cov(X)`, NumPy's `cov(X, rowvar=False)`): `d × d` for `d` columns,
/// `Σ (xᵢ − x̄)ᵀ(xᵢ − x̄) / (n − 1)`, or `/ n` with `corrected: false` (default `true`).
///
/// ```swift
/// let X = randn(500, 3)
/// cov(X)   // ≈ eye(3)
/// ```
public func cov(_ X: Matrix, corrected: Bool = true) -> Matrix {
    let n = X.rows
    let centered = X .- mean(X, axis: 0)
    let scatter = Matrix.gemm(centered, transposeA: true, centered)
    return Throwing.symmetrized(scatter) / Double(corrected ? n - 1 : n)
}

/// Counts of a sample in `bins` equal-width bins over `range` (by default the sample's
/// smallest to largest value), with the bin edges: the binning of `Figure.histogram`,
/// so that a density drawn over a histogram lines up with its bars. Bin `k` holds
/// `edges[k] ≤ x < edges[k + 1]`, the last bin also `x == edges[bins]`; values outside the
/// range, NaN and infinities are not counted. A range of zero width (a constant sample)
/// is widened by 5 % of its value each way (±0.5 at zero); an empty sample without a range
/// is binned over [0, 1]. ``Throwing/histogramCounts(_:bins:range:)`` throws for
/// `bins < 1` or a range with an infinite end.
///
/// ```swift
/// let (edges, counts) = histogramCounts([0.1, 0.4, 0.5, 0.9], bins: 2, range: 0...1)
/// // edges [0.0, 0.5, 1.0], counts [2, 2]
/// ```
public func histogramCounts(_ xs: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil)
    -> (edges: [Double], counts: [Int]) {
    trapping { () throws(LinalgError) in try Throwing.histogramCounts(xs, bins: bins, range: range) }
}

/// ``histogramCounts(_:bins:range:)`` of all entries of `A`.
public func histogramCounts(_ A: Matrix, bins: Int = 20, range: ClosedRange<Double>? = nil)
    -> (edges: [Double], counts: [Int]) {
    trapping { () throws(LinalgError) in try Throwing.histogramCounts(A.storage.array, bins: bins, range: range) }
}

extension Throwing {
    /// Throwing twin of ``variance(_:axis:corrected:)``.
    public static func variance(_ A: Matrix, axis: Int, corrected: Bool = true) throws(LinalgError) -> Matrix {
        try Statistics.alongAxis(A, axis: axis, operation: "variance") { Statistics.variance($0, corrected: corrected) }
    }

    /// Throwing twin of ``median(_:axis:)``.
    public static func median(_ A: Matrix, axis: Int) throws(LinalgError) -> Matrix {
        try Statistics.alongAxis(A, axis: axis, operation: "median") { Statistics.quantile($0, 0.5) }
    }

    /// Throwing twin of ``quantile(_:_:)-([Double],_)``.
    public static func quantile(_ xs: [Double], _ q: Double) throws(LinalgError) -> Double {
        try Statistics.checkProbability(q)
        return Statistics.quantile(xs[...], q)
    }

    /// Throwing twin of ``quantile(_:_:)-(Matrix,_)``.
    public static func quantile(_ A: Matrix, _ q: Double) throws(LinalgError) -> Double {
        try Statistics.checkProbability(q)
        return Statistics.quantile(A.storage[...], q)
    }

    /// Throwing twin of ``quantile(_:_:axis:)``.
    public static func quantile(_ A: Matrix, _ q: Double, axis: Int) throws(LinalgError) -> Matrix {
        try Statistics.checkProbability(q)
        return try Statistics.alongAxis(A, axis: axis, operation: "quantile") { Statistics.quantile($0, q) }
    }

    /// Throwing twin of ``histogramCounts(_:bins:range:)-([Double],_,_)``.
    public static func histogramCounts(_ xs: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil)
        throws(LinalgError) -> (edges: [Double], counts: [Int]) {
        guard bins >= 1 && bins <= Statistics.maximumBins else {
            throw .invalidArgument(operation: "histogramCounts", argument: "bins", value: Double(bins))
        }
        if let range, !range.lowerBound.isFinite || !range.upperBound.isFinite {
            throw .invalidArgument(operation: "histogramCounts", argument: "range",
                                   value: range.lowerBound.isFinite ? range.upperBound : range.lowerBound)
        }
        return Statistics.histogram(xs, bins: bins, range: range)
    }
}

/// The kernels behind the statistics, over any contiguous run of doubles.
enum Statistics {
    /// More bins than anyone can read; a guard against a typo allocating gigabytes.
    static let maximumBins = 1_000_000

    static func variance<Sample: RandomAccessCollection>(_ xs: Sample, corrected: Bool) -> Double
        where Sample.Element == Double {
        let n = Double(xs.count)
        let divisor = corrected ? n - 1 : n
        guard divisor > 0 else { return .nan }   // too few values (a canonical NaN, not 0 / 0's)
        var total = 0.0
        for x in xs { total += x }
        let center = total / n
        var squares = 0.0, deviations = 0.0
        for x in xs {
            let d = x - center
            squares += d * d
            deviations += d
        }
        return (squares - deviations * deviations / n) / divisor
    }

    /// The linear-interpolation quantile of an unsorted sample (NaN if empty or with a NaN).
    static func quantile<Sample: Collection>(_ xs: Sample, _ q: Double) -> Double where Sample.Element == Double {
        if xs.isEmpty || xs.contains(where: \.isNaN) { return .nan }
        let sorted = xs.sorted()
        let h = Double(sorted.count - 1) * q
        let low = Int(h.rounded(.down))
        let fraction = h - Double(low)
        guard low + 1 < sorted.count, fraction > 0 else { return sorted[low] }
        let (a, b) = (sorted[low], sorted[low + 1])
        // NumPy's `_lerp`: from the nearer end, so that the result is monotone in q.
        return fraction < 0.5 ? a + (b - a) * fraction : b - (b - a) * (1 - fraction)
    }

    static func checkProbability(_ q: Double) throws(LinalgError) {
        guard q >= 0 && q <= 1 else { throw .invalidArgument(operation: "quantile", argument: "q", value: q) }
    }

    /// `statistic` of each column (`axis: 0`, → 1 × cols) or each row (`axis: 1`, → rows × 1).
    static func alongAxis(_ A: Matrix, axis: Int, operation: String,
                          _ statistic: (ArraySlice<Double>) -> Double) throws(LinalgError) -> Matrix {
        switch axis {
        case 0:
            let columns = A.storage.array
            return Matrix(rows: 1, cols: A.cols) { out in
                for j in 0..<A.cols { out[j] = statistic(columns[(j * A.rows)..<((j + 1) * A.rows)]) }
            }
        case 1:
            let rows = A.T.storage.array
            return Matrix(rows: A.rows, cols: 1) { out in
                for i in 0..<A.rows { out[i] = statistic(rows[(i * A.cols)..<((i + 1) * A.cols)]) }
            }
        default:
            throw .invalidAxis(operation: operation, axis: axis)
        }
    }

    /// Equal-width bins; see ``histogramCounts(_:bins:range:)-([Double],_,_)`` for the rules.
    static func histogram(_ xs: [Double], bins: Int, range: ClosedRange<Double>?) -> (edges: [Double], counts: [Int]) {
        let finite = xs.filter(\.isFinite)
        var low: Double, high: Double
        if let range {
            (low, high) = (range.lowerBound, range.upperBound)
        } else if let smallest = finite.min(), let largest = finite.max() {
            (low, high) = (smallest, largest)
        } else {
            (low, high) = (0, 1)
        }
        if high / 2 - low / 2 <= 0.5e-12 * Swift.max(Swift.abs(low), Swift.abs(high), 1e-300) {
            let magnitude = Swift.max(Swift.abs(low), Swift.abs(high))
            let widening = magnitude < 1e-300 ? 0.5 : magnitude * 0.05
            low -= widening
            high += widening
        }
        // Divided before subtracting so that ±1.7e308 does not overflow.
        let width = high / Double(bins) - low / Double(bins)
        var edges = (0...bins).map { low + Double($0) * width }
        edges[bins] = high
        var counts = [Int](repeating: 0, count: bins)
        for x in finite where x >= low && x <= high {
            let estimate = (x / width - low / width).rounded(.down)
            var k = Int(Swift.min(Swift.max(estimate, 0), Double(bins - 1)))
            // The estimate may be one off at an edge: the edges decide.
            while k > 0 && x < edges[k] { k -= 1 }
            while k < bins - 1 && x >= edges[k + 1] { k += 1 }
            counts[k] += 1
        }
        return (edges, counts)
    }
}
