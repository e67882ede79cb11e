import CLapack

// MARK: Products

extension Matrix {
    /// The general product `alpha · op(A) · op(B)` through `cblas_dgemm` (or
    /// `cblas_dgemv` when the result is a vector), where `op` transposes when asked;
    /// products of at most ``Kernels/smallProductLimit`` multiply-adds use a plain loop
    /// instead, since a BLAS call costs more than the arithmetic at that size.
    /// Shapes must already fit: this is the unchecked kernel behind `*`, and what
    /// Autodiff's pullbacks use to multiply by a transpose without forming it.
    @inlinable
    public static func gemm(_ A: Matrix, transposeA: Bool = false, _ B: Matrix, transposeB: Bool = false,
                            alpha: Double = 1) -> Matrix {
        let m = transposeA ? A.cols : A.rows
        let k = transposeA ? A.rows : A.cols
        let n = transposeB ? B.rows : B.cols
        precondition(k == (transposeB ? B.cols : B.rows), "gemm: inner dimensions differ")
        if m == 0 || n == 0 { return Matrix(rows: m, cols: n, unchecked: []) }
        if k == 0 { return Matrix(rows: m, cols: n, storage: ElementBuffer(repeating: 0, count: m * n)) }
        return Matrix(rows: m, cols: n) { out in
            multiply(A, transposeA: transposeA, B, transposeB: transposeB, alpha: alpha, beta: 0,
                     into: out.baseAddress!)
        }
    }

    /// `out = alpha · op(A) · op(B) + beta · out` for an `m × n` column-major `out` (BLAS's
    /// gemm contract: with `beta` 0, `out` is only written, so it may be uninitialized).
    /// Shapes must fit and `m, n, k` be positive. A transposed view (`V.T`) is its buffer
    /// with the transpose flag flipped: the buffer is column-major with `rowsA` rows.
    @inlinable
    static func multiply(_ A: Matrix, transposeA: Bool, _ B: Matrix, transposeB: Bool, alpha: Double,
                         beta: Double, into out: UnsafeMutablePointer<Double>) {
        let m = transposeA ? A.cols : A.rows
        let k = transposeA ? A.rows : A.cols
        let n = transposeB ? B.rows : B.cols
        let flagA = transposeA != A.isTransposedView, flagB = transposeB != B.isTransposedView
        let rowsA = A.isTransposedView ? A.cols : A.rows, colsA = A.isTransposedView ? A.rows : A.cols
        let rowsB = B.isTransposedView ? B.cols : B.rows
        A.buffer.withUnsafeBufferPointer { a in
            B.buffer.withUnsafeBufferPointer { b in
                if m * n * k <= Kernels.smallProductLimit {
                    Kernels.smallProduct(a.baseAddress!, rowsA: rowsA, transposeA: flagA, b.baseAddress!, rowsB: rowsB,
                                         transposeB: flagB, alpha: alpha, m: m, n: n, k: k, beta: beta, into: out)
                } else if n == 1 && !flagB {
                    // y = alpha · op(A) · x + beta · y
                    cblas_dgemv(CblasColMajor, flagA ? CblasTrans : CblasNoTrans,
                                Int32(rowsA), Int32(colsA), alpha, a.baseAddress, Int32(Swift.max(1, rowsA)),
                                b.baseAddress, 1, beta, out, 1)
                } else {
                    cblas_dgemm(CblasColMajor, flagA ? CblasTrans : CblasNoTrans,
                                flagB ? CblasTrans : CblasNoTrans,
                                Int32(m), Int32(n), Int32(k), alpha,
                                a.baseAddress, Int32(Swift.max(1, rowsA)),
                                b.baseAddress, Int32(Swift.max(1, rowsB)),
                                beta, out, Int32(Swift.max(1, m)))
                }
            }
        }
    }

    /// The transpose, `Aᵀ`, as a view of `A`'s elements: no copy. A product with it
    /// (`U * V.T`, `R.T * U`) passes BLAS its transpose flag; another operation writes
    /// the transpose out when it reads it. The transpose of a vector shares its buffer
    /// as a vector of the other orientation.
    ///
    /// ```swift
    /// Matrix([[1, 2, 3]]).T   // 3×1
    /// ```
    public var T: Matrix {
        if isTransposedView { return Matrix(rows: cols, cols: rows, storage: buffer) }
        if rows == 1 || cols == 1 { return Matrix(rows: cols, cols: rows, storage: buffer) }
        return Matrix(transposing: buffer, rows: rows, cols: cols)
    }

    /// The transpose of the `r × c` column-major `source`, written out (cache-blocked).
    @usableFromInline
    static func transposed(_ source: ElementBuffer, rows r: Int, cols c: Int) -> ElementBuffer {
        source.withUnsafeBufferPointer { a in
            ElementBuffer(count: r * c) { out in
                // out(j, i) = a(i, j); out is c×r column-major: out[j + i*c]
                let blockSize = 32
                var i0 = 0
                while i0 < r {
                    let i1 = Swift.min(i0 + blockSize, r)
                    var j0 = 0
                    while j0 < c {
                        let j1 = Swift.min(j0 + blockSize, c)
                        for j in j0..<j1 {
                            for i in i0..<i1 { out[j &+ i &* c] = a[i &+ j &* r] }
                        }
                        j0 = j1
                    }
                    i0 = i1
                }
            }
        }
    }
}

extension Throwing {
    /// Throwing twin of `A * B`, the matrix product (`cblas_dgemm`, or `cblas_dgemv` for a
    /// matrix times a column). A 1×1 operand acts as a scalar, as in mathematics.
    /// Throws ``LinalgError/shapeMismatch(operation:lhs:rhs:)`` with operation `"*"`.
    public static func product(_ A: Matrix, _ B: Matrix) throws(LinalgError) -> Matrix {
        if A.cols == B.rows {
            try RunLimits.checkAllocation(rows: A.rows, cols: B.cols)
            // A product large enough for BLAS is a cancellation checkpoint (a small one is
            // cheaper than the check).
            if Double(A.rows) * Double(A.cols) * Double(B.cols) > Double(Kernels.smallProductLimit) { try RunLimits.checkpoint("*") }
            return Matrix.gemm(A, B)
        }
        if A.rows == 1 && A.cols == 1 { return A.buffer[0] * B }
        if B.rows == 1 && B.cols == 1 { return A * B.buffer[0] }
        throw .shapeMismatch(operation: "*", lhs: Shape(A), rhs: Shape(B))
    }

    /// Throwing twin of ``commutator(_:_:)``: square matrices of one size.
    public static func commutator(_ A: Matrix, _ B: Matrix) throws(LinalgError) -> Matrix {
        guard A.isSquare else { throw .notSquare(operation: "commutator", shape: Shape(A)) }
        guard A.rows == B.rows && A.cols == B.cols else {
            throw .shapeMismatch(operation: "commutator", lhs: Shape(A), rhs: Shape(B))
        }
        try RunLimits.checkAllocation(rows: A.rows, cols: A.cols)
        return try subtract(Matrix.gemm(A, B), Matrix.gemm(B, A))
    }

    /// Throwing twin of `A + B` (same shapes).
    public static func add(_ A: consuming Matrix, _ B: consuming Matrix) throws(LinalgError) -> Matrix {
        try Matrix.zipElements(A, B, operation: "+", ElementSum.self)
    }

    /// Throwing twin of `A - B` (same shapes).
    public static func subtract(_ A: consuming Matrix, _ B: consuming Matrix) throws(LinalgError) -> Matrix {
        try Matrix.zipElements(A, B, operation: "-", ElementDifference.self)
    }

    /// Throwing twin of `A += B`: adds in place (`cblas_daxpy`) without allocating when
    /// `A`'s buffer is not shared.
    public static func addAssign(_ A: inout Matrix, _ B: Matrix) throws(LinalgError) {
        try A.axpy(1, B, operation: "+=")
    }

    /// Throwing twin of `A -= B`, in place.
    public static func subtractAssign(_ A: inout Matrix, _ B: Matrix) throws(LinalgError) {
        try A.axpy(-1, B, operation: "-=")
    }
}

extension Matrix {
    /// `op(a_ij, b_ij)` for equal shapes. Both operands are consumed: when one's buffer is
    /// not shared (a temporary such as `U * V.T` in `U * V.T - M`, or `eta * G` in
    /// `W - eta * G`), the result is written into it instead of a new allocation.
    @inlinable @inline(__always)
    static func zipElements<Operation: ElementOperation>(_ A: consuming Matrix, _ B: consuming Matrix, operation: String,
                                                         _: Operation.Type) throws(LinalgError) -> Matrix {
        guard A.rows == B.rows && A.cols == B.cols else {
            throw .shapeMismatch(operation: operation, lhs: Shape(A), rhs: Shape(B))
        }
        var result = A
        let n = result.count
        if n == 0 { return result }
        if !result.isTransposedView && result.buffer.isUniquelyReferenced() {
            B.withBase { b in
                result.buffer.withUnsafeMutableBufferPointer { a in
                    let pa = a.baseAddress!
                    for index in 0..<n { pa[index] = Operation.apply(pa[index], b[index]) }
                }
            }
            return result
        }
        var other = B
        if !other.isTransposedView && other.buffer.isUniquelyReferenced() {
            result.withBase { a in
                other.buffer.withUnsafeMutableBufferPointer { b in
                    let pb = b.baseAddress!
                    for index in 0..<n { pb[index] = Operation.apply(a[index], pb[index]) }
                }
            }
            return other
        }
        return result.withBase { a in
            other.withBase { b in
                Matrix(rows: other.rows, cols: other.cols) { out in
                    let po = out.baseAddress!
                    for index in 0..<n { po[index] = Operation.apply(a[index], b[index]) }
                }
            }
        }
    }

    /// `self += alpha * B` in place (`cblas_daxpy`; copies first only if the buffer is shared).
    @inlinable
    mutating func axpy(_ alpha: Double, _ B: Matrix, operation: String) throws(LinalgError) {
        guard rows == B.rows && cols == B.cols else {
            throw .shapeMismatch(operation: operation, lhs: Shape(self), rhs: Shape(B))
        }
        let n = Int32(count)
        if n == 0 { return }
        B.storage.withUnsafeBufferPointer { b in
            storage.withUnsafeMutableBufferPointer { a in
                cblas_daxpy(n, alpha, b.baseAddress, 1, a.baseAddress, 1)
            }
        }
    }

    /// Applies `transform` to every element (the elementwise-function kernel).
    ///
    /// ```swift
    /// A.map { $0 * $0 }   // squares every element
    /// ```
    @inlinable
    public func map(_ transform: (Double) -> Double) -> Matrix {
        storage.withUnsafeBufferPointer { a in
            Matrix(rows: rows, cols: cols) { out in
                for index in 0..<a.count { out[index] = transform(a[index]) }
            }
        }
    }
}

// MARK: Operators (trapping wrappers)

/// The matrix product `A * B` (`(m×k) * (k×n) → m×n`, through BLAS). A 1×1 operand acts
/// as a scalar. Traps on a shape mismatch; ``Throwing/product(_:_:)`` throws.
///
/// ```swift
/// Matrix([[1, 2]]) * Matrix([[3], [4]])   // 1×1: [[11]]
/// ```
public func * (A: Matrix, B: Matrix) -> Matrix { trapping { () throws(LinalgError) in try Throwing.product(A, B) } }
/// Elementwise sum of two matrices of the same shape; ``Throwing/add(_:_:)`` throws.
/// The elementwise operators write into an operand's buffer when it is a temporary (not
/// shared), saving an allocation: `A * B + C` and `W - eta * G` allocate once.
public func + (A: consuming Matrix, B: consuming Matrix) -> Matrix {
    do { return try Throwing.add(consume A, consume B) } catch { fatalError("\(error)") }
}
/// Elementwise difference; ``Throwing/subtract(_:_:)`` throws.
public func - (A: consuming Matrix, B: consuming Matrix) -> Matrix {
    do { return try Throwing.subtract(consume A, consume B) } catch { fatalError("\(error)") }
}
/// In-place sum (no allocation when `A` is uniquely referenced); ``Throwing/addAssign(_:_:)`` throws.
public func += (A: inout Matrix, B: Matrix) { trapping { () throws(LinalgError) in try Throwing.addAssign(&A, B) } }
/// In-place difference; ``Throwing/subtractAssign(_:_:)`` throws.
public func -= (A: inout Matrix, B: Matrix) {
    trapping { () throws(LinalgError) in try Throwing.subtractAssign(&A, B) }
}

/// The commutator `[A, B] = AB − BA` of two square matrices of one size (zero exactly
/// when they commute). ``Throwing/commutator(_:_:)`` throws.
///
/// ```swift
/// let A = Matrix([[0, 1], [0, 0]]), B = Matrix([[0, 0], [1, 0]])
/// commutator(A, B)   // [[1, 0], [0, -1]]
/// ```
public func commutator(_ A: Matrix, _ B: Matrix) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.commutator(A, B) }
}

/// `c · A`, every element scaled.
public func * (c: Double, A: consuming Matrix) -> Matrix { Matrix.withScalar(c, A, ElementProduct.self) }
/// `A · c`, every element scaled.
public func * (A: consuming Matrix, c: Double) -> Matrix { Matrix.withScalar(A, c, ElementProduct.self) }
/// `A / c`, every element divided (IEEE 754: `/ 0` gives ±inf or NaN).
public func / (A: consuming Matrix, c: Double) -> Matrix { Matrix.withScalar(A, c, ElementQuotient.self) }
/// `c / A`, elementwise: `c / a_ij`.
public func / (c: Double, A: consuming Matrix) -> Matrix { Matrix.withScalar(c, A, ElementQuotient.self) }
/// `A + c`: adds `c` to every element (numpy's scalar broadcast).
public func + (A: consuming Matrix, c: Double) -> Matrix { Matrix.withScalar(A, c, ElementSum.self) }
/// `c + A`: adds `c` to every element.
public func + (c: Double, A: consuming Matrix) -> Matrix { Matrix.withScalar(c, A, ElementSum.self) }
/// `A - c`: subtracts `c` from every element.
public func - (A: consuming Matrix, c: Double) -> Matrix { Matrix.withScalar(A, c, ElementDifference.self) }
/// `c - A`, elementwise.
public func - (c: Double, A: consuming Matrix) -> Matrix { Matrix.withScalar(c, A, ElementDifference.self) }
/// `-A`.
public prefix func - (A: consuming Matrix) -> Matrix { Matrix.mapElements(A) { -$0 } }

extension Matrix {
    /// `op(a_ij, c)` for every element, written into `A`'s buffer when no other matrix
    /// shares it (`eta * (R * V)` scales the product where it lies), else into a new one.
    /// The operation is a type, so the loop applies it inline (see ``ElementOperation``).
    @inlinable @inline(__always)
    static func withScalar<Operation: ElementOperation>(_ A: consuming Matrix, _ c: Double,
                                                         _: Operation.Type) -> Matrix {
        mapOperation(A, c, scalarOnLeft: false, Operation.self)
    }

    /// `op(c, a_ij)` for every element (see ``withScalar(_:_:_:)-(_,Double,_)``).
    @inlinable @inline(__always)
    static func withScalar<Operation: ElementOperation>(_ c: Double, _ A: consuming Matrix,
                                                         _: Operation.Type) -> Matrix {
        mapOperation(A, c, scalarOnLeft: true, Operation.self)
    }

    @inlinable @inline(__always)
    static func mapOperation<Operation: ElementOperation>(_ A: consuming Matrix, _ c: Double, scalarOnLeft: Bool,
                                                           _: Operation.Type) -> Matrix {
        var result = A
        if result.buffer.isUniquelyReferenced() {
            result.buffer.withUnsafeMutableBufferPointer { a in
                let pa = a.baseAddress
                if scalarOnLeft {
                    for index in 0..<a.count { pa![index] = Operation.apply(c, pa![index]) }
                } else {
                    for index in 0..<a.count { pa![index] = Operation.apply(pa![index], c) }
                }
            }
            return result
        }
        let (rows, cols, transposed) = (result.rows, result.cols, result.isTransposedView)
        let mapped = result.buffer.withUnsafeBufferPointer { a in
            ElementBuffer(count: a.count) { out in
                let po = out.baseAddress
                if scalarOnLeft {
                    for index in 0..<a.count { po![index] = Operation.apply(c, a[index]) }
                } else {
                    for index in 0..<a.count { po![index] = Operation.apply(a[index], c) }
                }
            }
        }
        return transposed ? Matrix(transposing: mapped, rows: cols, cols: rows) : Matrix(rows: rows, cols: cols, storage: mapped)
    }
}

extension Matrix {
    /// `transform` of every element, written into `A`'s buffer when no other matrix
    /// shares it (`eta * (R * V)` scales the product where it lies), else into a new one.
    /// A transposed view stays a view of the transformed elements.
    @inlinable @inline(__always)
    static func mapElements(_ A: consuming Matrix, _ transform: (Double) -> Double) -> Matrix {
        var result = A
        if result.buffer.isUniquelyReferenced() {
            result.buffer.withUnsafeMutableBufferPointer { a in
                let pa = a.baseAddress
                for index in 0..<a.count { pa![index] = transform(pa![index]) }
            }
            return result
        }
        let (rows, cols, transposed) = (result.rows, result.cols, result.isTransposedView)
        let mapped = result.buffer.withUnsafeBufferPointer { a in
            ElementBuffer(count: a.count) { out in
                for index in 0..<a.count { out[index] = transform(a[index]) }
            }
        }
        return transposed ? Matrix(transposing: mapped, rows: cols, cols: rows) : Matrix(rows: rows, cols: cols, storage: mapped)
    }
}

/// Scales in place.
public func *= (A: inout Matrix, c: Double) {
    A.storage.withUnsafeMutableBufferPointer { a in for i in 0..<a.count { a[i] *= c } }
}
/// Divides in place.
public func /= (A: inout Matrix, c: Double) {
    A.storage.withUnsafeMutableBufferPointer { a in for i in 0..<a.count { a[i] /= c } }
}

/// One elementwise operation, as a type: `zipElements` is specialized for each, so its
/// loop applies the operation inline. (A closure argument would be one indirect call per
/// element: without whole-module optimization the closure is not inlined.)
@usableFromInline
protocol ElementOperation {
    static func apply(_ a: Double, _ b: Double) -> Double
}

@usableFromInline enum ElementSum: ElementOperation {
    @inlinable @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a + b }
}
@usableFromInline enum ElementDifference: ElementOperation {
    @inlinable @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a - b }
}
@usableFromInline enum ElementProduct: ElementOperation {
    @inlinable @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a * b }
}
@usableFromInline enum ElementQuotient: ElementOperation {
    @inlinable @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a / b }
}
