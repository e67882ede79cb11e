import CellValues

/// Arithmetic and comparisons on unboxed Ints and on the other integer types, trapping as
/// Swift traps (overflow, division by zero) at the operator's position. Double arithmetic
/// is fused into kernels (`DoubleKernels`).
extension Lowering {
    /// `+ - * / %` and comparisons on Int, trapping on overflow and division by zero as Swift does.
    static func integerOperation(_ op: String, _ a: @escaping (Frame) throws -> Int, _ b: @escaping (Frame) throws -> Int,
                                  line: Int, column: Int) -> Compiled? {
        func overflow() -> CellError { CellError(line: line, column: column, kind: .integerOverflow(operator: op)) }
        let zero = CellError(line: line, column: column, kind: .divisionByZero)
        switch op {
        case "+": return .int { let (r, o) = try a($0).addingReportingOverflow(try b($0)); if o { throw overflow() }; return r }
        case "-": return .int { let (r, o) = try a($0).subtractingReportingOverflow(try b($0)); if o { throw overflow() }; return r }
        case "*": return .int { let (r, o) = try a($0).multipliedReportingOverflow(by: try b($0)); if o { throw overflow() }; return r }
        case "/", "%":
            // Division by zero and `Int.min / -1` trap in Swift.
            let divide: (Int, Int) -> (partialValue: Int, overflow: Bool) = op == "/"
                ? { $0.dividedReportingOverflow(by: $1) } : { $0.remainderReportingOverflow(dividingBy: $1) }
            return .int { frame in
                let x = try a(frame), y = try b(frame)
                if y == 0 { throw zero }
                let (r, o) = divide(x, y)
                if o { throw overflow() }
                return r
            }
        case "&+": return .int { try a($0) &+ b($0) }
        case "&-": return .int { try a($0) &- b($0) }
        case "&*": return .int { try a($0) &* b($0) }
        case "&": return .int { try a($0) & b($0) }
        case "|": return .int { try a($0) | b($0) }
        case "^": return .int { try a($0) ^ b($0) }
        case "<<": return .int { try a($0) << b($0) }
        case ">>": return .int { try a($0) >> b($0) }
        default: return comparison(op, a, b)
        }
    }

    /// `== != < <= > >=` on unboxed Ints or Doubles (Double arithmetic is fused: `DoubleKernels`).
    static func comparison<T: Comparable>(_ op: String, _ a: @escaping (Frame) throws -> T,
                                           _ b: @escaping (Frame) throws -> T) -> Compiled? {
        switch op {
        case "==": return .bool { try a($0) == b($0) }
        case "!=": return .bool { try a($0) != b($0) }
        case "<": return .bool { try a($0) < b($0) }
        case "<=": return .bool { try a($0) <= b($0) }
        case ">": return .bool { try a($0) > b($0) }
        case ">=": return .bool { try a($0) >= b($0) }
        default: return nil
        }
    }

    /// A binary operator on two integer operands, for what `Int`'s fast path leaves: every
    /// operator of the other integer types (trapping at the operator, as Swift does), the
    /// comparisons of two different integer types (Swift compares their values) and the
    /// shifts, whose amount may be of any integer type. Nil when the operator does not
    /// apply to these operand types.
    static func integerBinary(_ op: String, _ l: Compiled, _ r: Compiled, line: Int, column: Int) -> Compiled? {
        guard let left = l.type.integerType, let right = r.type.integerType else { return nil }
        let a = l.eval, b = r.eval
        switch op {
        case "==": return .bool { try a($0).integer == b($0).integer }
        case "!=": return .bool { try a($0).integer != b($0).integer }
        case "<": return .bool { try a($0).integer < b($0).integer }
        case "<=": return .bool { try a($0).integer <= b($0).integer }
        case ">": return .bool { try a($0).integer > b($0).integer }
        case ">=": return .bool { try a($0).integer >= b($0).integer }
        case "<<": return wrapping(left, a, b, left.shiftedLeft)
        case ">>": return wrapping(left, a, b, left.shiftedRight)
        case "&<<": return wrapping(left, a, b, left.maskingShiftedLeft)
        case "&>>": return wrapping(left, a, b, left.maskingShiftedRight)
        default: break
        }
        guard left == right else { return nil }
        let type = left
        switch op {
        case "+": return trapping(op, type, a, b, type.adding, line: line, column: column)
        case "-": return trapping(op, type, a, b, type.subtracting, line: line, column: column)
        case "*": return trapping(op, type, a, b, type.multiplying, line: line, column: column)
        case "/": return trapping(op, type, a, b, type.dividing, dividing: true, line: line, column: column)
        case "%": return trapping(op, type, a, b, type.remainder, dividing: true, line: line, column: column)
        case "&+": return wrapping(type, a, b) { type.adding($0, $1).partialValue }
        case "&-": return wrapping(type, a, b) { type.subtracting($0, $1).partialValue }
        case "&*": return wrapping(type, a, b) { type.multiplying($0, $1).partialValue }
        // Two values of the type give one of the type (sign bits agree, unsigned values stay non-negative).
        case "&": return wrapping(type, a, b) { $0 & $1 }
        case "|": return wrapping(type, a, b) { $0 | $1 }
        case "^": return wrapping(type, a, b) { $0 ^ $1 }
        default: return nil
        }
    }

    /// An operation that traps on overflow (and, dividing, on a zero divisor) at the operator.
    private static func trapping(_ op: String, _ type: IntegerType, _ a: @escaping Eval, _ b: @escaping Eval,
                          _ operation: @escaping (Int128, Int128) -> (partialValue: Int128, overflow: Bool),
                          dividing: Bool = false, line: Int, column: Int) -> Compiled {
        let overflow = CellError(line: line, column: column, kind: .integerOverflow(operator: op, type: type))
        let zero = CellError(line: line, column: column, kind: .divisionByZero)
        return Compiled(type.cellType) { frame in
            let x = try a(frame).integer, y = try b(frame).integer
            if dividing, y == 0 { throw zero }
            let (result, overflowed) = operation(x, y)
            if overflowed { throw overflow }
            return Value(integer: result)
        }
    }

    private static func wrapping(_ type: IntegerType, _ a: @escaping Eval, _ b: @escaping Eval,
                          _ operation: @escaping (Int128, Int128) -> Int128) -> Compiled {
        Compiled(type.cellType) { frame in Value(integer: operation(try a(frame).integer, try b(frame).integer)) }
    }

    /// `-x` and `~x` on an integer type other than Int (Int's are in `prefixOperator`); nil for
    /// `-` on an unsigned type, which Swift does not have.
    static func integerPrefix(_ op: String, _ operand: Compiled, line: Int, column: Int) -> Compiled? {
        guard case .integer(let type) = operand.type else { return nil }
        let a = operand.eval
        switch op {
        case "~": return Compiled(operand.type) { Value(integer: type.inverting(try a($0).integer)) }
        case "-" where type.isSigned:
            let overflow = CellError(line: line, column: column, kind: .integerOverflow(operator: "-", type: type))
            return Compiled(operand.type) { frame in
                let (result, overflowed) = type.negating(try a(frame).integer)
                if overflowed { throw overflow }
                return Value(integer: result)
            }
        default: return nil
        }
    }

    /// `-x` on an Int, trapping on `-Int.min`.
    static func intNegation(_ a: @escaping (Frame) throws -> Int, line: Int, column: Int) -> Compiled {
        .int { frame in
            let (r, o) = Int(0).subtractingReportingOverflow(try a(frame))
            if o { throw CellError(line: line, column: column, kind: .integerOverflow(operator: "-")) }
            return r
        }
    }
}
