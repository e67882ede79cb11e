/// `A - c * B` and `A + c * B` in one pass: the gradient step `W - eta * G` reads each
/// element once and writes it once, into `A`'s buffer when no other matrix shares it (the
/// floor's in-place `daxpy`), else into one new buffer. The unfused form scales `B` into a
/// temporary and then subtracts: one more pass, and an allocation when `B` is a variable.
///
/// ```swift
/// W = Throwing.scaledSum(W, 0.01, G, operation: "-")   // W - 0.01 * G
/// ```
///
/// The bits are those of the two operations: each element is `a - (c * b)`, rounded after
/// the product and after the difference, as Swift rounds them (no fused multiply-add:
/// OpenBLAS's `daxpy` fuses, so it is not used here).
extension Throwing {
    /// `A ± c * B` (`operation` `"+"` or `"-"`). A shape mismatch is the difference's error:
    /// it names `A`'s shape and `B`'s (the scaled matrix has `B`'s shape). The memory it
    /// may need is checked first, as the unfused `c * B` checks it
    /// (``checkScaledSumAllocation(_:)``).
    public static func scaledSum(_ A: consuming Matrix, _ c: Double, _ B: Matrix,
                                 operation: String) throws(LinalgError) -> Matrix {
        guard A.rows == B.rows && A.cols == B.cols else {
            throw .shapeMismatch(operation: operation, lhs: Shape(A), rhs: Shape(B))
        }
        // `a - c * b` is `a + (-c) * b` bit for bit (negation is exact), so one loop serves both.
        return Matrix.scaledSum(A, operation == "-" ? -c : c, B)
    }

    /// The memory check of the unfused `c * B` (its new matrix), made before ``scaledSum``.
    public static func checkScaledSumAllocation(_ B: Matrix) throws(LinalgError) {
        try RunLimits.checkAllocation(rows: B.rows, cols: B.cols)
    }

    /// Whether `A` and `B` are the same matrix value: one buffer, one shape, one layout.
    /// (Then neither was written since the other was copied from it: a write copies a
    /// shared buffer first.)
    public static func isSameMatrix(_ A: Matrix, _ B: Matrix) -> Bool {
        A.buffer.object === B.buffer.object && A.rows == B.rows && A.cols == B.cols
            && A.isTransposedView == B.isTransposedView
    }
}

extension Matrix {
    /// `a_ij + k * b_ij` for equal shapes, in `A`'s buffer when it is not shared. (Not
    /// generic over the operation: two specializations of one loop get merged into one
    /// that calls the operation per element, unvectorized.)
    @inlinable
    static func scaledSum(_ A: consuming Matrix, _ k: Double, _ B: Matrix) -> Matrix {
        var result = A
        let n = result.count
        if n == 0 { return result }
        if !result.isTransposedView && result.buffer.isUniquelyReferenced() {
            B.withBase { b in
                result.buffer.withUnsafeMutableBufferPointer { a in
                    let pa = a.baseAddress!
                    for index in 0..<n { pa[index] = pa[index] + k * b[index] }
                }
            }
            return result
        }
        return result.withBase { a in
            B.withBase { b in
                Matrix(rows: B.rows, cols: B.cols) { out in
                    let po = out.baseAddress!
                    for index in 0..<n { po[index] = a[index] + k * b[index] }
                }
            }
        }
    }
}
