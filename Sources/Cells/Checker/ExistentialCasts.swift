import SwiftSyntax
import CellValues

/// Asking a value of a protocol type (`any Error`, `any Shape`) for the type it holds: the
/// patterns `is T`, `let x as T` and `T.someCase(let x)` (in `catch` clauses and `switch`
/// cases), and the expressions `x is T`, `x as? T`, `x as! T`.
///
/// The box of an existential value knows its dynamic type (an index into the checker's table
/// of boxed types), so a test is one integer comparison.
extension Checker {
    /// Opens an existential value of type `source` as a `target`: the value inside when the
    /// box holds a `target` (for a class: an instance of it or of a subclass), else nil. Nil
    /// when `target` is the existential type itself (every value matches).
    func opener(from source: CellType, to target: CellType,
                at node: some SyntaxProtocol) throws -> ((Value) -> Value?)? {
        if target == source { return nil }
        if case .existential = target { throw notSupported(.castToAnotherProtocol(from: source), node) }
        if let layout = declarations.classLayout(of: target) { return Checker.instanceTest(of: layout.cellClass!) }
        try requireInstances(target)
        if target.contains(where: { if case .existential = $0 { true } else { false } }) {
            // `as? [Any]`: Swift converts each element; cells do not.
            throw notSupported(.cast(from: source, to: target), node)
        }
        let index = existentialTypeIndex(target)
        let runtime = self.runtime
        return { value in
            guard case .existential(let box) = value else { return nil }
            if box.type == index { return box.value }
            // A cast looks through an optional in the box (`Optional(3) as Any` is an Int).
            let types = runtime.printer.existentialTypes
            guard box.type < types.count else { return nil }
            var held = box.value, type = types[box.type]
            while case .optional(let wrapped) = type, !held.isNone {
                held = held.unwrappedOptional
                type = wrapped
                if type == target { return held }
            }
            return nil
        }
    }

    /// `is ParseError` as a pattern; nil for other patterns or subjects.
    func existentialPatternMatcher(_ pattern: PatternSyntax, _ type: CellType,
                                   _ coverage: inout Coverage) throws -> Matcher? {
        guard case .existential = type, let isPattern = pattern.as(IsTypePatternSyntax.self) else { return nil }
        guard let open = try opener(from: type, to: try resolveType(isPattern.type), at: isPattern.type) else {
            coverage.catchAll = true
            return { _, _ in true }
        }
        return { _, value in open(value) != nil }
    }

    /// `let e as ParseError` and `ParseError.bad(let s)` (or `ParseError.empty`) as patterns
    /// against an existential subject: the value inside, when it is of that type, matched
    /// against the rest. Nil for other expressions or subjects.
    func existentialExpressionMatcher(_ expr: ExprSyntax, _ type: CellType, binding: Bool,
                                      _ coverage: inout Coverage) throws -> Matcher? {
        guard case .existential = type else { return nil }
        let target: CellType
        let inner: ExprSyntax
        if let cast = expr.as(AsExprSyntax.self), cast.questionOrExclamationMark == nil {
            target = try resolveType(cast.type)
            inner = cast.expression
        } else if let enumType = caseBaseType(expr) {
            target = enumType
            inner = expr
        } else if let member = (expr.as(FunctionCallExprSyntax.self)?.calledExpression ?? expr).as(MemberAccessExprSyntax.self),
                  member.base == nil {
            // `catch .empty`: a protocol type has no cases.
            throw error(.typeHasNoMember(type: type.description, member: member.declName.baseName.text), at: member.declName)
        } else {
            return nil
        }
        var innerCoverage = Coverage()
        let matcher = try expressionMatcher(inner, target, binding: binding, &innerCoverage)
        guard let open = try opener(from: type, to: target, at: expr) else {
            coverage.merge(innerCoverage)
            return matcher
        }
        return { frame, value in
            guard let opened = open(value) else { return false }
            return try matcher(frame, opened)
        }
    }

    /// The enum `ParseError` in `ParseError.bad(…)` or `ParseError.empty`, when the base names
    /// one of the cells' enums (and no value).
    private func caseBaseType(_ expr: ExprSyntax) -> CellType? {
        let callee = expr.as(FunctionCallExprSyntax.self)?.calledExpression ?? expr
        guard let member = callee.as(MemberAccessExprSyntax.self),
              let base = member.base?.as(DeclReferenceExprSyntax.self)?.baseName.text,
              lookup(base) == nil, declarations.enumLayout(base) != nil else { return nil }
        return .nominal(base)
    }

    /// `error is ParseError` (on a value of protocol type; a class instance's: `typeTest`).
    func existentialTypeTest(_ test: IsExprSyntax, _ source: Compiled) throws -> Compiled {
        let eval = source.eval
        guard let open = try opener(from: source.type, to: try resolveType(test.type), at: test.type) else {
            return Compiled.bool { frame in _ = try eval(frame); return true }
        }
        return Compiled.bool { frame in open(try eval(frame)) != nil }
    }

    /// `error as? ParseError` (an optional) and `error as! ParseError` (a trap when it is not
    /// one), on a value of protocol type (a class instance's: `checkedCast`).
    func conditionalCast(_ cast: AsExprSyntax, _ source: Compiled) throws -> Compiled {
        let target = try resolveType(cast.type)
        let eval = source.eval
        let open = try opener(from: source.type, to: target, at: cast.type) ?? { $0 }
        guard cast.questionOrExclamationMark?.tokenKind == .exclamationMark else {
            return Compiled(.optional(target)) { frame in open(try eval(frame)).map(\.wrappedInOptional) ?? .none }
        }
        let (line, column) = location(cast.asKeyword)
        let runtime = self.runtime
        return Compiled(target) { frame in
            let value = try eval(frame)
            if let opened = open(value) { return opened }
            let printer = runtime.printer
            var held = "?"
            if case .existential(let box) = value {
                if case .object(let object) = box.value {
                    held = "main.\(object.cellClass.name)"   // the instance's own class, as Swift names it
                } else if box.type < printer.existentialTypes.count {
                    held = printer.reflectedName(printer.existentialTypes[box.type], qualified: true)
                }
            }
            throw CellError(line: line, column: column,
                            kind: .castFailed(from: held, to: printer.reflectedName(target, qualified: true)))
        }
    }

    /// `Dog.self`: the metatype of a type named in a cell, held as `type(of:)` holds one, so
    /// that `type(of: x) == Dog.self` compares the two (a subclass's instance is not its
    /// superclass's type, as in Swift).
    func metatypeValue(_ type: CellType) -> Compiled {
        let runtime = self.runtime
        return Compiled(CellType.metatype) { _ in
            let printer = runtime.printer
            return .tuple([.string(printer.reflectedName(type, qualified: false)),
                           .string(printer.reflectedName(type, qualified: true))])
        }
    }

    /// `type(of: x)`: the dynamic type of `x` (the type in an `Any` or `any P` box, an
    /// instance's own class), printed as Swift prints a metatype: unqualified, `Array<Int>`.
    func dynamicTypeCall(_ value: Compiled) throws -> Compiled {
        let eval = value.eval, type = value.type, runtime = self.runtime
        return Compiled(CellType.metatype) { frame in
            let printer = runtime.printer
            var held = try eval(frame), heldType = type
            if case .existential(let box) = held, box.type < printer.existentialTypes.count {
                held = box.value
                heldType = printer.existentialTypes[box.type]
            }
            if case .object(let object) = held {
                return .tuple([.string(object.cellClass.name), .string(printer.moduleName + "." + object.cellClass.name)])
            }
            if heldType == CellType.metatype, case .tuple(let names) = held {
                return .tuple(names.map { .string($0.string + ".Type") })   // `type(of: Dog.self)` is `Dog.Type`
            }
            return .tuple([.string(printer.reflectedName(heldType, qualified: false)),
                           .string(printer.reflectedName(heldType, qualified: true))])
        }
    }
}
