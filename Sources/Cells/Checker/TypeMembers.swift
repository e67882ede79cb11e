import SwiftSyntax
import CellValues

extension Checker {
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
    /// `beforeBodies` (a class's body) runs once every signature is declared and before any
    /// body is compiled, and allows `override` and `final`; `laterBodies` takes the work of
    /// compiling the bodies, for the caller to do once more declarations are known.
    func declareTypeMembers(_ selfType: CellType, _ block: MemberBlockSyntax,
                            beforeBodies: (() throws -> Void)? = nil,
                            laterBodies: ((@escaping () throws -> Void) -> Void)? = nil) throws -> [Statement] {
        let key = Checker.typeKey(selfType)
        let record = declarations.record(key)
        // Instances of generic methods, and static stored properties' initial values: made on
        // entry by statements that only blocks declaring such members get.
        let deferred = DeferredCreations()
        var hasGenericMethods = false, hasStaticStoredProperties = false
        var prologue: [Statement] = []
        var bodies: [() throws -> Void] = []
        // Filled as the bodies are compiled (which may be after this returns).
        let staticInitializers = DeferredCreations()
        let saved = genericBindings
        genericBindings["Self"] = selfType
        defer { genericBindings = saved }
        let classModifiers: Set<String> = beforeBodies != nil ? ["override", "final"] : record.classLayout != nil ? ["final"] : []
        for member in block.members {
            if let function = member.decl.as(FunctionDeclSyntax.self) {
                if let modifier = function.modifiers.first(where: {
                    !["mutating", "static", "prefix", "postfix"].contains($0.name.text) && !accessModifiers.contains($0.name.text)
                        && !classModifiers.contains($0.name.text)
                }) {
                    throw notSupported(.modifier(modifier.name.text, on: .methods), modifier)
                }
                let isStatic = function.modifiers.contains { $0.name.text == "static" }
                if isStatic, Checker.isOperator(function.name) {
                    let (binding, pending) = try functionSignature(function)
                    try declareOperator(binding, function)
                    prologue.append(creation(binding.variable!, pending))
                    bodies.append { try self.compileFunctionBody(function, binding, pending) }
                    continue
                }
                if isStatic {
                    let (binding, pending) = try functionSignature(function)
                    record.addStaticMethod(binding)
                    prologue.append(creation(binding.variable!, pending))
                    bodies.append { try self.compileFunctionBody(function, binding, pending, staticSelf: key) }
                    continue
                }
                let isMutating = function.modifiers.contains { $0.name.text == "mutating" }
                if function.genericParameterClause != nil {
                    hasGenericMethods = true
                    let binding = try declareGenericFunction(function, deferred: deferred, selfType: selfType, isMutating: isMutating)
                    record.addMethod(binding)
                    bodies.append { try self.checkGenericFunction(binding.generic!) }
                    continue
                }
                let (binding, pending) = try functionSignature(function)
                record.addMethod(binding)
                prologue.append(creation(binding.variable!, pending))
                bodies.append {
                    try self.compileFunctionBody(function, binding, pending, selfType: selfType, mutatingSelf: isMutating)
                }
            } else if let variable = member.decl.as(VariableDeclSyntax.self),
                      variable.modifiers.contains(where: { $0.name.text == "static" }) {
                for binding in variable.bindings {
                    if let accessors = binding.accessorBlock, case .getter(let statements) = accessors.accessors,
                       let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                       let annotation = binding.writtenType {
                        // `static var zero: Point { Point(x: 0, y: 0) }`: a static method without arguments.
                        let type = try resolveType(annotation.type)
                        let slot = Variable(name: name, type: .function([], type), mutable: false,
                                            slot: scope.function.allocate(), owner: scope.function)
                        let getter = FunctionBinding(name: name, parameters: [], result: type, variable: slot)
                        record.addStaticProperty(name, .computed(getter: getter))
                        let pending = PendingFunction()
                        prologue.append(creation(slot, pending))
                        let closingBrace = accessors.rightBrace
                        bodies.append {
                            let function = FunctionScope(parent: self.scope.function, returnType: type, kind: .getter)
                            function.staticSelf = key
                            let exec: Exec = try self.withScope(function: function) {
                                try self.functionBlock(statements, closingBrace: closingBrace, result: type, kind: .getter)
                            }
                            pending.maker = self.functionMaker(function, parameterCount: 0, inoutIndices: [], body: exec, at: binding)
                        }
                        continue
                    }
                    guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                          let initializer = binding.initializer, binding.accessorBlock == nil else {
                        throw notSupported(.staticProperty, binding)
                    }
                    let annotated = try binding.writtenType.map { try resolveType($0.type) }
                    let mutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
                    let slot = scope.function.allocate()
                    let owner = scope.function
                    // Known with the signatures (others' bodies may use it): the written type, or
                    // else the initializer's, which then is compiled now.
                    let early = try annotated == nil
                        ? withoutThrowing(.globalVariableInitializer) { try expression(initializer.value) } : nil
                    let stored = Variable(name: name, type: annotated ?? early!.type, mutable: mutable, slot: slot, owner: owner)
                    hasStaticStoredProperties = true
                    record.addStaticProperty(name, .stored(stored))
                    bodies.append {
                        let value = try early ?? self.withoutThrowing(.globalVariableInitializer) {
                            try self.expression(initializer.value, as: annotated!, context: .specifiedType)
                        }
                        let write = self.write(stored), eval = value.eval
                        staticInitializers.statements.append(Statement { frame in write(frame, try eval(frame)); return .next })
                    }
                }
            } else if let variable = member.decl.as(VariableDeclSyntax.self) {
                for binding in variable.bindings {
                    if Checker.isLazy(variable) {
                        prologue += try declareLazyProperty(binding, of: selfType, &bodies)
                        continue
                    }
                    guard let accessors = binding.accessorBlock else { continue }
                    if binding.observers != nil {
                        prologue += try declareObservedProperty(binding, of: selfType, &bodies)
                        continue
                    }
                    prologue += try declareComputedProperty(binding, accessors, of: selfType, &bodies)
                }
            } else if member.decl.is(TypeAliasDeclSyntax.self) {
                continue   // `typealias Item = String`: `withNestedTypes`
            } else if member.decl.is(InitializerDeclSyntax.self) || member.decl.is(EnumCaseDeclSyntax.self)
                        || member.decl.is(StructDeclSyntax.self) || member.decl.is(EnumDeclSyntax.self) {
                continue   // nested types: `withNestedTypes`
            } else if let deinitializer = member.decl.as(DeinitializerDeclSyntax.self) {
                // A class's: `compileDeinitializer`. A value type has no lifetime to end.
                guard declarations.classLayout(of: selfType) != nil else {
                    throw error(.deinitializerInValueType(isEnum: declarations.enumLayout(key) != nil, type: selfType),
                                at: deinitializer.deinitKeyword)
                }
            } else {
                throw notSupported(.member, member.decl)
            }
        }
        try beforeBodies?()
        let compileBodies = { [bodies] in
            for body in bodies { try body() }
            if let getter = record.computedProperties["description"]?.getter, getter.result == .string {
                getter.variable.map(record.setDescriptionGetter)
            }
        }
        if let laterBodies {
            laterBodies(compileBodies)
        } else if pendingMemberBodies != nil {
            // Inside a block's declarations: compiled once the block's other declarations are
            // known, in the context (cell, scope, generic bindings) of this declaration.
            let context = (cell, scope, genericBindings)
            pendingMemberBodies?.append { [unowned self] in
                let saved = (self.cell, self.scope, self.genericBindings)
                (self.cell, self.scope, self.genericBindings) = context
                defer { (self.cell, self.scope, self.genericBindings) = saved }
                try compileBodies()
            }
        } else {
            try compileBodies()
        }
        return (hasGenericMethods ? [deferred.onEntry] : []) + prologue
            + (hasStaticStoredProperties ? [staticInitializers.onEntry] : [])
    }

    /// `var area: Double { width * height }`, or with `get { … }` and `set { … }`: a getter
    /// (filed with the methods) and a setter (a mutating method taking the new value).
    private func declareComputedProperty(_ binding: PatternBindingSyntax, _ accessors: AccessorBlockSyntax,
                                         of selfType: CellType, _ bodies: inout [() throws -> Void]) throws -> [Statement] {
        let record = declarations.record(Checker.typeKey(selfType))
        guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
              let annotation = binding.writtenType else {
            throw notSupported(.computedProperty, binding)
        }
        var getterBody: CodeBlockItemListSyntax?
        var setter: AccessorDeclSyntax?
        switch accessors.accessors {
        case .getter(let statements):
            getterBody = statements
        case .accessors(let list):
            for accessor in list {
                if let effects = accessor.effectSpecifiers { throw notSupported(.effectfulAccessor, effects) }
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.get): getterBody = accessor.body?.statements
                case .keyword(.set): setter = accessor
                default: throw notSupported(.accessor(accessor.accessorSpecifier.text), accessor)
                }
            }
        }
        guard let getterBody else { throw notSupported(.propertyWithoutGetter, accessors) }
        let type = try resolveType(annotation.type)
        let slot = Variable(name: name, type: .function([], type), mutable: false,
                            slot: scope.function.allocate(), owner: scope.function)
        let getter = FunctionBinding(name: name, parameters: [], result: type, variable: slot)
        // The first declaration of a name is the type's own (a protocol extension's default comes later).
        let isFirst = record.addComputedProperty(name, getter: getter)
        let pending = PendingFunction()
        var creations = [creation(slot, pending)]
        let closingBrace = accessors.rightBrace
        bodies.append {
            let function = FunctionScope(parent: self.scope.function, returnType: type, kind: .getter)
            function.selfType = selfType
            let exec: Exec = try self.withScope(function: function) {
                try self.declare("self", type: selfType, mutable: false, at: binding)
                return try self.functionBlock(getterBody, closingBrace: closingBrace, result: type, kind: .getter)
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
        if isFirst { record.setSetter(of: name, setterBinding) }
        let setterPending = PendingFunction()
        creations.append(creation(setterSlot, setterPending))
        bodies.append {
            let function = FunctionScope(parent: self.scope.function, returnType: .void, kind: .setter)
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
