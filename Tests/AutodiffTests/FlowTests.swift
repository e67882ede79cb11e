import Foundation
import Testing
import Linalg
import Autodiff

@Suite struct FlowTests {
    /// A 2-layer linear net: data, initial weights and the loss.
    static func problem() -> (W1: Matrix, W2: Matrix, loss: ([Tracked]) -> Tracked) {
        var stream = RandomStream(seed: 2018)
        let (X, Y) = (randn(3, 20, using: &stream), randn(2, 20, using: &stream))
        let W1 = randn(4, 3, std: 0.5, using: &stream)
        let W2 = randn(2, 4, std: 0.5, using: &stream)
        return (W1, W2, { Ws in 0.5 * squaredNorm(Ws[1] * Ws[0] * X - Y) / 20 })
    }

    static func imbalance(_ Ws: [Matrix]) -> Matrix { Ws[0] * Ws[0].T - Ws[1].T * Ws[1] }

    @Test func adaptiveFlowConservesTheInvariantWhileGradientDescentDrifts() {
        let (W1, W2, loss) = Self.problem()
        let start = Self.imbalance([W1, W2])
        let flow = gradientFlow(from: [W1, W2], until: 20, method: .dormandPrince(rtol: 1e-10, atol: 1e-12), loss: loss)
        let flowDrift = flow.states.map { norm(Self.imbalance($0) - start) }.max()!
        #expect(flow.times.last == 20)
        #expect(flowDrift <= 1e-9, "flow drift \(flowDrift)")
        #expect(flow.losses.last! < 0.5 * flow.losses.first!)       // it did learn
        // Dense output between steps keeps it too.
        let (_, sampled) = flow.sample(count: 101)
        #expect(sampled.map { norm(Self.imbalance($0) - start) }.max()! <= 1e-9)

        let descent = gradientDescent(from: [W1, W2], learningRate: 0.05, steps: 400, loss: loss)   // t = 20
        let descentDrift = norm(Self.imbalance(descent.final) - start)
        #expect(descentDrift > 1e-4, "GD drift \(descentDrift)")
        #expect(descentDrift > 1e4 * flowDrift)
    }

    @Test func rk4AndDormandPrinceAgreeAndConverge() {
        let (W1, W2, loss) = Self.problem()
        let reference = gradientFlow(from: [W1, W2], until: 5, method: .dormandPrince(rtol: 1e-12, atol: 1e-14), loss: loss)
        func error(_ step: Double) -> Double {
            let rk = gradientFlow(from: [W1, W2], until: 5, method: .rk4(step: step), loss: loss)
            return norm(rk.final[0] - reference.final[0]) + norm(rk.final[1] - reference.final[1])
        }
        let (coarse, fine) = (error(0.05), error(0.025))
        #expect(fine < 1e-6)
        #expect(coarse / fine > 14 && coarse / fine < 19)   // 4th order: halving h divides the error by ~16
    }

    @Test func denseOutputMatchesAnExactSolution() {
        // Ẏ = K Y with K a rotation generator: Y(t) = e^{tK} Y(0).
        let K = Matrix([[0, -1], [1, 0]])
        let y0 = vector([1, 0.5])
        let trajectory = solveODE(from: [y0], over: 0...6, method: .dormandPrince(rtol: 1e-10, atol: 1e-12)) { _, Y in
            [K * Y[0]]
        }
        for t in stride(from: 0.0, through: 6, by: 0.37) {
            let exact = expm(t * K) * y0
            #expect(norm(trajectory.state(at: t)[0] - exact) < 1e-8, "t = \(t)")
        }
        let rk = solveODE(from: [y0], over: 0...6, method: .rk4(step: 0.01)) { _, Y in [K * Y[0]] }
        #expect(norm(rk.state(at: 2.345)[0] - expm(2.345 * K) * y0) < 1e-8)
        #expect(trajectory.rejectedSteps >= 0 && trajectory.times.count > 10)
    }
}
