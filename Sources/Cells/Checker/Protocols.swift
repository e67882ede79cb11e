import SwiftSyntax
import CellValues

/// A protocol declared in a cell: what a conforming type must have.
struct ProtocolLayout {
    /// A property or method a conforming type must declare.
    struct Requirement {
        var name: String
        /// A property's type, or a method's result; `Self` is the archetype `Self`.
        var type: CellType
        var parameters: [Parameter] = []
        var isProperty: Bool
        var isMutating = false
        /// `{ get set }`: a property the protocol lets users assign.
        var isSettable = false
        /// `func parse() throws -> Int`: calls through the protocol need `try`.
        var effect: ThrowingEffect = .none
    }
    var name: String
    /// Protocols it refines (`protocol Shape: CustomStringConvertible`).
    var inherited: [String]
    var requirements: [Requirement]
    /// `associatedtype Item: Equatable`: each associated type with the protocols it must conform
    /// to. In requirements it is the archetype `Self.Item`; a conforming type gives it by a
    /// `typealias` or by its members' types (`AssociatedTypes.swift`).
    var associatedTypes: [String: [String]] = [:]
    /// `associatedtype Unit = Double`: what a conforming type that neither names nor infers it gets.
    var associatedTypeDefaults: [String: CellType] = [:]
    /// `protocol Stack<Element>`: the associated types `S: Stack<Int>` fixes, in order.
    var primaryAssociatedTypes: [String] = []
}

extension Checker {
    func declareProtocolName(_ decl: ProtocolDeclSyntax) throws {
        let name = decl.name.text
        if declarations.isTypeName(name, includingProtocols: true) {
            throw error(.invalidRedeclaration(name: name), at: decl.name)
        }
        declarations.protocols[name] = ProtocolLayout(name: name, inherited: [], requirements: [])
        declarations.protocols[name]?.primaryAssociatedTypes = decl.primaryAssociatedTypeClause?.primaryAssociatedTypes.map(\.name.text) ?? []
    }

    /// A protocol's requirements: properties (`var area: Double { get }`) and methods.
    func declareProtocolRequirements(_ decl: ProtocolDeclSyntax) throws {
        let name = decl.name.text
        var inherited: [String] = []
        for parent in decl.inheritanceClause?.inheritedTypes ?? [] {
            let written = parent.type.trimmedDescription
            // `protocol Listener: AnyObject`: only classes conform (`WeakReferences.swift`).
            guard declarations.protocols[written] != nil || acceptedConformances.contains(written) || written == "AnyObject" else {
                if declarations.isKnownProtocol(written) { throw notSupported(.refining(protocol: written), parent) }
                throw error(.cannotFindTypeInScope(name: written), at: parent.type)
            }
            inherited.append(written)
        }
        declarations.protocols[name]?.inherited = inherited
        let saved = genericBindings
        genericBindings["Self"] = .archetype("Self", protocols: declarations.protocolClosure([name]))
        defer { genericBindings = saved }
        for member in decl.memberBlock.members {
            guard let associated = member.decl.as(AssociatedTypeDeclSyntax.self) else { continue }
            if let clause = associated.genericWhereClause { throw notSupported(.associatedType, clause) }
            let constraints = try (associated.inheritanceClause?.inheritedTypes ?? []).map { inherited in
                let written = inherited.type.trimmedDescription
                guard declarations.isKnownProtocol(written) else { throw error(.cannotFindTypeInScope(name: written), at: inherited.type) }
                return written
            }
            declarations.protocols[name]?.associatedTypes[associated.name.text] = constraints
            if let initializer = associated.initializer {
                let type = try resolveType(initializer.value)
                declarations.protocols[name]?.associatedTypeDefaults[associated.name.text] = type
            }
        }
        genericBindings.merge(selfAssociatedArchetypes(of: name)) { $1 }
        var requirements: [ProtocolLayout.Requirement] = []
        for member in decl.memberBlock.members {
            if let variable = member.decl.as(VariableDeclSyntax.self) {
                for binding in variable.bindings {
                    guard let property = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                          let annotation = binding.typeAnnotation, let accessors = binding.accessorBlock else {
                        throw notSupported(.protocolRequirement, binding)
                    }
                    if variable.modifiers.contains(where: { $0.name.text == "static" }) {
                        throw notSupported(.staticRequirement, variable)
                    }
                    var settable = false
                    if case .accessors(let list) = accessors.accessors {
                        settable = list.contains { $0.accessorSpecifier.tokenKind == .keyword(.set) }
                        if let effects = list.lazy.compactMap(\.effectSpecifiers).first {
                            throw notSupported(.effectfulAccessor, effects)
                        }
                    }
                    requirements.append(.init(name: property, type: try resolveType(annotation.type),
                                              isProperty: true, isSettable: settable))
                }
            } else if let function = member.decl.as(FunctionDeclSyntax.self) {
                if function.modifiers.contains(where: { $0.name.text == "static" }) {
                    throw notSupported(.staticRequirement, function)
                }
                if let clause = function.genericParameterClause { throw notSupported(.genericRequirement, clause) }
                let parameters = try parameterList(function.signature.parameterClause, compilingDefaults: false)
                let result = try function.signature.returnClause.map { try resolveType($0.type) } ?? .void
                requirements.append(.init(name: function.name.text, type: result, parameters: parameters, isProperty: false,
                                          isMutating: function.modifiers.contains { $0.name.text == "mutating" },
                                          effect: try throwingEffect(function.signature.effectSpecifiers)))
            } else if member.decl.is(AssociatedTypeDeclSyntax.self) {
                continue
            } else {
                throw notSupported(.protocolRequirement, member.decl)
            }
        }
        declarations.protocols[name]?.requirements = requirements
    }

    // MARK: Conformance checks

    /// Checks that a cell's type meets what its declared protocols ask, as swiftc does:
    /// a cell protocol's requirements, and what Swift needs to synthesize (or find) `==`,
    /// `hash(into:)`, `<` and `description`.
    func checkConformances(of type: CellType, at node: some SyntaxProtocol) throws {
        if pendingConformanceChecks != nil {
            // Inside a block's declarations: after its extensions, which may provide requirements.
            pendingConformanceChecks?.append((type, Syntax(node)))
            return
        }
        let key = Checker.typeKey(type)
        if declarations.classLayout(of: type) == nil,
           let proto = declarations[key]?.conformances.sorted().first(where: { isClassBound($0) }) {
            throw error(.nonClassConformsToClassProtocol(type: type, protocol: proto), at: node)
        }
        for proto in declarations.protocolClosure(Array(declarations[key]?.conformances ?? [])).sorted() where !meets(type, proto) {
            throw error(.doesNotConform(type: type, protocol: proto), at: node)
        }
    }

    private func meets(_ type: CellType, _ proto: String) -> Bool {
        let key = Checker.typeKey(type)
        if declarations.classLayout(of: type) != nil, ["Equatable", "Hashable"].contains(proto) {
            // Swift synthesizes neither for a class: `==` must be declared (and `hash(into:)`).
            return proto == "Equatable" && declarations.operatorOverloads("==", type, type) != nil
        }
        switch proto {
        case "Equatable", "Hashable":
            if declarations.operatorOverloads("==", type, type) != nil, proto == "Equatable" { return true }
            return memberTypes(of: type).allSatisfy { declarations.conforms($0, to: proto) }
        case "Comparable":
            if declarations.operatorOverloads("<", type, type) != nil { return true }
            // Swift synthesizes `<` only for enums without raw values.
            guard let layout = declarations.enumLayout(key), layout.rawType == nil else { return false }
            return memberTypes(of: type).allSatisfy { declarations.conforms($0, to: "Comparable") }
        case "CustomStringConvertible":
            return propertyType(of: type, "description") == .string
        default:
            guard declarations.protocols[proto] != nil else { return true }
            return declarations.allRequirements(proto).allSatisfy { witness(for: $0, in: type) != nil }
        }
    }

    /// The types of a struct's stored properties, or of an enum's payloads.
    private func memberTypes(of type: CellType) -> [CellType] {
        let key = Checker.typeKey(type)
        if let layout = declarations.structLayout(key) { return layout.fields.map(\.type) }
        if let layout = declarations.enumLayout(key) { return layout.cases.flatMap { $0.payload.map(\.type) } }
        return []
    }

    /// The type of a stored or computed property of a cell's type.
    func propertyType(of type: CellType, _ name: String) -> CellType? {
        let key = Checker.typeKey(type)
        if let layout = declarations.classLayout(of: type) {
            return layout.fields.first { $0.name == name }?.type ?? classComputedProperty(layout, name)?.getter.result
        }
        if let (_, field) = declarations[key]?.storedProperty(name) { return field.type }
        return declarations[key]?.computedProperties[name]?.getter.result
    }

    /// How `type` meets a requirement: a stored property, or a method or getter a cell
    /// declared for it (in its body, an extension, or a protocol extension).
    func witness(for requirement: ProtocolLayout.Requirement, in type: CellType) -> Witness? {
        if let layout = declarations.classLayout(of: type) { return classWitness(for: requirement, in: layout) }
        let key = Checker.typeKey(type)
        let wanted = requirementType(requirement.type, for: type)
        if requirement.isProperty {
            // A lazy property's getter is mutating: it meets no `{ get }` requirement (swiftc's rule).
            if let (index, field) = declarations[key]?.storedProperty(requirement.name), field.type == wanted, !field.isLazy {
                return .storedProperty(index)
            }
            try? applyExtensionTemplates(to: type)
            if let getter = declarations[key]?.computedProperties[requirement.name]?.getter, getter.result == wanted {
                return .function(getter)
            }
            return nil
        }
        try? applyExtensionTemplates(to: type)
        let parameterTypes = requirement.parameters.map { requirementType($0.type, for: type) }
        let method = declarations[key]?.methods(named: requirement.name).first {
            $0.generic == nil
                && $0.parameters.map(\.label) == requirement.parameters.map(\.label)
                && $0.parameters.map(\.type) == parameterTypes && $0.result == wanted
                && $0.isMutating == requirement.isMutating
                && ($0.effect == .none || requirement.effect != .none)   // a throwing method meets only a throwing requirement
        }
        return method.map(Witness.function)
    }

    // MARK: Existentials

    /// `let s: any Shape = Square(side: 2)`: the value in a box with its type and how the
    /// type meets each requirement, so calls through the box reach the type's members.
    func existential(_ compiled: Compiled, as proto: String, at node: some SyntaxProtocol) throws -> Compiled {
        if compiled.type == .existential(proto) { return compiled }
        let box = try existentialBox(for: compiled.type, as: proto, at: node)
        let eval = compiled.eval
        return Compiled(.existential(proto)) { frame in try box(frame)(try eval(frame)) }
    }

    /// `let shapes: [any Shape] = squares`: every element in a box (the witnesses made once).
    func existentialArray(_ compiled: Compiled, of element: CellType, as proto: String,
                          at node: some SyntaxProtocol) throws -> Compiled {
        let box = try existentialBox(for: element, as: proto, at: node)
        let eval = compiled.eval
        return Compiled(.array(.existential(proto))) { frame in
            let wrap = try box(frame)
            return .array(try eval(frame).array.map(wrap))
        }
    }

    /// What puts a value of `type` in an `any proto` box: made in the frame where the
    /// conversion happens (the witnesses are function values in slots).
    private func existentialBox(for type: CellType, as proto: String,
                                at node: some SyntaxProtocol) throws -> (Frame) throws -> (Value) -> Value {
        guard declarations.conforms(type, to: proto), !type.containsArchetype else {
            throw error(.cannotConvert(from: type, to: CellType.existential(proto),
                                       context: .contextual), at: node)
        }
        let witnesses = try declarations.allRequirements(proto).map { requirement -> Eval in
            guard let witness = witness(for: requirement, in: type) else {
                throw error(.doesNotConform(type: type, protocol: proto), at: node)
            }
            switch witness {
            case .storedProperty(let index):
                let value = Value.function(FunctionValue { arguments in arguments[0].array[index] })
                return { _ in value }
            case .function(let binding):
                return read(binding.variable!).eval
            case .classField(let index):
                let value = Value.function(FunctionValue { arguments in
                    guard case .object(let object) = arguments[0] else { return .void }
                    return object.fields[index]
                })
                return { _ in value }
            case .dispatched(let slot):
                let value = Value.function(FunctionValue { arguments in
                    guard case .object(let object) = arguments[0] else { return .void }
                    return try object.cellClass.methods[slot].call(&arguments)
                })
                return { _ in value }
            }
        }
        let typeIndex = existentialTypeIndex(type)
        return { frame in
            let table = try witnesses.map { try $0(frame) }
            return { value in .existential(ExistentialValue(value: value, type: typeIndex, witnesses: table)) }
        }
    }

    /// The index of a concrete type in the table of types boxed in existentials.
    func existentialTypeIndex(_ type: CellType) -> Int {
        if let index = declarations.existentialTypes.firstIndex(of: type) { return index }
        declarations.existentialTypes.append(type)
        return declarations.existentialTypes.count - 1
    }

    /// `shape.area`, `shape.scaled(by: 2)` on an `any Shape`: through the box's witness.
    func existentialMember(_ receiver: Compiled, _ proto: String, _ name: String, arguments: [CallArgument]?,
                           expected: CellType?, at node: some SyntaxProtocol) throws -> Compiled? {
        let requirements = declarations.allRequirements(proto)
        let candidates = requirements.indices.filter {
            requirements[$0].name == name && requirements[$0].isProperty == (arguments == nil)
        }
        guard let first = candidates.first else { return nil }
        let self_ = CellType.existential(proto)
        if arguments == nil {
            let type = requirementType(requirements[first].type, for: self_)
            let eval = receiver.eval
            return Compiled(type) { frame in
                guard case .existential(let box) = try eval(frame) else { return .void }
                var values = [box.value]
                return try box.witnesses[first].function.call(&values)
            }
        }
        let bindings = candidates.map { index in
            var binding = FunctionBinding(name: name, parameters: requirements[index].parameters.map {
                var parameter = $0
                parameter.type = requirementType($0.type, for: self_)
                return parameter
            }, result: requirementType(requirements[index].type, for: self_))
            binding.effect = requirements[index].effect
            return binding
        }
        let resolved = try resolveCall(bindings, name: name, kind: .instanceMethod, arguments: arguments ?? [],
                                       expected: expected, at: node)
        guard let chosen = candidates.first(where: {
            requirements[$0].parameters.map(\.label) == resolved.binding.parameters.map(\.label)
        }) else { return nil }
        if requirements[chosen].isMutating { throw notSupported(.mutatingRequirementThroughExistential(protocol: proto), node) }
        let eval = receiver.eval, arguments = resolved.arguments
        let (line, column) = location(node)
        // `func scaled() -> Self` through `any Shape` gives an `any Shape`: the result goes in the
        // receiver's box again (it has the receiver's type).
        var returnsSelf = false
        if case .archetype("Self", _) = requirements[chosen].type { returnsSelf = true }
        return Compiled(resolved.result) { frame in
            guard case .existential(let box) = try eval(frame) else { return .void }
            var values = [box.value]
            for argument in arguments { values.append(try argument(frame)) }
            do {
                let result = try box.witnesses[chosen].function.call(&values)
                guard returnsSelf else { return result }
                return .existential(ExistentialValue(value: result, type: box.type, witnesses: box.witnesses))
            } catch let trap as Trap {
                throw CellError(line: line, column: column, kind: trap.kind)
            }
        }
    }
}

/// How a type meets one requirement of a protocol.
enum Witness {
    /// A stored property, at this index of the struct's fields.
    case storedProperty(Int)
    /// A method or a computed property's getter (taking `self` first).
    case function(FunctionBinding)
    /// A class's stored property, at this index of the object's fields.
    case classField(Int)
    /// A class's overridable member, at this slot of the object's table of methods.
    case dispatched(slot: Int)
}
