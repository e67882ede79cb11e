import Testing
import Linalg
import Autodiff

/// Each gradient computation owns its tape, so computations on many threads at once
/// give the same results as one after another (and Swift 6 checks the rest statically).
@Suite struct ConcurrencyTests {
    @Test func concurrentGradientsMatchSerialOnes() async {
        var stream = RandomStream(seed: 99)
        let (X, Y) = (randn(3, 15, using: &stream), randn(2, 15, using: &stream))
        let starts = (0..<16).map { _ in (randn(4, 3, using: &stream), randn(2, 4, using: &stream)) }
        func gradients(_ W1: Matrix, _ W2: Matrix) -> [Matrix] {
            let (g1, g2) = gradient(at: W1, W2) { W1, W2 in 0.5 * squaredNorm(W2 * tanh(W1 * X) - Y) }
            return [g1, g2]
        }
        let serial = starts.map { gradients($0.0, $0.1) }
        let concurrent = await withTaskGroup(of: (Int, [Matrix]).self) { group in
            for (index, start) in starts.enumerated() {
                group.addTask { (index, gradients(start.0, start.1)) }
            }
            var results = [[Matrix]](repeating: [], count: starts.count)
            for await (index, result) in group { results[index] = result }
            return results
        }
        #expect(concurrent == serial)
    }
}
