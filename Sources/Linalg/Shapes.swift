// Functions that rearrange entries: the Kronecker product, vec and reshape (column-major,
// so that vec(AXB) = (Bᵀ ⊗ A) vec(X)), outer products and normalization.

/// The Kronecker product `A ⊗ B`: the `(m·p) × (n·q)` block matrix whose block `(i, j)`
/// is `a_ij · B`. With ``vec(_:)``, `vec(A * X * B) ≈ kron(B.T, A) * vec(X)`.
/// ``Throwing/kron(_:_:)`` throws when the result would pass the run's memory budget.
///
/// ```swift
/// kron(eye(2), Matrix([[1, 2]]))   // [[1, 2, 0, 0], [0, 0, 1, 2]]
/// ```
public func kron(_ A: Matrix, _ B: Matrix) -> Matrix { trapping { () throws(LinalgError) in try Throwing.kron(A, B) } }

/// The entries of `A` stacked column by column into an `(m·n) × 1` column (column-major,
/// the convention of `vec(AXB) = (Bᵀ ⊗ A) vec(X)`; ``Matrix/array`` is row by row).
/// Shares `A`'s storage: no copy.
///
/// ```swift
/// vec(Matrix([[1, 2], [3, 4]]))   // [[1], [3], [2], [4]]
/// ```
public func vec(_ A: Matrix) -> Matrix { Matrix(rows: A.count, cols: 1, storage: A.storage) }

/// The `rows × cols` matrix whose column-major entries are `v`'s (the inverse of
/// ``vec(_:)``: `reshape(vec(A), A.rows, A.cols) == A`). Shares storage.
/// ``Throwing/reshape(_:_:_:)`` throws when the counts differ.
///
/// ```swift
/// reshape(vector([1, 2, 3, 4, 5, 6]), 2, 3)   // [[1, 3, 5], [2, 4, 6]]
/// ```
public func reshape(_ v: Matrix, _ rows: Int, _ cols: Int) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.reshape(v, rows, cols) }
}

/// The outer product `u vᵀ` of two vectors (each a column or a row): `u.count × v.count`.
/// ``Throwing/outer(_:_:)`` throws for a non-vector.
///
/// ```swift
/// outer(vector([1, 2]), vector([3, 4, 5]))   // 2×3
/// ```
public func outer(_ u: Matrix, _ v: Matrix) -> Matrix { trapping { () throws(LinalgError) in try Throwing.outer(u, v) } }

/// `v / norm(v)`: the unit vector (or unit-Frobenius-norm matrix) in the direction of `v`.
/// ``Throwing/normalized(_:)`` throws for a zero `v`, which has no direction.
///
/// ```swift
/// normalized(vector([3, 4]))   // [[0.6], [0.8]]
/// ```
public func normalized(_ v: Matrix) -> Matrix { trapping { () throws(LinalgError) in try Throwing.normalized(v) } }

extension Throwing {
    /// Throwing twin of ``kron(_:_:)``.
    public static func kron(_ A: Matrix, _ B: Matrix) throws(LinalgError) -> Matrix {
        // Checked in Int128 before the dimensions are multiplied in Int (which could overflow).
        try RunLimits.checkAllocation(bytes: Int128(A.rows) * Int128(B.rows) * Int128(A.cols) * Int128(B.cols) * 8)
        let (rows, rowsOverflow) = A.rows.multipliedReportingOverflow(by: B.rows)
        let (cols, colsOverflow) = A.cols.multipliedReportingOverflow(by: B.cols)
        guard !rowsOverflow && !colsOverflow else {   // an empty result with a dimension past Int
            throw .invalidArgument(operation: "kron", argument: rowsOverflow ? "rows" : "cols",
                                   value: rowsOverflow ? Double(A.rows) * Double(B.rows) : Double(A.cols) * Double(B.cols))
        }
        let (p, q) = (B.rows, B.cols)
        let A = A.materialized, B = B.materialized
        return Matrix(rows: rows, cols: cols) { out in
            for ja in 0..<A.cols {
                for ia in 0..<A.rows {
                    let a = A.storage[ia + ja * A.rows]
                    for jb in 0..<q {
                        let column = (ja * q + jb) * rows + ia * p
                        for ib in 0..<p { out[column + ib] = a * B.storage[ib + jb * p] }
                    }
                }
            }
        }
    }

    /// Throwing twin of ``reshape(_:_:_:)``.
    public static func reshape(_ v: Matrix, _ rows: Int, _ cols: Int) throws(LinalgError) -> Matrix {
        guard rows >= 0 && cols >= 0 else { throw .negativeDimension(operation: "reshape", rows: rows, cols: cols) }
        let (count, overflow) = rows.multipliedReportingOverflow(by: cols)
        guard !overflow && count == v.count else {
            throw .shapeMismatch(operation: "reshape", lhs: Shape(v), rhs: Shape(rows, cols))
        }
        return Matrix(rows: rows, cols: cols, storage: v.storage)
    }

    /// Throwing twin of ``outer(_:_:)``.
    public static func outer(_ u: Matrix, _ v: Matrix) throws(LinalgError) -> Matrix {
        guard u.isVector else { throw .notVector(operation: "outer", shape: Shape(u)) }
        guard v.isVector else { throw .notVector(operation: "outer", shape: Shape(v)) }
        try RunLimits.checkAllocation(rows: u.count, cols: v.count)
        let u = u.materialized, v = v.materialized
        return Matrix(rows: u.count, cols: v.count) { out in
            for j in 0..<v.count {
                let b = v.storage[j]
                for i in 0..<u.count { out[i + j * u.count] = u.storage[i] * b }
            }
        }
    }

    /// Throwing twin of ``normalized(_:)``.
    public static func normalized(_ v: Matrix) throws(LinalgError) -> Matrix {
        let length = Linalg.norm(v)
        guard length != 0 else { throw .invalidArgument(operation: "normalized", argument: "norm", value: 0) }
        return v / length
    }
}
