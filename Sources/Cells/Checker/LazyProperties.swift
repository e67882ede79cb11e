import SwiftSyntax
import CellValues

/// `lazy var` in a struct or a class: the property is stored, and holds `Value.void` until
/// it is first read (a lazy property's type is never `Void`). Its initial value is compiled as
/// a method of the type, the *lazy initializer*, that the first access runs and whose result
/// it stores. In a struct that access mutates the value (Swift's "mutating getter"): it is
/// read through a place, so a lazy property of a `let` struct cannot be read
/// (docs/ARCHITECTURE.md, "Cells: declarations").
extension Checker {
    /// Whether a stored property is declared `lazy`.
    static func isLazy(_ variable: VariableDeclSyntax) -> Bool {
        variable.modifiers.contains { $0.name.text == "lazy" }
    }

    /// The type of a lazy stored property, and its value until the first access (none yet).
    func lazyStoredProperty(_ variable: VariableDeclSyntax, _ binding: PatternBindingSyntax) throws -> (type: CellType, initial: Eval?) {
        (try lazyPropertyType(variable, binding), { _ in .void })
    }

    /// The written type of a lazy property, or `.error` when none is written: then
    /// `inferLazyPropertyType` types it once the type's other stored properties are known.
    func lazyPropertyType(_ variable: VariableDeclSyntax, _ binding: PatternBindingSyntax) throws -> CellType {
        guard let modifier = variable.modifiers.first(where: { $0.name.text == "lazy" }) else { return .error }
        guard variable.bindingSpecifier.tokenKind == .keyword(.var) else { throw error(.lazyLet, at: modifier) }
        guard binding.initializer != nil else { throw error(.lazyWithoutInitializer, at: modifier) }
        guard let annotation = binding.typeAnnotation else { return .error }
        return try resolveType(annotation.type)
    }

    /// The type of a lazy property's initial value, checked as in a method of `selfType`
    /// (`lazy var table = makeTable(count)`); the value is compiled again with the members.
    func inferLazyPropertyType(_ binding: PatternBindingSyntax, of selfType: CellType) throws -> CellType {
        guard let initializer = binding.initializer else { return .error }
        let function = FunctionScope(parent: scope.function, returnType: nil, kind: .getter)
        function.selfType = selfType
        return try withScope(function: function) { () throws -> CellType in
            try declare("self", type: selfType, mutable: true, at: initializer)
            return try withoutThrowing(.propertyInitializer) { try expression(initializer.value) }.type
        }
    }

    /// The lazy initializer of a lazy property of `selfType`: a (mutating) method without
    /// arguments, filed in the type's record; its body is compiled with the other members.
    func declareLazyProperty(_ binding: PatternBindingSyntax, of selfType: CellType,
                             _ bodies: inout [() throws -> Void]) throws -> [Statement] {
        guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
              let initializer = binding.initializer else { return [] }
        let record = declarations.record(Checker.typeKey(selfType))
        guard let type = record.classLayout?.fields.first(where: { $0.name == name })?.type
                ?? record.storedProperty(name)?.field.type else { return [] }
        let variable = Variable(name: name, type: .function([], type), mutable: false,
                                slot: scope.function.allocate(), owner: scope.function)
        var getter = FunctionBinding(name: name, parameters: [], result: type, variable: variable)
        getter.isMutating = record.classLayout == nil
        record.addLazyInitializer(name, getter)
        let pending = PendingFunction()
        bodies.append {
            let function = FunctionScope(parent: self.scope.function, returnType: type, kind: .getter)
            function.selfType = selfType
            let exec: Exec = try self.withScope(function: function) {
                try self.declare("self", type: selfType, mutable: true, at: initializer)
                let value = try self.withoutThrowing(.propertyInitializer) {
                    try self.expression(initializer.value, as: type, context: .specifiedType)
                }
                let eval = value.eval
                return { frame in
                    frame.returnValue = try eval(frame)
                    return .returned
                }
            }
            pending.maker = self.functionMaker(function, parameterCount: 1, inoutIndices: [0], body: exec, at: initializer)
        }
        return [creation(variable, pending)]
    }

    /// The lazy initializer of `name` in the type filed under `key`, if it is a lazy property.
    func lazyInitializer(of key: String, _ name: String) -> FunctionBinding? {
        declarations[key]?.lazyInitializers[name]
    }

    /// Field `index` of a struct in `base`, a lazy property: computed and stored on first access.
    func lazyStructField(_ base: LValue, _ index: Int, type: CellType, initializer: FunctionBinding) -> LValue {
        let make = read(initializer.variable!).eval
        func ensure(_ frame: Frame, _ holder: inout Value) throws {
            guard case .void = holder.array[index] else { return }
            var arguments = [holder]
            let value = try make(frame).function.call(&arguments)
            guard case .tuple(var fields) = arguments[0] else { return }
            fields[index] = value
            holder = .tuple(fields)
        }
        return LValue(type: type, root: base.root, mutable: true, get: { frame in
            var result = Value.void
            try base.modify(frame) { holder in
                try ensure(frame, &holder)
                result = holder.array[index]
            }
            return result
        }, modify: { frame, body in
            try base.modify(frame) { holder in
                try ensure(frame, &holder)
                guard case .tuple(var fields) = holder else { return }
                holder = .void
                defer { holder = .tuple(fields) }
                try body(&fields[index])
            }
        })
    }

    /// Field `index` of an object, a lazy property: computed and stored on first access.
    func lazyObjectField(_ object: @escaping Eval, _ index: Int, initializer: FunctionBinding) -> (Frame) throws -> CellObject? {
        let make = read(initializer.variable!).eval
        return { frame in
            guard case .object(let target) = try object(frame) else { return nil }
            if case .void = target.fields[index] {
                var arguments = [Value.object(target)]
                let value = try make(frame).function.call(&arguments)
                target.fields[index] = value
            }
            return target
        }
    }

    /// The lazy initializer of a class's field `name` (declared in it or a superclass).
    func classLazyInitializer(_ layout: ClassLayout, _ name: String) -> FunctionBinding? {
        for owner in declarations.classChain(layout) {
            if let initializer = declarations[owner.name]?.lazyInitializers[name] { return initializer }
        }
        return nil
    }

    /// `base.name` read where `name` is a lazy property of a struct: through a place, since the
    /// first read stores the value (swiftc: a mutating getter). Nil for any other member.
    func lazyPropertyRead(_ base: () throws -> LValue, type: CellType, _ name: String,
                          at nameNode: some SyntaxProtocol) throws -> Compiled? {
        guard declarations.classLayout(of: type) == nil, let key = type.nominalName,
              lazyInitializer(of: key, name) != nil else { return nil }
        let place: LValue
        do {
            place = try memberPlace(base(), name, at: nameNode)
        } catch let failure as CellError {
            if case .assignToLet(let root, _) = failure.kind { throw error(.mutatingGetterOnLet(name: root), at: nameNode) }
            if case .selfImmutable = failure.kind { throw error(.mutatingGetterOnImmutableSelf, at: nameNode) }
            throw failure
        }
        return Compiled(place.type, place.get)
    }
}
