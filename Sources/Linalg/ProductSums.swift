/// `A * B + C`, `A * B - C` and `C - A * B` as one BLAS call: the product accumulated into
/// `C` with gemm's `beta` (the floor's way: no zeroing of a fresh buffer, no second pass
/// over the result, and no new buffer when `C` is a temporary).
///
/// ```swift
/// let R = Throwing.productSum(U, V.T, M, operation: "-", productFirst: true)   // U * V.T - M
/// ```
///
/// The bits are those of the two operations one after the other: BLAS scales `C` by
/// `beta = ±1` (exact) and adds the product's sums to it once, where the unfused form adds
/// them to zero and then subtracts (see ``Kernels/smallProduct(_:rowsA:transposeA:_:rowsB:transposeB:alpha:m:n:k:beta:into:)``
/// for the small loop). That holds while OpenBLAS adds the sums in one block of `k`: for
/// longer inner dimensions (``fusedInnerLimit``), and for a matrix times a column (gemv adds
/// into `y` block by block), the two operations run one after the other.
extension Throwing {
    /// The longest inner dimension that OpenBLAS's gemm (every x86 kernel blocks `k` by at
    /// least 256) sums in one block, so that fusing changes no bit.
    public static let fusedInnerLimit = 256

    /// `A * B ± C` (`productFirst`) or `C ± A * B`, with `operation` `"+"` or `"-"`, in one
    /// product when the shapes fit; otherwise exactly `product` then `add`/`subtract`
    /// (including a 1×1 factor acting as a scalar, and their errors).
    public static func productSum(_ A: Matrix, _ B: Matrix, _ C: consuming Matrix, operation: String,
                                  productFirst: Bool) throws(LinalgError) -> Matrix {
        // A matrix times a column goes to gemv, which adds its sums into `y` block by block
        // (beta first): those bits differ, so such a product runs unfused.
        let usesGEMV = B.cols == 1 && A.rows * A.cols > Kernels.smallProductLimit
        guard A.cols == B.rows, A.cols <= fusedInnerLimit, A.rows > 0, B.cols > 0, A.cols > 0, !usesGEMV else {
            let P = try product(A, B)
            let (left, right) = productFirst ? (P, C) : (C, P)
            return operation == "-" ? try subtract(left, right) : try add(left, right)
        }
        try RunLimits.checkAllocation(rows: A.rows, cols: B.cols)
        if Double(A.rows) * Double(A.cols) * Double(B.cols) > Double(Kernels.smallProductLimit) { try RunLimits.checkpoint("*") }
        guard C.rows == A.rows && C.cols == B.cols else {
            let (product, other) = (Shape(A.rows, B.cols), Shape(C))
            throw .shapeMismatch(operation: operation, lhs: productFirst ? product : other, rhs: productFirst ? other : product)
        }
        let subtracts = operation == "-"
        return Matrix.multiplyAdding(A, B, alpha: subtracts && !productFirst ? -1 : 1,
                                     C, beta: subtracts && productFirst ? -1 : 1)
    }
}

extension Matrix {
    /// `alpha · A · B + beta · C`, written into `C`'s buffer when no other matrix shares it,
    /// else into a copy of `C`. Shapes must fit and be nonempty.
    @inlinable
    static func multiplyAdding(_ A: Matrix, _ B: Matrix, alpha: Double, _ C: consuming Matrix, beta: Double) -> Matrix {
        var result = C
        if result.isTransposedView { result = result.materialized }
        result.buffer.withUnsafeMutableBufferPointer { c in   // copies a shared buffer first
            multiply(A, transposeA: false, B, transposeB: false, alpha: alpha, beta: beta, into: c.baseAddress!)
        }
        return result
    }
}
