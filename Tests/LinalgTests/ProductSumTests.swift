import Testing
import Linalg

/// `Throwing.productSum` runs `A * B ± C` and `C ± A * B` as one product accumulated into
/// `C` (gemm's beta). It must give the bits of the product and the sum computed one after
/// the other, through every kernel (the small loop, BLAS's gemm, gemv for a column,
/// transposed views), leave a live `C` alone, and fail exactly as the two operations do.
@Suite struct ProductSumTests {
    /// (m, k, n): the loop (≤ 4096 multiply-adds), BLAS with the factorization loop's shapes
    /// (50×5 by 5×200, 5×50 by 50×5, 50×200 by 200×5), gemv (n = 1), and an inner dimension
    /// past `fusedInnerLimit` (run unfused).
    static let shapes = [(3, 4, 5), (50, 5, 200), (5, 50, 5), (50, 200, 5), (30, 200, 1), (20, 300, 7)]

    static func unfused(_ A: Matrix, _ B: Matrix, _ C: Matrix, _ operation: String, productFirst: Bool) -> Matrix {
        let P = A * B
        switch (operation, productFirst) {
        case ("-", true): return P - C
        case ("-", false): return C - P
        case (_, true): return P + C
        default: return C + P
        }
    }

    @Test(arguments: shapes)
    func fusedSumsHaveTheBitsOfTheTwoOperations(m: Int, k: Int, n: Int) throws {
        var stream = RandomStream(seed: UInt64(m * 1000 + k * 10 + n))
        let A = randn(m, k, using: &stream), B = randn(k, n, using: &stream), C = randn(m, n, using: &stream)
        let Bt = randn(n, k, using: &stream)
        let before = C.array
        for operation in ["-", "+"] {
            for productFirst in [true, false] {
                let fused = try Throwing.productSum(A, B, C, operation: operation, productFirst: productFirst)
                #expect(fused == Self.unfused(A, B, C, operation, productFirst: productFirst))
                // A transposed factor (`U * V.T - M`) is a BLAS flag, as in the product alone.
                let viewed = try Throwing.productSum(A, Bt.T, C, operation: operation, productFirst: productFirst)
                #expect(viewed == Self.unfused(A, Bt.T, C, operation, productFirst: productFirst))
                // A temporary C (`Vr.T * Vr` in `Ur.T * Ur - Vr.T * Vr`) is written in place.
                let temporary = try Throwing.productSum(A, B, 2 * C, operation: operation, productFirst: productFirst)
                #expect(temporary == Self.unfused(A, B, 2 * C, operation, productFirst: productFirst))
            }
        }
        #expect(C.array == before)    // a live C is copied, never written
        // The value itself, against the definition of the product.
        let definition = MatrixBasicsTests.definitionProduct(A, B) - C
        #expect(isApprox(try Throwing.productSum(A, B, C, operation: "-", productFirst: true), definition, tol: 1e-13))
    }

    @Test func aTransposedViewAsTheSummandIsReadAsItsTranspose() throws {
        var stream = RandomStream(seed: 5)
        let A = randn(6, 7, using: &stream), B = randn(7, 9, using: &stream), Ct = randn(9, 6, using: &stream)
        let fused = try Throwing.productSum(A, B, Ct.T, operation: "-", productFirst: true)
        #expect(fused == A * B - Ct.T)
        #expect(Ct.T.T == Ct)
    }

    /// Shapes that do not fit fail as the two operations do: the product first (`*`), then
    /// the sum; a 1×1 factor scales, as in `A * B`.
    @Test func mismatchesAndScalarsBehaveAsTheTwoOperations() throws {
        let A = ones(2, 3), B = ones(3, 2), C = ones(3, 3)
        #expect(throws: LinalgError.shapeMismatch(operation: "*", lhs: Shape(2, 3), rhs: Shape(2, 3))) {
            try Throwing.productSum(A, A, C, operation: "-", productFirst: true)
        }
        #expect(throws: LinalgError.shapeMismatch(operation: "-", lhs: Shape(2, 2), rhs: Shape(3, 3))) {
            try Throwing.productSum(A, B, C, operation: "-", productFirst: true)
        }
        #expect(throws: LinalgError.shapeMismatch(operation: "+", lhs: Shape(3, 3), rhs: Shape(2, 2))) {
            try Throwing.productSum(A, B, C, operation: "+", productFirst: false)
        }
        let two = Matrix([[2]])
        #expect(try Throwing.productSum(two, C, C, operation: "-", productFirst: true) == C)
        #expect(try Throwing.productSum(C, two, ones(3, 3), operation: "+", productFirst: false) == 3 * ones(3, 3))
    }
}
