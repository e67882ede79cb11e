import Linalg

/// The classical 4th-order Runge–Kutta method with a fixed step (the last step is
/// shortened to land on the end time), with cubic Hermite dense output; and plain
/// gradient descent, `W ← W − η∇L(W)`, as the explicit Euler method on the same flow.
enum FixedStep {
    static func rungeKutta4(from y0: [Matrix], t0: Double, until tEnd: Double, step: Double,
                            field: FlatField) throws(AutodiffError) -> Trajectory {
        let shapes = y0.map(Shape.init)
        var y = FlatState.flatten(y0)
        let n = y.count
        var t = t0
        var (f0, value) = try field(t, y)
        var times = [t], states = [y0], losses = value.map { [$0] } ?? []
        var pieces: [Trajectory.Piece] = []
        func offset(_ base: [Double], _ scale: Double, _ direction: [Double]) -> [Double] {
            (0..<n).map { base[$0] + scale * direction[$0] }
        }
        while t < tEnd {
            try checkpoint("rk4")
            let h = Swift.min(step, tEnd - t)
            let k1 = f0
            let k2 = try field(t + h / 2, offset(y, h / 2, k1)).derivative
            let k3 = try field(t + h / 2, offset(y, h / 2, k2)).derivative
            let k4 = try field(t + h, offset(y, h, k3)).derivative
            let yNew = (0..<n).map { y[$0] + h / 6 * (k1[$0] + 2 * k2[$0] + 2 * k3[$0] + k4[$0]) }
            if yNew.contains(where: { !$0.isFinite }) { throw .nonFinite(operation: "rk4", time: t) }
            let tNew = tEnd - t - h <= 1e-12 * Swift.abs(tEnd) ? tEnd : t + h
            let (f1, newValue) = try field(tNew, yNew)
            // Hermite cubic in θ: c1 = h f0, c2 = 3Δ − 2h f0 − h f1, c3 = −2Δ + h f0 + h f1.
            let c1 = (0..<n).map { h * f0[$0] }
            let c2 = (0..<n).map { 3 * (yNew[$0] - y[$0]) - 2 * h * f0[$0] - h * f1[$0] }
            let c3 = (0..<n).map { -2 * (yNew[$0] - y[$0]) + h * f0[$0] + h * f1[$0] }
            pieces.append(Trajectory.Piece(start: t, step: h, origin: y, coefficients: [c1, c2, c3]))
            (t, y, f0) = (tNew, yNew, f1)
            times.append(t)
            states.append(FlatState.unflatten(y, shapes: shapes))
            if let newValue { losses.append(newValue) }
        }
        return Trajectory(times: times, states: states, losses: losses, rejectedSteps: 0,
                          pieces: pieces, shapes: shapes)
    }

    static func gradientDescent(from y0: [Matrix], learningRate: Double, steps: Int,
                                field: FlatField) throws(AutodiffError) -> Trajectory {
        let shapes = y0.map(Shape.init)
        var y = FlatState.flatten(y0)
        var (f, value) = try field(0, y)
        var times = [0.0], states = [y0], losses = value.map { [$0] } ?? []
        var pieces: [Trajectory.Piece] = []
        for iteration in 0..<steps {
            try checkpoint("gradientDescent")
            let yNew = (0..<y.count).map { y[$0] + learningRate * f[$0] }
            if yNew.contains(where: { !$0.isFinite }) {
                throw .nonFinite(operation: "gradientDescent", time: Double(iteration) * learningRate)
            }
            let t = Double(iteration + 1) * learningRate
            pieces.append(Trajectory.Piece(start: Double(iteration) * learningRate, step: learningRate, origin: y,
                                           coefficients: [(0..<y.count).map { yNew[$0] - y[$0] }]))
            y = yNew
            (f, value) = try field(t, y)
            times.append(t)
            states.append(FlatState.unflatten(y, shapes: shapes))
            if let value { losses.append(value) }
        }
        return Trajectory(times: times, states: states, losses: losses, rejectedSteps: 0,
                          pieces: pieces, shapes: shapes)
    }
}
