import Foundation

/// The sum of all elements.
public func sum(_ A: Matrix) -> Double {
    A.withBase { Kernels.sum($0, count: A.count) }
}

/// The mean of all elements (NaN for an empty matrix, as `0 / 0`).
public func mean(_ A: Matrix) -> Double { sum(A) / Double(A.count) }

/// The largest element. Traps on an empty matrix; ``Throwing/max(_:)`` throws.
/// (NaNs are skipped, as `Swift.max` would not.)
public func max(_ A: Matrix) -> Double { trapping { () throws(LinalgError) in try Throwing.max(A) } }

/// The smallest element. Traps on an empty matrix; ``Throwing/min(_:)`` throws.
public func min(_ A: Matrix) -> Double { trapping { () throws(LinalgError) in try Throwing.min(A) } }

/// Sums along an axis, numpy's convention: `axis: 0` sums down each column (→ `1 × cols`),
/// `axis: 1` sums across each row (→ `rows × 1`). ``Throwing/sum(_:axis:)`` throws.
///
/// ```swift
/// sum(Matrix([[1, 2], [3, 4]]), axis: 0)   // [[4, 6]]
/// ```
public func sum(_ A: Matrix, axis: Int) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.sum(A, axis: axis) }
}

/// Means along an axis (see ``sum(_:axis:)``). ``Throwing/mean(_:axis:)`` throws.
public func mean(_ A: Matrix, axis: Int) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.mean(A, axis: axis) }
}

/// The Frobenius norm `‖A‖_F = √(Σ a_ij²)` (the Euclidean norm for a vector),
/// computed directly and, only when that overflows or may have underflowed, again with
/// scaling by the largest magnitude (as LAPACK's `dnrm2` guards against both).
///
/// ```swift
/// norm(vector([3, 4]))   // 5.0
/// ```
public func norm(_ A: Matrix) -> Double {
    let direct = squaredNorm(A)
    if direct.isNaN { return .nan }
    if direct.isFinite && direct > 0x1p-900 { return direct.squareRoot() }
    return A.storage.withUnsafeBufferPointer { a in
        var scale = 0.0
        for x in a { scale = Swift.max(scale, Swift.abs(x)) }
        if scale == 0 || !scale.isFinite { return scale.isNaN ? .nan : scale }
        var total = 0.0
        for x in a {
            let y = x / scale
            total += y * y
        }
        return scale * total.squareRoot()
    }
}

/// Norms along an axis, as ``sum(_:axis:)`` sums: `axis: 0` gives the norm of each column
/// (→ `1 × cols`), `axis: 1` the norm of each row (→ `rows × 1`), each as ``norm(_:)``
/// computes it. ``Throwing/norm(_:axis:)`` throws for another axis.
///
/// ```swift
/// let Y = randn(3, 4)
/// let unitColumns = Y ./ norm(Y, axis: 0)
/// ```
public func norm(_ A: Matrix, axis: Int) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.norm(A, axis: axis) }
}

/// `‖A‖²_F = Σ a_ij²` (no square root; the usual least-squares loss).
public func squaredNorm(_ A: Matrix) -> Double {
    A.withBase { Kernels.sumOfSquares($0, count: A.count) }
}

/// The Frobenius inner product `⟨A, B⟩ = Σ a_ij b_ij = trace(AᵀB)` (for vectors, the dot
/// product). ``Throwing/dot(_:_:)`` throws on different shapes.
public func dot(_ A: Matrix, _ B: Matrix) -> Double { trapping { () throws(LinalgError) in try Throwing.dot(A, B) } }

/// The trace `Σ a_ii` of a square matrix. ``Throwing/trace(_:)`` throws.
public func trace(_ A: Matrix) -> Double { trapping { () throws(LinalgError) in try Throwing.trace(A) } }

extension Throwing {
    /// Throwing twin of ``max(_:)``.
    public static func max(_ A: Matrix) throws(LinalgError) -> Double {
        guard A.count > 0 else { throw .empty(operation: "max") }
        return A.storage.max { $0 < $1 || $0.isNaN }!
    }

    /// Throwing twin of ``min(_:)``.
    public static func min(_ A: Matrix) throws(LinalgError) -> Double {
        guard A.count > 0 else { throw .empty(operation: "min") }
        return A.storage.min { $0 < $1 || $1.isNaN }!
    }

    /// Throwing twin of ``sum(_:axis:)``.
    public static func sum(_ A: Matrix, axis: Int) throws(LinalgError) -> Matrix {
        let A = A.materialized
        switch axis {
        case 0:
            return Matrix(rows: 1, cols: A.cols) { out in
                for j in 0..<A.cols {
                    var total = 0.0
                    for i in 0..<A.rows { total += A.storage[i + j * A.rows] }
                    out[j] = total
                }
            }
        case 1:
            return Matrix(rows: A.rows, cols: 1) { out in
                out.initialize(repeating: 0)
                for j in 0..<A.cols {
                    for i in 0..<A.rows { out[i] += A.storage[i + j * A.rows] }
                }
            }
        default:
            throw .invalidAxis(operation: "sum", axis: axis)
        }
    }

    /// Throwing twin of ``norm(_:axis:)``.
    public static func norm(_ A: Matrix, axis: Int) throws(LinalgError) -> Matrix {
        switch axis {
        case 0: return Matrix(rows: 1, cols: A.cols) { out in for j in 0..<A.cols { out[j] = Linalg.norm(A.col(j)) } }
        case 1: return Matrix(rows: A.rows, cols: 1) { out in for i in 0..<A.rows { out[i] = Linalg.norm(A.row(i)) } }
        default: throw .invalidAxis(operation: "norm", axis: axis)
        }
    }

    /// Throwing twin of ``mean(_:axis:)``.
    public static func mean(_ A: Matrix, axis: Int) throws(LinalgError) -> Matrix {
        guard axis == 0 || axis == 1 else { throw .invalidAxis(operation: "mean", axis: axis) }
        return try sum(A, axis: axis) / Double(axis == 0 ? A.rows : A.cols)
    }

    /// Throwing twin of ``dot(_:_:)``.
    public static func dot(_ A: Matrix, _ B: Matrix) throws(LinalgError) -> Double {
        guard A.rows == B.rows && A.cols == B.cols else {
            throw .shapeMismatch(operation: "dot", lhs: Shape(A), rhs: Shape(B))
        }
        return A.withBase { a in B.withBase { b in Kernels.dot(a, b, count: A.count) } }
    }

    /// Throwing twin of ``trace(_:)``.
    public static func trace(_ A: Matrix) throws(LinalgError) -> Double {
        guard A.isSquare else { throw .notSquare(operation: "trace", shape: Shape(A)) }
        let A = A.materialized
        var total = 0.0
        for i in 0..<A.rows { total += A.storage[i + i * A.rows] }
        return total
    }
}
