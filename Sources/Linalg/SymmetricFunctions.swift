import Foundation

// Functions of a symmetric matrix through its eigendecomposition A = V diag(λ) Vᵀ:
// f(A) = V diag(f(λ)) Vᵀ. Powers and logarithms need λ ≥ 0; eigenvalues within rounding of
// zero (|λ| ≤ n·ε·max|λ|) are taken as exactly zero, so that the rounding noise of a
// singular matrix (1e-17 where 0 is meant) does not become 1e-6 under a cube root.

/// `A^p` for a symmetric positive semidefinite `A` and any real `p`, through `eigh`:
/// `V · diag(λᵢ^p) · Vᵀ`, exactly symmetric. Eigenvalues with `|λ| ≤ n·ε·max|λ|` count as
/// zero; a negative eigenvalue beyond that is an error naming it, unless `p` is an integer
/// (then any symmetric `A` will do). A zero eigenvalue with `p < 0` is a singular matrix.
/// ``Throwing/powm(_:_:)`` throws.
///
/// ```swift
/// let S = Matrix([[4, 1], [1, 3]])
/// powm(S, 1.0 / 3) * powm(S, 1.0 / 3) * powm(S, 1.0 / 3) ≈ S
/// powm(S, -0.5) ≈ inverse(sqrtm(S))
/// ```
public func powm(_ A: Matrix, _ p: Double) -> Matrix { trapping { () throws(LinalgError) in try Throwing.powm(A, p) } }

/// The principal logarithm of a symmetric positive definite matrix, `V · diag(log λᵢ) · Vᵀ`
/// (`expm(logm(A)) ≈ A`). ``Throwing/logm(_:)`` throws for a zero eigenvalue (singular)
/// or a negative one.
///
/// ```swift
/// logm(expm(Matrix([[1, 0.5], [0.5, 2]])))   // [[1, 0.5], [0.5, 2]]
/// ```
public func logm(_ A: Matrix) -> Matrix { trapping { () throws(LinalgError) in try Throwing.logm(A) } }

/// `f(A) = V · diag(f(λᵢ)) · Vᵀ` for a symmetric `A` and any function of its eigenvalues
/// (no clipping: `f` sees the eigenvalues `eigh` computed). ``Throwing/funm(_:_:)`` throws.
///
/// ```swift
/// let S = Matrix([[2, 1], [1, 2]])
/// funm(S) { λ in exp(λ) } ≈ expm(S)
/// ```
public func funm(_ A: Matrix, _ f: (Double) -> Double) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.funm(A, f) }
}

extension Throwing {
    /// Throwing twin of ``powm(_:_:)``.
    public static func powm(_ A: Matrix, _ p: Double) throws(LinalgError) -> Matrix {
        guard p.isFinite else { throw .invalidArgument(operation: "powm", argument: "p", value: p) }
        let integral = p == p.rounded()
        return try SymmetricEigen(A, operation: "powm").applying { (lambda, isZero) throws(LinalgError) in
            if isZero {
                if p < 0 { throw .singular(operation: "powm") }
                return p == 0 ? 1 : 0
            }
            if lambda < 0 && !integral {
                throw .notPositiveSemidefinite(operation: "powm", minEigenvalue: lambda)
            }
            return Foundation.pow(lambda, p)
        }
    }

    /// Throwing twin of ``logm(_:)``.
    public static func logm(_ A: Matrix) throws(LinalgError) -> Matrix {
        try SymmetricEigen(A, operation: "logm").applying { (lambda, isZero) throws(LinalgError) in
            if isZero { throw .singular(operation: "logm") }
            if lambda < 0 { throw .notPositiveSemidefinite(operation: "logm", minEigenvalue: lambda) }
            return Foundation.log(lambda)
        }
    }

    /// Throwing twin of ``funm(_:_:)``.
    public static func funm(_ A: Matrix, _ f: (Double) -> Double) throws(LinalgError) -> Matrix {
        try SymmetricEigen(A, operation: "funm", clipsToZero: false).applying { (lambda, _) throws(LinalgError) in f(lambda) }
    }
}

/// A symmetric matrix's eigendecomposition, checked: square, finite, symmetric to 1e-10
/// relative (then symmetrized), with the eigenvalues that are zero up to rounding marked.
struct SymmetricEigen {
    let values: [Double]
    let vectors: Matrix
    /// Whether each eigenvalue is within `n·ε·max|λ|` of zero.
    let isZero: [Bool]

    init(_ A: Matrix, operation: String, clipsToZero: Bool = true) throws(LinalgError) {
        guard A.isSquare else { throw .notSquare(operation: operation, shape: Shape(A)) }
        try A.requireFinite(operation)
        let scale = Linalg.norm(A)
        guard Linalg.norm(A - A.T) <= 1e-10 * scale else { throw .notSymmetric(operation: operation) }
        let (values, vectors) = try Throwing.eigh(Throwing.symmetrized(A))
        self.values = values.storage.array
        self.vectors = vectors
        let largest = self.values.map(Swift.abs).max() ?? 0
        let tolerance = Double(A.rows) * Double.ulpOfOne * largest
        isZero = self.values.map { clipsToZero && Swift.abs($0) <= tolerance }
    }

    /// `V · diag(f(λ)) · Vᵀ`, exactly symmetric. `f` sees the eigenvalues in increasing
    /// order (`eigh`'s), so an error about a negative one names the most negative.
    func applying(_ f: (Double, Bool) throws(LinalgError) -> Double) throws(LinalgError) -> Matrix {
        var mapped = [Double]()
        mapped.reserveCapacity(values.count)
        for (lambda, zero) in zip(values, isZero) { mapped.append(try f(lambda, zero)) }
        return Throwing.symmetricProduct(vectors, vector(mapped))
    }
}
