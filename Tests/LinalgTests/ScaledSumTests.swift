import Testing
import Linalg

/// `Throwing.scaledSum` runs `A - c * B` and `A + c * B` (the gradient step `W - eta * G`) as
/// one pass, into `A`'s buffer when nothing else shares it. It must give the bits of the
/// scaled matrix and the sum computed one after the other, leave a live `A` alone, and fail
/// as the difference does.
@Suite struct ScaledSumTests {
    /// The factorization loop's shapes (50×5, 200×5), a small odd one and an empty one.
    @Test(arguments: [(50, 5), (200, 5), (7, 3), (0, 4)])
    func scaledSumsHaveTheBitsOfTheTwoOperations(rows: Int, cols: Int) throws {
        var stream = RandomStream(seed: UInt64(rows * 100 + cols))
        let A = randn(rows, cols, using: &stream), B = randn(rows, cols, using: &stream)
        let before = A.array
        for c in [0.01, -3.5, 1.0 / 3] {
            #expect(try Throwing.scaledSum(A, c, B, operation: "-") == A - c * B)
            #expect(try Throwing.scaledSum(A, c, B, operation: "+") == A + c * B)
            // A temporary (`2 * A`) is written in place; the bits are the same.
            #expect(try Throwing.scaledSum(2 * A, c, B, operation: "-") == 2 * A - c * B)
            // Transposed views are read as their transposes.
            #expect(try Throwing.scaledSum(A.T, c, B.T, operation: "-") == A.T - c * B.T)
        }
        #expect(A.array == before)   // a live A is copied, never written
        // The value itself, element by element.
        let step = try Throwing.scaledSum(A, 0.5, B, operation: "-")
        for i in 0..<rows { for j in 0..<cols { #expect(step[i, j] == A[i, j] - 0.5 * B[i, j]) } }
    }

    /// A shape mismatch is the difference's error: `A`'s shape and `B`'s (that of `c * B`).
    @Test func aMismatchIsTheDifferencesError() {
        #expect(throws: LinalgError.shapeMismatch(operation: "-", lhs: Shape(2, 3), rhs: Shape(3, 2))) {
            try Throwing.scaledSum(ones(2, 3), 2, ones(3, 2), operation: "-")
        }
    }

    /// Two matrices are the same value while they share a buffer and a layout; a write
    /// copies the buffer first, so a written copy is no longer the same.
    @Test func sameMatrixMeansOneBufferAndOneLayout() {
        let A = ones(2, 3)
        var B = A
        #expect(Throwing.isSameMatrix(A, B))
        #expect(!Throwing.isSameMatrix(A, ones(2, 3)))
        #expect(!Throwing.isSameMatrix(A, A.T))
        B[0, 0] = 5
        #expect(!Throwing.isSameMatrix(A, B))
    }
}
