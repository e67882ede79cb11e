import Testing
import Linalg
import Autodiff

/// The seed lecture's conservation laws (Du, Hu & Lee 2018), checked at random points
/// with gradients from `gradient(at:)`: along gradient flow Ẇ = −∇L, so
/// d/dt(WWᵀ) = −(∇L Wᵀ + W ∇Lᵀ).
@Suite struct TheoremTests {
    /// Theorem 2.2: for a linear layer pair, d/dt(W1W1ᵀ) = d/dt(W2ᵀW2).
    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func theorem22LinearLayersStayBalanced(seed: UInt64) {
        var stream = RandomStream(seed: seed)
        let (W1, W2) = (randn(5, 3, using: &stream), randn(4, 5, using: &stream))
        let (X, Y) = (randn(3, 20, using: &stream), randn(4, 20, using: &stream))
        let (g1, g2) = gradient(at: W1, W2) { W1, W2 in 0.5 * squaredNorm(W2 * W1 * X - Y) }
        let (W1dot, W2dot) = (-g1, -g2)
        let t1 = W1dot * W1.T + W1 * W1dot.T
        let t2 = W2dot.T * W2 + W2.T * W2dot
        #expect(norm(t1 - t2) <= 1e-12 * norm(t1), "relative gap \(norm(t1 - t2) / norm(t1))")
    }

    /// Theorem 2.1: for a ReLU hidden layer, per neuron i,
    /// d/dt(‖W1[i,:]‖² − ‖W2[:,i]‖²) = 0 (it fails for tanh, which is not homogeneous).
    @Test(arguments: [UInt64(11), 12, 13])
    func theorem21PerNeuronForReLU(seed: UInt64) {
        var stream = RandomStream(seed: seed)
        let (W1, W2) = (randn(6, 3, using: &stream), randn(2, 6, using: &stream))
        let (X, Y) = (randn(3, 25, using: &stream), randn(2, 25, using: &stream))
        func rates(_ activation: @escaping (Tracked) -> Tracked) -> [(incoming: Double, outgoing: Double)] {
            let (g1, g2) = gradient(at: W1, W2) { W1, W2 in 0.5 * squaredNorm(W2 * activation(W1 * X) - Y) }
            return (0..<6).map { i in
                (incoming: -2 * dot(W1.row(i), g1.row(i)), outgoing: -2 * dot(W2.col(i), g2.col(i)))
            }
        }
        for (i, rate) in rates(relu).enumerated() {
            #expect(abs(rate.incoming - rate.outgoing) <= 1e-12 * max(abs(rate.incoming), 1e-300), "neuron \(i)")
        }
        for (i, rate) in rates({ leakyRelu($0, slope: 0.2) }).enumerated() {
            #expect(abs(rate.incoming - rate.outgoing) <= 1e-12 * max(abs(rate.incoming), 1e-300), "leaky, neuron \(i)")
        }
        let tanhGaps = rates(tanh).map { abs($0.incoming - $0.outgoing) / abs($0.incoming) }
        #expect(tanhGaps.max()! > 1e-3)   // the theorem needs homogeneity
    }
}
