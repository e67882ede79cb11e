import CLapack

// The LAPACK-backed factorizations. Each works on a copy (LAPACK overwrites its
// input), checks for NaN/inf first (LAPACK's behaviour on them is undefined),
// and checks every `info`.

/// The thin singular value decomposition `A = U · diag(S) · Vᵀ` (LAPACK `dgesdd`,
/// divide and conquer). With `k = min(m, n)`: `U` is m×k and `V` is n×k with
/// orthonormal columns, `S` is a k×1 column of singular values in decreasing order.
/// Singular vectors are unique only up to sign (and rotation within repeated values).
/// Traps on NaN/inf or LAPACK failure; ``Throwing/svd(_:)`` throws.
///
/// ```swift
/// let (U, S, V) = svd(A)
/// U * diag(S) * V.T ≈ A
/// ```
public func svd(_ A: Matrix) -> (U: Matrix, S: Matrix, V: Matrix) {
    trapping { () throws(LinalgError) in try Throwing.svd(A) }
}

/// The singular values alone, as a k×1 column in decreasing order (`dgesdd` without vectors,
/// cheaper than ``svd(_:)``). ``Throwing/singularValues(_:)`` throws.
public func singularValues(_ A: Matrix) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.singularValues(A) }
}

/// The eigendecomposition of a symmetric matrix, `A = vectors · diag(values) · vectorsᵀ`
/// (LAPACK `dsyevd`): `values` an n×1 column in increasing order, `vectors` orthonormal
/// columns. Only the lower triangle of `A` is read: symmetry is assumed, not checked.
/// ``Throwing/eigh(_:)`` throws.
///
/// ```swift
/// let (values, vectors) = eigh(A.T * A)
/// ```
public func eigh(_ A: Matrix) -> (values: Matrix, vectors: Matrix) {
    trapping { () throws(LinalgError) in try Throwing.eigh(A) }
}

/// The thin QR decomposition `A = Q · R` (LAPACK `dgeqrf` + `dorgqr`): with `k = min(m, n)`,
/// `Q` is m×k with orthonormal columns and `R` is k×n upper triangular (Householder
/// signs: diagonal entries of `R` may be negative). ``Throwing/qr(_:)`` throws.
public func qr(_ A: Matrix) -> (Q: Matrix, R: Matrix) {
    trapping { () throws(LinalgError) in try Throwing.qr(A) }
}

/// The determinant, from an LU factorization with partial pivoting (`dgetrf`);
/// 0 for an exactly singular matrix. May overflow to ±inf for large matrices.
/// ``Throwing/det(_:)`` throws (non-square, NaN/inf).
public func det(_ A: Matrix) -> Double {
    trapping { () throws(LinalgError) in try Throwing.det(A) }
}

/// The inverse `A⁻¹` (`dgetrf` + `dgetri`). Prefer ``solve(_:_:)`` for `A⁻¹b`.
/// Traps on an exactly singular matrix; a nearly singular one gives huge entries
/// (check ``cond(_:)``). ``Throwing/inverse(_:)`` throws.
public func inverse(_ A: Matrix) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.inverse(A) }
}

/// The solution `X` of `A X = B` for square `A` (`dgesv`, LU with partial pivoting);
/// `B` may have several columns. ``Throwing/solve(_:_:)`` throws.
///
/// ```swift
/// let x = solve(A, b)
/// A * x ≈ b
/// ```
public func solve(_ A: Matrix, _ B: Matrix) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.solve(A, B) }
}

extension Throwing {
    /// Throwing twin of ``svd(_:)``.
    public static func svd(_ A: Matrix) throws(LinalgError) -> (U: Matrix, S: Matrix, V: Matrix) {
        try RunLimits.checkpoint("svd")
        try A.requireFinite("svd")
        let (m, n) = (A.rows, A.cols)
        let k = Swift.min(m, n)
        if k == 0 {
            return (Matrix(rows: m, cols: 0, unchecked: []), Matrix(rows: 0, cols: 1, unchecked: []),
                    Matrix(rows: n, cols: 0, unchecked: []))
        }
        var a = A.columnMajorElements
        var s = [Double](repeating: 0, count: k)
        var u = [Double](repeating: 0, count: m * k)
        var vt = [Double](repeating: 0, count: k * n)
        let info = LAPACKE_dgesdd(LAPACK_COL_MAJOR, lapackChar("S"), Int32(m), Int32(n), &a, Int32(m),
                                  &s, &u, Int32(m), &vt, Int32(k))
        try checkInfo(info, routine: "dgesdd")
        let VT = Matrix(rows: k, cols: n, unchecked: vt)
        return (Matrix(rows: m, cols: k, unchecked: u), Matrix(rows: k, cols: 1, unchecked: s), VT.T)
    }

    /// Throwing twin of ``singularValues(_:)``.
    public static func singularValues(_ A: Matrix) throws(LinalgError) -> Matrix {
        try RunLimits.checkpoint("singularValues")
        try A.requireFinite("singularValues")
        let (m, n) = (A.rows, A.cols)
        let k = Swift.min(m, n)
        if k == 0 { return Matrix(rows: 0, cols: 1, unchecked: []) }
        var a = A.columnMajorElements
        var s = [Double](repeating: 0, count: k)
        var unusedU = [Double](repeating: 0, count: 1)
        var unusedVT = [Double](repeating: 0, count: 1)
        let info = LAPACKE_dgesdd(LAPACK_COL_MAJOR, lapackChar("N"), Int32(m), Int32(n), &a, Int32(m),
                                  &s, &unusedU, 1, &unusedVT, 1)
        try checkInfo(info, routine: "dgesdd")
        return Matrix(rows: k, cols: 1, unchecked: s)
    }

    /// Throwing twin of ``eigh(_:)``.
    public static func eigh(_ A: Matrix) throws(LinalgError) -> (values: Matrix, vectors: Matrix) {
        try RunLimits.checkpoint("eigh")
        guard A.isSquare else { throw .notSquare(operation: "eigh", shape: Shape(A)) }
        try A.requireFinite("eigh")
        let n = A.rows
        if n == 0 { return (Matrix(rows: 0, cols: 1, unchecked: []), A) }
        var a = A.columnMajorElements
        var w = [Double](repeating: 0, count: n)
        let info = LAPACKE_dsyevd(LAPACK_COL_MAJOR, lapackChar("V"), lapackChar("L"), Int32(n), &a, Int32(n), &w)
        try checkInfo(info, routine: "dsyevd")
        return (Matrix(rows: n, cols: 1, unchecked: w), Matrix(rows: n, cols: n, unchecked: a))
    }

    /// Throwing twin of ``qr(_:)``.
    public static func qr(_ A: Matrix) throws(LinalgError) -> (Q: Matrix, R: Matrix) {
        try RunLimits.checkpoint("qr")
        try A.requireFinite("qr")
        let (m, n) = (A.rows, A.cols)
        let k = Swift.min(m, n)
        if k == 0 { return (Matrix(rows: m, cols: 0, unchecked: []), Matrix(rows: 0, cols: n, unchecked: [])) }
        var a = A.columnMajorElements
        var tau = [Double](repeating: 0, count: k)
        try checkInfo(LAPACKE_dgeqrf(LAPACK_COL_MAJOR, Int32(m), Int32(n), &a, Int32(m), &tau), routine: "dgeqrf")
        let R = Matrix(rows: k, cols: n) { out in
            for j in 0..<n {
                for i in 0..<k { out[i + j * k] = i <= j ? a[i + j * m] : 0 }
            }
        }
        var q = Array(a[0..<(m * k)])
        try checkInfo(LAPACKE_dorgqr(LAPACK_COL_MAJOR, Int32(m), Int32(k), Int32(k), &q, Int32(m), &tau),
                      routine: "dorgqr")
        return (Matrix(rows: m, cols: k, unchecked: q), R)
    }

    /// Throwing twin of ``det(_:)``.
    public static func det(_ A: Matrix) throws(LinalgError) -> Double {
        try RunLimits.checkpoint("det")
        guard A.isSquare else { throw .notSquare(operation: "det", shape: Shape(A)) }
        try A.requireFinite("det")
        let n = A.rows
        if n == 0 { return 1 }
        var a = A.columnMajorElements
        var pivots = [Int32](repeating: 0, count: n)
        let info = LAPACKE_dgetrf(LAPACK_COL_MAJOR, Int32(n), Int32(n), &a, Int32(n), &pivots)
        if info > 0 { return 0 }   // an exact zero pivot: singular
        try checkInfo(info, routine: "dgetrf")
        var product = 1.0
        for i in 0..<n {
            product *= a[i + i * n]
            if pivots[i] != Int32(i + 1) { product = -product }
        }
        return product
    }

    /// Throwing twin of ``inverse(_:)``; throws ``LinalgError/singular(operation:)``.
    public static func inverse(_ A: Matrix) throws(LinalgError) -> Matrix {
        try RunLimits.checkpoint("inverse")
        guard A.isSquare else { throw .notSquare(operation: "inverse", shape: Shape(A)) }
        try A.requireFinite("inverse")
        let n = A.rows
        if n == 0 { return A }
        var a = A.columnMajorElements
        var pivots = [Int32](repeating: 0, count: n)
        let info = LAPACKE_dgetrf(LAPACK_COL_MAJOR, Int32(n), Int32(n), &a, Int32(n), &pivots)
        if info > 0 { throw .singular(operation: "inverse") }
        try checkInfo(info, routine: "dgetrf")
        try checkInfo(LAPACKE_dgetri(LAPACK_COL_MAJOR, Int32(n), &a, Int32(n), pivots), routine: "dgetri")
        return Matrix(rows: n, cols: n, unchecked: a)
    }

    /// Throwing twin of ``solve(_:_:)``; throws ``LinalgError/singular(operation:)``.
    public static func solve(_ A: Matrix, _ B: Matrix) throws(LinalgError) -> Matrix {
        try RunLimits.checkpoint("solve")
        guard A.isSquare else { throw .notSquare(operation: "solve", shape: Shape(A)) }
        guard B.rows == A.rows else { throw .shapeMismatch(operation: "solve", lhs: Shape(A), rhs: Shape(B)) }
        try A.requireFinite("solve")
        try B.requireFinite("solve")
        let n = A.rows
        if n == 0 || B.cols == 0 { return B }
        var a = A.columnMajorElements
        var b = B.columnMajorElements
        var pivots = [Int32](repeating: 0, count: n)
        let info = LAPACKE_dgesv(LAPACK_COL_MAJOR, Int32(n), Int32(B.cols), &a, Int32(n), &pivots, &b, Int32(n))
        if info > 0 { throw .singular(operation: "solve") }
        try checkInfo(info, routine: "dgesv")
        return Matrix(rows: B.rows, cols: B.cols, unchecked: b)
    }

    /// Throws ``LinalgError/lapack(routine:info:)`` unless `info == 0`.
    /// Also a cancellation checkpoint: a LAPACK call can be long, and a run whose time is
    /// up stops right after it (``RunLimits/checkpoint(_:)``).
    static func checkInfo(_ info: Int32, routine: String) throws(LinalgError) {
        guard info == 0 else { throw .lapack(routine: routine, info: info) }
        try RunLimits.checkpoint(routine)
    }
}

extension Matrix {
    /// Throws ``LinalgError/nonFinite(operation:)`` if any element is NaN or infinite.
    func requireFinite(_ operation: String) throws(LinalgError) {
        for x in storage where !x.isFinite { throw .nonFinite(operation: operation) }
    }
}

/// LAPACK's single-character options (`"S"`, `"V"`, `"L"`) as C `char`.
func lapackChar(_ character: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: character)) }
