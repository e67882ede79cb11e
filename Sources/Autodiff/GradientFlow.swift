import Linalg

/// How to integrate a flow.
public enum FlowMethod: Sendable, Hashable {
    /// Adaptive Dormand–Prince 5(4) with error control (see ``solveODE(from:over:method:field:)-([Matrix],_,_,_)``):
    /// relative and absolute tolerances per element; `maxSteps` bounds the work.
    case dormandPrince(rtol: Double = 1e-9, atol: Double = 1e-12, maxSteps: Int = 1_000_000)
    /// Classical 4th-order Runge–Kutta with a fixed `step`.
    case rk4(step: Double)
}

/// Gradient flow `dW/dt = −∇L(W)` over a list of matrices, from `W(0) = initial` to
/// `t = until`, with gradients by reverse mode. The trajectory records the loss at
/// every accepted step and interpolates between steps.
///
/// ```swift
/// let flow = gradientFlow(from: [W1, W2], until: 20) { Ws in 0.5 * squaredNorm(Ws[1] * Ws[0] * X - Y) }
/// let (W1t, W2t) = (flow.final[0], flow.final[1])
/// check(W1t * W1t.T - W2t.T * W2t ≈ W1 * W1.T - W2.T * W2, "Theorem 2.2 along the flow")
/// ```
/// Traps on failure; ``Throwing/gradientFlow(from:until:method:loss:)`` throws.
public func gradientFlow(from initial: [Matrix], until tEnd: Double, method: FlowMethod = .dormandPrince(),
                         loss: ([Tracked]) -> Tracked) -> Trajectory {
    trapping { () throws(AutodiffError) in try Throwing.gradientFlow(from: initial, until: tEnd, method: method, loss: loss) }
}

/// Gradient descent `W_{k+1} = W_k − η∇L(W_k)` for `steps` iterations, as a trajectory
/// at times `t_k = kη` (so that it can be compared with the flow it discretizes), with
/// the loss at every iterate.
///
/// ```swift
/// let gd = gradientDescent(from: [W1, W2], learningRate: 0.05, steps: 400) { Ws in loss(Ws) }
/// gd.losses.last!
/// ```
/// ``Throwing/gradientDescent(from:learningRate:steps:loss:)`` throws (also on divergence to inf/NaN).
public func gradientDescent(from initial: [Matrix], learningRate: Double, steps: Int,
                            loss: ([Tracked]) -> Tracked) -> Trajectory {
    trapping { () throws(AutodiffError) in
        try Throwing.gradientDescent(from: initial, learningRate: learningRate, steps: steps, loss: loss)
    }
}

extension Throwing {
    /// Throwing twin of ``gradientFlow(from:until:method:loss:)``.
    public static func gradientFlow(from initial: [Matrix], until tEnd: Double, method: FlowMethod = .dormandPrince(),
                                    loss: ([Tracked]) throws(AutodiffError) -> Tracked) throws(AutodiffError) -> Trajectory {
        let shapes = initial.map(Shape.init)
        return try integrateFlat(from: initial, until: tEnd, method: method) { (_, y) throws(AutodiffError) in
            let (value, gradients) = try valueWithGradient(at: FlatState.unflatten(y, shapes: shapes), of: loss)
            return (FlatState.flatten(gradients).map { -$0 }, value)
        }
    }

    /// Throwing twin of ``gradientDescent(from:learningRate:steps:loss:)``.
    public static func gradientDescent(from initial: [Matrix], learningRate: Double, steps: Int,
                                       loss: ([Tracked]) throws(AutodiffError) -> Tracked) throws(AutodiffError) -> Trajectory {
        guard learningRate > 0 && learningRate.isFinite else {
            throw .invalidArgument(operation: "gradientDescent", argument: "learningRate", value: learningRate)
        }
        guard steps >= 0 else { throw .invalidArgument(operation: "gradientDescent", argument: "steps", value: Double(steps)) }
        let shapes = initial.map(Shape.init)
        return try FixedStep.gradientDescent(from: initial, learningRate: learningRate, steps: steps) {
            (_, y) throws(AutodiffError) in
            let (value, gradients) = try valueWithGradient(at: FlatState.unflatten(y, shapes: shapes), of: loss)
            return (FlatState.flatten(gradients).map { -$0 }, value)
        }
    }

    static func integrateFlat(from initial: [Matrix], until tEnd: Double, method: FlowMethod,
                              field: FlatField) throws(AutodiffError) -> Trajectory {
        guard tEnd >= 0 && tEnd.isFinite else { throw .invalidArgument(operation: "flow", argument: "until", value: tEnd) }
        return try integrateFlat(from: initial, over: 0...tEnd, method: method, field: field)
    }

    /// Integrates the flat field over `interval` by `method` (the one dispatch to the integrators).
    static func integrateFlat(from initial: [Matrix], over interval: ClosedRange<Double>, method: FlowMethod,
                              field: FlatField) throws(AutodiffError) -> Trajectory {
        let (t0, tEnd) = (interval.lowerBound, interval.upperBound)
        guard t0.isFinite else { throw .invalidArgument(operation: "solveODE", argument: "start", value: t0) }
        guard tEnd.isFinite else { throw .invalidArgument(operation: "solveODE", argument: "end", value: tEnd) }
        switch method {
        case let .dormandPrince(rtol, atol, maxSteps):
            guard rtol >= 0, atol >= 0, rtol + atol > 0 else {
                throw .invalidArgument(operation: "dormandPrince", argument: "rtol", value: rtol)
            }
            return try DormandPrince.integrate(from: initial, t0: t0, until: tEnd, rtol: rtol, atol: atol,
                                               maxSteps: maxSteps, field: field)
        case let .rk4(step):
            guard step > 0 && step.isFinite else { throw .invalidArgument(operation: "rk4", argument: "step", value: step) }
            return try FixedStep.rungeKutta4(from: initial, t0: t0, until: tEnd, step: step, field: field)
        }
    }

    static func checkShapes(_ matrices: [Matrix], _ shapes: [Shape], operation: String) throws(AutodiffError) {
        guard matrices.count == shapes.count else {
            throw .argumentCount(operation: operation, expected: shapes.count, found: matrices.count)
        }
        for (matrix, shape) in zip(matrices, shapes) where Shape(matrix) != shape {
            throw .linalg(.shapeMismatch(operation: operation, lhs: shape, rhs: Shape(matrix)))
        }
    }
}
