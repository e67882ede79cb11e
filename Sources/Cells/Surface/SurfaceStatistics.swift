import Linalg
import CellValues

/// Statistics of a sample as cells see them: a `[Double]`, a matrix's entries, or with
/// `axis:` each column (0) or row (1) of a matrix.
enum SurfaceStatistics {
    static let entries: [Builtin] = [
        Builtin("func mean(_ xs: [Double]) -> Double",
                summary: "The mean of a sample (NaN when empty).",
                example: "mean([1, 2, 3, 6])") { args, _ in .double(mean(doubles(args[0]))) },
        Builtin("func variance(_ xs: [Double], corrected: Bool = true) -> Double",
                summary: "The sample variance, Σ(x − x̄)² / (n − 1); `corrected: false` divides by n (NumPy's default).",
                example: "variance([1, 2, 3, 4])") { args, _ in
            .double(variance(doubles(args[0]), corrected: args[1].bool))
        },
        Builtin("func variance(_ A: Matrix, corrected: Bool = true) -> Double",
                summary: "The variance of all entries (default `corrected: true`, the n − 1 form).",
                example: "variance(Matrix([[1, 2], [3, 4]]), corrected: false)") { args, _ in
            .double(variance(args[0].matrix, corrected: args[1].bool))
        },
        Builtin("func variance(_ A: Matrix, axis: Int, corrected: Bool = true) -> Matrix",
                summary: "The variance of each column (axis: 0) or row (axis: 1).",
                example: "variance(Matrix([[1, 2], [3, 6]]), axis: 0)") { args, _ in
            .matrix(try Throwing.variance(args[0].matrix, axis: args[1].int, corrected: args[2].bool))
        },
        Builtin("func std(_ xs: [Double], corrected: Bool = true) -> Double",
                summary: "The standard deviation √variance (default `corrected: true`, the n − 1 form).",
                example: "let xs = [2.0, 4, 4, 4, 5, 5, 7, 9]\nstd(xs) / Double(xs.count).squareRoot()   // standard error") { args, _ in
            .double(std(doubles(args[0]), corrected: args[1].bool))
        },
        Builtin("func std(_ A: Matrix, corrected: Bool = true) -> Double",
                summary: "The standard deviation of all entries.",
                example: "std(Matrix([[2, 4], [4, 4], [5, 5], [7, 9]]), corrected: false)") { args, _ in
            .double(std(args[0].matrix, corrected: args[1].bool))
        },
        Builtin("func std(_ A: Matrix, axis: Int, corrected: Bool = true) -> Matrix",
                summary: "The standard deviation of each column (axis: 0) or row (axis: 1).",
                example: "std(Matrix([[1, 2], [3, 6]]), axis: 1)") { args, _ in
            .matrix(sqrt(try Throwing.variance(args[0].matrix, axis: args[1].int, corrected: args[2].bool)))
        },
        Builtin("func median(_ xs: [Double]) -> Double",
                summary: "The middle value (the mean of the two middle values for an even count).",
                example: "median([3, 1, 2, 10])") { args, _ in .double(median(doubles(args[0]))) },
        Builtin("func median(_ A: Matrix) -> Double",
                summary: "The median of all entries.",
                example: "median(Matrix([[3, 1], [2, 10]]))") { args, _ in .double(median(args[0].matrix)) },
        Builtin("func median(_ A: Matrix, axis: Int) -> Matrix",
                summary: "The median of each column (axis: 0) or row (axis: 1).",
                example: "median(Matrix([[3, 1, 2], [2, 10, 0]]), axis: 1)") { args, _ in
            .matrix(try Throwing.median(args[0].matrix, axis: args[1].int))
        },
        Builtin("func quantile(_ xs: [Double], _ q: Double) -> Double",
                summary: "The q-quantile (0 ≤ q ≤ 1), interpolating linearly between order statistics (NumPy's default).",
                example: "quantile([1, 2, 3, 4, 5], 0.25)") { args, _ in
            .double(try Throwing.quantile(doubles(args[0]), args[1].double))
        },
        Builtin("func quantile(_ A: Matrix, _ q: Double) -> Double",
                summary: "The q-quantile of all entries.",
                example: "quantile(Matrix([[1, 2], [3, 4]]), 0.5)") { args, _ in
            .double(try Throwing.quantile(args[0].matrix, args[1].double))
        },
        Builtin("func quantile(_ A: Matrix, _ q: Double, axis: Int) -> Matrix",
                summary: "The q-quantile of each column (axis: 0) or row (axis: 1).",
                example: "quantile(Matrix([[1, 2], [3, 4], [5, 6]]), 0.9, axis: 0)") { args, _ in
            .matrix(try Throwing.quantile(args[0].matrix, args[1].double, axis: args[2].int))
        },
        Builtin("func cov(_ X: Matrix, corrected: Bool = true) -> Matrix",
                summary: "The covariance matrix of the columns of X (rows are observations), n − 1 form by default.",
                example: "cov(Matrix([[1, 2], [2, 4], [3, 7]]))") { args, _ in
            .matrix(cov(args[0].matrix, corrected: args[1].bool))
        },
        Builtin("func histogramCounts(_ xs: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil) -> (edges: [Double], counts: [Int])",
                summary: "Counts in equal-width bins (over the sample's range by default): Figure.histogram's binning.",
                example: "histogramCounts([0.1, 0.4, 0.5, 0.9], bins: 2, range: 0.0...1.0)") { args, _ in
            histogram(try Throwing.histogramCounts(doubles(args[0]), bins: args[1].int, range: closedRange(args[2])))
        },
        Builtin("func histogramCounts(_ A: Matrix, bins: Int = 20, range: ClosedRange<Double>? = nil) -> (edges: [Double], counts: [Int])",
                summary: "Counts of all entries of a matrix in equal-width bins.",
                example: "histogramCounts(Matrix([[1, 2], [2, 3]]), bins: 3).counts") { args, _ in
            histogram(try Throwing.histogramCounts(args[0].matrix.array, bins: args[1].int, range: closedRange(args[2])))
        },
    ]

    private static func doubles(_ value: Value) -> [Double] { value.array.map(\.double) }

    /// A `ClosedRange<Double>?` argument: nil, or its bounds (a range value is a tuple).
    private static func closedRange(_ value: Value) -> ClosedRange<Double>? {
        guard !value.isNone else { return nil }
        let bounds = value.unwrappedOptional.array
        return bounds[0].double...Swift.max(bounds[0].double, bounds[1].double)
    }

    private static func histogram(_ result: (edges: [Double], counts: [Int])) -> Value {
        .tuple([.array(result.edges.map(Value.double)), .array(result.counts.map(Value.int))])
    }
}
