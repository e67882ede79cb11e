import Linalg

/// The outcome of ``gradcheck(at:step:of:)``: the reverse-mode gradient, the
/// central-difference estimate, and their relative distance.
public struct GradientCheck: Sendable {
    /// `∂f/∂argument` from ``gradient(at:of:)-([Matrix],_)``.
    public let analytic: [Matrix]
    /// `(f(x + h·e_ij) − f(x − h·e_ij)) / 2h` for every element, `h = step · max(1, |x_ij|)`.
    public let numeric: [Matrix]
    /// `‖analytic − numeric‖ / max(‖analytic‖, ‖numeric‖)` over all arguments together
    /// (Frobenius norms; 0 when both are zero). Central differences are accurate to
    /// about `step²·|f'''| + ε|f|/step`: with the default step expect ~1e-9 for smooth f.
    public let relativeError: Double
}

/// Compares the reverse-mode gradient of `f` with central finite differences, element
/// by element (2 evaluations of `f` per element: for small matrices).
///
/// ```swift
/// let result = gradcheck(at: [W]) { Ws in sum(tanh(Ws[0] * X)) }
/// check(result.relativeError < 1e-7, "tanh backprop")
/// ```
/// Traps when `f` fails; ``Throwing/gradcheck(at:step:of:)`` throws.
public func gradcheck(at arguments: [Matrix], step: Double = 1e-6, of f: ([Tracked]) -> Tracked) -> GradientCheck {
    trapping { () throws(AutodiffError) in try Throwing.gradcheck(at: arguments, step: step, of: f) }
}

/// ``gradcheck(at:step:of:)`` for a function of one matrix.
public func gradcheck(at x: Matrix, step: Double = 1e-6, of f: (Tracked) -> Tracked) -> GradientCheck {
    gradcheck(at: [x], step: step) { f($0[0]) }
}

extension Throwing {
    /// Throwing twin of ``gradcheck(at:step:of:)``.
    public static func gradcheck(at arguments: [Matrix], step: Double = 1e-6,
                                 of f: ([Tracked]) throws(AutodiffError) -> Tracked) throws(AutodiffError) -> GradientCheck {
        guard step > 0 && step.isFinite else { throw .invalidArgument(operation: "gradcheck", argument: "step", value: step) }
        let analytic = try gradient(at: arguments, of: f)
        func evaluate(_ point: [Matrix]) throws(AutodiffError) -> Double {
            let output = try f(point.map { Tracked($0) })
            guard output.rows == 1 && output.cols == 1 else { throw .nonScalarLoss(shape: Shape(output.value)) }
            return output.value.scalar
        }
        var numeric: [Matrix] = []
        for (k, x) in arguments.enumerated() {
            var estimate = Linalg.zeros(x.rows, x.cols)
            for i in 0..<x.rows {
                for j in 0..<x.cols {
                    try checkpoint("gradcheck")
                    let h = step * Swift.max(1, Swift.abs(x[i, j]))
                    var point = arguments
                    point[k][i, j] = x[i, j] + h
                    let forward = try evaluate(point)
                    point[k][i, j] = x[i, j] - h
                    let backward = try evaluate(point)
                    estimate[i, j] = (forward - backward) / (2 * h)
                }
            }
            numeric.append(estimate)
        }
        var difference = 0.0, sizeA = 0.0, sizeN = 0.0
        for (a, n) in zip(analytic, numeric) {
            difference += squaredNorm(a - n)
            sizeA += squaredNorm(a)
            sizeN += squaredNorm(n)
        }
        let scale = Swift.max(sizeA, sizeN).squareRoot()
        return GradientCheck(analytic: analytic, numeric: numeric,
                             relativeError: scale == 0 ? 0 : difference.squareRoot() / scale)
    }
}
