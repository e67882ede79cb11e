import SwiftSyntax
import CellValues

/// Where the context wants `Any` (an item of `print`, a `let a: Any`), swiftc's ranking prefers
/// joining differently typed parts as `Any` to giving a literal a type other than its default
/// (a conversion to `Any` costs less than a non-default literal): `print(c ? x : 0)` with a
/// Double `x` prints `0`, not `0.0`; `print(f(1, 2.5))` for `f<T>(_: T, _: T) -> T` solves
/// `T = Any` and prints `1`; `print(q ?? 0.5)` with an `Int?` `q` prints `0.5` (but `print(x ?? 2)`
/// with a `Double?` `x` prints `2.0`: `??` joins only what does not convert, or a literal beside
/// an optional chain that wraps a value, `print(p?.mean ?? 0)` printing `0`). Elsewhere the
/// literal takes the other part's type as before.
extension Checker {
    /// Whether `print` hands `expr` an `Any` context: a `?:`, a `??`, a prefix operator (for which
    /// `-(4 + 1)` is ambiguous, see `ambiguousNegation`), or a call of a cell's generic
    /// function returning a bare generic parameter (for the others `Any` would change nothing).
    func wantsAnyContext(_ expr: ExprSyntax) -> Bool {
        if expr.is(TernaryExprSyntax.self) || expr.is(PrefixOperatorExprSyntax.self) { return true }
        if let infix = expr.as(InfixOperatorExprSyntax.self) {
            return infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text == "??"
        }
        guard let call = expr.as(FunctionCallExprSyntax.self),
              let callee = call.calledExpression.as(DeclReferenceExprSyntax.self),
              case .functions(let overloads)? = lookup(callee.baseName.text) else { return false }
        return overloads.contains { overload in
            guard overload.generic != nil, case .generic(let name) = overload.result,
                  overload.constraints[name] == nil, !overload.requirements.contains(where: { $0.generic == name }) else { return false }
            // Only plain arguments of type `T` (`(T) -> T` closures keep their own typing).
            return overload.parameters.allSatisfy { $0.type == .generic(name) || !$0.type.contains { $0 == .generic(name) } }
        }
    }

    /// `c ? a : b` wanted as `Any`, its branches of different types on their own: both as `Any`.
    /// Nil when the branches agree, need a context (`nil`, `.zero`) or join otherwise (a superclass,
    /// an optional of the other).
    func anyTernary(_ ternary: TernaryExprSyntax, _ condition: @escaping (Frame) throws -> Bool) throws -> Compiled? {
        guard let first = try? expression(ternary.thenExpression), let second = try? expression(ternary.elseExpression),
              first.type != second.type, !first.type.containsError, !second.type.containsError,
              first.type.optionalWrapped != second.type, second.type.optionalWrapped != first.type,
              declarations.commonSuperclass([first.type, second.type]) == nil else { return nil }
        let yes = try coerce(first, to: .any, context: .contextual, at: ternary.thenExpression).eval
        let no = try coerce(second, to: .any, context: .contextual, at: ternary.elseExpression).eval
        return Compiled(.any) { try condition($0) ? try yes($0) : try no($0) }
    }

    /// `q ?? d` wanted as `Any`, `d` not of `q`'s wrapped type: the unwrapped value or `d`, as `Any`.
    func anyCoalescing(_ infix: InfixOperatorExprSyntax, _ left: Compiled, wrapped: CellType) throws -> Compiled? {
        guard let right = try? autoclosureOperand(of: infix.operator, { try expression(infix.rightOperand) }),
              right.type != wrapped, right.type.optionalWrapped == nil, !right.type.containsError, !wrapped.containsError
        else { return nil }
        let held = HeldValue()
        let unwrapped = try coerce(Compiled(wrapped) { _ in held.value }, to: .any, context: .contextual, at: infix.leftOperand).eval
        let other = try coerce(right, to: .any, context: .contextual, at: infix.rightOperand).eval
        let optional = left.eval
        return Compiled(.any) { frame in
            let value = try optional(frame)
            if case .none = value { return try other(frame) }
            held.value = value.unwrappedOptional
            defer { held.value = .void }
            return try unwrapped(frame)
        }
    }
}
