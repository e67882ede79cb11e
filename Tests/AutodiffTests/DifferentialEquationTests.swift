import Foundation
import Testing
import Linalg
import Autodiff

/// `solveODE` against SciPy (Fixtures/make_reference.py in LinalgTests) and exact solutions.
@Suite struct ODETests {
    @Test func vanDerPolMatchesScipysDOP853() throws {
        let url = try #require(Bundle.module.url(forResource: "ode", withExtension: "json", subdirectory: "Fixtures"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let times = (json["vdp_times"] as! [NSNumber]).map(\.doubleValue)
        let states = (json["vdp_states"] as! [[NSNumber]]).map { vector($0.map(\.doubleValue)) }
        let solution = solveODE(from: vector([2, 0]), over: 0...5, method: .dormandPrince(rtol: 1e-11, atol: 1e-12)) { _, y in
            vector([y[1, 0], (1 - y[0, 0] * y[0, 0]) * y[1, 0] - y[0, 0]])
        }
        for (t, expected) in zip(times, states) {
            #expect(norm(solution.state(at: t) - expected) < 1e-8, "t = \(t)")
        }
        #expect(solution.final == solution.states.last! && solution.times.last == 5)
    }

    /// dY/dt = KY − YK with K skew: Y(t) = e^{tK} Y₀ e^{−tK}, from t₀ = 1.
    @Test func matrixStateFromANonzeroStart() {
        let K = Matrix([[0, 1, -0.5], [-1, 0, 2], [0.5, -2, 0]])
        let Y0 = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 1]])
        let exact = { (t: Double) in expm((t - 1) * K) * Y0 * expm(-(t - 1) * K) }
        let adaptive = solveODE(from: Y0, over: 1...3, method: .dormandPrince(rtol: 1e-11, atol: 1e-13)) { _, Y in
            commutator(K, Y)
        }
        #expect(adaptive.times.first == 1 && adaptive.times.last == 3)
        #expect(isApprox(adaptive.final, exact(3), tol: 1e-9))
        #expect(isApprox(adaptive.state(at: 2.2), exact(2.2), tol: 1e-8))
        #expect(isApprox(eigh(adaptive.final).values, eigh(Y0).values, tol: 1e-9))   // isospectral
        let fixed = solveODE(from: Y0, over: 1...3, method: .rk4(step: 0.01)) { _, Y in commutator(K, Y) }
        #expect(isApprox(fixed.final, exact(3), tol: 1e-7))
        #expect(fixed.times.count == 201)
        let (ts, Ys) = fixed.sample(count: 5)
        #expect(ts == [1, 1.5, 2, 2.5, 3] && Ys.count == 5)
    }

    @Test func listStateAndEdgeCases() {
        let flow = solveODE(from: [Matrix([[1]]), Matrix([[0]])], over: 0...1) { _, y in [y[1], -1 * y[0]] }
        #expect(abs(flow.final[0].scalar - cos(1)) < 1e-9 && abs(flow.final[1].scalar + sin(1)) < 1e-9)
        let empty = solveODE(from: zeros(0, 0), over: 0...1) { _, y in y }
        #expect(empty.final.shape == (0, 0))
        let instant = solveODE(from: eye(2), over: 2...2) { _, y in y }
        #expect(instant.times == [2] && instant.final == eye(2))
    }
}

/// `solveSDE` on geometric Brownian motion, whose exact solution is known: strong and weak
/// orders, the Itô–Stratonovich correction, determinism. Many independent paths run at
/// once as the entries of one column (the noise `σ Y .* dW` acts entry by entry).
@Suite struct SDETests {
    /// `count` paths of dY = μY dt + σY dW (Itô, or Stratonovich with Heun) from Y = 1 over
    /// [0, T] with step h, and the Brownian motion at T of each, replayed from the stream.
    static func gbm(mu: Double, sigma: Double, T: Double = 1, h: Double, count: Int, method: SDEMethod,
                    seed: UInt64) -> (final: Matrix, brownian: Matrix) {
        var stream = RandomStream(seed: seed), replay = stream
        let path = solveSDE(from: ones(count, 1), over: 0...T, step: h, method: method, using: &stream) { _, Y in
            mu * Y
        } noise: { _, Y, dW in sigma * Y .* dW }
        var W = zeros(count, 1)
        for _ in 1..<path.times.count { W += randn(count, 1, std: h.squareRoot(), using: &replay) }
        return (path.final, W)
    }

    /// The least-squares slope of log(error) against log(h).
    static func slope(_ hs: [Double], _ errors: [Double]) -> Double {
        let x = hs.map(log), y = errors.map(log)
        let (mx, my) = (mean(x), mean(y))
        return zip(x, y).map { ($0 - mx) * ($1 - my) }.reduce(0, +) / x.map { ($0 - mx) * ($0 - mx) }.reduce(0, +)
    }

    @Test func eulerMaruyamaHasStrongOrderOneHalf() {
        let (mu, sigma) = (1.0, 1.0)
        let hs = [1.0 / 16, 1.0 / 64, 1.0 / 256, 1.0 / 1024]
        let errors = hs.map { h in
            let (Y, W) = Self.gbm(mu: mu, sigma: sigma, h: h, count: 2000, method: .eulerMaruyama, seed: 5)
            return mean(abs(Y - exp((mu - sigma * sigma / 2) + sigma * W)))
        }
        let order = Self.slope(hs, errors)
        #expect(order > 0.4 && order < 0.6, "strong order \(order), errors \(errors)")
    }

    @Test func heunHasStrongOrderOneForStratonovich() {
        let (mu, sigma) = (1.0, 1.0)
        let hs = [1.0 / 16, 1.0 / 64, 1.0 / 256, 1.0 / 1024]
        let errors = hs.map { h in
            let (Y, W) = Self.gbm(mu: mu, sigma: sigma, h: h, count: 2000, method: .heun, seed: 6)
            return mean(abs(Y - exp(mu + sigma * W)))                // Stratonovich: no −σ²/2
        }
        let order = Self.slope(hs, errors)
        #expect(order > 0.9 && order < 1.1, "strong order \(order), errors \(errors)")
    }

    @Test func eulerMaruyamaHasWeakOrderOne() {
        // E[Y_N] = (1 + μh)^N exactly, so the weak error (1 + μh)^N − e^μ is O(h); the
        // Monte Carlo mean over 10⁵ paths (σ = 0.1: standard error 9e-4) must show it.
        let mu = 1.0
        let hs = [1.0 / 4, 1.0 / 8, 1.0 / 16, 1.0 / 32]
        var errors: [Double] = []
        for (index, h) in hs.enumerated() {
            let (Y, _) = Self.gbm(mu: mu, sigma: 0.1, h: h, count: 100_000, method: .eulerMaruyama, seed: 7 + UInt64(index))
            let expected = pow(1 + mu * h, 1 / h)
            #expect(abs(mean(Y) - expected) < 4 * 0.1 * exp(mu) / sqrt(100_000), "h = \(h)")
            errors.append(abs(mean(Y) - exp(mu)))
        }
        let order = Self.slope(hs, errors)
        #expect(order > 0.85 && order < 1.1, "weak order \(order), errors \(errors)")
    }

    /// The Stratonovich SDE dY = σY∘dW is the Itô SDE dY = ½σ²Y dt + σY dW: Heun on the
    /// first and Euler–Maruyama on the second follow the same paths; Euler–Maruyama on the
    /// first (no correction) keeps the mean at 1 instead of e^{σ²T/2}.
    @Test func itoAndStratonovichDifferByTheirDriftCorrection() {
        let sigma = 1.0, count = 20_000, h = 1.0 / 512
        func run(_ method: SDEMethod, drift: Double) -> Matrix {
            var stream = RandomStream(seed: 99)
            return solveSDE(from: ones(count, 1), over: 0...1, step: h, method: method, using: &stream) { _, Y in
                drift * Y
            } noise: { _, Y, dW in sigma * Y .* dW }.final
        }
        let stratonovich = run(.heun, drift: 0)
        let corrected = run(.eulerMaruyama, drift: sigma * sigma / 2)
        let ito = run(.eulerMaruyama, drift: 0)
        #expect(mean(abs(stratonovich - corrected)) < 0.1, "pathwise distance \(mean(abs(stratonovich - corrected)))")
        #expect(abs(mean(stratonovich) - exp(0.5)) < 0.05)
        #expect(abs(mean(ito) - 1) < 0.05)
    }

    @Test func theSameStreamGivesTheSamePath() {
        func path(_ seed: UInt64) -> [Matrix] {
            var stream = RandomStream(seed: seed)
            return solveSDE(from: eye(2), over: 0...1, step: 0.1, using: &stream) { _, Y in -1 * Y }
                noise: { _, Y, dW in 0.3 * dW * Y }.states        // matrix noise, multiplicative
        }
        #expect(path(1) == path(1))
        #expect(path(1) != path(2))
        #expect(path(1).count == 11)
        // The argument-less form draws from the process default stream.
        Random.setStream(RandomStream(seed: 1))
        let fromDefault = solveSDE(from: eye(2), over: 0...1, step: 0.1) { _, Y in -1 * Y } noise: { _, Y, dW in 0.3 * dW * Y }
        #expect(fromDefault.states == path(1))
    }

    @Test func listStatesAndErrors() throws {
        var stream = RandomStream(seed: 3)
        let layers = solveSDE(from: [eye(2), ones(2, 1)], over: 0...1, step: 0.25, using: &stream) { _, W in
            [-1 * W[0], W[1]]
        } noise: { _, _, dW in [0.1 * dW[0], 0.1 * dW[1]] }
        #expect(layers.times == [0, 0.25, 0.5, 0.75, 1] && layers.final.map(Shape.init) == [Shape(2, 2), Shape(2, 1)])
        #expect(throws: AutodiffError.invalidArgument(operation: "solveSDE", argument: "step", value: 0)) {
            try Throwing.solveSDE(from: eye(2), over: 0...1, step: 0, using: &stream,
                                  drift: { (_, Y: Matrix) throws(AutodiffError) in Y },
                                  noise: { (_, _, dW: Matrix) throws(AutodiffError) in dW })
        }
        #expect(throws: AutodiffError.linalg(.shapeMismatch(operation: "solveSDE noise", lhs: Shape(2, 2), rhs: Shape(2, 1)))) {
            try Throwing.solveSDE(from: eye(2), over: 0...1, step: 0.5, using: &stream,
                                  drift: { (_, Y: Matrix) throws(AutodiffError) in Y },
                                  noise: { (_, _, dW: Matrix) throws(AutodiffError) in dW.col(0) })
        }
        #expect(throws: AutodiffError.nonFinite(operation: "solveSDE", time: 1)) {
            try Throwing.solveSDE(from: Matrix([[1]]), over: 0...1, step: 0.5, using: &stream,
                                  drift: { (_, Y: Matrix) throws(AutodiffError) in 1e308 * Y .* Y },
                                  noise: { (_, _, dW: Matrix) throws(AutodiffError) in dW })
        }
    }
}

/// `value(of:at:)` evaluates the closure `gradient` differentiates.
@Suite struct ValueTests {
    @Test func aLossIsEvaluatedWhereItIsDifferentiated() {
        let X = Matrix([[1, 2], [3, 4]]), Y = Matrix([[1, 0], [0, 1]])
        let loss = { (W: Tracked) in 0.5 * squaredNorm(W * X - Y) }
        let W = Matrix([[0.5, -1], [2, 0]])
        #expect(value(of: loss, at: W) == valueWithGradient(at: W, of: loss).value)
        #expect(value(of: loss, at: W) == 0.5 * squaredNorm(W * X - Y))
        let two = { (A: Tracked, B: Tracked) in sum(A * B) }
        #expect(value(of: two, at: X, Y) == 10)
        #expect(value(of: { (a: Tracked, b: Tracked, c: Tracked) in sum(a + b + c) }, at: X, Y, X) == 22)
        #expect(value(of: { (a: Tracked, b: Tracked, c: Tracked, d: Tracked) in trace(a * b * c * d) }, at: Y, Y, Y, X) == 5)
        #expect(value(of: { (Ws: [Tracked]) in squaredNorm(Ws[1] * Ws[0]) }, at: [X, Y]) == 30)
        #expect(throws: AutodiffError.nonScalarLoss(shape: Shape(2, 2))) {
            try Throwing.value(of: { (v: [Tracked]) throws(AutodiffError) in v[0] }, at: [X])
        }
    }
}
