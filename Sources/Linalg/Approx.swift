infix operator ≈ : ComparisonPrecedence

/// The default relative tolerance of `≈`: √ε ≈ 1.49e-8 (Julia's `isapprox` default),
/// half the digits of a Double.
public let defaultApproxTolerance: Double = Double.ulpOfOne.squareRoot()

/// `A ≈ B`: `‖A − B‖_F ≤ tol · max(‖A‖_F, ‖B‖_F)` with `tol = `
/// ``defaultApproxTolerance`` (√ε). Relative, so it compares a matrix to the zero matrix
/// only when it is exactly zero: use ``isApprox(_:_:tol:atol:)`` with `atol` for that.
/// Matrices of different shapes are a mistake, not a `false`: it traps (as `A - B`
/// does), and ``Throwing/isApprox(_:_:tol:atol:)`` throws the shape error.
///
/// ```swift
/// let (U, S, V) = svd(A)
/// check(U * diag(S) * V.T ≈ A, "A = UΣVᵀ")
/// ```
public func ≈ (A: Matrix, B: Matrix) -> Bool { isApprox(A, B) }

/// `a ≈ b`: `|a − b| ≤ √ε · max(|a|, |b|)` (relative; `0 ≈ x` only for `x == 0`).
public func ≈ (a: Double, b: Double) -> Bool { isApprox(a, b) }

/// `‖A − B‖_F ≤ max(atol, tol · max(‖A‖_F, ‖B‖_F))`, for matrices of one shape (traps
/// otherwise; ``Throwing/isApprox(_:_:tol:atol:)`` throws).
///
/// ```swift
/// isApprox(A * inverse(A), eye(3), tol: 1e-12)
/// isApprox(W1 * W1.T - W2.T * W2, zeros(3, 3), atol: 1e-9)
/// ```
public func isApprox(_ A: Matrix, _ B: Matrix, tol: Double = defaultApproxTolerance, atol: Double = 0) -> Bool {
    trapping { () throws(LinalgError) in try Throwing.isApprox(A, B, tol: tol, atol: atol) }
}

extension Throwing {
    /// Throwing twin of ``isApprox(_:_:tol:atol:)`` and `A ≈ B` (operation `"≈"`).
    public static func isApprox(_ A: Matrix, _ B: Matrix, tol: Double = defaultApproxTolerance,
                                atol: Double = 0) throws(LinalgError) -> Bool {
        guard A.rows == B.rows && A.cols == B.cols else {
            throw .shapeMismatch(operation: "≈", lhs: Shape(A), rhs: Shape(B))
        }
        if A == B { return true }
        let difference = Linalg.norm(A - B)
        return difference <= Swift.max(atol, tol * Swift.max(Linalg.norm(A), Linalg.norm(B)))
    }
}

/// `|a − b| ≤ max(atol, tol · max(|a|, |b|))`.
public func isApprox(_ a: Double, _ b: Double, tol: Double = defaultApproxTolerance, atol: Double = 0) -> Bool {
    if a == b { return true }
    return Swift.abs(a - b) <= Swift.max(atol, tol * Swift.max(Swift.abs(a), Swift.abs(b)))
}
