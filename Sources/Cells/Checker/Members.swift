import SwiftSyntax
import CellValues

extension Checker {
    func memberAccess(_ member: MemberAccessExprSyntax, expected: CellType?) throws -> Compiled {
        let name = member.declName.baseName.text
        guard let base = member.base else {
            return try implicitMember(name, payload: nil, expected: expected, at: member)
        }
        if let generic = genericEnumNamed(by: base) {
            return try genericEnumCase(generic, name, nil, expected: expected, at: member)   // `Tree.leaf`
        }
        if name == "self", let typeName = staticBaseName(base) {
            return try metatypeValue(resolveTypeName(typeName))   // `Dog.self`
        }
        if name == "self", let specialized = try specializedType(base) { return metatypeValue(specialized) }
        if let typeName = staticBaseName(base) {
            if name == "init", case .function(let parameters, _, _)? = expected, parameters.count == 1 {
                return try initializerReference(typeName, parameters[0].type, at: member)
            }
            return try staticMember(typeName, name, payload: nil, at: member)
        }
        if let specialized = try specializedType(base) {
            return try staticMember(Checker.typeKey(specialized), name, payload: nil, at: member)
        }
        if base.is(SuperExprSyntax.self) { return try superProperty(member) }
        let receiver = try postfixBase(base)
        if let lazy = try lazyPropertyRead({ try lvalue(base, path: .property) }, type: receiver.type, name, at: member.declName) {
            return lazy
        }
        do {
            return try property(of: receiver, name, at: member.declName)
        } catch let failure as CellError {
            guard case .noMember = failure.kind else { throw failure }
            throw unwrapNeeded(receiver.type, name, base) ?? failure
        }
    }

    /// `node.next.value` with `next: Node?`: swiftc asks for the unwrap, at the optional base.
    func unwrapNeeded(_ type: CellType, _ name: String, _ base: ExprSyntax) -> CellError? {
        guard let wrapped = type.optionalWrapped, wrapped.nominalName != nil,
              hasProperty(wrapped, name) || hasMethod(wrapped, name) else { return nil }
        return error(.optionalMemberNotUnwrapped(optional: type, member: name, wrapped: wrapped), at: base)
    }

    /// The type a generic type written as an expression names (`Stack<Int>` in `Stack<Int>.empty`).
    func specializedType(_ base: ExprSyntax) throws -> CellType? {
        guard let specialized = base.as(GenericSpecializationExprSyntax.self),
              let name = specialized.expression.as(DeclReferenceExprSyntax.self)?.baseName else { return nil }
        let type = try reparsed(from: specialized) {
            try resolveType(TypeSyntax(IdentifierTypeSyntax(name: name.trimmed, genericArgumentClause: specialized.genericArgumentClause)))
        }
        try requireInstances(type)
        return type
    }

    /// The type a member access starts from, when its base names a type (`Double.pi`, `Color.red`).
    func staticBaseName(_ base: ExprSyntax) -> String? {
        if let nested = nestedTypeName(base) { return nested }
        if let associated = associatedTypeName(base) { return associated }
        guard let reference = base.as(DeclReferenceExprSyntax.self) else { return nil }
        let name = reference.baseName.text
        if lookup(name) != nil { return nil }
        guard let type = try? resolveTypeName(name) else { return nil }
        // A generic parameter in an instance (`T.pi` with `T` = Double) names its type's statics.
        if genericBindings[name] != nil, !type.isExistentialOrGeneric { return Checker.typeKey(type) }
        // A nested type by its bare name (`Suit` inside `Card`) is filed as `Card.Suit`.
        if case .nominal(let full) = type, full.hasSuffix(".\(name)") { return full }
        // A generic type's bare name inside its own declaration is the instance (`Tree.leaf` in `Tree<Int>`).
        if case .instance = type { return type.description }
        return name
    }

    /// `receiver.name` for a stored property, tuple element or library property. Errors
    /// and run-time traps are reported at `nameNode` (the member's name).
    func property(of receiver: Compiled, _ name: String, at nameNode: some SyntaxProtocol) throws -> Compiled {
        try checkFoundationErrorMember(receiver.type, name, at: nameNode)
        let eval = receiver.eval
        switch receiver.type {
        case .error: return receiver
        case .tuple(let elements):
            if let index = elements.firstIndex(where: { $0.label == name }) ?? Int(name), index < elements.count {
                return Compiled(elements[index].type) { try eval($0).array[index] }
            }
        case .nominal, .instance:
            if let layout = declarations.classLayout(of: receiver.type) {
                try applyExtensionTemplates(to: receiver.type)
                if let member = try classProperty(receiver, layout, name, at: nameNode) { return member }
            }
            if let typeName = receiver.type.nominalName, declarations.structLayout(typeName) == nil {
                try requireInstances(receiver.type)
            }
            if let typeName = receiver.type.nominalName, let (index, field) = declarations[typeName]?.storedProperty(name) {
                // A lazy property is read through its place (`lazyPropertyRead`); reached
                // another way (an optional chain, a key path) it is refused, not read unset.
                if field.isLazy { throw notSupported(.member, nameNode) }
                if field.isWeak { return Compiled(field.type) { WeakObjectReference.loading(try eval($0).array[index]) } }
                let type = field.type
                var compiled = Compiled(type) { try eval($0).array[index] }
                if type == .double { compiled.double = { try eval($0).array[index].double } }
                return compiled
            }
        case .existential(let proto):
            if let member = try existentialMember(receiver, proto, name, arguments: nil, expected: nil, at: nameNode) {
                return member
            }
        case .archetype:
            if let member = try archetypeMember(receiver, name, arguments: nil, expected: nil, at: nameNode) { return member }
        default:
            break
        }
        try applyExtensionTemplates(to: receiver.type)
        let key = Checker.typeKey(receiver.type)
        if let getter = declarations[key]?.computedProperties[name]?.getter {
            let resolved = ResolvedCall(binding: getter, arguments: [], inoutPlaces: [], result: getter.result)
            return emitCall(resolved, callee: read(getter.variable!).eval, receiver: eval, at: nameNode)
        }
        if case .nominal(let typeName) = receiver.type, name == "rawValue", let layout = declarations.enumLayout(typeName),
           let rawType = layout.rawType {
            let raws = layout.rawValues
            return Compiled(rawType) { frame in
                guard case .enumCase(let index, _) = try eval(frame) else { return .void }
                return raws[index]
            }
        }
        if name == "description", declarations.conforms(receiver.type, to: "CustomStringConvertible") {
            // Every CustomStringConvertible type of the standard library: what `print` writes.
            let describe = describer(for: receiver.type)
            return Compiled(.string) { .string(describe(try eval($0))) }
        }
        if let lazy = try lazyCollectionProperty(receiver, name, at: nameNode) { return lazy }
        if let (candidates, generics) = surface.members(of: receiver.type, named: name),
           let property = candidates.first(where: \.isProperty) {
            let type = property.binding.result.substituting(generics)
            let resolved = ResolvedCall(binding: property.binding, arguments: [], inoutPlaces: [], result: type)
            return emitCall(resolved, callee: nil, receiver: eval, at: nameNode)
        }
        if name == "lazy", receiver.type.sequenceElement != nil { return try lazyView(receiver, at: nameNode) }
        if let unmet = unmetExtensionRequirement(receiver.type, name, isProperty: true, at: nameNode) { throw unmet }
        throw error(.noMember(type: receiver.type, member: name, nearby: memberNames(of: receiver.type)), at: nameNode)
    }

    /// Whether `name` is a property of values of `type` (stored, computed, the library's,
    /// or a protocol requirement): what a bare name inside a method may mean.
    func hasProperty(_ type: CellType, _ name: String) -> Bool {
        let key = Checker.typeKey(type)
        try? applyExtensionTemplates(to: type)
        if let layout = declarations.classLayout(of: type) { return classHasProperty(layout, name) }
        if let record = declarations[key] {
            if record.storedProperty(name) != nil || record.computedProperties[name] != nil { return true }
            if name == "rawValue", record.enumLayout?.rawType != nil { return true }
        }
        if requirement(of: type, name, isProperty: true) != nil { return true }
        if hasLibraryArchetypeMember(type, name, isProperty: true) { return true }
        if surface.members(of: type, named: name)?.members.contains(where: \.isProperty) == true { return true }
        return false
    }

    /// A protocol requirement of an archetype's or existential's protocols.
    func requirement(of type: CellType, _ name: String, isProperty: Bool) -> ProtocolLayout.Requirement? {
        let protocols: Set<String>
        switch type {
        case .archetype(_, let conformances): protocols = conformances
        case .existential(let proto): protocols = declarations.protocolClosure([proto])
        default: return nil
        }
        for proto in protocols.sorted() {
            if let found = declarations.protocols[proto]?.requirements.first(where: { $0.name == name && $0.isProperty == isProperty }) {
                return found
            }
        }
        return nil
    }

    /// A member of a generic parameter while its declaration is checked: a requirement of
    /// its protocols, or `description` of a CustomStringConvertible one. Typed, never run.
    func archetypeMember(_ receiver: Compiled, _ name: String, arguments: [CallArgument]?, expected: CellType?,
                         at node: some SyntaxProtocol) throws -> Compiled? {
        if arguments == nil, name == "description", declarations.conforms(receiver.type, to: "CustomStringConvertible") {
            return Compiled(.string) { _ in .void }
        }
        if let member = try libraryArchetypeMember(receiver, name, arguments: arguments, expected: expected, at: node) {
            return member
        }
        guard let found = requirement(of: receiver.type, name, isProperty: arguments == nil) else { return nil }
        guard let arguments else {
            return Compiled(requirementType(found.type, for: receiver.type)) { _ in .void }
        }
        var binding = FunctionBinding(name: name, parameters: found.parameters.map {
            var parameter = $0
            parameter.type = requirementType($0.type, for: receiver.type)
            return parameter
        }, result: requirementType(found.type, for: receiver.type))
        binding.effect = found.effect
        let resolved = try resolveCall([binding], name: name, kind: .instanceMethod, arguments: arguments,
                                       expected: expected, at: node)
        return Compiled(resolved.result) { _ in .void }
    }

    /// `String.init` passed as a function (`xs.map(String.init)`): the one-argument initializer.
    private func initializerReference(_ typeName: String, _ argument: CellType, at node: MemberAccessExprSyntax) throws -> Compiled {
        let type = try resolveTypeName(typeName)
        let parameter = Compiled(argument) { $0.slots[0] }
        let body: Compiled
        if type == .string {
            let describe = describer(for: argument)
            body = Compiled(.string) { .string(describe($0.slots[0])) }
        } else {
            // The one-argument initializer that takes `argument` (`init?<S: StringProtocol>(_: S)`
            // takes a String: its generic parameter is solved, its requirements met).
            var solution: [String: CellType] = [:]
            guard let (key, _) = Surface.receiver(type),
                  let candidate = surface.statics[key]?["init"]?.first(where: { candidate in
                      solution = [:]
                      guard candidate.parameters.count == 1, candidate.parameters[0].label == nil,
                            candidate.parameters[0].type.bind(to: argument, &solution) else { return false }
                      return candidate.constraints.allSatisfy { generic, requirement in
                          solution[generic].map { declarations.conforms($0, to: requirement) } ?? true
                      }
                  }) else {
                throw error(.noMatchingOverload(kind: .initializer, name: "\(typeName)"), at: node)
            }
            let result = candidate.result.substituting(solution)
            body = emitCall(ResolvedCall(binding: candidate, arguments: [parameter.eval], inoutPlaces: [], result: result),
                            callee: nil, at: node)
        }
        let eval = body.eval
        let value = Value.function(FunctionValue { arguments in try eval(Frame.make(values: arguments, parent: nil)) })
        return Compiled(.function([.init(type: argument)], body.type)) { _ in value }
    }

    /// `.red`, `.circle(radius: 2)`: a member of the expected type.
    func implicitMember(_ name: String, payload: [CallArgument]?, expected: CellType?,
                        at node: some SyntaxProtocol) throws -> Compiled {
        if case .optional(let wrapped) = expected, let member = try optionalCase(name, payload, wrapped, at: node) {
            return member
        }
        var type = expected
        if let wrapped = expected?.optionalWrapped { type = wrapped }
        if name == "init", let payload, let type, type.nominalName == nil, type.integerType == nil, type != .double,
           !type.containsError, !type.containsGeneric {
            // `let s: String = .init(repeating: "a", count: 3)`, `let xs: [Double] = .init(repeating: 0, count: n)`.
            return try coerce(initializerCall(type, payload, expected: type, at: node), to: expected!, context: .contextual, at: node)
        }
        if let type, let member = libraryArchetypeStatic(type, name, payload: payload) { return member }   // `.zero` for a `T`
        if let integer = type?.integerType {
            // `let top: UInt8 = .max`
            return try staticMember(integer.name, name, payload: payload, at: node).retyped(expected!)
        }
        if type == .double {
            // `let x: Double = .infinity`, `[1, .nan]`, `z ?? .pi`: Double's statics.
            return try staticMember("Double", name, payload: payload, at: node).retyped(expected!)
        }
        guard let typeName = type?.nominalName else {
            throw error(.cannotInferGeneric(parameter: "member '\(name)'"), at: node)
        }
        return try staticMember(typeName, name, payload: payload, at: node).retyped(expected!)
    }

    /// `.none` and `.some(x)` of an optional type (`let n: Int?? = .some(nil)`).
    func optionalCase(_ name: String, _ payload: [CallArgument]?, _ wrapped: CellType,
                      at node: some SyntaxProtocol) throws -> Compiled? {
        switch (name, payload) {
        case ("none", nil):
            return .constant(.optional(wrapped), .none)
        case ("some", let arguments?) where arguments.count == 1 && arguments[0].label == nil:
            let value = try expression(arguments[0].expression, as: wrapped, context: .argument).eval
            return Compiled(.optional(wrapped)) { try value($0).wrappedInOptional }
        default:
            return nil
        }
    }

    /// Whether a cell's type (by key) has a static member of this name: what a bare name
    /// in one of its static methods may mean.
    func hasStaticMember(_ key: String, _ name: String) -> Bool {
        declarations[key]?.hasStaticMember(name) ?? false
    }

    /// `Type.name` or `Type.name(…)`: an enum case, a static constant of the library or of Swift.
    func staticMember(_ typeName: String, _ name: String, payload: [CallArgument]?,
                      at node: some SyntaxProtocol) throws -> Compiled {
        if let archetype = archetypeNamed(typeName), let member = libraryArchetypeStatic(archetype, name, payload: payload) {
            return member   // `T.zero`, `T.max`
        }
        if let layout = declarations.enumLayout(typeName), let index = layout.cases.firstIndex(where: { $0.name == name }) {
            let enumCase = layout.cases[index]
            let type = layout.type
            if enumCase.payload.isEmpty {
                if payload != nil { throw error(.notCallable(type: type), at: node) }
                return .constant(type, .enumCase(index, []))
            }
            guard let payload else {
                throw notSupported(.enumCaseAsFunction(name: name), node)
            }
            let binding = FunctionBinding(
                name: name, parameters: enumCase.payload.enumerated().map {
                    Parameter(label: $0.element.label, name: $0.element.label ?? "#\($0.offset)", type: $0.element.type)
                }, result: type)
            let resolved = try resolveCall([binding], name: name, kind: .enumCase, arguments: payload,
                                           expected: nil, at: node)
            let arguments = resolved.arguments
            return Compiled(type) { frame in .enumCase(index, try arguments.map { try $0(frame) }) }
        }
        let staticRecord = declarations[declarations.staticMemberKey(typeName, name)]
        switch staticRecord?.staticProperties[name] {
        case .stored(let variable)? where payload == nil:
            return read(variable)
        case .computed(let getter)? where payload == nil:
            let resolved = ResolvedCall(binding: getter, arguments: [], inoutPlaces: [], result: getter.result)
            return emitCall(resolved, callee: read(getter.variable!).eval, at: node)
        default:
            break
        }
        if let overloads = staticRecord?.staticMethods[name], let payload {
            let resolved = try resolveCall(overloads, name: name, kind: .staticMethod, arguments: payload,
                                           expected: nil, at: node)
            return emitCall(resolved, callee: read(resolved.binding.variable!).eval, at: node)
        }
        if name == "allCases", let layout = declarations.enumLayout(typeName), layout.isCaseIterable {
            let all = Value.array(layout.cases.indices.map { .enumCase($0, []) })
            return .constant(.array(layout.type), all)
        }
        if let constant = SurfaceStandardLibrary.constant(typeName, name) {
            return .constant(constant.type, constant.value)
        }
        if let candidates = surface.statics[typeName]?[name] {
            if let payload {
                let resolved = try resolveCall(candidates, name: name, kind: .staticMethod, arguments: payload,
                                               expected: nil, at: node)
                return emitCall(resolved, callee: nil, at: node)
            }
            if let property = candidates.first(where: { $0.parameters.isEmpty }) {
                let resolved = ResolvedCall(binding: property, arguments: [], inoutPlaces: [], result: property.result)
                return emitCall(resolved, callee: nil, at: node)
            }
        }
        if let type = try? resolveTypeName(typeName), hasProperty(type, name) || hasMethod(type, name) {
            // swiftc points at the type: `Animal.speak()`.
            let member = Syntax(node).as(MemberAccessExprSyntax.self)
                ?? Syntax(node).as(FunctionCallExprSyntax.self)?.calledExpression.as(MemberAccessExprSyntax.self)
            throw error(.instanceMemberOnType(member: name, type: typeName), at: member?.base.map(Syntax.init) ?? Syntax(node))
        }
        throw error(.typeHasNoMember(type: typeName, member: name), at: node)
    }
}

