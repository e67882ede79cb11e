// Reduction kernels over contiguous doubles, written with SIMD4 accumulators so that
// they vectorize (a plain `total += x` loop cannot: IEEE addition is not associative,
// so the compiler must keep one serial chain). The summation order is fixed by the
// code — eight interleaved partial sums, combined in a fixed tree — so results are
// identical on every machine, and pairwise-like accuracy is better than one chain.

@usableFromInline
enum Kernels {
    /// Products with `m·n·k` up to this many multiply-adds (e.g. 16×16 by 16×16) skip BLAS.
    @usableFromInline static let smallProductLimit = 4096

    /// `C = alpha · op(A) · op(B)` for small sizes, column-major, accumulating each
    /// `C[i, j]` in a register in order `l = 0..<k` (deterministic on every machine).
    @inlinable
    static func smallProduct(_ a: UnsafePointer<Double>, rowsA: Int, transposeA: Bool,
                             _ b: UnsafePointer<Double>, rowsB: Int, transposeB: Bool, alpha: Double,
                             m: Int, n: Int, k: Int, into c: UnsafeMutablePointer<Double>) {
        // op(A)[i, l] and op(B)[l, j] in column-major storage with leading dimensions rowsA, rowsB.
        let (aRowStride, aColStride) = transposeA ? (rowsA, 1) : (1, rowsA)
        let (bRowStride, bColStride) = transposeB ? (rowsB, 1) : (1, rowsB)
        for j in 0..<n {
            for i in 0..<m {
                var total = 0.0
                for l in 0..<k { total += (alpha * b[l * bRowStride + j * bColStride]) * a[i * aRowStride + l * aColStride] }
                c[i + j * m] = total
            }
        }
    }

    /// `Σ x_i · y_i` over `count` elements.
    @inlinable
    static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count: Int) -> Double {
        var acc0 = SIMD4<Double>(), acc1 = SIMD4<Double>()
        var i = 0
        while i + 8 <= count {
            acc0 += load(x + i) * load(y + i)
            acc1 += load(x + i + 4) * load(y + i + 4)
            i += 8
        }
        var total = (acc0 + acc1).sum()
        while i < count {
            total += x[i] * y[i]
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
