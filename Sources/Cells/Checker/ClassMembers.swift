import SwiftSyntax
import CellValues

/// Members of class instances: stored properties read and written in the object (through any
/// reference, `let` or not), and methods and computed properties called through the object's
/// table of methods (a slot fixed here, read from the dynamic class at run time). Members
/// added in extensions are called directly; `super.m()` calls the superclass's implementation.
extension Checker {
    // MARK: Lookup

    /// The methods named `name` that instances of the class have: its own, then its
    /// superclasses' that it does not override, with those added by extensions.
    func classMethods(_ layout: ClassLayout, _ name: String) -> [FunctionBinding] {
        var result: [FunctionBinding] = []
        for c in declarations.classChain(layout) {
            for binding in declarations[c.name]?.methods(named: name) ?? [] where !result.contains(where: {
                Checker.sameSignature($0, binding.parameters, binding.result)
            }) {
                result.append(binding)
            }
        }
        return result
    }

    /// The getter (and setter, if any) of the computed property `name` the class has or inherits.
    func classComputedProperty(_ layout: ClassLayout, _ name: String) -> (getter: FunctionBinding, setter: FunctionBinding?)? {
        for c in declarations.classChain(layout) {
            if let property = declarations[c.name]?.computedProperties[name] { return (property.getter, property.setter) }
        }
        return nil
    }

    func classHasProperty(_ layout: ClassLayout, _ name: String) -> Bool {
        layout.fields.contains { $0.name == name } || classComputedProperty(layout, name) != nil
    }

    /// Whether `name(…)` on an instance calls something: a method, or a property holding a function.
    func classHasMethod(_ layout: ClassLayout, _ name: String) -> Bool {
        if !classMethods(layout, name).isEmpty { return true }
        if case .function? = layout.fields.first(where: { $0.name == name })?.type { return true }
        if case .function? = classComputedProperty(layout, name)?.getter.result { return true }
        return false
    }

    // MARK: Reading

    /// `object.name` for a stored or computed property of a class instance (nil: no such member).
    func classProperty(_ receiver: Compiled, _ layout: ClassLayout, _ name: String,
                       at nameNode: some SyntaxProtocol) throws -> Compiled? {
        let eval = receiver.eval
        if let index = layout.fields.firstIndex(where: { $0.name == name }) {
            let type = layout.fields[index].type
            if layout.weakFields.contains(index) {
                return Compiled(type) { frame in
                    guard case .object(let object) = try eval(frame) else { return .none }
                    return WeakObjectReference.loading(object.fields[index])
                }
            }
            if layout.unownedFields.contains(index) {
                let (line, column) = location(nameNode)
                return Compiled(type) { frame in
                    guard case .object(let object) = try eval(frame) else { return .none }
                    return try WeakObjectReference.loadingUnowned(object.fields[index], line: line, column: column)
                }
            }
            if let initializer = classLazyInitializer(layout, name) {
                let object = lazyObjectField(eval, index, initializer: initializer)
                return Compiled(type) { frame in try object(frame)?.fields[index] ?? .void }
            }
            var compiled = Compiled(type) { frame in
                guard case .object(let object) = try eval(frame) else { return .void }
                return object.fields[index]
            }
            if type == .double {
                compiled.double = { frame in
                    guard case .object(let object) = try eval(frame) else { return 0 }
                    return object.fields[index].double
                }
            }
            return compiled
        }
        guard let (getter, _) = classComputedProperty(layout, name) else { return nil }
        let resolved = ResolvedCall(binding: getter, arguments: [], inoutPlaces: [], result: getter.result)
        return try dispatchedCall(resolved, receiver: eval, at: nameNode)
    }

    /// `object.name(arguments)` on a class instance.
    func classMethodCall(on receiver: Compiled, _ layout: ClassLayout, _ name: String, _ arguments: [CallArgument],
                         expected: CellType?, nameNode: some SyntaxProtocol, call: FunctionCallExprSyntax) throws -> Compiled {
        let candidates = classMethods(layout, name)
        if candidates.isEmpty {
            if let property = try classProperty(receiver, layout, name, at: nameNode), case .function = property.type {
                return try callValue(property, arguments, at: call)
            }
            throw error(.noMember(type: receiver.type, member: name), at: nameNode)
        }
        let resolved = try resolveCall(candidates, name: name, kind: .instanceMethod, arguments: arguments,
                                       expected: expected, at: call)
        if resolved.binding.generic != nil {
            return emitCall(resolved, callee: try calleeValue(of: resolved, at: nameNode), receiver: receiver.eval, at: nameNode)
        }
        return try dispatchedCall(resolved, receiver: receiver.eval, at: nameNode)
    }

    // MARK: Places

    /// The expression as a class reference whose members may be assigned, whatever holds it (a
    /// `let`, an element of a `let` array, a call's result; `maybe?` and `maybe!` of an optional
    /// one): nil when it is not one.
    func classReferencePlace(_ base: ExprSyntax) -> LValue? {
        if let unwrapped = optionalClassReferencePlace(base) { return unwrapped }
        guard !Checker.containsOptionalChain(base), let compiled = try? expression(base),
              declarations.classLayout(of: compiled.type) != nil else { return nil }
        let eval = compiled.eval
        return LValue(type: compiled.type, root: base.trimmedDescription, mutable: false, get: eval,
                      modify: { frame, body in
                          var reference = try eval(frame)
                          try body(&reference)
                      })
    }

    /// `maybe?` (nothing happens when it is nil) or `maybe!` (a trap then) of an optional reference.
    private func optionalClassReferencePlace(_ base: ExprSyntax) -> LValue? {
        let chain = base.as(OptionalChainingExprSyntax.self), force = base.as(ForceUnwrapExprSyntax.self)
        guard let inner = chain?.expression ?? force?.expression, !Checker.containsOptionalChain(inner),
              let compiled = try? expression(inner), let wrapped = compiled.type.optionalWrapped,
              declarations.classLayout(of: wrapped) != nil else { return nil }
        let eval = compiled.eval
        var nilTrap: CellError?
        if let force {
            let (line, column) = location(force.exclamationMark)
            nilTrap = CellError(line: line, column: column, kind: .unwrappedNil)
        }
        let reference: Eval = { frame in
            let value = try eval(frame)
            if value.isNone, let nilTrap { throw nilTrap }
            return value
        }
        return LValue(type: wrapped, root: inner.trimmedDescription, mutable: false, get: reference,
                      modify: { frame, body in
                          var value = try reference(frame)
                          if !value.isNone { try body(&value) }
                      })
    }

    private static func containsOptionalChain(_ expr: ExprSyntax) -> Bool {
        if expr.is(OptionalChainingExprSyntax.self) { return true }
        if let member = expr.as(MemberAccessExprSyntax.self) { return member.base.map(containsOptionalChain) ?? false }
        if let call = expr.as(FunctionCallExprSyntax.self) { return containsOptionalChain(call.calledExpression) }
        if let subscriptCall = expr.as(SubscriptCallExprSyntax.self) { return containsOptionalChain(subscriptCall.calledExpression) }
        if let force = expr.as(ForceUnwrapExprSyntax.self) { return containsOptionalChain(force.expression) }
        return false
    }

    /// `object.name` as a place: a stored property of the object (changed in the object itself,
    /// whatever the reference), or a computed property with a setter.
    func classMemberPlace(_ base: LValue, _ layout: ClassLayout, _ name: String,
                          at nameNode: some SyntaxProtocol) throws -> LValue {
        if let index = layout.fields.firstIndex(where: { $0.name == name }) {
            let field = layout.fields[index]
            if !field.mutable, !initializesOwnField(index) {
                throw error(.assignToLet(name: name, through: .property), at: nameNode)
            }
            for owner in declarations.classChain(layout) {
                if let setter = observedSetter(of: owner.name, name, base: base) {
                    return observedObjectField(base, index, type: field.type, setter: setter)
                }
            }
            if layout.weakFields.contains(index) || layout.unownedFields.contains(index) {
                // Assigned here; a read of an unowned field is `classProperty`'s (it traps once the object is gone).
                return LValue(type: field.type, root: base.root, mutable: true, get: { frame in
                    guard case .object(let object) = try base.get(frame) else { return .none }
                    return WeakObjectReference.loading(object.fields[index])
                }, modify: { frame, body in
                    guard case .object(let object) = try base.get(frame) else { return }
                    var current = WeakObjectReference.loading(object.fields[index])
                    try body(&current)
                    object.fields[index] = WeakObjectReference.storing(current)
                })
            }
            if let initializer = classLazyInitializer(layout, name) {
                let object = lazyObjectField(base.get, index, initializer: initializer)
                return LValue(type: field.type, root: base.root, mutable: true, get: { frame in
                    try object(frame)?.fields[index] ?? .void
                }, modify: { frame, body in
                    guard let target = try object(frame) else { return }
                    try body(&target.fields[index])
                })
            }
            return LValue(type: field.type, root: base.root, mutable: true, get: { frame in
                guard case .object(let object) = try base.get(frame) else { return .void }
                return object.fields[index]
            }, modify: { frame, body in
                guard case .object(let object) = try base.get(frame) else { return }
                try body(&object.fields[index])
            })
        }
        guard let (getter, setter) = classComputedProperty(layout, name) else {
            throw error(.noMember(type: base.type, member: name), at: nameNode)
        }
        guard let setter else { throw error(.getOnlyProperty(name: name), at: nameNode) }
        let get = try dispatchedCall(ResolvedCall(binding: getter, arguments: [], inoutPlaces: [], result: getter.result),
                                 receiver: base.get, at: nameNode).eval
        let implementation = self.implementation(of: setter)
        let (line, column) = location(nameNode)
        return LValue(type: getter.result, root: base.root, mutable: true, get: get, modify: { frame, body in
            var current = try get(frame)
            try body(&current)
            let target = try base.get(frame)
            guard case .object(let object) = target else { return }
            var values = [target, current]
            do { _ = try implementation(frame, object).call(&values) } catch let trap as Trap {
                throw CellError(line: line, column: column, kind: trap.kind)
            }
        })
    }

    /// The function a class member runs for an object: its table's entry, or the member itself.
    private func implementation(of binding: FunctionBinding) -> (Frame, CellObject) throws -> FunctionValue {
        if let slot = binding.dispatchSlot { return { _, object in object.cellClass.methods[slot] } }
        let callee = read(binding.variable!).eval
        return { frame, _ in try callee(frame).function }
    }

    /// Whether an assignment to field `index` of `self` initializes a `let` of the class whose
    /// initializer is being compiled (its own properties, not inherited ones).
    private func initializesOwnField(_ index: Int) -> Bool {
        guard scope.function.kind == .initializer, let selfType = enclosingSelfType,
              let layout = declarations.classLayout(of: selfType) else { return false }
        return index >= layout.inheritedFieldCount
    }

    // MARK: Closures

    /// A closure that is not an argument of a call (nor called at once) may outlive the call
    /// it is made in; `[self]` in its capture list makes the capture explicit.
    static func mayEscape(_ closure: ClosureExprSyntax) -> Bool {
        if closure.signature?.capture?.items.contains(where: { $0.name.text == "self" }) == true { return false }
        let parent = closure.parent
        if let call = parent?.as(FunctionCallExprSyntax.self) {
            return call.trailingClosure?.id != closure.id && call.calledExpression.id != closure.id
        }
        if parent?.is(MultipleTrailingClosureElementSyntax.self) == true { return false }
        if parent?.is(LabeledExprSyntax.self) == true, parent?.parent?.parent?.is(FunctionCallExprSyntax.self) == true {
            return false
        }
        return true
    }

    /// `count` or `inc()` meaning `self.count` inside an escaping closure of a class's method:
    /// swiftc wants `self.` written there.
    func checkImplicitSelfCapture(_ name: String, isMethod: Bool, at node: some SyntaxProtocol) throws {
        guard let type = enclosingSelfType, declarations.classLayout(of: type) != nil else { return }
        var function: FunctionScope? = scope.function
        while let f = function, f.selfType == nil {
            if f.isEscapingClosure { throw error(.implicitSelfInClosure(member: name, isMethod: isMethod), at: node) }
            function = f.parent
        }
    }

    // MARK: super

    /// `super.name(…)`, `super.init(…)`: the superclass's implementation, called directly on `self`.
    func superMethodCall(_ member: MemberAccessExprSyntax, _ arguments: [CallArgument], expected: CellType?,
                         at call: FunctionCallExprSyntax) throws -> Compiled {
        let name = member.declName.baseName.text
        if name == "init" { return try superInitializerCall(arguments, at: call, name: member.declName) }
        let (superLayout, receiver) = try superReceiver(member)
        let candidates = classMethods(superLayout, name)
        guard !candidates.isEmpty else {
            throw error(.noMember(type: .nominal(superLayout.name), member: name), at: member.declName)
        }
        let resolved = try resolveCall(candidates, name: name, kind: .instanceMethod, arguments: arguments,
                                       expected: expected, at: call)
        return emitCall(resolved, callee: try superImplementation(resolved, superLayout, at: member.declName), receiver: receiver, at: member.declName)
    }

    /// `super.name` for a property: a stored one of the object, or the superclass's getter.
    func superProperty(_ member: MemberAccessExprSyntax) throws -> Compiled {
        let name = member.declName.baseName.text
        let (superLayout, receiver) = try superReceiver(member)
        if let (getter, _) = classComputedProperty(superLayout, name) {
            let resolved = ResolvedCall(binding: getter, arguments: [], inoutPlaces: [], result: getter.result)
            return emitCall(resolved, callee: try superImplementation(resolved, superLayout, at: member.declName), receiver: receiver,
                            at: member.declName)
        }
        let typed = Compiled(.nominal(superLayout.name), receiver)
        guard let stored = try classProperty(typed, superLayout, name, at: member.declName) else {
            throw error(.noMember(type: .nominal(superLayout.name), member: name), at: member.declName)
        }
        return stored
    }

    private func superReceiver(_ member: MemberAccessExprSyntax) throws -> (ClassLayout, Eval) {
        guard let selfType = enclosingSelfType, let superLayout = declarations.classLayout(of: selfType)?.superclass,
              case .variable(let selfVariable) = lookup("self") else {
            throw notSupported(.superOutsideSubclassMethod, member)
        }
        return (superLayout, read(selfVariable).eval)
    }

    /// The function the superclass runs for a resolved member: its table's entry for the slot.
    private func superImplementation(_ resolved: ResolvedCall, _ superLayout: ClassLayout,
                                     at node: some SyntaxProtocol) throws -> Eval {
        if let slot = resolved.binding.dispatchSlot { return read(superLayout.vtable[slot].implementation).eval }
        return try calleeValue(of: resolved, at: node)
    }

    // MARK: Protocols

    /// How a class meets a protocol requirement: a stored property read from the object, or a
    /// member called through the table of methods (so a subclass's override answers).
    func classWitness(for requirement: ProtocolLayout.Requirement, in layout: ClassLayout) -> Witness? {
        let type = CellType.nominal(layout.name)
        let wanted = requirementType(requirement.type, for: type)
        if requirement.isProperty {
            if let index = layout.fields.firstIndex(where: { $0.name == requirement.name }) {
                // A weak, unowned or lazy field is not read as it is stored (not a witness yet).
                if layout.weakFields.contains(index) || layout.unownedFields.contains(index)
                    || classLazyInitializer(layout, requirement.name) != nil { return nil }
                return layout.fields[index].type == wanted ? .classField(index) : nil
            }
            try? applyExtensionTemplates(to: type)
            guard let (getter, _) = classComputedProperty(layout, requirement.name), getter.result == wanted else { return nil }
            return getter.dispatchSlot.map(Witness.dispatched) ?? .function(getter)
        }
        try? applyExtensionTemplates(to: type)
        let parameters = requirement.parameters.map { Parameter(label: $0.label, name: $0.name, type: requirementType($0.type, for: type)) }
        guard let method = classMethods(layout, requirement.name).first(where: {
            $0.generic == nil && Checker.sameSignature($0, parameters, wanted)
        }) else { return nil }
        return method.dispatchSlot.map(Witness.dispatched) ?? .function(method)
    }
}
