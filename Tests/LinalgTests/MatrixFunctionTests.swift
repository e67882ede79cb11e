import Foundation
import Testing
import Linalg

/// Functions of symmetric matrices and the shape functions, against SciPy/NumPy
/// (Fixtures/make_reference.py) and identities.
@Suite struct MatrixFunctionTests {
    let reference = Reference.shared.section("matrixFunctions")
    let S = Reference.shared.matrix("S")

    @Test func powersAndLogarithmMatchScipy() {
        #expect(isApprox(powm(S, 1.0 / 3), reference.matrix("powm_S_third"), tol: 1e-14))
        #expect(isApprox(powm(S, -0.5), reference.matrix("powm_S_minus_half"), tol: 1e-14))
        #expect(isApprox(powm(S, 2.5), reference.matrix("powm_S_2_5"), tol: 1e-14))
        #expect(isApprox(logm(S), reference.matrix("logm_S"), tol: 1e-14))
        #expect(isApprox(funm(S) { sin($0) }, reference.matrix("funm_S_sin"), tol: 1e-13))
        #expect(isApprox(expm(logm(S)), S, tol: 1e-14))
        #expect(isApprox(funm(S) { exp($0) }, expm(S), tol: 1e-14))
        #expect(isApprox(powm(S, 0.5), sqrtm(S), tol: 1e-14))
        #expect(isApprox(powm(S, 3), S * S * S, tol: 1e-14))
        #expect(powm(S, 0) == powm(S, 0).T && isApprox(powm(S, 0), eye(3), tol: 1e-14))
    }

    @Test func roundingNoiseOfASingularMatrixIsZero() {
        let G = reference.matrix("G")                       // DᵀD, rank 2
        let cube = powm(G, 1.0 / 3)
        #expect(isApprox(cube, reference.matrix("powm_G_third"), tol: 1e-13))
        #expect(isApprox(cube * cube * cube, G, tol: 1e-13))
        #expect(rank(cube) == 2)                           // the zero eigenvalue stayed zero, not ε^(1/3)
        #expect(isApprox(powm(G, 0.5), reference.matrix("sqrtm_G"), tol: 1e-7))   // scipy's sqrtm of a singular matrix is less accurate
        #expect(throws: LinalgError.singular(operation: "powm")) { try Throwing.powm(G, -1) }
        #expect(throws: LinalgError.singular(operation: "logm")) { try Throwing.logm(G) }
    }

    @Test func negativeEigenvaluesAreNamedUnlessThePowerIsAnInteger() throws {
        let indefinite = Matrix([[1, 2], [2, 1]])           // eigenvalues −1 and 3
        #expect(throws: LinalgError.notPositiveSemidefinite(operation: "powm", minEigenvalue: -1)) {
            let root = try Throwing.powm(indefinite, 0.5)
            _ = root
        }
        #expect(throws: LinalgError.notPositiveSemidefinite(operation: "logm", minEigenvalue: -1)) {
            try Throwing.logm(indefinite)
        }
        #expect(isApprox(powm(indefinite, 2), indefinite * indefinite, tol: 1e-14))
        #expect(isApprox(powm(indefinite, -1), inverse(indefinite), tol: 1e-14))
        #expect(throws: LinalgError.notSymmetric(operation: "powm")) { try Throwing.powm(Matrix([[1, 2], [0, 1]]), 0.5) }
        #expect(throws: LinalgError.notSquare(operation: "logm", shape: Shape(1, 2))) { try Throwing.logm(ones(1, 2)) }
        #expect(throws: LinalgError.nonFinite(operation: "funm")) { try Throwing.funm(Matrix([[.nan]])) { $0 } }
    }

    @Test func emptyAndOneByOne() {
        #expect(powm(zeros(0, 0), 0.5).shape == (0, 0))
        #expect(powm(Matrix([[8]]), 1.0 / 3) == Matrix([[2]]))
        #expect(logm(Matrix([[1]])) == Matrix([[0]]))
        #expect(funm(Matrix([[2]])) { $0 * $0 } == Matrix([[4]]))
    }
}

@Suite struct ShapeFunctionTests {
    let reference = Reference.shared.section("shapes")
    let A = Reference.shared.matrix("A"), S = Reference.shared.matrix("S"), b = Reference.shared.matrix("b")

    @Test func kronVecReshapeOuterMatchNumpy() {
        #expect(kron(S, b) == reference.matrix("kron_S_b"))
        #expect(kron(b.T, A) == reference.matrix("kron_b_A"))
        #expect(vec(A) == reference.matrix("vec_A"))
        #expect(reshape(vec(A), 3, 4) == reference.matrix("reshape_vecA_3x4"))
        #expect(reshape(vec(A), A.rows, A.cols) == A)
        #expect(outer(b, Reference.shared.section("broadcasting").matrix("row")) == reference.matrix("outer_b_row"))
        #expect(outer(b.T, b) == b * b.T)
    }

    @Test func vecOfAProductIsAKroneckerProductTimesVec() {
        var stream = RandomStream(seed: 12)
        let (P, X, Q) = (randn(3, 4, using: &stream), randn(4, 5, using: &stream), randn(5, 2, using: &stream))
        #expect(isApprox(vec(P * X * Q), kron(Q.T, P) * vec(X), tol: 1e-13))
        #expect(kron(Matrix([[1]]), P) == P && kron(zeros(0, 2), P).shape == (0, 8))
    }

    @Test func normalizedHasUnitNorm() {
        #expect(normalized(vector([3, 4])) == vector([0.6, 0.8]))
        #expect(isApprox(norm(normalized(A)), 1, tol: 1e-15))
        #expect(throws: LinalgError.invalidArgument(operation: "normalized", argument: "norm", value: 0)) {
            try Throwing.normalized(zeros(2, 1))
        }
    }

    @Test func shapeErrors() {
        #expect(throws: LinalgError.shapeMismatch(operation: "reshape", lhs: Shape(4, 3), rhs: Shape(5, 2))) {
            try Throwing.reshape(A, 5, 2)
        }
        #expect(throws: LinalgError.negativeDimension(operation: "reshape", rows: -3, cols: -4)) {
            try Throwing.reshape(A, -3, -4)
        }
        #expect(throws: LinalgError.notVector(operation: "outer", shape: Shape(4, 3))) { try Throwing.outer(A, b) }
    }

    @Test func rowAndColumnRangeSubscriptsReadAndWrite() {
        var M = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        #expect(M[rows: 0..<2] == Matrix([[1, 2, 3], [4, 5, 6]]))
        #expect(M[cols: 1...] == Matrix([[2, 3], [5, 6], [8, 9]]))
        #expect(M[..., 2...] == M[cols: 2...] && M[1...1, ...] == M.row(1))
        M[rows: 2...] = zeros(1, 3)
        M[cols: ..<1] = ones(3, 1)
        M[0..<1, 1...2] = Matrix([[-2, -3]])
        #expect(M == Matrix([[1, -2, -3], [1, 5, 6], [1, 0, 0]]))
        #expect(throws: LinalgError.sliceOutOfRange(operation: "[]", rows: 0..<4, cols: 0..<3, shape: Shape(3, 3))) {
            try Throwing.slice(M, 0..<4, 0..<3)
        }
    }
}
