import Foundation
import Testing
import Linalg

/// Decompositions satisfy their defining identities to 1e-12 relative on Gaussian square,
/// tall, wide, rank-deficient and ill-conditioned (κ = 1e12) matrices.
@Suite struct DecompositionTests {
    static let cases = TestMatrices.all()
    static let names = cases.map(\.name)

    static func matrix(_ name: String) -> Matrix { cases.first { $0.name == name }!.matrix }

    @Test(arguments: names) func svdReconstructsWithOrthonormalFactors(_ name: String) {
        let A = Self.matrix(name)
        let (U, S, V) = svd(A)
        let k = min(A.rows, A.cols)
        #expect(Shape(U) == Shape(A.rows, k) && Shape(S) == Shape(k, 1) && Shape(V) == Shape(A.cols, k))
        #expect(TestMatrices.relativeError(U * diag(S) * V.T, A) < 1e-12)
        #expect(TestMatrices.orthonormalityError(U) < 1e-12)
        #expect(TestMatrices.orthonormalityError(V) < 1e-12)
        let s = S.columnMajorElements
        #expect(zip(s, s.dropFirst()).allSatisfy { $0 >= $1 } && s.last! >= 0)
        #expect(singularValues(A) ≈ S)
        #expect(isApprox(opnorm(A), s[0], tol: 1e-14))
    }

    @Test(arguments: names) func leftPolarIsOrthogonalTimesSPSD(_ name: String) {
        let A = Self.matrix(name)
        let (Q, P) = polar(A)
        #expect(TestMatrices.relativeError(Q * P, A) < 1e-12)
        #expect(P == P.T)                                            // exactly symmetric
        #expect(eigh(P).values.columnMajorElements.allSatisfy { $0 >= -1e-12 * norm(P) })
        #expect(TestMatrices.relativeError(P * P, A.T * A) < 1e-12)
        if A.rows >= A.cols {
            #expect(TestMatrices.orthonormalityError(Q) < 1e-12)
        } else {
            #expect(TestMatrices.orthonormalityError(Q.T) < 1e-12)
        }
    }

    @Test(arguments: names) func rightPolarIsSPSDTimesOrthogonal(_ name: String) {
        let A = Self.matrix(name)
        let (R, U) = polar(A, side: .right)
        #expect(TestMatrices.relativeError(R * U.T, A) < 1e-12)
        #expect(R == R.T)
        #expect(eigh(R).values.columnMajorElements.allSatisfy { $0 >= -1e-12 * norm(R) })
        #expect(TestMatrices.relativeError(R * R, A * A.T) < 1e-12)
    }

    @Test(arguments: names) func qrIsOrthonormalTimesUpperTriangular(_ name: String) {
        let A = Self.matrix(name)
        let (Q, R) = qr(A)
        #expect(TestMatrices.relativeError(Q * R, A) < 1e-12)
        #expect(TestMatrices.orthonormalityError(Q) < 1e-12)
        #expect((0..<R.rows).allSatisfy { i in (0..<min(i, R.cols)).allSatisfy { j in R[i, j] == 0 } })
    }

    @Test(arguments: names) func eighDiagonalizesTheGramMatrix(_ name: String) {
        let A = Self.matrix(name)
        let G = A.T * A
        let (values, vectors) = eigh(G)
        #expect(TestMatrices.relativeError(vectors * diag(values) * vectors.T, G) < 1e-12)
        #expect(TestMatrices.orthonormalityError(vectors) < 1e-12)
        let v = values.columnMajorElements
        #expect(zip(v, v.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test(arguments: names) func sqrtmOfGramMatrixSquaresBack(_ name: String) {
        let A = Self.matrix(name)
        let G = A.T * A
        let P = sqrtm(G)
        #expect(TestMatrices.relativeError(P * P, G) < 1e-12)
        #expect(P == P.T)
    }

    @Test(arguments: names) func pseudoinverseSatisfiesPenroseConditions(_ name: String) {
        let A = Self.matrix(name)
        guard name != "ill-conditioned" else { return }   // A⁺ amplifies rounding by κ there
        let X = pinv(A)
        #expect(TestMatrices.relativeError(A * X * A, A) < 1e-12)
        #expect(TestMatrices.relativeError(X * A * X, X) < 1e-12)
        #expect(TestMatrices.relativeError((A * X).T, A * X) < 1e-12)
        #expect(TestMatrices.relativeError((X * A).T, X * A) < 1e-12)
    }

    @Test func rankCountsNumericallyNonzeroSingularValues() {
        #expect(rank(Self.matrix("square")) == 12)
        #expect(rank(Self.matrix("rank-deficient")) == 3)
        #expect(rank(Self.matrix("ill-conditioned")) == 10)
        #expect(rank(Self.matrix("ill-conditioned"), tol: 1e-6) == 5)
        #expect(rank(zeros(3, 3)) == 0)
    }

    @Test func luBasedFunctions() {
        var stream = RandomStream(seed: 11)
        let A = randn(8, 8, using: &stream)
        let B = randn(8, 3, using: &stream)
        let X = solve(A, B)
        #expect(TestMatrices.relativeError(A * X, B) < 1e-12)
        #expect(TestMatrices.relativeError(A * inverse(A), eye(8)) < 1e-12)
        let (U, S, V) = svd(A)
        // |det A| = Π σᵢ; det of an orthogonal factor is ±1.
        #expect(isApprox(abs(det(A)), S.columnMajorElements.reduce(1, *), tol: 1e-12))
        #expect(isApprox(abs(det(U * V.T)), 1, tol: 1e-12))
        #expect(det(Matrix([[1, 2], [2, 4]])) == 0)
        #expect(det(Matrix([[0, 1], [1, 0]])) == -1)
    }

    @Test func expmSatisfiesItsIdentities() {
        var stream = RandomStream(seed: 5)
        let A = randn(6, 6, using: &stream)
        // e^A e^{−A} = I; e^{A} = (e^{A/2})²; for skew-symmetric K, e^K is orthogonal.
        #expect(TestMatrices.relativeError(expm(A) * expm(-A), eye(6)) < 1e-12)
        #expect(TestMatrices.relativeError(expm(A / 2) * expm(A / 2), expm(A)) < 1e-12)
        let K = A - A.T
        #expect(TestMatrices.orthonormalityError(expm(K)) < 1e-12)
        #expect(expm(zeros(3, 3)) == eye(3))
        #expect(expm(diag(vector([1, -2]))) ≈ diag(vector([exp(1.0), exp(-2.0)])))
    }
}
