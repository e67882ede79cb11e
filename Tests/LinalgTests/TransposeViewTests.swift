import Foundation
import Testing
import Linalg

/// `A.T` is a view of `A`'s buffer (no copy) that products hand to BLAS as a transpose
/// flag, and the elementwise operators write into a temporary operand's buffer. Every
/// operation on a view must give what it gives on the transpose written out element by
/// element, and no operation may change a live value.
@Suite struct TransposeViewTests {
    /// The transpose by definition, built from the rows (independent of `T`).
    static func transposeByDefinition(_ A: Matrix) -> Matrix {
        Matrix(rows: A.cols, cols: A.rows, columnMajor: A.array)
    }

    static let shapes = [(3, 4, 5), (10, 12, 9), (40, 30, 20), (50, 5, 200), (7, 1, 9), (6, 8, 1)]

    /// All four transpose combinations through `*`, small (loop) and large (BLAS, and the
    /// gemv path for a column), match the definition.
    @Test(arguments: shapes)
    func productsOfViewsMatchTheDefinition(m: Int, k: Int, n: Int) {
        var stream = RandomStream(seed: UInt64(m * 100 + k * 10 + n))
        let A = randn(m, k, using: &stream), B = randn(k, n, using: &stream)
        let At = randn(k, m, using: &stream), Bt = randn(n, k, using: &stream)
        let def = Self.transposeByDefinition
        let product = MatrixBasicsTests.definitionProduct
        #expect(isApprox(A * B, product(A, B), tol: 1e-14))
        #expect(isApprox(At.T * B, product(def(At), B), tol: 1e-14))
        #expect(isApprox(A * Bt.T, product(A, def(Bt)), tol: 1e-14))
        #expect(isApprox(At.T * Bt.T, product(def(At), def(Bt)), tol: 1e-14))
        #expect(isApprox(Matrix.gemm(A.T, transposeA: true, Bt, transposeB: true), product(A, def(Bt)), tol: 1e-14))
        #expect(At.T * B == Matrix.gemm(At, transposeA: true, B))    // the same BLAS call, the same bits
        #expect(A * Bt.T == Matrix.gemm(A, Bt, transposeB: true))
    }

    @Test func viewsReadAsTheTransposeEverywhere() {
        var stream = RandomStream(seed: 7)
        let A = randn(6, 9, using: &stream)
        let V = A.T, W = Self.transposeByDefinition(A)
        #expect(V == W && W == V && V.T == A && V.T.T == W)
        #expect(V.shape == (rows: 9, cols: 6))
        #expect((0..<9).allSatisfy { i in (0..<6).allSatisfy { j in V[i, j] == W[i, j] } })
        #expect(V.columnMajorElements == W.columnMajorElements && V.array == W.array && V.rowArrays == W.rowArrays)
        #expect(V.description == W.description)
        #expect(sum(V) == sum(W) && squaredNorm(V) == squaredNorm(W) && norm(V) == norm(W))
        #expect(max(V) == max(W) && min(V) == min(W) && dot(V, W) == dot(W, W))
        #expect(sum(V, axis: 0) == sum(W, axis: 0) && sum(V, axis: 1) == sum(W, axis: 1))
        #expect(V.row(2) == W.row(2) && V.col(3) == W.col(3) && V[1..<4, 2...] == W[1..<4, 2...])
        #expect(diag(V) == diag(W) && vec(V) == vec(W) && reshape(V, 6, 9) == reshape(W, 6, 9))
        #expect(kron(V, eye(2)) == kron(W, eye(2)) && hstack([V, W]) == hstack([W, W]) && vstack([V, W]) == vstack([W, W]))
        #expect(V + W == 2 * W && V - W == zeros(9, 6) && V .* W == W .* W && relu(V) == relu(W) && -V == -W)
        #expect(2 * V == 2 * W && V / 4 == W / 4 && exp(V) == exp(W))
        let S = A * A.T    // symmetric: a square view
        #expect(trace(S.T) == trace(S) && S.T == S && (A.T * A).T == A.T * A)
        let encoded = try? JSONEncoder().encode(V)
        #expect(encoded.flatMap { try? JSONDecoder().decode(Matrix.self, from: $0) } == W)
    }

    @Test func writingAViewLeavesItsSourceAlone() {
        let A = Matrix([[1, 2, 3], [4, 5, 6]])
        var V = A.T
        V[2, 0] = 30                                   // writes the transpose out first
        #expect(A == Matrix([[1, 2, 3], [4, 5, 6]]))
        #expect(V == Matrix([[1, 4], [2, 5], [30, 6]]))
        var U = A.T
        U += ones(3, 2)
        U[0..<1, 0..<2] = zeros(1, 2)
        #expect(U == Matrix([[0, 0], [3, 6], [4, 7]]) && A == Matrix([[1, 2, 3], [4, 5, 6]]))
        var S = A.T
        S *= 2
        #expect(S == Matrix([[2, 8], [4, 10], [6, 12]]) && A[1, 2] == 6)
    }

    /// `W - c * G` and `U * V.T - M` reuse a temporary's buffer; live operands keep their values.
    @Test func temporariesAreReusedAndLiveValuesKept() {
        var stream = RandomStream(seed: 11)
        let W = randn(5, 4, using: &stream), G = randn(5, 4, using: &stream)
        let (w, g) = (W.array, G.array)
        let step = W - 0.1 * G
        #expect(step.array == zip(w, g).map { $0 - 0.1 * $1 })
        let back = 0.1 * G + W
        #expect(back.array == zip(w, g).map { 0.1 * $1 + $0 })
        let U = randn(5, 2, using: &stream), V = randn(4, 2, using: &stream), M = randn(5, 4, using: &stream)
        let R = U * V.T - M
        #expect(isApprox(R, MatrixBasicsTests.definitionProduct(U, Self.transposeByDefinition(V)) - M, tol: 1e-14))
        let shared = 2 * W                              // a value kept while it is an operand
        let sum = shared + (shared - W)
        #expect(shared == W + W && sum == 3 * W)
        #expect(W.array == w && G.array == g && relu(W).array == w.map { Swift.max($0, 0) } && W.array == w)
    }
}
