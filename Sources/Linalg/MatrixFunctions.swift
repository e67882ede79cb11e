import Foundation

// Functions of a matrix built on the factorizations: norms and ranks from the SVD,
// the polar decomposition, the square root of an SPSD matrix, the exponential.

/// Selects the left polar form in `polar(A, side: .left)` (the default): `A = Q · P`.
public enum LeftPolarSide: Sendable { case left }
/// Selects the right polar form in `polar(A, side: .right)`: `A = R · Uᵀ`.
public enum RightPolarSide: Sendable { case right }

/// The left polar decomposition `A = Q · P`: `P = √(AᵀA)` symmetric positive semidefinite
/// (n×n) and `Q` with orthonormal columns (or rows, when m < n), from the SVD
/// `A = UΣVᵀ` as `Q = UVᵀ`, `P = VΣVᵀ` (P symmetrized exactly). `Q` is unique when A has
/// full column rank. ``Throwing/polar(_:side:)`` throws.
///
/// ```swift
/// let (Q, P) = polar(W)
/// Q * P ≈ W
/// P ≈ sqrtm(W.T * W)
/// ```
public func polar(_ A: Matrix, side: LeftPolarSide = .left) -> (Q: Matrix, P: Matrix) {
    trapping { () throws(LinalgError) in try Throwing.polar(A, side: side) }
}

/// The right polar decomposition `A = R · Uᵀ`: `R = √(AAᵀ)` symmetric positive semidefinite
/// (m×m) and `U` with orthonormal columns (`R = UΣUᵀ` and `U = V·U_svdᵀ` from the SVD,
/// as in the lecture: the "stretch" on the left, the rotation on the right).
///
/// ```swift
/// let (R, U) = polar(W, side: .right)
/// R * U.T ≈ W
/// ```
public func polar(_ A: Matrix, side: RightPolarSide) -> (R: Matrix, U: Matrix) {
    trapping { () throws(LinalgError) in try Throwing.polar(A, side: side) }
}

/// The principal square root of a symmetric positive semidefinite matrix: the unique
/// SPSD `X` with `X · X = A`, from `eigh` as `V · diag(√λ) · Vᵀ`. Eigenvalues that are
/// negative only by rounding (≥ −1e-10 · max|λ|) count as 0; `A` must be symmetric to
/// 1e-10 relative (it is symmetrized first). ``Throwing/sqrtm(_:)`` throws
/// ``LinalgError/notSymmetric(operation:)`` or ``LinalgError/notPositiveSemidefinite(operation:minEigenvalue:)``.
///
/// ```swift
/// let P = sqrtm(W.T * W)
/// P * P ≈ W.T * W
/// ```
public func sqrtm(_ A: Matrix) -> Matrix { trapping { () throws(LinalgError) in try Throwing.sqrtm(A) } }

/// The matrix exponential `e^A = Σ Aᵏ/k!` by scaling and squaring with Padé
/// approximants of degree 3–13 (Higham 2005, the algorithm of MATLAB's `expm` and
/// scipy's). Accurate to a few ulps times the condition of the problem.
/// ``Throwing/expm(_:)`` throws.
///
/// ```swift
/// expm(zeros(2, 2)) == eye(2)
/// ```
public func expm(_ A: Matrix) -> Matrix { trapping { () throws(LinalgError) in try Throwing.expm(A) } }

/// The Moore–Penrose pseudoinverse `A⁺ = V · diag(1/σᵢ) · Uᵀ` over the singular values
/// above `max(m, n) · ε · σ_max` (numpy's default). ``Throwing/pinv(_:)`` throws.
public func pinv(_ A: Matrix) -> Matrix { trapping { () throws(LinalgError) in try Throwing.pinv(A) } }

/// The numerical rank: the number of singular values above `tol`, by default
/// `max(m, n) · ε · σ_max` (numpy's `matrix_rank`). ``Throwing/rank(_:tol:)`` throws.
public func rank(_ A: Matrix, tol: Double? = nil) -> Int {
    trapping { () throws(LinalgError) in try Throwing.rank(A, tol: tol) }
}

/// The operator (spectral) norm `‖A‖₂ = σ_max`, the largest singular value.
/// ``Throwing/opnorm(_:)`` throws (NaN/inf entries).
public func opnorm(_ A: Matrix) -> Double { trapping { () throws(LinalgError) in try Throwing.opnorm(A) } }

/// The 2-norm condition number `σ_max / σ_min` (inf for a rank-deficient matrix).
/// ``Throwing/cond(_:)`` throws.
public func cond(_ A: Matrix) -> Double { trapping { () throws(LinalgError) in try Throwing.cond(A) } }

extension Throwing {
    /// Throwing twin of ``polar(_:side:)`` (left form).
    public static func polar(_ A: Matrix, side: LeftPolarSide = .left) throws(LinalgError) -> (Q: Matrix, P: Matrix) {
        let (U, S, V) = try svd(A)
        return (Matrix.gemm(U, V, transposeB: true), symmetricProduct(V, S))
    }

    /// Throwing twin of ``polar(_:side:)`` (right form).
    public static func polar(_ A: Matrix, side: RightPolarSide) throws(LinalgError) -> (R: Matrix, U: Matrix) {
        let (U, S, V) = try svd(A)
        return (symmetricProduct(U, S), Matrix.gemm(V, U, transposeB: true))
    }

    /// `X · diag(s) · Xᵀ`, made exactly symmetric.
    static func symmetricProduct(_ X: Matrix, _ s: Matrix) -> Matrix {
        let X = X.materialized, s = s.materialized
        let XS = Matrix(rows: X.rows, cols: X.cols) { out in
            for j in 0..<X.cols {
                for i in 0..<X.rows { out[i + j * X.rows] = X.storage[i + j * X.rows] * s.storage[j] }
            }
        }
        return symmetrized(Matrix.gemm(XS, X, transposeB: true))
    }

    /// `(A + Aᵀ) / 2`.
    static func symmetrized(_ A: Matrix) -> Matrix {
        let A = A.materialized
        let n = A.rows
        return Matrix(rows: n, cols: n) { out in
            for j in 0..<n {
                for i in 0..<n { out[i + j * n] = 0.5 * (A.storage[i + j * n] + A.storage[j + i * n]) }
            }
        }
    }

    /// Throwing twin of ``sqrtm(_:)``.
    public static func sqrtm(_ A: Matrix) throws(LinalgError) -> Matrix {
        guard A.isSquare else { throw .notSquare(operation: "sqrtm", shape: Shape(A)) }
        try A.requireFinite("sqrtm")
        let scale = Linalg.norm(A)
        if scale == 0 { return A }
        guard Linalg.norm(A - A.T) <= 1e-10 * scale else { throw .notSymmetric(operation: "sqrtm") }
        let (values, vectors) = try eigh(symmetrized(A))
        let largest = values.storage.map(Swift.abs).max() ?? 0
        var roots = values
        for (index, lambda) in values.storage.enumerated() {
            if lambda < -1e-10 * largest {
                throw .notPositiveSemidefinite(operation: "sqrtm", minEigenvalue: lambda)
            }
            roots.storage[index] = Swift.max(lambda, 0).squareRoot()
        }
        return symmetricProduct(vectors, roots)
    }

    /// Throwing twin of ``pinv(_:)``.
    public static func pinv(_ A: Matrix) throws(LinalgError) -> Matrix {
        let (U, S, V) = try svd(A)
        let s = S.storage
        let cutoff = Double(Swift.max(A.rows, A.cols)) * Double.ulpOfOne * (s.first ?? 0)
        let inverted = Matrix(rows: V.rows, cols: V.cols) { out in
            for j in 0..<V.cols {
                let factor = s[j] > cutoff ? 1 / s[j] : 0
                for i in 0..<V.rows { out[i + j * V.rows] = V.storage[i + j * V.rows] * factor }
            }
        }
        return Matrix.gemm(inverted, U, transposeB: true)
    }

    /// Throwing twin of ``rank(_:tol:)``.
    public static func rank(_ A: Matrix, tol: Double? = nil) throws(LinalgError) -> Int {
        if let tol, !(tol >= 0) { throw .invalidArgument(operation: "rank", argument: "tol", value: tol) }
        let s = try singularValues(A).storage
        let cutoff = tol ?? Double(Swift.max(A.rows, A.cols)) * Double.ulpOfOne * (s.first ?? 0)
        return s.filter { $0 > cutoff }.count
    }

    /// Throwing twin of ``opnorm(_:)``.
    public static func opnorm(_ A: Matrix) throws(LinalgError) -> Double {
        try singularValues(A).storage.first ?? 0
    }

    /// Throwing twin of ``cond(_:)``.
    public static func cond(_ A: Matrix) throws(LinalgError) -> Double {
        let s = try singularValues(A).storage
        guard let largest = s.first, let smallest = s.last else { return 0 }
        return smallest == 0 ? .infinity : largest / smallest
    }
}
