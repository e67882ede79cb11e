import SwiftSyntax
import CellValues

/// `willSet` and `didSet` on a stored property (of a struct or a class) or on a variable of a
/// cell. The property stays stored; its observers become one function, the *observed setter*
/// (`willSet`, the store, `didSet`), that assignments through the property call instead of
/// storing. As in Swift, the type's own initializers and the observers themselves store
/// into `self`'s property directly (docs/ARCHITECTURE.md, "Cells: declarations").
extension PatternBindingSyntax {
    /// The observers of a stored property, or nil when the binding has no accessors or has a
    /// getter (then it is computed).
    var observers: (willSet: AccessorDeclSyntax?, didSet: AccessorDeclSyntax?)? {
        guard let block = accessorBlock, case .accessors(let list) = block.accessors else { return nil }
        var willSet: AccessorDeclSyntax?, didSet: AccessorDeclSyntax?
        for accessor in list {
            switch accessor.accessorSpecifier.tokenKind {
            case .keyword(.willSet): willSet = accessor
            case .keyword(.didSet): didSet = accessor
            default: return nil
            }
        }
        return (willSet, didSet)
    }

    /// Whether the binding is a computed property (accessors other than observers).
    var isComputed: Bool { accessorBlock != nil && observers == nil }
}

extension Checker {
    /// The observed setter of `name`, a stored property of `selfType` with observers: a
    /// mutating method taking the new value, filed in the type's record. Its body is compiled
    /// with the type's other members (`bodies`).
    func declareObservedProperty(_ binding: PatternBindingSyntax, of selfType: CellType,
                                 _ bodies: inout [() throws -> Void]) throws -> [Statement] {
        guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
              let observers = binding.observers else { return [] }
        let record = declarations.record(Checker.typeKey(selfType))
        let type: CellType
        if let layout = record.classLayout, let field = layout.fields.first(where: { $0.name == name }) {
            type = field.type
        } else if let (_, field) = record.storedProperty(name) {
            type = field.type
        } else {
            return []
        }
        let variable = Variable(name: name, type: .function([.init(type: type)], .void), mutable: false,
                                slot: scope.function.allocate(), owner: scope.function)
        var setter = FunctionBinding(name: name, parameters: [Parameter(label: nil, name: "newValue", type: type)],
                                     result: .void, variable: variable)
        setter.isMutating = true
        record.addObservedSetter(name, setter)
        let pending = PendingFunction()
        bodies.append {
            let function = FunctionScope(parent: self.scope.function, returnType: .void, kind: .setter)
            function.selfType = selfType
            function.observedProperty = name
            let exec: Exec = try self.withScope(function: function) {
                let selfVariable = try self.declare("self", type: selfType, mutable: true, at: binding)
                let newValue = try self.declare("$newValue", type: type, mutable: false, at: binding)
                let place = try self.memberPlace(self.lvalue(selfVariable), name, at: binding)
                return try self.observedStore(place, newValue: newValue, observers)
            }
            pending.maker = self.functionMaker(function, parameterCount: 2, inoutIndices: [0], body: exec, at: binding)
        }
        return [creation(variable, pending)]
    }

    /// The observed setter of a variable of a cell (`var score = 0 { didSet { … } }`): a
    /// function of the new value. Returns the statement that makes it.
    func declareObservedVariable(_ variable: Variable, _ binding: PatternBindingSyntax) throws -> Statement {
        guard let observers = binding.observers else { throw notSupported(.computedVariable, binding) }
        let function = FunctionScope(parent: scope.function, returnType: .void, kind: .setter)
        function.observedVariable = variable.key
        let setterVariable = Variable(name: variable.name, type: .function([.init(type: variable.type)], .void), mutable: false,
                                      slot: scope.function.allocate(), owner: scope.function)
        observedVariables[variable.key] = setterVariable
        let pending = PendingFunction()
        let exec: Exec = try withScope(function: function) {
            let newValue = try declare("$newValue", type: variable.type, mutable: false, at: binding)
            return try observedStore(lvalue(variable), newValue: newValue, observers)
        }
        pending.maker = functionMaker(function, parameterCount: 1, inoutIndices: [], body: exec, at: binding)
        return creation(setterVariable, pending)
    }

    /// `willSet` (with `newValue`, or the name it gives), the store of the new value into
    /// `place`, then `didSet` (with `oldValue`, or the name it gives).
    private func observedStore(_ place: LValue, newValue: Variable,
                               _ observers: (willSet: AccessorDeclSyntax?, didSet: AccessorDeclSyntax?)) throws -> Exec {
        let readNew = read(newValue).eval
        var willSet: Exec?
        if let accessor = observers.willSet, let body = accessor.body {
            willSet = try withScope { () throws -> Exec in
                let named = try declare(accessor.parameters?.name.text ?? "newValue", type: newValue.type, mutable: false, at: accessor)
                let write = self.write(named)
                let statements = try block(Array(body.statements), newScope: false)
                return { frame in
                    write(frame, try readNew(frame))
                    return try statements(frame)
                }
            }
        }
        var didSet: Exec?
        var writeOld: ((Frame, Value) -> Void)?
        if let accessor = observers.didSet, let body = accessor.body {
            didSet = try withScope { () throws -> Exec in
                let named = try declare(accessor.parameters?.name.text ?? "oldValue", type: newValue.type, mutable: false, at: accessor)
                writeOld = self.write(named)
                return try block(Array(body.statements), newScope: false)
            }
        }
        let get = place.get
        return { [writeOld] frame in
            if let willSet { _ = try willSet(frame) }
            if let writeOld { writeOld(frame, try get(frame)) }
            try place.set(frame, try readNew(frame))
            if let didSet { _ = try didSet(frame) }
            return .returned
        }
    }

    /// The observed setter an assignment to `base.name` calls, or nil when it stores directly:
    /// there are no observers, or this is `self`'s property in the type's own initializer or
    /// in the property's own observers.
    func observedSetter(of key: String, _ name: String, base: LValue) -> FunctionBinding? {
        guard let setter = declarations[key]?.observedSetters[name] else { return nil }
        if base.root == "self", scope.function.kind == .initializer || scope.function.observedProperty == name { return nil }
        return setter
    }

    /// Field `index` of a struct in `base`, assigned through its observed setter.
    func observedStructField(_ base: LValue, _ index: Int, type: CellType, setter: FunctionBinding) -> LValue {
        let set = read(setter.variable!).eval
        return LValue(type: type, root: base.root, mutable: true, get: { try base.get($0).array[index] }, modify: { frame, body in
            let function = try set(frame).function
            try base.modify(frame) { holder in
                var current = holder.array[index]
                try body(&current)
                var arguments = [holder, current]
                holder = .void
                defer { holder = arguments[0] }
                _ = try function.call(&arguments)
            }
        })
    }

    /// Field `index` of the object in `base`, assigned through its observed setter.
    func observedObjectField(_ base: LValue, _ index: Int, type: CellType, setter: FunctionBinding) -> LValue {
        let set = read(setter.variable!).eval
        return LValue(type: type, root: base.root, mutable: true, get: { frame in
            guard case .object(let object) = try base.get(frame) else { return .void }
            return object.fields[index]
        }, modify: { frame, body in
            guard case .object(let object) = try base.get(frame) else { return }
            var current = object.fields[index]
            try body(&current)
            var arguments = [Value.object(object), current]
            _ = try set(frame).function.call(&arguments)
        })
    }

    /// A variable of a cell with observers, as a place: assignments call its observed setter
    /// (except inside its own observers).
    func observedVariablePlace(_ variable: Variable) -> LValue? {
        guard !observedVariables.isEmpty, let setter = observedVariables[variable.key],
              scope.function.observedVariable != variable.key else { return nil }
        let get = read(variable).eval, set = read(setter).eval
        return LValue(type: variable.type, root: variable.name, mutable: variable.mutable, get: get, modify: { frame, body in
            var current = try get(frame)
            try body(&current)
            var arguments = [current]
            _ = try set(frame).function.call(&arguments)
        })
    }
}
