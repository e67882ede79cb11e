import Linalg

/// A solution of an ODE over a list of matrices, `dW/dt = F(t, W)`, as produced by
/// ``gradientFlow(from:until:method:loss:)``, ``solveODE(from:over:method:field:)-([Matrix],_,_,_)``,
/// ``solveSDE(from:over:step:method:drift:noise:)-([Matrix],_,_,_,_,_)``
/// or ``gradientDescent(from:learningRate:steps:loss:)``: the accepted steps, and an
/// interpolant between them (dense output) to sample it anywhere for plotting.
///
/// ```swift
/// let flow = gradientFlow(from: [W1, W2], until: 20) { Ws in loss(Ws) }
/// flow.times.count                    // accepted steps + 1
/// flow.state(at: 7.5)                 // [W1(7.5), W2(7.5)]
/// let (ts, Ws) = flow.sample(count: 200)
/// ```
public struct Trajectory: Sendable {
    /// The start time and the end of every accepted step (or every GD iteration).
    public let times: [Double]
    /// The state at each of ``times``.
    public let states: [[Matrix]]
    /// For gradient flows and descent: the loss at each of ``times``; empty otherwise.
    public let losses: [Double]
    /// Number of rejected steps (adaptive methods).
    public let rejectedSteps: Int
    /// One polynomial piece per step: `W(t_k + θh) = W_k + Σ_m c_m θ^m`, θ ∈ [0, 1].
    let pieces: [Piece]
    let shapes: [Shape]

    struct Piece: Sendable {
        var start: Double
        var step: Double
        var origin: [Double]
        var coefficients: [[Double]]
    }

    /// The state at the end time.
    public var final: [Matrix] { states[states.count - 1] }

    /// The state at time `t` in `[times.first, times.last]`, from the method's interpolant
    /// (Dormand–Prince's 4th-order continuous extension; cubic Hermite for RK4; linear
    /// between gradient-descent iterates). Traps outside the interval;
    /// ``Throwing/state(of:at:)`` throws.
    public func state(at t: Double) -> [Matrix] {
        trapping { () throws(AutodiffError) in try Throwing.state(of: self, at: t) }
    }

    /// `count` equally spaced times over the interval and the states there.
    public func sample(count: Int) -> (times: [Double], states: [[Matrix]]) {
        guard count > 1, let first = times.first, let last = times.last else { return (times, states) }
        let ts = (0..<count).map { first + (last - first) * Double($0) / Double(count - 1) }
        return (ts, ts.map { state(at: $0) })
    }

    func evaluate(_ piece: Piece, at t: Double) -> [Matrix] {
        let theta = piece.step == 0 ? 0 : Swift.min(1, Swift.max(0, (t - piece.start) / piece.step))
        var flat = piece.origin
        var power = 1.0
        for coefficient in piece.coefficients {
            power *= theta
            for index in flat.indices { flat[index] += power * coefficient[index] }
        }
        return FlatState.unflatten(flat, shapes: shapes)
    }
}

extension Throwing {
    /// Throwing twin of ``Trajectory/state(at:)``.
    public static func state(of trajectory: Trajectory, at t: Double) throws(AutodiffError) -> [Matrix] {
        guard let first = trajectory.times.first, let last = trajectory.times.last,
              t >= first && t <= last else {
            throw .invalidArgument(operation: "state(at:)", argument: "t", value: t)
        }
        if trajectory.pieces.isEmpty { return trajectory.states[0] }
        // The last piece starting at or before t.
        var low = 0, high = trajectory.pieces.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if trajectory.pieces[mid].start <= t { low = mid } else { high = mid - 1 }
        }
        return trajectory.evaluate(trajectory.pieces[low], at: t)
    }
}

/// A list of matrices as one flat vector, the integrators' working representation.
enum FlatState {
    static func flatten(_ matrices: [Matrix]) -> [Double] {
        var flat = [Double]()
        flat.reserveCapacity(matrices.reduce(0) { $0 + $1.count })
        for matrix in matrices { matrix.withColumnMajorElements { flat.append(contentsOf: $0) } }
        return flat
    }

    static func unflatten(_ flat: [Double], shapes: [Shape]) -> [Matrix] {
        var offset = 0
        return shapes.map { shape in
            let count = shape.rows * shape.cols
            defer { offset += count }
            return Matrix(rows: shape.rows, cols: shape.cols, columnMajor: Array(flat[offset..<(offset + count)]))
        }
    }
}

/// A solution whose state is one matrix, as ``solveODE(from:over:method:field:)-(Matrix,_,_,_)``
/// and ``solveSDE(from:over:step:method:drift:noise:)-(Matrix,_,_,_,_,_)`` return it for a
/// `Matrix` initial state: ``Trajectory``'s API with a `Matrix` where that has `[Matrix]`.
///
/// ```swift
/// let decay = solveODE(from: vector([1, 2]), over: 0...1) { t, y in -1 * y }
/// decay.final              // ≈ e⁻¹ · [1, 2]
/// decay.state(at: 0.5)     // dense output
/// ```
public struct MatrixTrajectory: Sendable {
    /// The same solution with the state as a one-element list.
    public let trajectory: Trajectory

    /// Wraps a trajectory of one-matrix states.
    public init(_ trajectory: Trajectory) { self.trajectory = trajectory }

    /// The start time and the end of every accepted step.
    public var times: [Double] { trajectory.times }
    /// The state at each of ``times``.
    public var states: [Matrix] { trajectory.states.map { $0[0] } }
    /// The state at the end time.
    public var final: Matrix { trajectory.final[0] }
    /// Number of rejected steps (adaptive methods).
    public var rejectedSteps: Int { trajectory.rejectedSteps }

    /// The state at time `t` from the method's interpolant (see ``Trajectory/state(at:)``).
    /// ``Throwing/state(of:at:)-(MatrixTrajectory,_)`` throws outside the interval.
    public func state(at t: Double) -> Matrix { trajectory.state(at: t)[0] }

    /// `count` equally spaced times over the interval and the states there.
    public func sample(count: Int) -> (times: [Double], states: [Matrix]) {
        let (times, states) = trajectory.sample(count: count)
        return (times, states.map { $0[0] })
    }
}

extension Throwing {
    /// Throwing twin of ``MatrixTrajectory/state(at:)``.
    public static func state(of trajectory: MatrixTrajectory, at t: Double) throws(AutodiffError) -> Matrix {
        try state(of: trajectory.trajectory, at: t)[0]
    }
}
