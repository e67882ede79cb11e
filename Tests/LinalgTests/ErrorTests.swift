import Testing
import Linalg

/// Every fallible operation has a throwing twin in `Throwing` whose error names the
/// operation and the shapes.
@Suite struct ErrorTests {
    @Test func shapeMismatchNamesOperationAndShapes() {
        #expect(throws: LinalgError.shapeMismatch(operation: "*", lhs: Shape(3, 4), rhs: Shape(5, 2))) {
            try Throwing.product(zeros(3, 4), zeros(5, 2))
        }
        #expect(throws: LinalgError.shapeMismatch(operation: "+", lhs: Shape(2, 2), rhs: Shape(2, 3))) {
            try Throwing.add(zeros(2, 2), zeros(2, 3))
        }
        #expect(throws: LinalgError.shapeMismatch(operation: "-", lhs: Shape(2, 2), rhs: Shape(3, 2))) {
            try Throwing.subtract(zeros(2, 2), zeros(3, 2))
        }
        #expect(throws: LinalgError.shapeMismatch(operation: ".*", lhs: Shape(2, 3), rhs: Shape(3, 2))) {
            try Throwing.hadamard(zeros(2, 3), zeros(3, 2))
        }
        #expect(throws: LinalgError.shapeMismatch(operation: "solve", lhs: Shape(2, 2), rhs: Shape(3, 1))) {
            try Throwing.solve(eye(2), zeros(3, 1))
        }
        #expect(throws: LinalgError.shapeMismatch(operation: "hstack", lhs: Shape(2, 2), rhs: Shape(3, 1))) {
            try Throwing.hstack([eye(2), zeros(3, 1)])
        }
        var A = zeros(2, 2)
        #expect(throws: LinalgError.shapeMismatch(operation: "+=", lhs: Shape(2, 2), rhs: Shape(1, 1))) {
            try Throwing.addAssign(&A, zeros(1, 1))
        }
    }

    @Test func squareSingularAndIndexErrors() {
        #expect(throws: LinalgError.notSquare(operation: "det", shape: Shape(2, 3))) { try Throwing.det(zeros(2, 3)) }
        #expect(throws: LinalgError.notSquare(operation: "trace", shape: Shape(2, 3))) { try Throwing.trace(zeros(2, 3)) }
        #expect(throws: LinalgError.singular(operation: "inverse")) { try Throwing.inverse(Matrix([[1, 2], [2, 4]])) }
        #expect(throws: LinalgError.singular(operation: "solve")) { try Throwing.solve(zeros(2, 2), ones(2, 1)) }
        #expect(throws: LinalgError.indexOutOfRange(operation: "[]", row: 2, col: 0, shape: Shape(2, 2))) {
            try Throwing.element(eye(2), 2, 0)
        }
        #expect(throws: LinalgError.indexOutOfRange(operation: "row", row: 5, col: -1, shape: Shape(2, 2))) {
            try Throwing.row(eye(2), 5)
        }
        #expect(throws: LinalgError.sliceOutOfRange(operation: "[]", rows: 0..<3, cols: 0..<1, shape: Shape(2, 2))) {
            try Throwing.slice(eye(2), 0..<3, 0..<1)
        }
        #expect(throws: LinalgError.raggedRows(operation: "Matrix", row: 1, expected: 2, found: 1)) {
            try Throwing.matrix([[1, 2], [3]])
        }
        #expect(throws: LinalgError.invalidAxis(operation: "sum", axis: 2)) { try Throwing.sum(eye(2), axis: 2) }
        #expect(throws: LinalgError.empty(operation: "max")) { try Throwing.max(zeros(0, 3)) }
        #expect(throws: LinalgError.notScalar(operation: "scalar", shape: Shape(2, 1))) { try Throwing.scalar(zeros(2, 1)) }
    }

    @Test func nonFiniteInputNeverReachesLapack() {
        let bad = Matrix([[1, .nan], [0, 1]])
        #expect(throws: LinalgError.nonFinite(operation: "svd")) { try Throwing.svd(bad) }
        #expect(throws: LinalgError.nonFinite(operation: "eigh")) { try Throwing.eigh(bad) }
        #expect(throws: LinalgError.nonFinite(operation: "expm")) { try Throwing.expm(Matrix([[.infinity]])) }
    }

    @Test func sqrtmRejectsWhatIsNotSymmetricPositiveSemidefinite() {
        #expect(throws: LinalgError.notSymmetric(operation: "sqrtm")) { try Throwing.sqrtm(Matrix([[1, 2], [0, 1]])) }
        #expect(throws: LinalgError.notPositiveSemidefinite(operation: "sqrtm", minEigenvalue: -1)) {
            try Throwing.sqrtm(Matrix([[-1, 0], [0, 1]]))
        }
    }
}
