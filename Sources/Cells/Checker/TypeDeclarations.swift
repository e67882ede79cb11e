import SwiftSyntax
import CellValues

/// Standard library protocols a cell's type may declare (besides cells' own protocols).
/// Equatable, Hashable and Comparable are synthesized or checked as Swift does;
/// CustomStringConvertible changes printing (through `description`).
/// Sequence and IteratorProtocol: a struct with `makeIterator()` or `next()` (`UserSequences.swift`).
let acceptedConformances: Set<String> = ["Equatable", "Hashable", "Sendable", "Comparable", "CustomStringConvertible", "Codable",
                                         "Error", "Sequence", "IteratorProtocol"]
/// Access control changes nothing inside one notebook.
let accessModifiers: Set<String> = ["private", "fileprivate", "internal", "public"]

extension Checker {
    func declareStructName(_ decl: StructDeclSyntax) throws {
        let name = decl.name.text
        if declarations.isTypeName(name, includingProtocols: false) {
            throw error(.invalidRedeclaration(name: name), at: decl.name)
        }
        try declareStructLayout(decl, as: name)
    }

    /// Registers a struct (or an instance of a generic one) under `name`, with its declared
    /// conformances; its fields come with its members.
    func declareStructLayout(_ decl: StructDeclSyntax, as name: String) throws {
        declarations.declare(name, shape: .structure(StructLayout(name: name, fields: [])))
        try declareConformances(decl.inheritanceClause, of: name)
    }

    /// The protocols a type's declaration (or an extension) lists.
    func declareConformances(_ clause: InheritanceClauseSyntax?, of name: String, allowing extra: Set<String> = []) throws {
        for inherited in clause?.inheritedTypes ?? [] {
            let written = inherited.type.trimmedDescription
            if extra.contains(written) { continue }
            if declarations.protocols[written] != nil || acceptedConformances.contains(written) {
                declarations.record(name).addConformance(written)
                continue
            }
            if declarations.isKnownProtocol(written) { throw notSupported(.conformance(to: written), inherited) }
            if declarations.classLayout(written) != nil {
                // Only a class may inherit; swiftc points at the struct's or enum's name.
                let owner = clause?.parent?.as(StructDeclSyntax.self)?.name ?? clause?.parent?.as(EnumDeclSyntax.self)?.name
                throw error(.inheritanceFromNonProtocol(name: written), at: owner.map(Syntax.init) ?? Syntax(inherited.type))
            }
            throw error(.cannotFindTypeInScope(name: written), at: inherited.type)
        }
    }

    /// Stored properties, the memberwise (or declared) initializers, methods, and the
    /// checks of the conformances it declares. `type` is the struct (or an instance of it).
    func declareStructMembers(_ decl: StructDeclSyntax, as type: CellType) throws -> [Statement] {
        try withNestedTypes(of: decl.memberBlock, in: Checker.typeKey(type)) {
            try declareStructMembers(decl, ownMembersOf: type)
        }
    }

    /// An enum's nested types, methods and computed properties, and the checks of the
    /// conformances it declares. `name` is its full name (`Card.Suit` when nested).
    /// `type` is the instance (`Tree<Int>`) when the enum is generic.
    func declareEnumMembers(_ decl: EnumDeclSyntax, as name: String, type: CellType? = nil) throws -> [Statement] {
        let selfType = type ?? .nominal(name)
        let creations = try withNestedTypes(of: decl.memberBlock, in: name) {
            try declareTypeMembers(selfType, decl.memberBlock)
        }
        try checkConformances(of: selfType, at: decl.name)
        return creations
    }

    /// The type and default value of one stored property (`var x: Double = 0`, `let n = 3`)
    /// of a struct or class: the default is checked against the written type, if any, and
    /// may not throw (swiftc: "errors cannot be thrown out of a property initializer").
    func storedProperty(_ binding: PatternBindingSyntax) throws -> (type: CellType, initial: Eval?) {
        var type = try binding.writtenType.map { try resolveType($0.type) }
        var initial: Eval?
        if let initializer = binding.initializer {
            let compiled = type.map { t in { try self.expression(initializer.value, as: t, context: .specifiedType) } }
                ?? { try self.expression(initializer.value) }
            let value = try withoutThrowing(.propertyInitializer, compiled)
            type = type ?? value.type
            initial = value.eval
        }
        guard let type else { throw error(.ambiguousExpression, at: binding) }
        return (type, initial)
    }

    private func declareStructMembers(_ decl: StructDeclSyntax, ownMembersOf type: CellType) throws -> [Statement] {
        let name = Checker.typeKey(type)
        var fields: [StructLayout.Field] = []
        var defaults: [Eval?] = []
        var untypedLazy: [(index: Int, binding: PatternBindingSyntax)] = []
        for member in decl.memberBlock.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self) else { continue }
            if variable.modifiers.contains(where: { $0.name.text == "static" }) { continue }
            if let modifier = variable.modifiers.first(where: { !accessModifiers.contains($0.name.text) && $0.name.text != "lazy"
                && $0.name.text != "weak" }) {
                throw notSupported(.modifier(modifier.name.text, on: .properties), modifier)
            }
            let isLazy = Checker.isLazy(variable)
            for binding in variable.bindings {
                if binding.isComputed { continue }
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw notSupported(.propertyPattern, binding.pattern)
                }
                // A lazy property starts without its value (`LazyProperties.swift`).
                var (type, defaultValue) = try isLazy ? lazyStoredProperty(variable, binding) : storedProperty(binding)
                if defaultValue == nil, !isLazy, variable.bindingSpecifier.tokenKind == .keyword(.var), type.optionalWrapped != nil {
                    defaultValue = { _ in .none }   // `var next: Node?` starts as nil (a memberwise argument's default)
                }
                if isLazy, type == .error { untypedLazy.append((fields.count, binding)) }
                // A `weak` property holds a reference that does not keep its object alive.
                let isWeak = try ownership(variable, type: type, at: binding) == .weak
                fields.append(.init(name: identifier.identifier.text, type: type,
                                    mutable: variable.bindingSpecifier.tokenKind == .keyword(.var),
                                    hasDefault: defaultValue != nil, isLazy: isLazy, isWeak: isWeak))
                defaults.append(defaultValue)
            }
        }
        let record = declarations.record(name)
        if record.structLayout == nil { record.shape = .structure(StructLayout(name: name, fields: [])) }
        record.structLayout?.fields = fields
        if !untypedLazy.isEmpty {
            // Typed once the other stored properties are known (`LazyProperties.swift`).
            for (index, binding) in untypedLazy { fields[index].type = try inferLazyPropertyType(binding, of: type) }
            record.structLayout?.fields = fields
        }
        let declaredInits = decl.memberBlock.members.compactMap { $0.decl.as(InitializerDeclSyntax.self) }
        var prologue: [Statement] = []
        var initializerBodies: [() throws -> Void] = []
        if declaredInits.isEmpty {
            record.setInitializers([memberwiseInitializer(type, fields, defaults)])
        } else {
            for initializer in declaredInits {
                let (creation, body) = try declareInitializer(initializer, type: type, defaults: defaults)
                prologue.append(creation)
                initializerBodies.append(body)
            }
        }
        prologue += try declareTypeMembers(type, decl.memberBlock)
        // The initializers' bodies once the static members are known (`kelvin = c + Temp.offset`).
        for body in initializerBodies { try body() }
        try checkConformances(of: type, at: decl.name)
        return prologue
    }

    /// The parameter lists of a struct's initializers as calls see them: the declared
    /// `init`s, or else the memberwise one (typed in the current generic bindings).
    func initializerSignatures(_ decl: StructDeclSyntax) throws -> [[Parameter]] {
        let declared = decl.memberBlock.members.compactMap { $0.decl.as(InitializerDeclSyntax.self) }
        if !declared.isEmpty {
            return try declared.map { try parameterList($0.signature.parameterClause, compilingDefaults: false) }
        }
        var parameters: [Parameter] = []
        for member in decl.memberBlock.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self),
                  !variable.modifiers.contains(where: { $0.name.text == "static" }) else { continue }
            let mutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
            for binding in variable.bindings where !binding.isComputed {
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                      let annotation = binding.writtenType else { continue }
                if !mutable && binding.initializer != nil { continue }
                parameters.append(Parameter(label: name, name: name, type: try resolveType(annotation.type),
                                            defaultValue: mutable && binding.initializer != nil ? { _ in .void } : nil))
            }
        }
        return [parameters]
    }

    /// `Point(x:y:)`: every stored property in order; `var`s with a default may be left out,
    /// `let`s with a value are not parameters.
    private func memberwiseInitializer(_ type: CellType, _ fields: [StructLayout.Field], _ defaults: [Eval?]) -> FunctionBinding {
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
        return FunctionBinding(name: "init", parameters: parameters, result: type,
                               implementation: { arguments, _ in
            var values: [Value] = []
            for (index, source) in sources.enumerated() {
                if let source {
                    values.append(fields[index].isWeak ? WeakObjectReference.storing(arguments[source]) : arguments[source])
                } else {
                    values.append(try fixed[index]!(globalsFrame))
                }
            }
            return .tuple(values)
        })
    }

    /// An initializer's signature, declared now, and the work of compiling its body, for later.
    private func declareInitializer(_ decl: InitializerDeclSyntax, type: CellType,
                                    defaults: [Eval?]) throws -> (Statement, () throws -> Void) {
        let typeName = Checker.typeKey(type)
        if decl.optionalMark != nil { throw notSupported(.failableInitializer, decl) }
        let effect = try throwingEffect(decl.signature.effectSpecifiers)
        if effect == .rethrows, let clause = decl.signature.effectSpecifiers { throw notSupported(.rethrowingInitializer, clause) }
        let parameters = try parameterList(decl.signature.parameterClause)
        let variable = Variable(name: "init", type: .function(parameters.map { .init(type: $0.type) }, type, throws: effect != .none),
                                mutable: false, slot: scope.function.allocate(), owner: scope.function)
        var binding = FunctionBinding(name: "init", parameters: parameters, result: type, variable: variable)
        binding.effect = effect
        let record = declarations.record(typeName)
        record.addInitializer(binding)
        let pending = PendingFunction()
        let function = FunctionScope(parent: scope.function, returnType: .void, kind: .initializer)
        function.selfType = type
        function.effects.context = effect == .throws ? .throwing : .nonThrowing
        guard let body = decl.body else { throw notSupported(.initializerWithoutBody, decl) }
        let fieldDefaults = defaults
        return (creation(variable, pending), {
            let exec: Exec = try self.withScope(function: function) {
                for parameter in parameters {
                    try self.declare(parameter.name, type: parameter.type, mutable: false, at: decl.signature)
                }
                let selfVariable = try self.declare("self", type: type, mutable: true, at: decl.initKeyword)
                let statements = try self.block(Array(body.statements), newScope: false)
                let slot = selfVariable.slot
                return { frame in
                    frame.slots[slot] = .tuple(try fieldDefaults.map { try $0?(frame) ?? .void })
                    _ = try statements(frame)
                    frame.returnValue = frame.slots[slot]
                    return .returned
                }
            }
            pending.maker = self.functionMaker(function, parameterCount: parameters.count, inoutIndices: [], body: exec, at: decl.initKeyword)
        })
    }

    /// `instance`: the instance of a generic enum being declared (`Tree<Int>`, filed as `fullName`).
    func declareEnum(_ decl: EnumDeclSyntax, as fullName: String? = nil, instance: CellType? = nil) throws {
        let name = fullName ?? decl.name.text
        if let generics = decl.genericParameterClause, instance == nil { throw notSupported(.genericEnum, generics) }
        var rawType: CellType?
        var isCaseIterable = false
        for (position, inherited) in (decl.inheritanceClause?.inheritedTypes ?? []).enumerated() {
            let written = inherited.type.trimmedDescription
            if position == 0, ["Int", "String", "Double"].contains(written) || IntegerType.named(written) != nil {
                rawType = try resolveType(inherited.type)
            } else if written == "CaseIterable" {
                isCaseIterable = true
            }
        }
        if instance == nil, declarations.isTypeName(name, includingProtocols: false) {
            throw error(.invalidRedeclaration(name: name), at: decl.name)
        }
        try declareConformances(decl.inheritanceClause, of: name, allowing: ["Int", "String", "Double", "CaseIterable"])
        var declared = EnumLayout(name: name, cases: [])
        if case .instance(let base, let arguments) = instance {
            // Filed with its type before its cases, which may hold instances of it (`indirect case node(Tree<T>, …)`).
            declared.genericBase = base
            declared.genericArguments = arguments
        }
        declarations.declare(name, shape: .enumeration(declared))
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
                    throw notSupported(.rawValuesWithoutRawType, raw)
                }
                let payload = try element.parameterClause?.parameters.map { parameter in
                    CellType.TupleElement(label: parameter.firstName?.text, type: try resolveType(parameter.type))
                } ?? []
                cases.append(.init(name: element.name.text, payload: payload))
            }
        }
        var layout = EnumLayout(name: name, cases: cases, rawType: rawType, rawValues: rawValues, isCaseIterable: isCaseIterable)
        if case .instance(let base, let arguments) = instance {
            layout.genericBase = base
            layout.genericArguments = arguments
        }
        declarations.declare(name, shape: .enumeration(layout))
    }
}
