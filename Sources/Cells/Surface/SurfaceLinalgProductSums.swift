import Linalg
import CellValues

/// A matrix product as the checker compiled it (`A * B` of two matrices): its operands and
/// the product's builtin, kept on the product's `Compiled` so that an enclosing `+` or `-`
/// can fuse the two (``SurfaceLinalgProductSums``).
struct MatrixProductOperands {
    var lhs: Eval
    var rhs: Eval
    /// The `Matrix * Matrix` builtin, for the unfused path.
    var implementation: BuiltinImplementation
    /// The `*`'s position, where the product's errors are reported.
    var line: Int
    var column: Int
}

/// `A * B - C`, `A * B + C`, `C - A * B` and `C + A * B` of matrices run as one BLAS call
/// that accumulates the product into `C` (`Throwing.productSum`), the way a hand-written
/// loop passes gemm a `beta`: `U * V.T - M` does not zero a fresh buffer and then pass over
/// it again, and `R * V + lambda * (U * D)` writes into the temporary on the right. The
/// results are bit for bit those of the two operations (see Linalg's `ProductSums`).
///
/// What the program sees does not change: the operands are evaluated in Swift's order, and
/// whenever a shape does not fit (or a 1×1 factor scales) the product and the sum run as
/// two builtins, each with its own errors at its own operator (docs/ARCHITECTURE.md, "Cells").
enum SurfaceLinalgProductSums {
    /// The fused form of `l op r`, or nil when neither operand is a matrix product (or `op`
    /// is not `+`/`-` on matrices). `sum` is the `Matrix op Matrix` builtin, reported at
    /// `line`/`column`.
    static func fused(_ op: String, _ l: Compiled, _ r: Compiled, sum: @escaping BuiltinImplementation,
                      runtime: Runtime, line: Int, column: Int) -> Compiled? {
        guard op == "+" || op == "-", l.type == .nominal("Matrix"), r.type == .nominal("Matrix") else { return nil }
        let productFirst: Bool, product: MatrixProductOperands, other: Eval
        if let left = l.matrixProduct {
            (productFirst, product, other) = (true, left, r.eval)
        } else if let right = r.matrixProduct {
            (productFirst, product, other) = (false, right, l.eval)
        } else {
            return nil
        }
        let (lhs, rhs, multiply) = (product.lhs, product.rhs, product.implementation)
        let (productLine, productColumn) = (product.line, product.column)
        let fusedSum: BuiltinImplementation = { args, _ in
            .matrix(try Throwing.productSum(args[0].matrix, args[1].matrix, args.takeMatrix(2), operation: op,
                                            productFirst: productFirst))
        }
        /// The product then the sum, as two builtins (errors at their own operators).
        func unfused(_ a: Value, _ b: Value, _ c: Value?, _ frame: Frame) throws -> Value {
            var factors = [a, b]
            let p = try Lowering.invoke(multiply, &factors, runtime, line: productLine, column: productColumn)
            let c = try c ?? other(frame)
            var operands = productFirst ? [p, c] : [c, p]
            return try Lowering.invoke(sum, &operands, runtime, line: line, column: column)
        }
        return Compiled(.nominal("Matrix")) { frame in
            // No second reference to `C` may live past the call: a temporary is written in place.
            var c = productFirst ? Value.void : try other(frame)
            let a = try lhs(frame), b = try rhs(frame)
            let (rows, inner, innerB, cols) = (a.matrix.rows, a.matrix.cols, b.matrix.rows, b.matrix.cols)
            guard inner == innerB else { return try unfused(a, b, productFirst ? nil : c, frame) }
            if productFirst { c = try other(frame) }
            guard c.matrix.rows == rows && c.matrix.cols == cols else { return try unfused(a, b, c, frame) }
            var operands = [a, b, c]
            c = .void
            return try Lowering.invoke(fusedSum, &operands, runtime, line: productLine, column: productColumn)
        }
    }
}
