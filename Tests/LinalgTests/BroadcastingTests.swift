import Testing
import Linalg

/// The dot operators broadcast as NumPy does for 2-D arrays (Fixtures/make_reference.py),
/// and matrices read as arrays.
@Suite struct BroadcastingTests {
    let reference = Reference.shared.section("broadcasting")
    let M = Reference.shared.section("statistics").matrix("M")

    @Test func dotOperatorsBroadcastRowsColumnsAndScalars() {
        let row = reference.matrix("row"), col = reference.matrix("col")
        #expect(M .+ row == reference.matrix("M_plus_row"))
        #expect(row .+ M == reference.matrix("M_plus_row"))
        #expect(M .- col == reference.matrix("M_minus_col"))
        #expect(M .* row == reference.matrix("M_times_row"))
        #expect(M ./ col == reference.matrix("M_over_col"))
        #expect(col .+ row == reference.matrix("col_plus_row"))     // a column and a row make a table
        #expect(M .* Matrix([[2]]) == 2 * M)
        #expect(M .- 1 == M - 1)
        #expect(1 ./ M == 1 / M)
        #expect((3 .* M) == (M .* 3))
        #expect(M .+ M == M + M)                                    // equal shapes: elementwise
    }

    @Test func theOtherShapesAreTheTypedShapeError() {
        #expect(throws: LinalgError.shapeMismatch(operation: ".+", lhs: Shape(5, 4), rhs: Shape(1, 3))) {
            try Throwing.elementwiseAdd(M, ones(1, 3))
        }
        #expect(throws: LinalgError.shapeMismatch(operation: "./", lhs: Shape(3, 4), rhs: Shape(2, 4))) {
            try Throwing.elementwiseDivide(ones(3, 4), ones(2, 4))
        }
        // `+` and `-` stay linear algebra: no broadcasting.
        #expect(throws: LinalgError.shapeMismatch(operation: "+", lhs: Shape(5, 4), rhs: Shape(1, 4))) {
            try Throwing.add(M, ones(1, 4))
        }
        // Empty operands broadcast like any other.
        #expect(zeros(0, 3) .+ ones(1, 3) == zeros(0, 3))
    }

    @Test func normsAlongAnAxis() {
        #expect(isApprox(norm(M, axis: 0), reference.matrix("norm_M_axis0"), tol: 1e-15))
        #expect(isApprox(norm(M, axis: 1), reference.matrix("norm_M_axis1"), tol: 1e-15))
        let unit = M ./ norm(M, axis: 0)
        #expect(isApprox(norm(unit, axis: 0), ones(1, 4), tol: 1e-15))
        #expect(throws: LinalgError.invalidAxis(operation: "norm", axis: -1)) { try Throwing.norm(M, axis: -1) }
    }

    @Test func matricesReadAsArrays() {
        let A = Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(A.array == [1, 2, 3, 4, 5, 6])
        #expect(A.rowArrays == [[1, 2, 3], [4, 5, 6]])
        #expect(A.shape == (rows: 2, cols: 3))
        let (m, n) = A.shape
        #expect(m == 2 && n == 3)
        #expect(Matrix(diagonal: [1, 2]) == Matrix([[1, 0], [0, 2]]))
        #expect(Matrix(row: [1, 2, 3]) == A[0..<1, 0..<3])
        #expect(Matrix(column: [1, 4]) == A.col(0) && Matrix(column: [1, 4]) == vector([1, 4]))
        #expect(Matrix(diagonal: []).shape == (0, 0) && Matrix(row: []).shape == (1, 0))
    }

    @Test func commutatorsVanishExactlyForCommutingMatrices() {
        let A = Matrix([[0, 1], [0, 0]]), B = Matrix([[0, 0], [1, 0]])
        #expect(commutator(A, B) == Matrix([[1, 0], [0, -1]]))
        #expect(commutator(A, A) == zeros(2, 2))
        #expect(commutator(A, B) == -commutator(B, A))
        #expect(throws: LinalgError.shapeMismatch(operation: "commutator", lhs: Shape(2, 2), rhs: Shape(3, 3))) {
            try Throwing.commutator(A, eye(3))
        }
        #expect(throws: LinalgError.notSquare(operation: "commutator", shape: Shape(1, 2))) {
            try Throwing.commutator(ones(1, 2), ones(1, 2))
        }
    }

    @Test func scalarDrawsComeFromTheSameStream() {
        var stream = RandomStream(seed: 31), copy = stream
        let x = randn(using: &stream), u = rand(using: &stream)
        #expect(randn(1, 1, using: &copy).scalar == x)
        #expect(rand(1, 1, using: &copy).scalar == u)
    }
}
