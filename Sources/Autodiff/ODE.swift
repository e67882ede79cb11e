import Linalg

/// The solution of the ODE `dy/dt = f(t, y)` for a matrix `y` over `interval`, from
/// `y(interval.lowerBound) = initial`: adaptive Dormand–Prince 5(4) with dense output by
/// default (the integrator of ``gradientFlow(from:until:method:loss:)``), or
/// `method: .rk4(step:)`. Traps on failure; ``Throwing/solveODE(from:over:method:field:)-(Matrix,_,_,_)``
/// throws.
///
/// ```swift
/// let K = Matrix([[0, -1], [1, 0]])
/// let circle = solveODE(from: vector([1, 0]), over: 0...Double.pi) { t, y in K * y }
/// circle.final   // ≈ [-1, 0]
/// ```
public func solveODE(from initial: Matrix, over interval: ClosedRange<Double>, method: FlowMethod = .dormandPrince(),
                     field: (Double, Matrix) -> Matrix) -> MatrixTrajectory {
    trapping { () throws(AutodiffError) in try Throwing.solveODE(from: initial, over: interval, method: method, field: field) }
}

/// ``solveODE(from:over:method:field:)-(Matrix,_,_,_)`` for a state that is a list of
/// matrices (e.g. the layers of a network under a flow that is not a gradient flow).
///
/// ```swift
/// let flow = solveODE(from: [eye(2), ones(2, 1)], over: 0...1) { t, W in [-1 * W[0], W[0] * W[1]] }
/// flow.final.count   // 2
/// ```
public func solveODE(from initial: [Matrix], over interval: ClosedRange<Double>, method: FlowMethod = .dormandPrince(),
                     field: (Double, [Matrix]) -> [Matrix]) -> Trajectory {
    trapping { () throws(AutodiffError) in try Throwing.solveODE(from: initial, over: interval, method: method, field: field) }
}

extension Throwing {
    /// Throwing twin of ``solveODE(from:over:method:field:)-(Matrix,_,_,_)``: also a shape
    /// mismatch when `field` returns a matrix of another shape than the state.
    public static func solveODE(from initial: Matrix, over interval: ClosedRange<Double>, method: FlowMethod = .dormandPrince(),
                                field: (Double, Matrix) throws(AutodiffError) -> Matrix) throws(AutodiffError) -> MatrixTrajectory {
        MatrixTrajectory(try solveODE(from: [initial], over: interval, method: method) {
            (t, y: [Matrix]) throws(AutodiffError) in [try field(t, y[0])]
        })
    }

    /// Throwing twin of ``solveODE(from:over:method:field:)-([Matrix],_,_,_)``: also
    /// ``AutodiffError/argumentCount(operation:expected:found:)`` or a shape mismatch when
    /// `field`'s result does not match the state.
    public static func solveODE(from initial: [Matrix], over interval: ClosedRange<Double>, method: FlowMethod = .dormandPrince(),
                                field: (Double, [Matrix]) throws(AutodiffError) -> [Matrix]) throws(AutodiffError) -> Trajectory {
        let shapes = initial.map(Shape.init)
        return try integrateFlat(from: initial, over: interval, method: method) { (t, y) throws(AutodiffError) in
            let derivative = try field(t, FlatState.unflatten(y, shapes: shapes))
            try checkShapes(derivative, shapes, operation: "solveODE")
            return (FlatState.flatten(derivative), nil)
        }
    }
}
