import SwiftSyntax
import CellValues

extension Compiler {
    /// The key members are filed under: a cell's type by its name (`Point`, `Stack<Int>`),
    /// any other type as Swift spells it (`Int`, `[Int]`), for extensions of it.
    static func typeKey(_ type: CellType) -> String {
        if case .archetype(let name, let protocols) = type {
            // Generic parameters of different declarations may share a name.
            return "\(name): \(protocols.sorted().joined(separator: " & "))"
        }
        return type.nominalName ?? type.description
    }

    /// The methods, computed properties (with getters and setters), static members and
    /// operators of a cell's type, declared in its body or in an extension. Returns the
    /// statements that make their function values when the declaring block is entered.
    func declareTypeMembers(_ selfType: CellType, _ block: MemberBlockSyntax) throws -> [Statement] {
        let key = Compiler.typeKey(selfType)
        let deferred = DeferredCreations()
        var prologue: [Statement] = [deferred.onEntry]
        var bodies: [() throws -> Void] = []
        var staticInitializers: [Statement] = []
        let saved = genericBindings
        genericBindings["Self"] = selfType
        defer { genericBindings = saved }
        for member in block.members {
            if let function = member.decl.as(FunctionDeclSyntax.self) {
                if let modifier = function.modifiers.first(where: {
                    !["mutating", "static", "prefix", "postfix"].contains($0.name.text) && !accessModifiers.contains($0.name.text)
                }) {
                    throw notSupported("'\(modifier.name.text)' methods", modifier)
                }
                let isStatic = function.modifiers.contains { $0.name.text == "static" }
                if isStatic, Compiler.isOperator(function.name) {
                    let (binding, pending) = try functionSignature(function)
                    try declareOperator(binding, function)
                    prologue.append(creation(binding.variable!, pending))
                    bodies.append { try self.compileFunctionBody(function, binding, pending) }
                    continue
                }
                if isStatic {
                    let (binding, pending) = try functionSignature(function)
                    staticMethods[key, default: [:]][binding.name, default: []].append(binding)
                    prologue.append(creation(binding.variable!, pending))
                    bodies.append { try self.compileFunctionBody(function, binding, pending) }
                    continue
                }
                let isMutating = function.modifiers.contains { $0.name.text == "mutating" }
                if function.genericParameterClause != nil {
                    let binding = try declareGenericFunction(function, deferred: deferred, selfType: selfType, isMutating: isMutating)
                    methods[key, default: [:]][binding.name, default: []].append(binding)
                    bodies.append { try self.checkGenericFunction(binding.generic!) }
                    continue
                }
                let (binding, pending) = try functionSignature(function)
                methods[key, default: [:]][binding.name, default: []].append(binding)
                prologue.append(creation(binding.variable!, pending))
                bodies.append {
                    try self.compileFunctionBody(function, binding, pending, selfType: selfType, mutatingSelf: isMutating)
                }
            } else if let variable = member.decl.as(VariableDeclSyntax.self),
                      variable.modifiers.contains(where: { $0.name.text == "static" }) {
                for binding in variable.bindings {
                    guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                          let initializer = binding.initializer, binding.accessorBlock == nil else {
                        throw notSupported("this static property", binding)
                    }
                    let annotated = try binding.typeAnnotation.map { try resolveType($0.type) }
                    let mutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
                    let slot = scope.function.allocate()
                    let owner = scope.function
                    bodies.append {
                        let value = try self.withoutThrowing(.globalVariableInitializer) {
                            try annotated.map { try self.expression(initializer.value, as: $0, context: .specifiedType) }
                                ?? self.expression(initializer.value)
                        }
                        let stored = Variable(name: name, type: value.type, mutable: mutable, slot: slot, owner: owner)
                        self.staticVariables["\(key).\(name)"] = stored
                        let write = self.write(stored), eval = value.eval
                        staticInitializers.append(Statement { frame in write(frame, try eval(frame)); return .next })
                    }
                }
            } else if let variable = member.decl.as(VariableDeclSyntax.self) {
                for binding in variable.bindings {
                    guard let accessors = binding.accessorBlock else { continue }
                    prologue += try declareComputedProperty(binding, accessors, of: selfType, &bodies)
                }
            } else if member.decl.is(InitializerDeclSyntax.self) || member.decl.is(EnumCaseDeclSyntax.self) {
                continue
            } else {
                throw notSupported("this member", member.decl)
            }
        }
        for body in bodies { try body() }
        if let getter = methods[key]?["description"]?.first, computedProperties.contains("\(key).description"),
           getter.result == .string {
            descriptionGetters[key] = getter.variable
        }
        return prologue + staticInitializers
    }

    /// `var area: Double { width * height }`, or with `get { … }` and `set { … }`: a getter
    /// (filed with the methods) and a setter (a mutating method taking the new value).
    private func declareComputedProperty(_ binding: PatternBindingSyntax, _ accessors: AccessorBlockSyntax,
                                         of selfType: CellType, _ bodies: inout [() throws -> Void]) throws -> [Statement] {
        let key = Compiler.typeKey(selfType)
        guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
              let annotation = binding.typeAnnotation else {
            throw notSupported("this computed property", binding)
        }
        var getterBody: CodeBlockItemListSyntax?
        var setter: AccessorDeclSyntax?
        switch accessors.accessors {
        case .getter(let statements):
            getterBody = statements
        case .accessors(let list):
            for accessor in list {
                if let effects = accessor.effectSpecifiers { throw notSupported("'throws' and 'async' accessors", effects) }
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.get): getterBody = accessor.body?.statements
                case .keyword(.set): setter = accessor
                default: throw notSupported("'\(accessor.accessorSpecifier.text)' accessors", accessor)
                }
            }
        }
        guard let getterBody else { throw notSupported("a property without a getter", accessors) }
        let type = try resolveType(annotation.type)
        let slot = Variable(name: name, type: .function([], type), mutable: false,
                            slot: scope.function.allocate(), owner: scope.function)
        let getter = FunctionBinding(name: name, parameters: [], result: type, variable: slot)
        methods[key, default: [:]][name, default: []].append(getter)
        computedProperties.insert("\(key).\(name)")
        let pending = PendingFunction()
        var creations = [creation(slot, pending)]
        let closingBrace = accessors.rightBrace
        bodies.append {
            let function = FunctionScope(parent: self.scope.function, returnType: type, kind: "getter")
            function.selfType = selfType
            let exec: Exec = try self.withScope(function: function) {
                try self.declare("self", type: selfType, mutable: false, at: binding)
                return try self.functionBlock(getterBody, closingBrace: closingBrace, result: type, kind: "getter")
            }
            pending.maker = self.functionMaker(function, parameterCount: 1, inoutIndices: [], body: exec, at: binding)
        }
        guard let setter, let setterBody = setter.body else { return creations }
        let newValue = setter.parameters?.name.text ?? "newValue"
        let setterSlot = Variable(name: name, type: .function([.init(type: type)], .void), mutable: false,
                                  slot: scope.function.allocate(), owner: scope.function)
        var setterBinding = FunctionBinding(name: name, parameters: [Parameter(label: nil, name: newValue, type: type)],
                                            result: .void, variable: setterSlot)
        setterBinding.isMutating = true
        setters["\(key).\(name)"] = setterBinding
        let setterPending = PendingFunction()
        creations.append(creation(setterSlot, setterPending))
        bodies.append {
            let function = FunctionScope(parent: self.scope.function, returnType: .void, kind: "setter")
            function.selfType = selfType
            let exec: Exec = try self.withScope(function: function) {
                try self.declare("self", type: selfType, mutable: true, at: setter)
                try self.declare(newValue, type: type, mutable: false, at: setter)
                return try self.block(Array(setterBody.statements), newScope: false)
            }
            setterPending.maker = self.functionMaker(function, parameterCount: 2, inoutIndices: [0], body: exec, at: setter)
        }
        return creations
    }
}
