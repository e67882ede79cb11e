import SwiftSyntax
import CellValues

/// Integer literals for every integer type, from its row of the integer table, and the
/// arithmetic on constants that swiftc evaluates (and rejects) while compiling. The
/// operators' run-time closures are the lowering's (`Lowering/Arithmetic.swift`).
extension Checker {
    /// An integer literal (negated when written `-128`, which Swift reads as one literal)
    /// as a value of the integer type the context expects, or an `Int`; a literal that
    /// does not fit is swiftc's error at the literal.
    func integerLiteral(_ literal: IntegerLiteralExprSyntax, negative: Bool, expected: CellType?,
                        at node: some SyntaxProtocol) throws -> Compiled {
        let text = literal.literal.text.filter { $0 != "_" }
        let (digits, radix) = text.hasPrefix("0x") ? (text.dropFirst(2), 16)
            : text.hasPrefix("0b") ? (text.dropFirst(2), 2)
            : text.hasPrefix("0o") ? (text.dropFirst(2), 8) : (Substring(text), 10)
        let magnitude = UInt128(digits, radix: radix)
        if let expected, case .archetype = expected, declarations.conforms(expected, to: "ExpressibleByIntegerLiteral") {
            // `T: Numeric` takes integer literals; checked only (instances have real types).
            return .constant(expected, .int(0))
        }
        if expected == .double || expected == .optional(.double), let number = Double(text) ?? magnitude.map(Double.init) {
            return .constant(.double, .double(negative ? -number : number))
        }
        if expected == .float || expected == .optional(.float), let number = Float(text) ?? magnitude.map(Float.init) {
            return .constant(.float, .double(Double(negative ? -number : number)))
        }
        let type = expected?.integerType ?? expected?.optionalWrapped?.integerType ?? .int
        // Swift names the literal by its value in decimal (`0x1FF` is '511').
        let written = (negative ? "-" : "") + (magnitude.map { String($0) } ?? String(digits))
        guard let magnitude, magnitude <= UInt128(UInt64.max) + 1 else {
            throw error(.integerLiteralOverflow(literal: written, type: type.cellType), at: node)
        }
        let value = negative ? -Int128(magnitude) : Int128(magnitude)
        guard type.fits(value) else {
            if value < 0, !type.isSigned { throw error(.negativeIntegerOverflow(literal: written, type: type.cellType), at: node) }
            throw error(.integerLiteralOverflow(literal: written, type: type.cellType), at: node)
        }
        return .constant(type.cellType, Value(integer: value))
    }

    /// `-128`: a minus sign written directly before an integer literal.
    private func negativeIntegerLiteral(_ expr: ExprSyntax) -> IntegerLiteralExprSyntax? {
        guard let prefix = expr.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "-" else { return nil }
        return prefix.expression.as(IntegerLiteralExprSyntax.self)
    }

    /// `UInt8(200)`: a literal argument of an integer (or Double) conversion is the literal
    /// at that type (SE-0213), so `Int8(200)` is rejected where the literal is.
    func literalConversion(_ type: CellType, _ arguments: [CallArgument]) throws -> Compiled? {
        guard type.integerType != nil || type == .double || type == .float, arguments.count == 1, arguments[0].label == nil,
              !arguments[0].isTrailingClosure else { return nil }
        let argument = arguments[0].expression
        if type == .float, argument.is(FloatLiteralExprSyntax.self) { return try expression(argument, as: type, context: .argument) }
        guard argument.is(IntegerLiteralExprSyntax.self) || negativeIntegerLiteral(argument) != nil else { return nil }
        return try expression(argument, as: type, context: .argument)
    }

    /// `Double(n)` and `Int(x)` between Int and Double, the conversions of numeric loops:
    /// unboxed, without the library's generic conversion (which handles every integer type).
    /// `Int(x)` traps as Swift does on NaN, infinities and values outside Int's range.
    func numericConversion(_ type: CellType, _ arguments: [CallArgument], at node: some SyntaxProtocol) throws -> Compiled? {
        guard type == .double || type == .int, arguments.count == 1, arguments[0].label == nil,
              !arguments[0].isTrailingClosure, !needsContext(arguments[0].expression) else { return nil }
        let source = try expression(arguments[0].expression)
        switch (type, source.type) {
        case (.double, .int):
            let n = source.asInt
            return .double { Double(try n($0)) }
        case (.double, .double), (.int, .int):
            return source
        case (.int, .double):
            let x = source.asDouble
            let (line, column) = location(node)
            return .int { frame in
                let value = try x(frame)
                // Int(exactly) range: [-2^63, 2^63).
                guard value.isFinite, value >= -9.223372036854775808e18, value < 9.223372036854775808e18 else {
                    throw CellError(line: line, column: column, kind: .invalidConversion(value: value, type: .int))
                }
                return Int(value)
            }
        default:
            return nil
        }
    }

    /// `+ - * / %` of two integer constants (literals, `Int8.max`, `UInt8(200)`), which swiftc
    /// evaluates while compiling: an overflow or a zero divisor is its error, before anything
    /// runs, and the result is a constant again (`10 * 10 * 10` as a UInt8 fails at `100 * 10`).
    func foldedIntegerConstants(_ op: String, _ l: Compiled, _ r: Compiled, at node: some SyntaxProtocol) throws -> Compiled? {
        guard ["+", "-", "*", "/", "%"].contains(op), l.type == r.type, let type = l.type.integerType,
              let a = l.constantValue?.integer, let b = r.constantValue?.integer else { return nil }
        let (result, overflow): (partialValue: Int128, overflow: Bool)
        switch op {
        case "+": (result, overflow) = type.adding(a, b)
        case "-": (result, overflow) = type.subtracting(a, b)
        case "*": (result, overflow) = type.multiplying(a, b)
        default:
            if b == 0 { throw error(.constantDivisionByZero, at: node) }
            (result, overflow) = op == "/" ? type.dividing(a, b) : type.remainder(a, b)
        }
        if overflow { throw error(.constantOverflow(lhs: String(a), operator: op, rhs: String(b), type: type.cellType), at: node) }
        return .constant(l.type, Value(integer: result))
    }
}
