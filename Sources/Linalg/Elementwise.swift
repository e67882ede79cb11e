import Foundation

// Elementwise functions of a matrix: f(A)_ij = f(a_ij). They cannot fail (a value
// outside a function's domain gives NaN, as Foundation's scalar functions do). Each
// writes into its argument's buffer when that is a temporary (`relu(W * X)`).

/// `max(0, a_ij)`, the rectified linear unit (positively homogeneous: relu(cA) = c·relu(A) for c > 0).
public func relu(_ A: consuming Matrix) -> Matrix {
    // Written out (no closure: without whole-module optimization one would be called per element).
    var result = A
    if result.buffer.isUniquelyReferenced() {
        result.buffer.withUnsafeMutableBufferPointer { a in
            for index in 0..<a.count where !(a[index] > 0) { a[index] = 0 }
        }
        return result
    }
    let (rows, cols, transposed) = (result.rows, result.cols, result.isTransposedView)
    let mapped = result.buffer.withUnsafeBufferPointer { a in
        ElementBuffer(count: a.count) { out in
            for index in 0..<a.count { out[index] = a[index] > 0 ? a[index] : 0 }
        }
    }
    return transposed ? Matrix(transposing: mapped, rows: cols, cols: rows) : Matrix(rows: rows, cols: cols, storage: mapped)
}

/// `a_ij` where positive, `slope · a_ij` otherwise (homogeneous for any slope).
///
/// ```swift
/// leakyRelu(A, slope: 0.1)
/// ```
public func leakyRelu(_ A: consuming Matrix, slope: Double) -> Matrix { Matrix.mapElements(A) { $0 > 0 ? $0 : slope * $0 } }

/// Elementwise hyperbolic tangent.
public func tanh(_ A: consuming Matrix) -> Matrix { Matrix.mapElements(A) { Foundation.tanh($0) } }

/// The logistic function `1 / (1 + e^(−a_ij))`, evaluated without overflow for large |a_ij|.
public func sigmoid(_ A: consuming Matrix) -> Matrix { Matrix.mapElements(A, logistic) }

/// The scalar logistic function `1 / (1 + e^(−x))`, stable for large |x|.
public func sigmoid(_ x: Double) -> Double { logistic(x) }

@inlinable
func logistic(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
    let e = Foundation.exp(x)
    return e / (1 + e)
}

/// Elementwise `e^(a_ij)` (not the matrix exponential: that is ``expm(_:)``).
public func exp(_ A: consuming Matrix) -> Matrix { Matrix.mapElements(A) { Foundation.exp($0) } }

/// Elementwise natural logarithm (NaN for negative entries, −inf for zero).
public func log(_ A: consuming Matrix) -> Matrix { Matrix.mapElements(A) { Foundation.log($0) } }

/// Elementwise square root (NaN for negative entries; not the matrix square root ``sqrtm(_:)``).
public func sqrt(_ A: consuming Matrix) -> Matrix { Matrix.mapElements(A) { $0.squareRoot() } }

/// Elementwise absolute value.
public func abs(_ A: consuming Matrix) -> Matrix { Matrix.mapElements(A) { Swift.abs($0) } }

/// Elementwise power `a_ij ^ p` (Foundation's `pow`).
public func pow(_ A: consuming Matrix, _ p: Double) -> Matrix { Matrix.mapElements(A) { Foundation.pow($0, p) } }

/// Elementwise sign: −1, 0 or 1 (NaN stays NaN).
public func sign(_ A: consuming Matrix) -> Matrix { Matrix.mapElements(A) { $0 > 0 ? 1 : ($0 < 0 ? -1 : $0) } }

extension Matrix {
    /// `f(a_ij, b_ij)` for two matrices of the same shape (the caller checks the shapes),
    /// written into `A`'s buffer when no other matrix shares it: the kernel of pullbacks
    /// such as relu's `G ∘ [X > 0]`, which scale a cotangent they own.
    @inlinable
    public static func zipped(_ A: consuming Matrix, _ B: Matrix, _ f: (Double, Double) -> Double) -> Matrix {
        precondition(A.rows == B.rows && A.cols == B.cols, "zipped: shapes differ")
        var result = A
        let n = result.count
        if n == 0 { return result }
        if !result.isTransposedView && result.buffer.isUniquelyReferenced() {
            B.withBase { b in
                result.buffer.withUnsafeMutableBufferPointer { a in
                    let pa = a.baseAddress!
                    for index in 0..<n { pa[index] = f(pa[index], b[index]) }
                }
            }
            return result
        }
        return result.withBase { a in
            B.withBase { b in
                Matrix(rows: B.rows, cols: B.cols) { out in
                    let po = out.baseAddress!
                    for index in 0..<n { po[index] = f(a[index], b[index]) }
                }
            }
        }
    }
}
