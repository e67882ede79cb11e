// Reduction kernels over contiguous doubles, written with SIMD4 accumulators so that
// they vectorize (a plain `total += x` loop cannot: IEEE addition is not associative,
// so the compiler must keep one serial chain). The summation order is fixed by the
// code — interleaved partial sums, combined in a fixed tree — so results are identical
// on every machine, and pairwise-like accuracy is better than one chain.

@usableFromInline
enum Kernels {
    /// Products with `m·n·k` up to this many multiply-adds (e.g. 16×16 by 16×16) skip BLAS.
    @usableFromInline static let smallProductLimit = 4096

    /// `C = alpha · op(A) · op(B) + beta · C` for small sizes, column-major, accumulating
    /// each `C[i, j]` in a register in order `l = 0..<k` (deterministic on every machine) and
    /// adding `beta · C[i, j]` last, so `A * B - C` fused (beta −1) rounds as the product
    /// and the difference computed one after the other. With `beta` 0, `C` is only written.
    @inlinable
    static func smallProduct(_ a: UnsafePointer<Double>, rowsA: Int, transposeA: Bool,
                             _ b: UnsafePointer<Double>, rowsB: Int, transposeB: Bool, alpha: Double,
                             m: Int, n: Int, k: Int, beta: Double = 0, into c: UnsafeMutablePointer<Double>) {
        // op(A)[i, l] and op(B)[l, j] in column-major storage with leading dimensions rowsA, rowsB.
        let (aRowStride, aColStride) = transposeA ? (rowsA, 1) : (1, rowsA)
        let (bRowStride, bColStride) = transposeB ? (rowsB, 1) : (1, rowsB)
        @inline(__always) func store(_ total: Double, _ index: Int) {
            c[index] = beta == 0 ? total : total + beta * c[index]
        }
        for j in 0..<n {
            var i = 0
            // Four rows at a time: four independent sums in flight instead of one chain of
            // dependent additions; each sum still runs over l in order, so the bits are the same.
            while i + 4 <= m {
                var (t0, t1, t2, t3) = (0.0, 0.0, 0.0, 0.0)
                for l in 0..<k {
                    let x = alpha * b[l * bRowStride + j * bColStride]
                    let row = a + l * aColStride + i * aRowStride
                    t0 += x * row[0]
                    t1 += x * row[aRowStride]
                    t2 += x * row[2 * aRowStride]
                    t3 += x * row[3 * aRowStride]
                }
                store(t0, i + j * m)
                store(t1, i + 1 + j * m)
                store(t2, i + 2 + j * m)
                store(t3, i + 3 + j * m)
                i += 4
            }
            while i < m {
                var total = 0.0
                for l in 0..<k { total += (alpha * b[l * bRowStride + j * bColStride]) * a[i * aRowStride + l * aColStride] }
                store(total, i + j * m)
                i += 1
            }
        }
    }

    /// `Σ x_i · y_i` over `count` elements, in sixteen interleaved partial sums: the
    /// additions of one partial sum wait on each other (4 cycles each on x86), so sixteen
    /// in flight (eight SSE registers) keep the adder busy where eight left it half idle —
    /// `squaredNorm(R)` of the factorization loop's 50×200 residual runs twice as fast.
    @inlinable
    static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count: Int) -> Double {
        var acc0 = SIMD4<Double>(), acc1 = SIMD4<Double>(), acc2 = SIMD4<Double>(), acc3 = SIMD4<Double>()
        var i = 0
        while i + 16 <= count {
            acc0 += load(x + i) * load(y + i)
            acc1 += load(x + i + 4) * load(y + i + 4)
            acc2 += load(x + i + 8) * load(y + i + 8)
            acc3 += load(x + i + 12) * load(y + i + 12)
            i += 16
        }
        var total = ((acc0 + acc1) + (acc2 + acc3)).sum()
        while i < count {
            total += x[i] * y[i]
            i += 1
        }
        return total
    }

    /// `Σ x_i²` over `count` elements: ``dot(_:_:count:)`` of `x` with itself, bit for bit,
    /// reading each element once.
    @inlinable
    static func sumOfSquares(_ x: UnsafePointer<Double>, count: Int) -> Double {
        var acc0 = SIMD4<Double>(), acc1 = SIMD4<Double>(), acc2 = SIMD4<Double>(), acc3 = SIMD4<Double>()
        var i = 0
        while i + 16 <= count {
            let (a, b, c, d) = (load(x + i), load(x + i + 4), load(x + i + 8), load(x + i + 12))
            acc0 += a * a
            acc1 += b * b
            acc2 += c * c
            acc3 += d * d
            i += 16
        }
        var total = ((acc0 + acc1) + (acc2 + acc3)).sum()
        while i < count {
            total += x[i] * x[i]
            i += 1
        }
        return total
    }

    /// `Σ x_i` over `count` elements.
    @inlinable
    static func sum(_ x: UnsafePointer<Double>, count: Int) -> Double {
        var acc0 = SIMD4<Double>(), acc1 = SIMD4<Double>()
        var i = 0
        while i + 8 <= count {
            acc0 += load(x + i)
            acc1 += load(x + i + 4)
            i += 8
        }
        var total = (acc0 + acc1).sum()
        while i < count {
            total += x[i]
            i += 1
        }
        return total
    }

    @inlinable @inline(__always)
    static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
    }
}

extension Matrix {
    /// Runs `body` on the base address of the elements (never nil: an empty matrix gets a
    /// dangling but unused pointer).
    @inlinable
    func withBase<Result>(_ body: (UnsafePointer<Double>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { buffer in
            body(buffer.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Double>.alignment)!)
        }
    }
}
