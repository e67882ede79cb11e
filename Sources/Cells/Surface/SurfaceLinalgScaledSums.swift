import Linalg
import CellValues

/// `c * B` or `B * c` of a number and a matrix as the checker compiled it, kept on its
/// `Compiled` so that an enclosing `A - c * B` or `A + c * B` can run as one pass
/// (``SurfaceLinalgScaledSums``).
struct ScaledMatrixOperands {
    var scale: (Frame) throws -> Double
    var matrix: Eval
    /// `c * B` (the number evaluated first) rather than `B * c`.
    var scaleFirst: Bool
    /// The `*` builtin, for the unfused path, and its position.
    var implementation: BuiltinImplementation
    var line: Int
    var column: Int

    /// The number and the matrix, evaluated in Swift's order.
    func operands(_ frame: Frame) throws -> (Double, Value) {
        if scaleFirst {
            let c = try scale(frame)
            return (c, try matrix(frame))
        }
        let b = try matrix(frame)
        return (try scale(frame), b)
    }
}

/// `A ± c * B` where `A` is a variable: what a store of it into that same variable needs to
/// write the variable's matrix in place (`Lowering.store`).
struct MatrixUpdate {
    var variable: VariableAccess
    /// Evaluates `c` and `B`, then computes `A ± c * B` from `A`'s value (moved out of it),
    /// once `A`'s variable no longer holds it.
    var run: (Frame, _ holder: Frame, _ slot: Int) throws -> Void
}

/// `A - c * B` and `A + c * B` of matrices (`W - eta * G`: the gradient step) as one pass over
/// the elements (Linalg's `Throwing.scaledSum`) instead of a scaled temporary and a
/// difference; and `W = W - eta * G` writes `W`'s own buffer when nothing else shares it, as
/// the floor's `daxpy` does. The bits are those of the two operations.
///
/// What the program sees does not change: `A`, then `c` and `B` are evaluated in Swift's
/// order, and when the shapes do not fit, the product and the sum run as the two builtins,
/// each with its own errors at its own operator.
enum SurfaceLinalgScaledSums {
    /// Records the operands of `c * B` or `B * c` on `compiled`, the product's.
    static func annotate(_ compiled: inout Compiled, _ op: String, _ l: Compiled, _ r: Compiled,
                         implementation: @escaping BuiltinImplementation, line: Int, column: Int) {
        guard op == "*" else { return }
        let matrix = CellType.nominal("Matrix")
        if l.type == .double && r.type == matrix {
            compiled.scaledMatrix = ScaledMatrixOperands(scale: l.asDouble, matrix: r.eval, scaleFirst: true,
                                                         implementation: implementation, line: line, column: column)
        } else if l.type == matrix && r.type == .double {
            compiled.scaledMatrix = ScaledMatrixOperands(scale: r.asDouble, matrix: l.eval, scaleFirst: false,
                                                         implementation: implementation, line: line, column: column)
        }
    }

    /// The fused form of `l op r` when `r` is a scaled matrix and `op` is `+` or `-` on
    /// matrices, or nil. `sum` is the `Matrix op Matrix` builtin, reported at `line`/`column`.
    static func fused(_ op: String, _ l: Compiled, _ r: Compiled, sum: @escaping BuiltinImplementation,
                      runtime: Runtime, line: Int, column: Int) -> Compiled? {
        let matrix = CellType.nominal("Matrix")
        guard op == "+" || op == "-", l.type == matrix, r.type == matrix, let scaled = r.scaledMatrix else { return nil }
        let lhs = l.eval

        /// `c * B`, then the sum, as the two builtins (errors at their own operators).
        func unfused(_ a: Value, _ c: Double, _ b: Value) throws -> Value {
            var factors: [Value] = scaled.scaleFirst ? [.double(c), b] : [b, .double(c)]
            let p = try Lowering.invoke(scaled.implementation, &factors, runtime, line: scaled.line, column: scaled.column)
            var operands = [a, p]
            return try Lowering.invoke(sum, &operands, runtime, line: line, column: column)
        }
        /// Whether `A ± c * B` runs fused: the shapes fit, and the memory the scaled
        /// matrix would take is there (checked at the `*`, as the unfused product's).
        func fits(_ a: Value, _ b: Value) throws -> Bool {
            let (A, B) = (a.matrix, b.matrix)
            guard A.rows == B.rows && A.cols == B.cols else { return false }
            try Lowering.reportingErrors(runtime, line: scaled.line, column: scaled.column) {
                try Throwing.checkScaledSumAllocation(B)
            }
            return true
        }
        /// `A ± c * B`, with `a` moved out (in place when it held the only reference).
        func combined(_ a: inout Value, _ c: Double, _ b: Value) throws -> Value {
            try Lowering.reportingErrors(runtime, line: line, column: column) {
                .matrix(try Throwing.scaledSum(a.takeMatrix(), c, b.matrix, operation: op))
            }
        }

        var compiled = Compiled(matrix) { frame in
            var a = try lhs(frame)
            let (c, b) = try scaled.operands(frame)
            guard try fits(a, b) else { return try unfused(a, c, b) }
            return try combined(&a, c, b)
        }
        if let variable = l.variable {
            compiled.matrixUpdate = MatrixUpdate(variable: variable) { frame, holder, slot in
                var a = holder.slots[slot]   // `A`, read first, as Swift reads it
                let (c, b) = try scaled.operands(frame)
                guard try fits(a, b) else {
                    holder.slots[slot] = try unfused(a, c, b)
                    return
                }
                // Unless evaluating `c` and `B` assigned the variable, `a` is its value: the
                // variable lets go of it, so that `a` may hold the only reference to the buffer.
                if Lowering.isSameMatrix(a, holder.slots[slot]) { holder.slots[slot] = .void }
                // Nothing throws past this point (the shapes and the memory were checked).
                holder.slots[slot] = try combined(&a, c, b)
            }
        }
        return compiled
    }
}

extension Lowering {
    /// Whether two values hold the same matrix (one buffer, one shape).
    static func isSameMatrix(_ a: Value, _ b: Value) -> Bool {
        guard case .matrix(let x) = a, case .matrix(let y) = b else { return false }
        return Throwing.isSameMatrix(x, y)
    }
}

extension Value {
    /// The matrix this value holds, moved out (the value left `.void`), so that a buffer
    /// nothing else shares can be written in place (see `Array.takeMatrix`).
    mutating func takeMatrix() -> Matrix {
        let matrix = self.matrix
        self = .void
        return matrix
    }
}
