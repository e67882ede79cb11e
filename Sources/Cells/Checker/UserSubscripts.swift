import SwiftSyntax
import CellValues

/// Subscripts declared by a cell's types (`subscript(row r: Int, col c: Int) -> Double`):
/// a getter and an optional setter compiled as methods of `self` and the indices (the setter
/// takes `self` inout, and `newValue` last), overloaded and labelled as swiftc resolves them.
/// A subscript's parameter has no argument label unless it names one (`row r`).
extension Checker {
    /// Declares a subscript's getter and setter on the type's record; their bodies wait in `bodies`.
    func declareSubscript(_ decl: SubscriptDeclSyntax, of selfType: CellType,
                          _ bodies: inout [() throws -> Void]) throws -> [Statement] {
        if let generics = decl.genericParameterClause { throw notSupported(.genericFunctionHere, generics) }
        if let modifier = decl.modifiers.first(where: { !accessModifiers.contains($0.name.text) }) {
            throw notSupported(.modifier(modifier.name.text, on: .methods), modifier)
        }
        var parameters = try parameterList(decl.parameterClause)
        for (index, parameter) in decl.parameterClause.parameters.enumerated() where parameter.secondName == nil {
            parameters[index].label = nil
        }
        let type = try resolveType(decl.returnClause.type)
        guard let accessors = decl.accessorBlock else { throw notSupported(.propertyWithoutGetter, decl) }
        let (getterBody, setter) = try getterAndSetter(accessors)
        let indexTypes = parameters.map { CellType.FunctionParameterType(type: $0.type) }
        let getterSlot = Variable(name: "subscript", type: .function(indexTypes, type), mutable: false,
                                  slot: scope.function.allocate(), owner: scope.function)
        let getter = FunctionBinding(name: "subscript", parameters: parameters, result: type, variable: getterSlot)
        let getterPending = PendingFunction()
        var creations = [creation(getterSlot, getterPending)]
        let closingBrace = accessors.rightBrace
        bodies.append {
            getterPending.maker = try self.subscriptAccessor(of: selfType, parameters, result: type, at: decl) {
                try self.functionBlock(getterBody, closingBrace: closingBrace, result: type, kind: .getter)
            }
        }
        var setterBinding: FunctionBinding?
        if let setter, let setterBody = setter.body {
            let newValue = Parameter(label: nil, name: setter.parameters?.name.text ?? "newValue", type: type)
            let setterSlot = Variable(name: "subscript", type: .function(indexTypes + [.init(type: type)], .void),
                                      mutable: false, slot: scope.function.allocate(), owner: scope.function)
            setterBinding = FunctionBinding(name: "subscript", parameters: parameters + [newValue], result: .void,
                                            variable: setterSlot)
            let setterPending = PendingFunction()
            creations.append(creation(setterSlot, setterPending))
            bodies.append {
                setterPending.maker = try self.subscriptAccessor(of: selfType, parameters + [newValue], result: .void,
                                                                 mutatingSelf: true, at: setter) {
                    try self.block(Array(setterBody.statements), newScope: false)
                }
            }
        }
        declarations.record(Checker.typeKey(selfType)).addSubscript(getter: getter, setter: setterBinding)
        return creations
    }

    /// A subscript's getter or setter: a function of `self` (inout for a setter) and `parameters`.
    private func subscriptAccessor(of selfType: CellType, _ parameters: [Parameter], result: CellType,
                                   mutatingSelf: Bool = false, at node: some SyntaxProtocol,
                                   body: () throws -> Exec) throws -> (Frame) -> FunctionValue {
        let function = FunctionScope(parent: scope.function, returnType: result, kind: mutatingSelf ? .setter : .getter)
        function.selfType = selfType
        let exec: Exec = try withScope(function: function) {
            try declare("self", type: selfType, mutable: mutatingSelf, at: node)
            for parameter in parameters { try declare(parameter.name, type: parameter.type, mutable: false, at: node) }
            return try body()
        }
        return functionMaker(function, parameterCount: parameters.count + 1, inoutIndices: mutatingSelf ? [0] : [],
                             body: exec, at: node)
    }

    /// `grid[row: 1, col: 2]` on a value of a cell's type with subscripts: the overload the
    /// arguments choose; nil when the type declares none. Its one index is the tuple of the
    /// getter, the setter (or `()`) and the arguments.
    func userSubscript(_ type: CellType, _ call: SubscriptCallExprSyntax) throws -> SubscriptAccess? {
        guard let entries = declarations[Checker.typeKey(type)]?.subscripts, !entries.isEmpty else { return nil }
        let resolved = try resolveCall(entries.map(\.getter), name: "subscript", kind: .subscript,
                                       arguments: call.arguments.map(CallArgument.init), expected: nil, at: call)
        guard let entry = entries.first(where: { $0.getter.variable?.slot == resolved.binding.variable?.slot }) else { return nil }
        let getter = read(entry.getter.variable!).eval
        let setter = entry.setter.map { read($0.variable!).eval }
        let arguments = resolved.arguments
        let pack: Eval = { frame in
            .tuple([try getter(frame), try setter?(frame) ?? .void] + (try arguments.map { try $0(frame) }))
        }
        let get: (Value, SubscriptKeys) throws -> Value = { whole, keys in
            let parts = keys.first.array
            var values = [whole] + parts[2...]
            return try parts[0].function.call(&values)
        }
        guard setter != nil else { return SubscriptAccess(type: resolved.result, get: get, set: nil, indices: [pack]) }
        return SubscriptAccess(type: resolved.result, get: get, set: { whole, keys, newValue in
            let parts = keys.first.array
            var values = [whole] + parts[2...] + [newValue]
            whole = .void
            defer { whole = values[0] }
            _ = try parts[1].function.call(&values)
        }, indices: [pack])
    }
}
