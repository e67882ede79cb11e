import SwiftSyntax
import CellValues

/// Conformances a cell's type may state; they change nothing the checker needs
/// (equality is structural). `CustomStringConvertible` would change printing: not supported.
private let acceptedConformances: Set<String> = ["Equatable", "Hashable", "Sendable", "Comparable", "CustomStringConvertible"]
/// Access control changes nothing inside one notebook.
private let accessModifiers: Set<String> = ["private", "fileprivate", "internal", "public"]

extension Compiler {
    func declareStructName(_ decl: StructDeclSyntax) throws {
        let name = decl.name.text
        if let generics = decl.genericParameterClause { throw notSupported("generic structs", generics) }
        try checkConformances(decl.inheritanceClause)
        if structs[name] != nil || enums[name] != nil { throw error(.invalidRedeclaration(name: name), at: decl.name) }
        structs[name] = StructLayout(name: name, fields: [])
    }

    private func checkConformances(_ clause: InheritanceClauseSyntax?) throws {
        for inherited in clause?.inheritedTypes ?? [] where !acceptedConformances.contains(inherited.type.trimmedDescription) {
            throw notSupported("conformance to '\(inherited.type.trimmedDescription)'", inherited)
        }
    }

    /// Stored properties, the memberwise (or declared) initializers, methods.
    func declareStructMembers(_ decl: StructDeclSyntax) throws -> [Statement] {
        let name = decl.name.text
        var fields: [StructLayout.Field] = []
        var defaults: [Eval?] = []
        for member in decl.memberBlock.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self) else { continue }
            if variable.modifiers.contains(where: { $0.name.text == "static" }) { continue }
            if let modifier = variable.modifiers.first(where: { !accessModifiers.contains($0.name.text) }) {
                throw notSupported("'\(modifier.name.text)' properties", modifier)
            }
            for binding in variable.bindings {
                if binding.accessorBlock != nil { continue }
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw notSupported("this property pattern", binding.pattern)
                }
                var type = try binding.typeAnnotation.map { try resolveType($0.type) }
                var defaultValue: Eval?
                if let initializer = binding.initializer {
                    let compiled = type.map { t in { try self.expression(initializer.value, as: t, context: .specifiedType) } }
                        ?? { try self.expression(initializer.value) }
                    let value = try compiled()
                    type = type ?? value.type
                    defaultValue = value.eval
                }
                guard let type else { throw error(.ambiguousExpression, at: binding) }
                fields.append(.init(name: identifier.identifier.text, type: type,
                                    mutable: variable.bindingSpecifier.tokenKind == .keyword(.var),
                                    hasDefault: defaultValue != nil))
                defaults.append(defaultValue)
            }
        }
        structs[name] = StructLayout(name: name, fields: fields)
        let declaredInits = decl.memberBlock.members.compactMap { $0.decl.as(InitializerDeclSyntax.self) }
        var prologue: [Statement] = []
        if declaredInits.isEmpty {
            initializers[name] = [memberwiseInitializer(name, fields, defaults)]
        } else {
            for initializer in declaredInits {
                prologue.append(try declareInitializer(initializer, typeName: name, defaults: defaults))
            }
        }
        prologue += try declareTypeMembers(name, decl.memberBlock)
        return prologue
    }

    /// `Point(x:y:)`: every stored property in order; `var`s with a default may be left out,
    /// `let`s with a value are not parameters.
    private func memberwiseInitializer(_ name: String, _ fields: [StructLayout.Field], _ defaults: [Eval?]) -> FunctionBinding {
        var parameters: [Parameter] = []
        var sources: [Int?] = []   // field → parameter index, or nil for a fixed `let` value
        for (index, field) in fields.enumerated() {
            if !field.mutable, let _ = defaults[index] {
                sources.append(nil)
                continue
            }
            sources.append(parameters.count)
            parameters.append(Parameter(label: field.name, name: field.name, type: field.type,
                                        defaultValue: field.mutable ? defaults[index] : nil))
        }
        let fixed = defaults
        let runtime = self.runtime
        let globalsFrame = runtime.globals
        return FunctionBinding(name: "init", parameters: parameters, result: .nominal(name),
                               implementation: { arguments, _ in
            var values: [Value] = []
            for (index, source) in sources.enumerated() {
                if let source { values.append(arguments[source]) } else { values.append(try fixed[index]!(globalsFrame)) }
            }
            return .tuple(values)
        })
    }

    private func declareInitializer(_ decl: InitializerDeclSyntax, typeName: String, defaults: [Eval?]) throws -> Statement {
        if decl.optionalMark != nil { throw notSupported("failable initializers", decl) }
        if decl.signature.effectSpecifiers != nil { throw notSupported("throwing initializers", decl.signature) }
        let parameters = try parameterList(decl.signature.parameterClause)
        let type = CellType.nominal(typeName)
        let variable = Variable(name: "init", type: .function(parameters.map { .init(type: $0.type) }, type),
                                mutable: false, slot: scope.function.allocate(), owner: scope.function)
        let binding = FunctionBinding(name: "init", parameters: parameters, result: type, variable: variable)
        initializers[typeName, default: []].append(binding)
        let pending = PendingFunction()
        let function = FunctionScope(parent: scope.function, returnType: .void, kind: "initializer")
        function.selfType = typeName
        guard let body = decl.body else { throw notSupported("initializers without a body", decl) }
        let fieldDefaults = defaults
        let exec: Exec = try withScope(function: function) {
            for parameter in parameters {
                try declare(parameter.name, type: parameter.type, mutable: false, at: decl.signature)
            }
            let selfVariable = try declare("self", type: type, mutable: true, at: decl.initKeyword)
            let statements = try block(Array(body.statements), newScope: false)
            let slot = selfVariable.slot
            return { frame in
                frame.slots[slot] = .tuple(try fieldDefaults.map { try $0?(frame) ?? .void })
                _ = try statements(frame)
                frame.returnValue = frame.slots[slot]
                return .returned
            }
        }
        pending.maker = functionMaker(function, parameterCount: parameters.count, inoutIndices: [], body: exec, at: decl.initKeyword)
        return creation(variable, pending)
    }

    /// Methods and computed properties of a cell's struct or enum.
    func declareTypeMembers(_ typeName: String, _ block: MemberBlockSyntax) throws -> [Statement] {
        var prologue: [Statement] = []
        var bodies: [() throws -> Void] = []
        var staticInitializers: [Statement] = []
        for member in block.members {
            if let function = member.decl.as(FunctionDeclSyntax.self) {
                if let modifier = function.modifiers.first(where: { $0.name.text != "mutating" && $0.name.text != "static"
                    && !accessModifiers.contains($0.name.text) }) {
                    throw notSupported("'\(modifier.name.text)' methods", modifier)
                }
                if function.modifiers.contains(where: { $0.name.text == "static" }) {
                    let (binding, pending) = try functionSignature(function, selfType: nil)
                    staticMethods[typeName, default: [:]][binding.name, default: []].append(binding)
                    prologue.append(creation(binding.variable!, pending))
                    bodies.append { try self.compileFunctionBody(function, binding, pending) }
                    continue
                }
                let isMutating = function.modifiers.contains { $0.name.text == "mutating" }
                let (binding, pending) = try functionSignature(function, selfType: typeName)
                methods[typeName, default: [:]][binding.name, default: []].append(binding)
                if isMutating { mutatingMethods.insert("\(typeName).\(binding.name)") }
                prologue.append(creation(binding.variable!, pending))
                bodies.append {
                    try self.compileFunctionBody(function, binding, pending, selfType: .nominal(typeName), mutatingSelf: isMutating)
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
                        let value = try annotated.map { try self.expression(initializer.value, as: $0, context: .specifiedType) }
                            ?? self.expression(initializer.value)
                        let stored = Variable(name: name, type: value.type, mutable: mutable, slot: slot, owner: owner)
                        self.staticVariables["\(typeName).\(name)"] = stored
                        let write = self.write(stored), eval = value.eval
                        staticInitializers.append(Statement { frame in write(frame, try eval(frame)); return .next })
                    }
                }
            } else if let variable = member.decl.as(VariableDeclSyntax.self) {
                for binding in variable.bindings {
                    guard let accessors = binding.accessorBlock else { continue }
                    guard case .getter(let statements) = accessors.accessors,
                          let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                          let annotation = binding.typeAnnotation else {
                        throw notSupported("property accessors other than a getter", accessors)
                    }
                    let type = try resolveType(annotation.type)
                    let slot = Variable(name: name, type: .function([], type), mutable: false,
                                        slot: scope.function.allocate(), owner: scope.function)
                    let getter = FunctionBinding(name: name, parameters: [], result: type, variable: slot)
                    methods[typeName, default: [:]][name, default: []].append(getter)
                    computedProperties.insert("\(typeName).\(name)")
                    let pending = PendingFunction()
                    prologue.append(creation(slot, pending))
                    let closingBrace = accessors.rightBrace
                    bodies.append {
                        let function = FunctionScope(parent: self.scope.function, returnType: type, kind: "getter")
                        function.selfType = typeName
                        let exec: Exec = try self.withScope(function: function) {
                            try self.declare("self", type: .nominal(typeName), mutable: false, at: binding)
                            return try self.functionBlock(statements, closingBrace: closingBrace, result: type, kind: "getter")
                        }
                        pending.maker = self.functionMaker(function, parameterCount: 1, inoutIndices: [], body: exec, at: binding)
                    }
                }
            } else if member.decl.is(InitializerDeclSyntax.self) || member.decl.is(EnumCaseDeclSyntax.self) {
                continue
            } else {
                throw notSupported("this member", member.decl)
            }
        }
        for body in bodies { try body() }
        if let getter = methods[typeName]?["description"]?.first, computedProperties.contains("\(typeName).description"),
           getter.result == .string {
            descriptionGetters[typeName] = getter.variable
        }
        return prologue + staticInitializers
    }

    func declareEnum(_ decl: EnumDeclSyntax) throws {
        let name = decl.name.text
        if let generics = decl.genericParameterClause { throw notSupported("generic enums", generics) }
        var rawType: CellType?
        var isCaseIterable = false
        for (position, inherited) in (decl.inheritanceClause?.inheritedTypes ?? []).enumerated() {
            let written = inherited.type.trimmedDescription
            if position == 0, ["Int", "String", "Double"].contains(written) || IntegerType.named(written) != nil {
                rawType = try resolveType(inherited.type)
            } else if written == "CaseIterable" {
                isCaseIterable = true
            } else if !acceptedConformances.contains(written) {
                throw notSupported("conformance to '\(written)'", inherited)
            }
        }
        if structs[name] != nil || enums[name] != nil { throw error(.invalidRedeclaration(name: name), at: decl.name) }
        enums[name] = EnumLayout(name: name, cases: [])
        var cases: [EnumLayout.Case] = []
        var rawValues: [Value] = []
        for member in decl.memberBlock.members {
            guard let caseDecl = member.decl.as(EnumCaseDeclSyntax.self) else { continue }
            for element in caseDecl.elements {
                if let rawType {
                    if let raw = element.rawValue {
                        rawValues.append(try expression(raw.value, as: rawType, context: .specifiedType).eval(runtime.globals))
                    } else if rawType.integerType != nil {
                        rawValues.append(Value(integer: (rawValues.last?.integer ?? -1) + 1))
                    } else {
                        rawValues.append(.string(element.name.text))
                    }
                } else if let raw = element.rawValue {
                    throw notSupported("raw values without a raw type", raw)
                }
                let payload = try element.parameterClause?.parameters.map { parameter in
                    CellType.TupleElement(label: parameter.firstName?.text, type: try resolveType(parameter.type))
                } ?? []
                cases.append(.init(name: element.name.text, payload: payload))
            }
        }
        enums[name] = EnumLayout(name: name, cases: cases, rawType: rawType, rawValues: rawValues,
                                 isCaseIterable: isCaseIterable)
    }
}
