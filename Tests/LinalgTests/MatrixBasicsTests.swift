import Testing
import Linalg

@Suite struct MatrixBasicsTests {
    @Test func constructionIsRowWiseAndStorageColumnMajor() {
        let A = Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(A.rows == 2 && A.cols == 3)
        #expect(A[0, 2] == 3 && A[1, 0] == 4)
        #expect(A.columnMajorElements == [1, 4, 2, 5, 3, 6])
        #expect(A.array == [1, 2, 3, 4, 5, 6])
        #expect(A.rowArrays == [[1, 2, 3], [4, 5, 6]])
        #expect(Matrix(rows: 2, cols: 3, rowMajor: [1, 2, 3, 4, 5, 6]) == A)
        #expect(Shape(vector([1, 2, 3])) == Shape(3, 1))
        #expect(zeros(2, 3) == Matrix(rows: 2, cols: 3, repeating: 0))
        #expect(ones(2, 2) == Matrix([[1, 1], [1, 1]]))
        #expect(eye(2) == Matrix([[1, 0], [0, 1]]))
    }

    @Test func copyOnWriteKeepsValueSemantics() {
        let A = Matrix([[1, 2], [3, 4]])
        var B = A
        B[0, 0] = 9
        #expect(A[0, 0] == 1)
        #expect(B[0, 0] == 9)
        // In-place operators copy a shared buffer first, too.
        var C = A, D = A, E = A, F = A
        C += B
        D -= B
        E *= 2
        F[0..<1, 0..<2] = zeros(1, 2)
        #expect(A == Matrix([[1, 2], [3, 4]]))
        #expect(C == Matrix([[10, 4], [6, 8]]) && D == Matrix([[-8, 0], [0, 0]]))
        #expect(E == 2 * A && F == Matrix([[0, 0], [3, 4]]))
        let v = vector([1, 2])
        var w = v.T
        w[0, 1] = 5                      // a vector's transpose shares the buffer until written
        #expect(v == vector([1, 2]) && w == Matrix([[1, 5]]))
        // Elementwise operators reuse only a temporary's buffer, never a live value's.
        let twice = A + A
        let difference = A - B
        #expect(twice == 2 * A && difference == Matrix([[-8, 0], [0, 0]]) && A == Matrix([[1, 2], [3, 4]]))
        #expect(A * eye(2) - A == zeros(2, 2) && A == Matrix([[1, 2], [3, 4]]))
        #expect(Matrix([[.nan]]) != Matrix([[.nan]]) && Matrix([[-0.0]]) == Matrix([[0.0]]))
    }

    @Test func productsSumsAndScalars() {
        let A = Matrix([[1, 2], [3, 4]])
        let B = Matrix([[0, 1], [1, 0]])
        #expect(A * B == Matrix([[2, 1], [4, 3]]))
        #expect(A * vector([1, 1]) == vector([3, 7]))                  // gemv path
        #expect(Matrix([[1, 2]]) * Matrix([[3], [4]]) == Matrix([[11]]))
        #expect(A + B == Matrix([[1, 3], [4, 4]]))
        #expect(A - B == Matrix([[1, 1], [2, 4]]))
        #expect(2 * A == A * 2 && A * 2 == Matrix([[2, 4], [6, 8]]))
        #expect(A / 2 == Matrix([[0.5, 1], [1.5, 2]]))
        #expect(A .* B == Matrix([[0, 2], [3, 0]]))
        #expect(A ./ A == ones(2, 2))
        #expect(-A == Matrix([[-1, -2], [-3, -4]]))
        #expect(A + 1 == Matrix([[2, 3], [4, 5]]) && 1 - A == Matrix([[0, -1], [-2, -3]]))
        #expect(Matrix([[2]]) * A == 2 * A)                             // a 1×1 acts as a scalar
        #expect(A.T == Matrix([[1, 3], [2, 4]]))
        var C = A
        C += B
        C -= B
        C *= 3
        C /= 3
        #expect(C == A)
    }

    @Test func transposeOfLargeRectangularMatchesElementwise() {
        var stream = RandomStream(seed: 3)
        let A = randn(70, 45, using: &stream)
        let T = A.T
        #expect(Shape(T) == Shape(45, 70))
        #expect((0..<70).allSatisfy { i in (0..<45).allSatisfy { j in T[j, i] == A[i, j] } })
        #expect(Matrix.gemm(A, transposeA: true, A) == T * A)
    }

    /// `Σ_l A[i, l] B[l, j]` by definition, to check both product kernels.
    static func definitionProduct(_ A: Matrix, _ B: Matrix) -> Matrix {
        var C = zeros(A.rows, B.cols)
        for i in 0..<A.rows {
            for j in 0..<B.cols {
                var total = 0.0
                for l in 0..<A.cols { total += A[i, l] * B[l, j] }
                C[i, j] = total
            }
        }
        return C
    }

    /// Small products (≤ 4096 multiply-adds) use a plain loop, larger ones BLAS; both agree
    /// with the definition for every transpose combination.
    @Test(arguments: [(3, 4, 5), (10, 12, 9), (40, 30, 20)])
    func productsMatchTheDefinition(m: Int, k: Int, n: Int) {
        var stream = RandomStream(seed: UInt64(m * 1000 + n))
        let A = randn(m, k, using: &stream), B = randn(k, n, using: &stream)
        let expected = Self.definitionProduct(A, B)
        #expect(isApprox(A * B, expected, tol: 1e-14))
        #expect(isApprox(Matrix.gemm(A.T, transposeA: true, B), expected, tol: 1e-14))
        #expect(isApprox(Matrix.gemm(A, B.T, transposeB: true), expected, tol: 1e-14))
        #expect(isApprox(Matrix.gemm(A.T, transposeA: true, B.T, transposeB: true, alpha: 2), 2 * expected, tol: 1e-14))
        #expect(isApprox(A * B.col(0), expected.col(0), tol: 1e-14))
    }

    @Test func rowsColumnsSlicesAndStacks() {
        var A = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        #expect(A.row(1) == Matrix([[4, 5, 6]]))
        #expect(A.col(2) == vector([3, 6, 9]))
        #expect(A[0..<2, 1...2] == Matrix([[2, 3], [5, 6]]))
        #expect(A[1..., ..<1] == vector([4, 7]))
        A[0..<2, 0..<2] = zeros(2, 2)
        #expect(A == Matrix([[0, 0, 3], [0, 0, 6], [7, 8, 9]]))
        #expect(hstack([eye(2), vector([5, 6])]) == Matrix([[1, 0, 5], [0, 1, 6]]))
        #expect(vstack([eye(2), Matrix([[5, 6]])]) == Matrix([[1, 0], [0, 1], [5, 6]]))
        #expect(diag(vector([1, 2])) == Matrix([[1, 0], [0, 2]]))
        #expect(diag(Matrix([[1, 2, 3], [4, 5, 6]])) == vector([1, 5]))
    }

    @Test func reductions() {
        let A = Matrix([[1, 2], [3, 4]])
        #expect(sum(A) == 10 && mean(A) == 2.5)
        #expect(sum(A, axis: 0) == Matrix([[4, 6]]))
        #expect(sum(A, axis: 1) == vector([3, 7]))
        #expect(mean(A, axis: 0) == Matrix([[2, 3]]))
        #expect(max(A) == 4 && min(A) == 1)
        #expect(max(1, 2) == 2)                 // Swift's max is still reachable
        #expect(trace(A) == 5)
        #expect(squaredNorm(A) == 30)
        #expect(norm(vector([3, 4])) == 5)
        #expect(norm(vector([3 * 0x1p600, 4 * 0x1p600])) == 5 * 0x1p600)   // no overflow
        #expect(dot(A, A) == 30)
    }

    /// `squaredNorm` reads each element once but sums as `dot(A, A)` does, bit for bit, at
    /// every length around the kernels' blocks of sixteen; both agree with a compensated sum.
    @Test(arguments: [0, 1, 7, 15, 16, 17, 31, 33, 250, 1000, 10_000])
    func squaredNormIsTheDotOfAMatrixWithItself(count: Int) {
        var stream = RandomStream(seed: UInt64(count))
        let A = randn(count, 1, using: &stream)
        #expect(squaredNorm(A) == dot(A, A))
        var (total, compensation) = (0.0, 0.0)    // Kahan's sum, an independent order
        for x in A.array {
            let y = x * x - compensation
            let next = total + y
            compensation = (next - total) - y
            total = next
        }
        #expect(Swift.abs(squaredNorm(A) - total) <= 1e-14 * Swift.max(total, 1))
    }

    @Test func elementwiseFunctions() {
        let A = Matrix([[-1, 0], [2, -3]])
        #expect(relu(A) == Matrix([[0, 0], [2, 0]]))
        #expect(leakyRelu(A, slope: 0.1) == Matrix([[-0.1, 0], [2, -0.30000000000000004]]))
        #expect(sigmoid(Matrix([[0, 800, -800]])) == Matrix([[0.5, 1, 0]]))
        #expect(exp(zeros(1, 2)) == ones(1, 2))
        #expect(log(ones(1, 2)) == zeros(1, 2))
        #expect(tanh(Matrix([[0]])) == Matrix([[0]]))
        #expect(abs(A) == Matrix([[1, 0], [2, 3]]))
        #expect(sqrt(Matrix([[4, 9]])) == Matrix([[2, 3]]))
    }

    @Test func approximateEqualityIsRelative() {
        let A = Matrix([[1, 2], [3, 4]])
        #expect(A ≈ (A + 1e-10))
        #expect(!(A ≈ (A + 1e-6)))
        #expect(throws: LinalgError.shapeMismatch(operation: "≈", lhs: Shape(2, 2), rhs: Shape(2, 3))) {
            try Throwing.isApprox(A, zeros(2, 3))       // different shapes: a mistake, not `false`
        }
        #expect(isApprox(A, A + 1e-6, tol: 1e-5))
        #expect(isApprox(zeros(2, 2), Matrix([[1e-12, 0], [0, 0]]), atol: 1e-9))
        #expect(1e10 ≈ (1e10 + 1))
        #expect(!(0.0 ≈ 1e-300))
    }

    @Test func descriptionIsReadable() {
        #expect(Matrix([[1, 2], [3, 4.5]]).description == "2×2 Matrix\n 1.0  2.0\n 3.0  4.5")
        #expect(Matrix([[-0.5, 1e-5]]).description == "1×2 Matrix\n -0.5  1e-05")
        let big = zeros(20, 20).description.split(separator: "\n")
        #expect(big.count == 12)                // header, 5 rows, ⋮, 5 rows
        #expect(big[6].contains("⋮") && big[1].contains("…"))
    }

    @Test func sizesPastIntAreRefusedWithTheirRealSize() {
        // Nothing installed: only what `Int` cannot count is refused, and the size is exact.
        #expect(throws: LinalgError.memoryLimitExceeded(
            MemoryLimitExceeded(requestedBytes: Int128(1) << 67, liveBytes: 0, limitBytes: .max))) {
            try Throwing.zeros(1 << 32, 1 << 32)
        }
        #expect(throws: LinalgError.memoryLimitExceeded(
            MemoryLimitExceeded(requestedBytes: Int128(Int.max) * 16, liveBytes: 0, limitBytes: .max))) {
            try RunLimits.checkAllocation(rows: Int.max, cols: 2)
        }
        #expect(throws: LinalgError.negativeDimension(operation: "Matrix", rows: -1, cols: 3)) {
            try Throwing.zeros(-1, 3)
        }
    }
}

/// Matrix code runs OpenBLAS on one thread (the same bits on every machine).
@Suite("BLAS threads")
struct BLASThreadingTests {
    @Test func theFirstMatrixSetsOneThread() {
        _ = Matrix([[1, 2], [3, 4]]) * Matrix([[1, 0], [0, 1]])
        #expect(BLASThreading.threadCount == 1)
    }
}
