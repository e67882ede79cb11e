import SwiftSyntax
import CellValues

/// What class references add to conversions and comparisons: upcasts (a `Dog` is an
/// `Animal`, a `[Dog]` an `[Animal]`: the same references, so nothing is converted),
/// identity (`===`, `!==`), and the checked downcasts `as?`, `as!` and `is`, which read the
/// object's dynamic class. Downcasts from a protocol value (`shape as? Square`) compare the
/// concrete type the value was boxed with, or, for a class, the instance's class.
extension Checker {
    /// `compiled` used where a superclass is expected (or an optional or array of one).
    func classUpcast(_ compiled: Compiled, to type: CellType) -> Compiled? {
        guard declarations.hasClasses, compiled.type != type, isReferenceUpcast(compiled.type, type) else { return nil }
        return compiled.retyped(type)
    }

    private func isReferenceUpcast(_ from: CellType, _ to: CellType) -> Bool {
        switch (from, to) {
        case (.nominal, .nominal): declarations.isSubclass(from, of: to)
        case (.optional(let a), .optional(let b)): a == b || isReferenceUpcast(a, b)
        case (_, .optional(let b)): isReferenceUpcast(from, b)
        case (.array(let a), .array(let b)): isReferenceUpcast(a, b)
        default: false
        }
    }

    /// Whether values of `type` are class references (optional or not), as `===` needs.
    func isClassReference(_ type: CellType) -> Bool {
        let wrapped = type.optionalWrapped ?? type
        if case .existential(let proto) = wrapped, isClassBound(proto) { return true }   // `AnyObject`, `any Listener`
        return type == .error || declarations.classLayout(of: wrapped) != nil
    }

    /// `a === b`, `a !== b`: the same object (two nils are identical too).
    func identityComparison(_ op: String, _ l: Compiled, _ r: Compiled, leftSyntax: ExprSyntax?, rightSyntax: ExprSyntax?,
                            at node: some SyntaxProtocol) throws -> Compiled {
        for (operand, syntax) in [(l, leftSyntax), (r, rightSyntax)] where !isClassReference(operand.type) {
            throw error(.identityNeedsClass(type: operand.type), at: syntax.map(Syntax.init) ?? Syntax(node))
        }
        let a = l.eval, b = r.eval, same = op == "==="
        return .bool { frame in
            switch (Checker.boxedValue(try a(frame)), Checker.boxedValue(try b(frame))) {
            case (.object(let x), .object(let y)): (x === y) == same
            case (.none, .none): same
            default: !same
            }
        }
    }

    /// `x as? T` (nil when `x` is not a `T`) and `x as! T` (a trap then).
    func checkedCast(_ asExpr: AsExprSyntax, _ source: Compiled) throws -> Compiled {
        let target = try resolveType(asExpr.type)
        let cast = try downcast(from: source.type, to: target, at: asExpr)
        let eval = source.eval
        guard asExpr.questionOrExclamationMark?.tokenKind == .exclamationMark else {
            return Compiled(.optional(target)) { frame in try cast(eval(frame)) ?? .none }
        }
        let (line, column) = location(asExpr.asKeyword)
        let targetName = "main.\(target)", sourceName = "main.\(source.type.optionalWrapped ?? source.type)"
        return Compiled(target) { frame in
            let value = try eval(frame)
            if let result = cast(value) { return result }
            if value.isNone { throw CellError(line: line, column: column, kind: .unwrappedNil) }
            var dynamicName = sourceName
            if case .object(let object) = Checker.boxedValue(value) { dynamicName = "main.\(object.cellClass.name)" }
            throw CellError(line: line, column: column, kind: .castFailed(from: dynamicName, to: targetName))
        }
    }

    /// `x is T`.
    func typeTest(_ isExpr: IsExprSyntax, _ source: Compiled) throws -> Compiled {
        let target = try resolveType(isExpr.type)
        let cast = try downcast(from: source.type, to: target, at: isExpr)
        let eval = source.eval
        return .bool { frame in cast(try eval(frame)) != nil }
    }

    /// `case is Dog` (`pattern` nil) and `case let dog as Dog`: a downcast's test, then the
    /// pattern against the value as a `Dog`. A cast to the subject's own class (or a
    /// superclass) always matches.
    func castPattern(_ pattern: PatternSyntax?, _ written: TypeSyntax, _ subject: CellType, binding: Bool,
                     _ coverage: inout Coverage) throws -> Matcher {
        let target = try resolveType(written)
        let cast = try downcast(from: subject, to: target, at: written)
        var inner = Coverage()
        let matcher = try pattern.map { try patternMatcher($0, target, binding: binding, &inner) }
        if declarations.isSubclass(subject, of: target), pattern == nil || inner.catchAll { coverage.catchAll = true }
        return { frame, value in
            guard let cast = cast(value) else { return false }
            return try matcher?(frame, cast) ?? true
        }
    }

    /// The run-time test of a downcast: the value as a `target`, or nil.
    private func downcast(from source: CellType, to target: CellType, at node: some SyntaxProtocol) throws -> (Value) -> Value? {
        let wrapped = source.optionalWrapped ?? source
        if let targetLayout = declarations.classLayout(of: target) {
            let isExistential: Bool
            if case .existential = wrapped { isExistential = true } else { isExistential = false }
            guard declarations.classLayout(of: wrapped) != nil || isExistential else {
                throw notSupported(.cast(from: source, to: target), node)
            }
            return Checker.instanceTest(of: targetLayout.cellClass!)
        }
        guard case .existential = wrapped, !target.containsArchetype else {
            throw notSupported(.cast(from: source, to: target), node)
        }
        return try opener(from: wrapped, to: target, at: node) ?? { $0 }
    }

    /// The test of a cast to a class: the instance (held directly or by a protocol value) when
    /// it is a `targetClass` or a subclass of it, else nil.
    static func instanceTest(of targetClass: CellClass) -> (Value) -> Value? {
        { value in
            guard case .object(let object) = boxedValue(value), object.cellClass.isSubclass(of: targetClass) else {
                return nil
            }
            return .object(object)
        }
    }

    /// What a protocol value holds, or the value itself.
    static func boxedValue(_ value: Value) -> Value {
        if case .existential(let box) = value { return box.value }
        return value
    }

    /// `kind is Dog.Type` on a metatype (or an `Any` holding one): whether the type it holds is
    /// `Dog` or, for a class, a subclass of it. A metatype holds its type's name, so the class
    /// is found by name when the test runs (a class may be declared in a later cell).
    func metatypeTest(_ written: MetatypeTypeSyntax, _ source: Compiled) throws -> Compiled {
        let target = try resolveType(written.baseType)
        guard source.type == CellType.metatype || source.type == .existential(CellType.anyName) else {
            throw notSupported(.cast(from: source.type, to: CellType.metatype), written)
        }
        let eval = source.eval, declarations = self.declarations, runtime = self.runtime
        return .bool { frame in
            var value = try eval(frame)
            if case .existential(let box) = value {
                guard box.type < runtime.printer.existentialTypes.count,
                      runtime.printer.existentialTypes[box.type] == CellType.metatype else { return false }
                value = box.value
            }
            guard case .tuple(let names) = value, let name = names.first?.string else { return false }
            if name == runtime.printer.reflectedName(target, qualified: false) { return true }
            guard let held = declarations.classLayout(name)?.cellClass,
                  let targetClass = declarations.classLayout(of: target)?.cellClass else { return false }
            return held.isSubclass(of: targetClass)
        }
    }
}
