import SwiftSyntax

extension Checker {
    /// `target = value`, including `_ = value` and `(a, b) = (b, a)`.
    func assignment(_ target: ExprSyntax, _ value: ExprSyntax) throws -> Compiled {
        if target.is(DiscardAssignmentExprSyntax.self) {
            let eval = try expression(value).eval
            return Compiled(.void) { _ = try eval($0); return .void }
        }
        if let tuple = target.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            let places = try tuple.elements.map { try lvalue($0.expression) }
            let type = CellType.tuple(places.map { .init(label: nil, type: $0.type) })
            let eval = try expression(value, as: type, context: .assignment).eval
            return Compiled(.void) { frame in
                let values = try eval(frame).array
                for (place, item) in zip(places, values) { try place.set(frame, item) }
                return .void
            }
        }
        let place = try lvalue(target)
        let compiled = try expression(value, expected: place.type)
        if let variable = plainVariable(target) { uninitialized.remove(variable.key) }
        let coerced = try coerce(compiled, to: place.type, context: .assignment, at: value)
        try checkSelfAssignment(target, value)
        let eval = coerced.eval
        if let variable = plainVariable(target) {
            return Checker.assignmentExpression(store(coerced, into: variable))
        }
        return Compiled(.void) { frame in
            let newValue = try eval(frame)
            try place.set(frame, newValue)
            return .void
        }
    }

    /// `x op= y`: `x = x op y` with the operation chosen for the operands' types.
    func compoundAssignment(_ op: String, _ infix: InfixOperatorExprSyntax) throws -> Compiled {
        let place = try lvalue(infix.leftOperand)
        // A plain variable is read through its unboxed accessor (the hot path of numeric loops).
        let current = plainVariable(infix.leftOperand).map(read) ?? Compiled(place.type, place.get)
        let rhs = try expression(infix.rightOperand, expected: place.type)
        let combined = try binary(op, current, rhs, at: infix.operator, leftSyntax: nil, rightSyntax: infix.rightOperand)
        let updated = try coerce(combined, to: place.type, context: .assignment, at: infix.rightOperand)
        if let variable = plainVariable(infix.leftOperand) {
            // The hot path of numeric loops: `u -= lr * gu` on a Double variable.
            return Checker.assignmentExpression(store(updated, into: variable))
        }
        let eval = updated.eval
        return Compiled(.void) { frame in
            let newValue = try eval(frame)
            try place.set(frame, newValue)
            return .void
        }
    }

    /// The variable a bare name assigns to (not a property reached through implicit `self`).
    func plainVariable(_ expr: ExprSyntax) -> Variable? {
        guard let reference = expr.as(DeclReferenceExprSyntax.self),
              case .variable(let variable) = lookup(reference.baseName.text) else { return nil }
        if !declaredInsideMethod(reference.baseName.text), let type = enclosingSelfType,
           hasProperty(type, reference.baseName.text) { return nil }
        // A variable with observers is assigned through its observed setter.
        if !observedVariables.isEmpty, observedVariables[variable.key] != nil,
           scope.function.observedVariable != variable.key { return nil }
        return variable
    }

    /// A place to assign: a variable, `self.x`, an element `xs[i]`, a field `p.x`, a tuple element.
    func lvalue(_ expr: ExprSyntax, path: AssignmentPath = .value) throws -> LValue {
        if let reference = expr.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if !declaredInsideMethod(name), let field = try selfFieldPlace(name, at: reference) { return field }
            if !declaredInsideMethod(name), let key = enclosingStaticSelf,
               case .stored(let variable)? = declarations[declarations.staticMemberKey(key, name)]?.staticProperties[name] {
                // `count += 1` in a static method: the type's static variable.
                guard variable.mutable else { throw error(.assignToLet(name: name, through: path), at: reference) }
                return lvalue(variable)
            }
            if case .variable(let variable) = lookup(name) {
                guard variable.mutable else {
                    if name == "self" { throw error(.selfImmutable, at: reference) }
                    throw error(.assignToLet(name: name, through: path), at: reference)
                }
                return lvalue(variable)
            }
            if lookup(name) == nil { throw error(.cannotFindInScope(name: name, nearby: namesInScope), at: reference) }
            throw error(.notAssignable, at: reference)
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            return try lvalue(only.expression, path: path)
        }
        if let member = expr.as(MemberAccessExprSyntax.self), let base = member.base {
            if let typeName = staticBaseName(base),
               case .stored(let variable)? = declarations[declarations.staticMemberKey(typeName, member.declName.baseName.text)]?
                .staticProperties[member.declName.baseName.text] {
                // `Counter.total += 1`: a static variable of a cell's type.
                guard variable.mutable else {
                    throw error(.assignToLet(name: variable.name, through: .property), at: member.declName)
                }
                return lvalue(variable)
            }
            if let reference = classReferencePlace(base) {
                // `counter.count = 1` changes the object, whatever holds the reference.
                return try memberPlace(reference, member.declName.baseName.text, at: member.declName)
            }
            let basePlace: LValue
            do {
                basePlace = try lvalue(base, path: .property)
            } catch let failure as CellError {
                // Swift points at the property: `p.x = 3` at `x`.
                if case .assignToLet = failure.kind { throw error(failure.kind, at: member.declName) }
                throw failure
            }
            return try memberPlace(basePlace, member.declName.baseName.text, at: member.declName)
        }
        if let subscriptCall = expr.as(SubscriptCallExprSyntax.self) {
            if let reference = referenceKeyPathBase(subscriptCall) {
                // `alice[keyPath: \.age] = 31` writes the object, whatever holds the reference.
                return try subscriptPlace(reference, subscriptCall)
            }
            let basePlace: LValue
            do {
                basePlace = try lvalue(subscriptCall.calledExpression, path: .subscript)
            } catch let failure as CellError {
                // Swift points at the bracket: `xs[0] = 5` at `[`.
                if case .assignToLet = failure.kind { throw error(failure.kind, at: subscriptCall.leftSquare) }
                throw failure
            }
            return try subscriptPlace(basePlace, subscriptCall)
        }
        if let force = expr.as(ForceUnwrapExprSyntax.self) {
            let inner = try lvalue(force.expression, path: path)
            guard case .optional(let wrapped) = inner.type else {
                throw error(.forceUnwrapNonOptional(type: inner.type), at: force)
            }
            let (line, column) = location(force.exclamationMark)
            return Checker.unwrapping(inner, wrapped) { throw CellError(line: line, column: column, kind: .unwrappedNil) }
        }
        if let chain = expr.as(OptionalChainingExprSyntax.self) {
            // `maybeList?.append(2)`, `point?.x = 3`: nothing happens when the optional is nil.
            let inner = try lvalue(chain.expression, path: path)
            guard case .optional(let wrapped) = inner.type else {
                throw error(.forceUnwrapNonOptional(type: inner.type), at: chain.expression)
            }
            return Checker.unwrapping(inner, wrapped) {}
        }
        throw error(.notAssignable, at: expr)
    }

    /// The wrapped value of the optional in `place`, as a place of its own. A read or a
    /// change of a nil optional calls `whenNil` (which throws for `x!`); a change of a nil
    /// optional that does not throw is skipped.
    static func unwrapping(_ place: LValue, _ wrapped: CellType, whenNil: @escaping () throws -> Void) -> LValue {
        LValue(type: wrapped, root: place.root, mutable: true, get: { frame in
            let value = try place.get(frame)
            if value.isNone { try whenNil() }
            return value.unwrappedOptional
        }, modify: { frame, body in
            try place.modify(frame) { value in
                if value.isNone { try whenNil(); return }
                var payload = value.unwrappedOptional
                value = .void
                defer { value = payload.wrappedInOptional }
                try body(&payload)
            }
        })
    }

    /// `base.name` as a place: a stored property of a cell's struct, a tuple element, or a
    /// computed property with a setter.
    func memberPlace(_ base: LValue, _ name: String, at nameNode: some SyntaxProtocol) throws -> LValue {
        let index: Int
        let type: CellType
        let key = Checker.typeKey(base.type)
        if let layout = declarations.classLayout(of: base.type) { return try classMemberPlace(base, layout, name, at: nameNode) }
        let storedField = base.type.nominalName.flatMap { declarations[$0]?.storedProperty(name) }
        switch base.type {
        case _ where storedField != nil:
            let (position, field) = storedField!
            if !field.mutable, scope.function.kind != .initializer {
                throw error(.assignToLet(name: name, through: .property), at: nameNode)
            }
            if let initializer = lazyInitializer(of: key, name) {
                return lazyStructField(base, position, type: field.type, initializer: initializer)
            }
            if let setter = observedSetter(of: key, name, base: base) {
                return observedStructField(base, position, type: field.type, setter: setter)
            }
            if field.isWeak { return WeakObjectReference.place(base.field(position, type: field.type), unownedAt: nil) }
            index = position
            type = field.type
        case .tuple(let elements):
            guard let position = elements.firstIndex(where: { $0.label == name }) ?? Int(name),
                  position < elements.count else {
                throw error(.noMember(type: base.type, member: name), at: nameNode)
            }
            index = position
            type = elements[position].type
        default:
            if let property = declarations[key]?.computedProperties[name] {
                guard let setter = property.setter else { throw error(.getOnlyProperty(name: name), at: nameNode) }
                return computedPlace(base, getter: property.getter, setter: setter)
            }
            if case .nominal = base.type { throw error(.noMember(type: base.type, member: name), at: nameNode) }
            throw error(.notAssignable, at: nameNode)
        }
        return base.field(index, type: type)
    }

    /// A computed property as a place: read through its getter, written back through its
    /// setter (which takes the value holding it inout).
    private func computedPlace(_ base: LValue, getter: FunctionBinding, setter: FunctionBinding) -> LValue {
        let get = read(getter.variable!).eval, set = read(setter.variable!).eval
        return LValue(type: getter.result, root: base.root, mutable: true, get: { frame in
            var arguments = [try base.get(frame)]
            return try get(frame).function.call(&arguments)
        }, modify: { frame, body in
            let getterFunction = try get(frame).function, setterFunction = try set(frame).function
            try base.modify(frame) { holder in
                var arguments = [holder]
                var current = try getterFunction.call(&arguments)
                try body(&current)
                var setterArguments = [holder, current]
                holder = .void
                defer { holder = setterArguments[0] }
                _ = try setterFunction.call(&setterArguments)
            }
        })
    }

    /// `x = x` and `p.x = p.x`: swiftc's error once both sides type-check. A side is a
    /// variable, a stored property through implicit `self`, or a stored property of a named
    /// value (`p.x`, `self.x`); a computed property, a deeper path (`a.b.c`) or a
    /// parenthesized side is no self-assignment to swiftc.
    private func checkSelfAssignment(_ target: ExprSyntax, _ value: ExprSyntax) throws {
        guard let left = assignedStorage(target), left == assignedStorage(value),
              let op = target.parent?.as(InfixOperatorExprSyntax.self)?.operator else { return }
        throw error(.selfAssignment(isProperty: left.base != nil), at: op)
    }

    private struct AssignedStorage: Equatable {
        /// The value whose property it is (`self` for a bare property name); nil for a variable.
        var base: String?
        var name: String
    }

    private func assignedStorage(_ expr: ExprSyntax) -> AssignedStorage? {
        if let reference = expr.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if !declaredInsideMethod(name), let type = enclosingSelfType, hasProperty(type, name) {
                return isStoredProperty(type, name) ? AssignedStorage(base: "self", name: name) : nil
            }
            guard case .variable = lookup(name) else { return nil }
            return AssignedStorage(base: nil, name: name)
        }
        guard let member = expr.as(MemberAccessExprSyntax.self),
              let base = member.base?.as(DeclReferenceExprSyntax.self),
              let baseType = try? expression(ExprSyntax(base)).type,
              isStoredProperty(baseType, member.declName.baseName.text) else { return nil }
        return AssignedStorage(base: base.baseName.text, name: member.declName.baseName.text)
    }

    private func isStoredProperty(_ type: CellType, _ name: String) -> Bool {
        if let layout = declarations.classLayout(of: type) { return layout.fields.contains { $0.name == name } }
        return declarations[Checker.typeKey(type)]?.storedProperty(name) != nil
    }
}
