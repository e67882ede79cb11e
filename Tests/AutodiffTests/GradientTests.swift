import Foundation
import Testing
import Linalg
import Autodiff

/// Reverse-mode gradients against central finite differences, one differentiable
/// operation at a time, and against closed forms.
@Suite struct GradientTests {
    /// Fixed random inputs: two 3×4 matrices, a 4×2, a positive 3×4, a square 3×3.
    static func inputs() -> (A: Matrix, B: Matrix, C: Matrix, P: Matrix, S: Matrix) {
        var stream = RandomStream(seed: 77)
        let A = randn(3, 4, using: &stream)
        return (A, randn(3, 4, using: &stream), randn(4, 2, using: &stream),
                exp(randn(3, 4, using: &stream)), randn(3, 3, using: &stream))
    }

    /// Each loss uses one operation and ends in a scalar through a fixed random weighting
    /// (`dot` with a constant), so every output element's derivative is exercised.
    static func cases() -> [(String, ([Tracked]) -> Tracked, [Matrix])] {
        let (A, B, C, P, S) = inputs()
        func weigh(_ x: Tracked) -> Tracked { dot(x, Tracked(randnLike(x, seed: 5))) }
        return [
            ("* (Tracked, Tracked)", { weigh($0[0] * $0[1]) }, [A, C]),
            ("* (Tracked, Matrix)", { weigh($0[0] * C) }, [A]),
            ("* (Matrix, Tracked)", { weigh(C.T * $0[0].T) }, [A]),
            ("* 1×1 scalar", { weigh(sum($0[0]) * $0[1]) }, [A, B]),
            ("+", { weigh($0[0] + $0[1]) }, [A, B]),
            ("-", { weigh($0[0] - $0[1]) }, [A, B]),
            ("+ Matrix, Double", { weigh((B + $0[0]) + 2.5) + 2 * weigh((1 - $0[0]) - B) }, [A]),
            (".*", { weigh($0[0] .* $0[1]) }, [A, B]),
            ("./", { weigh($0[0] ./ $0[1]) }, [A, P]),
            (".+ row, column", { weigh(($0[0] .+ $0[1].row(0)) .- $0[1].col(3)) }, [A, B]),
            (".- column and row to a table", { weigh($0[0].col(1) .- $0[1].row(2)) }, [A, B]),
            (".* broadcast row", { weigh($0[0] .* $0[1].row(0)) }, [A, B]),
            ("./ broadcast column", { weigh($0[0].col(0) ./ $0[1]) }, [A, P]),
            ("./ broadcast 1×1", { weigh($0[0] ./ $0[1][0..<1, 0..<1]) }, [A, P]),
            ("dot ops with Double", { weigh((($0[0] .+ 1) .* 2 .- 0.5) ./ 3) + weigh(2 ./ $0[1]) }, [A, P]),
            ("/ tracked scalar", { weigh($0[0] / norm($0[1])) }, [A, B]),
            ("Double * and /", { weigh(2 * $0[0] * 3 / 4) + weigh(1.5 / $0[1]) }, [A, P]),
            ("unary -", { weigh(-$0[0]) }, [A]),
            (".T", { weigh($0[0].T) }, [A]),
            ("relu", { weigh(relu($0[0])) }, [A]),
            ("leakyRelu", { weigh(leakyRelu($0[0], slope: 0.1)) }, [A]),
            ("tanh", { weigh(tanh($0[0])) }, [A]),
            ("sigmoid", { weigh(sigmoid($0[0])) }, [A]),
            ("exp", { weigh(exp($0[0])) }, [A]),
            ("log", { weigh(log($0[0])) }, [P]),
            ("sqrt", { weigh(sqrt($0[0])) }, [P]),
            ("pow", { weigh(pow($0[0], 3)) }, [A]),
            ("abs", { weigh(abs($0[0])) }, [A]),
            ("sum", { sum($0[0]) * sum($0[0]) }, [A]),
            ("mean", { mean($0[0] .* $0[0]) }, [A]),
            ("sum axis 0", { weigh(sum($0[0], axis: 0)) }, [A]),
            ("sum axis 1", { weigh(sum($0[0], axis: 1)) }, [A]),
            ("mean axis 0", { weigh(mean($0[0], axis: 0)) }, [A]),
            ("squaredNorm", { squaredNorm($0[0]) }, [A]),
            ("norm", { norm($0[0]) }, [A]),
            ("trace", { trace($0[0] * $0[0]) }, [S]),
            ("dot", { dot($0[0], $0[1]) }, [A, B]),
            ("element", { $0[0][1, 2] * $0[0][0, 0] }, [A]),
            ("row", { weigh($0[0].row(1)) }, [A]),
            ("col", { weigh($0[0].col(2)) }, [A]),
            ("slice", { weigh($0[0][0..<2, 1...]) }, [A]),
            ("hstack", { weigh(hstack([$0[0], $0[1]])) }, [A, B]),
            ("vstack", { weigh(vstack([$0[0], $0[1]])) }, [A, B]),
            ("diag of vector", { weigh(diag($0[0].col(0))) }, [A]),
            ("diag of matrix", { weigh(diag($0[0])) }, [S]),
        ]
    }

    static let caseNames = cases().map(\.0)

    /// A fixed Gaussian matrix shaped like `x` (the weights of `weigh`).
    static func randnLike(_ x: Tracked, seed: UInt64) -> Matrix {
        var stream = RandomStream(seed: seed &+ UInt64(x.rows * 31 + x.cols))
        return randn(x.rows, x.cols, using: &stream)
    }

    @Test(arguments: caseNames)
    func gradientMatchesCentralDifferences(_ name: String) {
        let (_, f, arguments) = Self.cases().first { $0.0 == name }!
        let result = gradcheck(at: arguments, of: f)
        #expect(result.relativeError < 1e-7, "\(name): relative error \(result.relativeError)")
        #expect(result.analytic.map(Shape.init) == arguments.map(Shape.init))
    }

    @Test func leastSquaresGradientHasItsClosedForm() {
        var stream = RandomStream(seed: 1)
        let (W, X, Y) = (randn(2, 3, using: &stream), randn(3, 5, using: &stream), randn(2, 5, using: &stream))
        let (loss, g) = valueWithGradient(at: W) { W in 0.5 * squaredNorm(W * X - Y) }
        #expect(isApprox(loss, 0.5 * squaredNorm(W * X - Y), tol: 1e-15))
        #expect(isApprox(g, (W * X - Y) * X.T, tol: 1e-14))
    }

    @Test func designBriefFormsCompileAndAgree() {
        var stream = RandomStream(seed: 2)
        let (W1, W2) = (randn(4, 3, using: &stream), randn(2, 4, using: &stream))
        let (X, Y) = (randn(3, 10, using: &stream), randn(2, 10, using: &stream))
        let (g1, g2) = gradient(at: W1, W2) { W1, W2 in 0.5 * squaredNorm(W2 * W1 * X - Y) }
        let (loss, (d1, d2)) = valueWithGradient(at: W1, W2) { W1, W2 in 0.5 * squaredNorm(W2 * W1 * X - Y) }
        let R = W2 * W1 * X - Y
        #expect(isApprox(loss, 0.5 * squaredNorm(R), tol: 1e-14))
        #expect(g1 == d1 && g2 == d2)
        #expect(isApprox(g1, W2.T * R * X.T, tol: 1e-13))
        #expect(isApprox(g2, R * (W1 * X).T, tol: 1e-13))
        let list = gradient(at: [W1, W2]) { Ws in 0.5 * squaredNorm(Ws[1] * Ws[0] * X - Y) }
        #expect(list == [g1, g2])
        let (h1, h2, h3) = gradient(at: W1, W2, X) { a, b, c in sum(b * a * c) }
        #expect(h3.shape == X.shape && h1.shape == W1.shape && h2.shape == W2.shape)
        let four = valueWithGradient(at: W1, W2, X, Y) { a, b, c, d in squaredNorm(b * a * c - d) }
        #expect(isApprox(four.value, 2 * loss, tol: 1e-14))
    }

    @Test func scalarArgumentForms() {
        #expect(gradient(at: 3.0) { x in x * x } == 6)
        let (value, (dx, dy)) = valueWithGradient(at: 2.0, 5.0) { x, y in x * y + x }
        #expect(value == 12 && dx == 6 && dy == 2)
        #expect(gradient(at: 0.0) { x in exp(x) } == 1)
    }

    @Test func argumentsTheLossIgnoresGetZeroGradients() {
        let (ga, gb) = gradient(at: eye(2), ones(3, 1)) { a, _ in sum(a) }
        #expect(ga == ones(2, 2) && gb == zeros(3, 1))
        let constant = gradient(at: eye(2)) { _ in Tracked(3.0) }
        #expect(constant == zeros(2, 2))
    }
}
