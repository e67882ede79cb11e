import Foundation
import Linalg

/// The vector field in the flat representation: the derivative at `(t, y)`, and an
/// auxiliary value recorded at accepted points (the loss, for a gradient flow).
typealias FlatField = (Double, [Double]) throws(AutodiffError) -> (derivative: [Double], value: Double?)

/// Dormand–Prince 5(4) (J. R. Dormand & P. J. Prince, J. Comput. Appl. Math. 6, 1980),
/// the method of MATLAB's ode45 and scipy's RK45: 7 stages with FSAL, local
/// extrapolation (the 5th-order solution is kept), the 4th-order embedded solution for
/// the error estimate, and the continuous extension of Hairer, Nørsett & Wanner
/// (Solving ODEs I, §II.6) for dense output.
///
/// Error control (Hairer's): `err = √(mean((e_i / (atol + rtol·max(|y_i|, |ŷ_i|)))²))`; a
/// step is accepted when `err ≤ 1`, and the next step is `h · min(5, max(0.2, 0.9·err^(−1/5)))`
/// (no growth right after a rejection). The first step is chosen by Hairer's heuristic.
enum DormandPrince {
    static let c: [Double] = [0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1]
    static let a: [[Double]] = [
        [],
        [1.0 / 5],
        [3.0 / 40, 9.0 / 40],
        [44.0 / 45, -56.0 / 15, 32.0 / 9],
        [19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729],
        [9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656],
        [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84],
    ]
    /// 5th-order weights (= the last row of `a`: FSAL).
    static let b: [Double] = [35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84, 0]
    /// `b − b̂`, the difference to the embedded 4th-order weights.
    static let e: [Double] = [-71.0 / 57600, 0, 71.0 / 16695, -71.0 / 1920, 17253.0 / 339200, -22.0 / 525, 1.0 / 40]
    /// Dense output: `y(t + θh) = y + h Σ_i k_i Σ_m P[i][m] θ^(m+1)`.
    static let p: [[Double]] = [
        [1, -8048581381.0 / 2820520608, 8663915743.0 / 2820520608, -12715105075.0 / 11282082432],
        [0, 0, 0, 0],
        [0, 131558114200.0 / 32700410799, -68118460800.0 / 10900136933, 87487479700.0 / 32700410799],
        [0, -1754552775.0 / 470086768, 14199869525.0 / 1410260304, -10690763975.0 / 1880347072],
        [0, 127303824393.0 / 49829197408, -318862633887.0 / 49829197408, 701980252875.0 / 199316789632],
        [0, -282668133.0 / 205662961, 2019193451.0 / 616988883, -1453857185.0 / 822651844],
        [0, 40617522.0 / 29380423, -110615467.0 / 29380423, 69997945.0 / 29380423],
    ]

    static func integrate(from y0: [Matrix], t0: Double, until tEnd: Double, rtol: Double, atol: Double,
                          maxSteps: Int, field: FlatField) throws(AutodiffError) -> Trajectory {
        let shapes = y0.map(Shape.init)
        var y = FlatState.flatten(y0)
        var t = t0
        var (k1, value) = try field(t, y)
        var times = [t], states = [y0], losses = value.map { [$0] } ?? []
        var pieces: [Trajectory.Piece] = []
        var rejected = 0
        let n = y.count
        func scaledNorm(_ v: [Double], _ y: [Double], _ yNew: [Double]?) -> Double {
            guard n > 0 else { return 0 }
            var total = 0.0
            for i in 0..<n {
                let scale = atol + rtol * Swift.max(Swift.abs(y[i]), Swift.abs(yNew?[i] ?? y[i]))
                total += (v[i] / scale) * (v[i] / scale)
            }
            return (total / Double(n)).squareRoot()
        }
        // Hairer's initial step.
        var h: Double
        do {
            let d0 = scaledNorm(y, y, nil), d1 = scaledNorm(k1, y, nil)
            let h0 = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1
            let y1 = (0..<n).map { y[$0] + h0 * k1[$0] }
            let f1 = try field(t + h0, y1).derivative
            let d2 = scaledNorm((0..<n).map { (f1[$0] - k1[$0]) / h0 }, y, nil)
            let h1 = Swift.max(d1, d2) <= 1e-15 ? Swift.max(1e-6, h0 * 1e-3) : Foundation.pow(0.01 / Swift.max(d1, d2), 0.2)
            h = Swift.min(100 * h0, h1, Swift.abs(tEnd - t0))
        }
        var justRejected = false
        var steps = 0
        while t < tEnd {
            if steps >= maxSteps { throw .tooManySteps(time: t, maxSteps: maxSteps) }
            try checkpoint("dormandPrince")
            steps += 1
            if h < 16 * t.ulp.magnitude || h == 0 { throw .stepSizeTooSmall(time: t, step: h) }
            let last = t + h >= tEnd
            if last { h = tEnd - t }
            var k = [k1]
            var stageValue: Double?
            var yNew = y
            for stage in 1..<7 {
                var ys = y
                for (j, weight) in a[stage].enumerated() where weight != 0 {
                    let kj = k[j]
                    for i in 0..<n { ys[i] += h * weight * kj[i] }
                }
                if stage == 6 { yNew = ys }
                let (derivative, v) = try field(t + c[stage] * h, ys)
                k.append(derivative)
                if stage == 6 { stageValue = v }
            }
            var errorVector = [Double](repeating: 0, count: n)
            for (j, weight) in e.enumerated() where weight != 0 {
                for i in 0..<n { errorVector[i] += h * weight * k[j][i] }
            }
            var err = scaledNorm(errorVector, y, yNew)
            if !err.isFinite || yNew.contains(where: { !$0.isFinite }) { err = .infinity }
            if err <= 1 {
                // Dense output coefficients for θ, θ², θ³, θ⁴.
                var coefficients = [[Double]](repeating: [Double](repeating: 0, count: n), count: 4)
                for m in 0..<4 {
                    for stage in 0..<7 where p[stage][m] != 0 {
                        let weight = h * p[stage][m]
                        for i in 0..<n { coefficients[m][i] += weight * k[stage][i] }
                    }
                }
                pieces.append(Trajectory.Piece(start: t, step: h, origin: y, coefficients: coefficients))
                t = last ? tEnd : t + h
                y = yNew
                k1 = k[6]
                times.append(t)
                states.append(FlatState.unflatten(y, shapes: shapes))
                if let stageValue { losses.append(stageValue) }
                let factor = err == 0 ? 5 : Swift.min(5, Swift.max(0.2, 0.9 * Foundation.pow(err, -0.2)))
                h *= justRejected ? Swift.min(1, factor) : factor
                justRejected = false
            } else {
                rejected += 1
                h *= err.isFinite ? Swift.max(0.2, 0.9 * Foundation.pow(err, -0.2)) : 0.2
                justRejected = true
            }
        }
        return Trajectory(times: times, states: states, losses: losses, rejectedSteps: rejected,
                          pieces: pieces, shapes: shapes)
    }
}
