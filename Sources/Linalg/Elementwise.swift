import Foundation

// Elementwise functions of a matrix: f(A)_ij = f(a_ij). They cannot fail (a value
// outside a function's domain gives NaN, as Foundation's scalar functions do).

/// `max(0, a_ij)`, the rectified linear unit (positively homogeneous: relu(cA) = c·relu(A) for c > 0).
public func relu(_ A: Matrix) -> Matrix { A.map { $0 > 0 ? $0 : 0 } }

/// `a_ij` where positive, `slope · a_ij` otherwise (homogeneous for any slope).
///
/// ```swift
/// leakyRelu(A, slope: 0.1)
/// ```
public func leakyRelu(_ A: Matrix, slope: Double) -> Matrix { A.map { $0 > 0 ? $0 : slope * $0 } }

/// Elementwise hyperbolic tangent.
public func tanh(_ A: Matrix) -> Matrix { A.map { Foundation.tanh($0) } }

/// The logistic function `1 / (1 + e^(−a_ij))`, evaluated without overflow for large |a_ij|.
public func sigmoid(_ A: Matrix) -> Matrix { A.map(logistic) }

/// The scalar logistic function `1 / (1 + e^(−x))`, stable for large |x|.
public func sigmoid(_ x: Double) -> Double { logistic(x) }

@inlinable
func logistic(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
    let e = Foundation.exp(x)
    return e / (1 + e)
}

/// Elementwise `e^(a_ij)` (not the matrix exponential: that is ``expm(_:)``).
public func exp(_ A: Matrix) -> Matrix { A.map { Foundation.exp($0) } }

/// Elementwise natural logarithm (NaN for negative entries, −inf for zero).
public func log(_ A: Matrix) -> Matrix { A.map { Foundation.log($0) } }

/// Elementwise square root (NaN for negative entries; not the matrix square root ``sqrtm(_:)``).
public func sqrt(_ A: Matrix) -> Matrix { A.map { $0.squareRoot() } }

/// Elementwise absolute value.
public func abs(_ A: Matrix) -> Matrix { A.map { Swift.abs($0) } }

/// Elementwise power `a_ij ^ p` (Foundation's `pow`).
public func pow(_ A: Matrix, _ p: Double) -> Matrix { A.map { Foundation.pow($0, p) } }

/// Elementwise sign: −1, 0 or 1 (NaN stays NaN).
public func sign(_ A: Matrix) -> Matrix { A.map { $0 > 0 ? 1 : ($0 < 0 ? -1 : $0) } }
