import Foundation
import Linalg

/// How to step a stochastic differential equation `dY = a(t, Y) dt + b(t, Y) dW`.
public enum SDEMethod: Sendable, Hashable {
    /// Euler–Maruyama: `Y ← Y + a(t, Y) h + b(t, Y)[ΔW]`, the Itô solution; strong order ½,
    /// weak order 1.
    case eulerMaruyama
    /// Stochastic Heun (a predictor–corrector with the same `ΔW`): the **Stratonovich**
    /// solution, the natural calculus on manifolds; strong order 1 for commutative noise
    /// (a single Brownian motion, or diagonal noise).
    case heun
}

/// A sample path of the SDE `dY = a(t, Y) dt + b(t, Y, dW)` for a matrix `Y` over `interval`,
/// with a fixed `step` (the last step shortened to land on the end): `drift` is `a`, and
/// `noise` returns the noise term for an increment `dW` of independent N(0, h) entries with
/// the state's shape, so matrix-valued and multiplicative noise are written as on paper
/// (`σ * dW * Y`; `noise` must be linear in `dW`). Euler–Maruyama (Itô) by default,
/// `method: .heun` for Stratonovich.
///
/// The increments come from the current random stream (``Random``; the notebook's stream of
/// the cell): at each step, `sqrt(h) * randn(rows, cols)` per state matrix, in order. The
/// same stream gives the same path. Returns the states at every step, interpolated linearly
/// between steps. Traps on failure; ``Throwing/solveSDE(from:over:step:method:using:drift:noise:)-(Matrix,_,_,_,_,_,_)``
/// throws.
///
/// ```swift
/// // Geometric Brownian motion dY = μY dt + σY dW:
/// let path = solveSDE(from: Matrix([[1]]), over: 0...1, step: 0.01) { t, Y in 0.5 * Y } noise: { t, Y, dW in 0.2 * Y .* dW }
/// path.times.count   // 101
/// ```
public func solveSDE(from initial: Matrix, over interval: ClosedRange<Double>, step: Double,
                     method: SDEMethod = .eulerMaruyama, drift: (Double, Matrix) -> Matrix,
                     noise: (Double, Matrix, Matrix) -> Matrix) -> MatrixTrajectory {
    Random.draw { stream in solveSDE(from: initial, over: interval, step: step, method: method, using: &stream,
                                     drift: drift, noise: noise) }
}

/// ``solveSDE(from:over:step:method:drift:noise:)-(Matrix,_,_,_,_,_)`` drawing its increments
/// from a stream the caller owns.
public func solveSDE(from initial: Matrix, over interval: ClosedRange<Double>, step: Double,
                     method: SDEMethod = .eulerMaruyama, using stream: inout RandomStream,
                     drift: (Double, Matrix) -> Matrix, noise: (Double, Matrix, Matrix) -> Matrix) -> MatrixTrajectory {
    trapping { () throws(AutodiffError) in
        try Throwing.solveSDE(from: initial, over: interval, step: step, method: method, using: &stream,
                              drift: drift, noise: noise)
    }
}

/// ``solveSDE(from:over:step:method:drift:noise:)-(Matrix,_,_,_,_,_)`` for a state that is a
/// list of matrices (`dW` is a list of increments, one per state matrix).
///
/// ```swift
/// let layers = solveSDE(from: [eye(2), eye(2)], over: 0...1, step: 0.1) { t, W in [-1 * W[0], -1 * W[1]] }
///     noise: { t, W, dW in [0.1 * dW[0], 0.1 * dW[1]] }
/// ```
public func solveSDE(from initial: [Matrix], over interval: ClosedRange<Double>, step: Double,
                     method: SDEMethod = .eulerMaruyama, drift: (Double, [Matrix]) -> [Matrix],
                     noise: (Double, [Matrix], [Matrix]) -> [Matrix]) -> Trajectory {
    Random.draw { stream in solveSDE(from: initial, over: interval, step: step, method: method, using: &stream,
                                     drift: drift, noise: noise) }
}

/// The list-state ``solveSDE(from:over:step:method:drift:noise:)-([Matrix],_,_,_,_,_)`` with
/// a stream the caller owns.
public func solveSDE(from initial: [Matrix], over interval: ClosedRange<Double>, step: Double,
                     method: SDEMethod = .eulerMaruyama, using stream: inout RandomStream,
                     drift: (Double, [Matrix]) -> [Matrix], noise: (Double, [Matrix], [Matrix]) -> [Matrix]) -> Trajectory {
    trapping { () throws(AutodiffError) in
        try Throwing.solveSDE(from: initial, over: interval, step: step, method: method, using: &stream,
                              drift: drift, noise: noise)
    }
}

extension Throwing {
    /// Throwing twin of ``solveSDE(from:over:step:method:using:drift:noise:)-(Matrix,_,_,_,_,_,_)``.
    public static func solveSDE(
        from initial: Matrix, over interval: ClosedRange<Double>, step: Double, method: SDEMethod = .eulerMaruyama,
        using stream: inout RandomStream, drift: (Double, Matrix) throws(AutodiffError) -> Matrix,
        noise: (Double, Matrix, Matrix) throws(AutodiffError) -> Matrix
    ) throws(AutodiffError) -> MatrixTrajectory {
        MatrixTrajectory(try solveSDE(
            from: [initial], over: interval, step: step, method: method, using: &stream,
            drift: { (t, Y: [Matrix]) throws(AutodiffError) in [try drift(t, Y[0])] },
            noise: { (t, Y: [Matrix], dW: [Matrix]) throws(AutodiffError) in [try noise(t, Y[0], dW[0])] }))
    }

    /// Throwing twin of ``solveSDE(from:over:step:method:using:drift:noise:)-([Matrix],_,_,_,_,_,_)``:
    /// throws for a step that is not positive and finite, results of the wrong shapes, a path
    /// that leaves the finite numbers, or a cancelled run.
    public static func solveSDE(
        from initial: [Matrix], over interval: ClosedRange<Double>, step: Double, method: SDEMethod = .eulerMaruyama,
        using stream: inout RandomStream, drift: (Double, [Matrix]) throws(AutodiffError) -> [Matrix],
        noise: (Double, [Matrix], [Matrix]) throws(AutodiffError) -> [Matrix]
    ) throws(AutodiffError) -> Trajectory {
        let (t0, tEnd) = (interval.lowerBound, interval.upperBound)
        guard step > 0 && step.isFinite else { throw .invalidArgument(operation: "solveSDE", argument: "step", value: step) }
        guard t0.isFinite else { throw .invalidArgument(operation: "solveSDE", argument: "start", value: t0) }
        guard tEnd.isFinite else { throw .invalidArgument(operation: "solveSDE", argument: "end", value: tEnd) }
        let shapes = initial.map(Shape.init)
        var Y = initial
        var t = t0
        var times = [t], states = [Y]
        var pieces: [Trajectory.Piece] = []
        while t < tEnd {
            try checkpoint("solveSDE")
            let h = Swift.min(step, tEnd - t)
            let tNext = tEnd - t - h <= 1e-12 * Swift.max(1, Swift.abs(tEnd)) ? tEnd : t + h
            let scale = h.squareRoot()
            var dW: [Matrix] = []
            for shape in shapes {
                dW.append(try lifting { () throws(LinalgError) in
                    try Throwing.randn(shape.rows, shape.cols, std: scale, using: &stream)
                })
            }
            let a0 = try drift(t, Y), b0 = try noise(t, Y, dW)
            try checkShapes(a0, shapes, operation: "solveSDE drift")
            try checkShapes(b0, shapes, operation: "solveSDE noise")
            var next = zip(Y, zip(a0, b0)).map { y, ab in y + h * ab.0 + ab.1 }
            if method == .heun {
                let a1 = try drift(tNext, next), b1 = try noise(tNext, next, dW)
                try checkShapes(a1, shapes, operation: "solveSDE drift")
                try checkShapes(b1, shapes, operation: "solveSDE noise")
                next = (0..<Y.count).map { k in Y[k] + (0.5 * h) * (a0[k] + a1[k]) + 0.5 * (b0[k] + b1[k]) }
            }
            let flat = FlatState.flatten(next), origin = FlatState.flatten(Y)
            if flat.contains(where: { !$0.isFinite }) { throw .nonFinite(operation: "solveSDE", time: tNext) }
            pieces.append(Trajectory.Piece(start: t, step: tNext - t, origin: origin,
                                           coefficients: [zip(flat, origin).map { $0 - $1 }]))
            (t, Y) = (tNext, next)
            times.append(t)
            states.append(Y)
        }
        return Trajectory(times: times, states: states, losses: [], rejectedSteps: 0, pieces: pieces, shapes: shapes)
    }
}
