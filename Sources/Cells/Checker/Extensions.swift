import SwiftSyntax
import CellValues

/// An extension whose members depend on the type they are used with: of a generic
/// built-in type (`extension Array where Element: Comparable`) or of a protocol
/// (`extension Shape`). It is checked once with archetypes, and compiled for each
/// type whose members are looked up and that it applies to.
final class ExtensionTemplate {
    let syntax: ExtensionDeclSyntax
    let context: DeclarationContext
    /// `Array`, `Dictionary`, `Set`, `Optional`, or a cell's protocol.
    let extended: String
    let signature: GenericSignature
    /// Type keys it was compiled for.
    var applied: Set<String> = []

    init(syntax: ExtensionDeclSyntax, context: DeclarationContext, extended: String, signature: GenericSignature) {
        self.syntax = syntax
        self.context = context
        self.extended = extended
        self.signature = signature
    }
}

extension Checker {
    /// The generic parameters a built-in generic type brings to its extensions.
    static let extensibleGenerics: [String: [String]] = [
        "Array": ["Element"], "Set": ["Element"], "Dictionary": ["Key", "Value"], "Optional": ["Wrapped"],
    ]

    /// `extension T { … }`: members for a concrete type now; a template for a protocol or
    /// a generic type. Returns the statements that make the function values on entry.
    func declareExtension(_ decl: ExtensionDeclSyntax, deferred: DeferredCreations) throws -> [Statement] {
        let written = decl.extendedType.trimmedDescription
        let name = decl.extendedType.as(IdentifierTypeSyntax.self)?.name.text ?? written
        let signature = try genericSignature(nil, decl.genericWhereClause)
        let context = DeclarationContext(cell: cell, scope: scope, genericBindings: genericBindings, deferred: deferred)
        if declarations.protocols[name] != nil {
            if decl.inheritanceClause != nil { throw notSupported(.protocolExtensionAddingConformance, decl) }
            let template = ExtensionTemplate(syntax: decl, context: context, extended: name, signature: signature)
            declarations.extensionTemplates.append(template)
            // Checked with `Self` as an archetype that conforms to the protocol (and its associated types as theirs).
            let archetype = CellType.archetype("Self", protocols: declarations.protocolClosure([name] + signature.conformances.map(\.protocol)))
            _ = try withBindings(selfAssociatedArchetypes(of: name)) { try declareExtensionMembers(decl, on: archetype) }
            return []
        }
        if Checker.isLibraryProtocol(name), declarations.protocols[name] == nil, decl.extendedType.is(IdentifierTypeSyntax.self) {
            return try declareLibraryProtocolExtension(decl, name, signature, context)
        }
        if let generic = declarations.genericStructs[name], decl.extendedType.is(IdentifierTypeSyntax.self) {
            let parameters = generic.signature.parameters
            generic.extensions.append((decl, signature))
            for instance in generic.instances {
                guard case .instance(_, let arguments) = instance,
                      try inContext(generic.context, bindings: [:], { try meets(signature, parameters, arguments) }) else { continue }
                var bindings = Dictionary(uniqueKeysWithValues: zip(parameters, arguments))
                bindings[name] = instance
                generic.context.deferred.statements += try inContext(generic.context, bindings: bindings) {
                    try declareExtensionMembers(decl, on: instance)
                }
            }
            // Checked with the struct's parameters as archetypes that meet the `where` clause; a
            // clause that fixes every parameter (`where T == Int`) names one instance: compiled now.
            var constrained = generic.signature
            constrained.conformances += signature.conformances
            constrained.sameTypes += signature.sameTypes
            let archetypes = try inContext(generic.context, bindings: [:]) { try self.archetypes(constrained) }
            let checked = CellType.instance(name, parameters.map { archetypes[$0]! })
            if !checked.containsArchetype {
                try instantiateStruct(name, parameters.map { archetypes[$0]! }, at: Syntax(decl.extendedType))
                return []
            }
            var bindings = archetypes
            bindings[name] = checked
            _ = try inContext(generic.context, bindings: bindings) { () -> [Statement] in
                // A new archetype instance gets the extension with the others; an existing one now.
                guard declarations.structLayout(checked.description) != nil || declarations.enumLayout(checked.description) != nil else {
                    try instantiateStruct(name, parameters.map { archetypes[$0]! }, at: Syntax(decl.extendedType))
                    return []
                }
                if let enumSyntax = generic.enumSyntax {
                    // The cases' payloads with this extension's archetypes (`T: Comparable`), which
                    // share the instance's name (`Tree<T>`) with the declaration's own.
                    try declareEnum(enumSyntax, as: checked.description, instance: checked)
                }
                return try declareExtensionMembers(decl, on: checked)
            }
            return []
        }
        if let parameters = Checker.extensibleGenerics[name], decl.extendedType.is(IdentifierTypeSyntax.self) {
            var bindings = try archetypes(GenericSignature(parameters: parameters, conformances: signature.conformances,
                                                           sameTypes: signature.sameTypes))
            let type = try builtinType(name, parameters.map { bindings[$0]! })
            if !type.containsArchetype {
                // `extension Array where Element == Int`: one concrete type.
                bindings["Self"] = type
                return try withBindings(bindings) { try declareExtensionMembers(decl, on: type) }
            }
            declarations.extensionTemplates.append(ExtensionTemplate(syntax: decl, context: context, extended: name, signature: signature))
            _ = try withBindings(bindings) { try declareExtensionMembers(decl, on: type) }
            return []
        }
        if decl.genericWhereClause != nil { throw notSupported(.whereOnNonGenericExtension, decl) }
        let type = try resolveType(decl.extendedType)
        if case .existential = type { throw notSupported(.extensionOfThisType, decl.extendedType) }
        return try declareExtensionMembers(decl, on: type)
    }

    /// An extension's members (and the conformances it adds) for one type.
    func declareExtensionMembers(_ decl: ExtensionDeclSyntax, on type: CellType) throws -> [Statement] {
        for member in decl.memberBlock.members {
            if member.decl.is(InitializerDeclSyntax.self) { throw notSupported(.initializerInExtension, member.decl) }
            if let variable = member.decl.as(VariableDeclSyntax.self), !variable.modifiers.contains(where: { $0.name.text == "static" }),
               variable.bindings.contains(where: { $0.accessorBlock == nil }) {
                throw error(.syntax(message: "extensions must not contain stored properties"), at: variable)
            }
        }
        try declareConformances(decl.inheritanceClause, of: Checker.typeKey(type))
        let creations = try declareTypeMembers(type, decl.memberBlock)
        if decl.inheritanceClause != nil { try checkConformances(of: type, at: decl.extendedType) }
        return creations
    }

    /// Compiles the templates that apply to `type` and were not compiled for it yet: the
    /// extensions of its generic built-in type, and of the protocols it conforms to.
    func applyExtensionTemplates(to type: CellType) throws {
        let key = Checker.typeKey(type)
        for template in declarations.extensionTemplates where !template.applied.contains(key) {
            guard var bindings = try matches(template, type) else { continue }
            template.applied.insert(key)
            bindings["Self"] = type
            let creations = try inContext(template.context, bindings: bindings) {
                try declareTypeMembers(type, template.syntax.memberBlock)
            }
            if !type.containsArchetype { template.context.deferred.statements += creations }
        }
    }

    /// What a template's generic parameters are for `type`, if it applies to it.
    private func matches(_ template: ExtensionTemplate, _ type: CellType, checkingWhere: Bool = true) throws -> [String: CellType]? {
        var bindings: [String: CellType] = [:]
        if declarations.protocols[template.extended] != nil {
            // Members of a protocol extension are there for every conforming type, and for
            // values of the protocol's (or a refining protocol's) existential type.
            if case .existential(let proto) = type {
                guard declarations.protocolClosure([proto]).contains(template.extended) else { return nil }
            } else {
                guard declarations.conforms(type, to: template.extended) else { return nil }
            }
            // `Item` in `extension Container`: the conforming type's.
            for proto in declarations.protocolClosure([template.extended]) {
                for associated in declarations.protocols[proto]?.associatedTypes.keys.sorted() ?? [] {
                    bindings[associated] = associatedType(type, associated)
                }
            }
        } else if Checker.isLibraryProtocol(template.extended) {
            // `extension Sequence where Element: Hashable`: every sequence (a cell's too), with its `Element`.
            guard declarations.conforms(type, to: template.extended) else { return nil }
            for (proto, name) in Checker.libraryAssociatedTypes where declarations.conforms(type, to: proto) {
                guard let associated = associatedType(type, name) else { continue }   // a Set's `Index`
                bindings[name] = associated
                bindings["Self.\(name)"] = associated
            }
        } else {
            switch (template.extended, type) {
            case ("Array", .array(let element)), ("Set", .set(let element)): bindings = ["Element": element]
            case ("Optional", .optional(let wrapped)): bindings = ["Wrapped": wrapped]
            case ("Dictionary", .dictionary(let key, let value)): bindings = ["Key": key, "Value": value]
            default: return nil
            }
        }
        // The `where` clause (`Element: Comparable`, `Key == String`), read where it was written.
        if !checkingWhere { return bindings }
        var subjects = bindings
        subjects["Self"] = type
        let parameters = Array(subjects.keys)
        guard try inContext(template.context, bindings: [:], {
            try meets(template.signature, parameters, parameters.map { subjects[$0]! })
        }) else { return nil }
        return bindings
    }

    /// A member of an extension that `type` is extended by except for the conformance its
    /// `where` clause asks of `Element` (`[P].uniqued()` with `extension Sequence where Element:
    /// Hashable`): swiftc's error naming the conformance. Nil when no extension declares `name`.
    func unmetExtensionRequirement(_ type: CellType, _ name: String, isProperty: Bool, at node: some SyntaxProtocol) -> CellError? {
        for template in declarations.extensionTemplates {
            let declared = template.syntax.memberBlock.members.contains { member in
                if let function = member.decl.as(FunctionDeclSyntax.self) { return !isProperty && function.name.text == name }
                return isProperty && member.decl.as(VariableDeclSyntax.self)?.bindings.contains {
                    $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text == name
                } == true
            }
            guard declared, var bindings = try? matches(template, type, checkingWhere: false) else { continue }
            bindings["Self"] = type
            for (parameter, proto) in template.signature.conformances {
                let subject = parameter.hasPrefix("Self.") ? String(parameter.dropFirst(5)) : parameter
                guard let actual = bindings[subject], !declarations.conforms(actual, to: proto) else { continue }
                var spelled = name
                if !isProperty, let function = template.syntax.memberBlock.members.lazy
                    .compactMap({ $0.decl.as(FunctionDeclSyntax.self) }).first(where: { $0.name.text == name }) {
                    spelled += "(" + function.signature.parameterClause.parameters.map { "\($0.firstName.text):" }.joined() + ")"
                }
                return error(.extensionRequirementNotMet(member: spelled, isProperty: isProperty, extended: template.extended,
                                                          type: actual, protocol: proto), at: node)
            }
        }
        return nil
    }

    /// Whether `name` is a protocol of the standard library that a cell may extend
    /// (`extension Sequence`, `extension BinaryInteger`).
    static func isLibraryProtocol(_ name: String) -> Bool {
        Declarations.refinements[name] != nil || Declarations.refinements.values.contains { $0.contains(name) }
    }

    /// `extension Collection where Element: Numeric { var total: Element { … } }`: a template for
    /// every type that conforms (its `Element` bound to the type's), checked once with `Self` and
    /// `Element` as archetypes that meet the `where` clause.
    private func declareLibraryProtocolExtension(_ decl: ExtensionDeclSyntax, _ name: String, _ written: GenericSignature,
                                                 _ context: DeclarationContext) throws -> [Statement] {
        if decl.inheritanceClause != nil { throw notSupported(.protocolExtensionAddingConformance, decl) }
        // `Element` and `Self.Element` are one associated type; requirements on `Self` are the extended protocol's.
        var signature = GenericSignature(parameters: ["Self"], conformances: [("Self", name)], sameTypes: [])
        func subject(_ written: String) -> String { written == "Self" || written.hasPrefix("Self.") ? written : "Self.\(written)" }
        signature.conformances += written.conformances.map { (parameter: subject($0.parameter), protocol: $0.protocol) }
        signature.sameTypes = written.sameTypes.map { (parameter: subject($0.parameter), type: $0.type) }
        declarations.extensionTemplates.append(ExtensionTemplate(syntax: decl, context: context, extended: name, signature: written))
        var bindings = try archetypes(signature)
        for (key, type) in bindings where key.hasPrefix("Self.") { bindings[String(key.dropFirst(5))] = type }
        // Members are filed by `Self`'s key: two extensions with other `where` clauses have other `Self`s.
        if case .archetype(_, let protocols) = bindings["Self"], let clause = decl.genericWhereClause {
            bindings["Self"] = .archetype("Self", protocols: protocols.union([clause.trimmedDescription]))
        }
        _ = try withBindings(bindings) { try declareExtensionMembers(decl, on: bindings["Self"]!) }
        return []
    }

    /// `Array` with `[Element]` → `[Int]`, and the other extensible generic types.
    private func builtinType(_ name: String, _ arguments: [CellType]) throws -> CellType {
        switch name {
        case "Array": .array(arguments[0])
        case "Set": .set(arguments[0])
        case "Optional": .optional(arguments[0])
        default: .dictionary(arguments[0], arguments[1])
        }
    }

    /// Runs `body` with more generic bindings in force.
    func withBindings<T>(_ bindings: [String: CellType], _ body: () throws -> T) rethrows -> T {
        let saved = genericBindings
        genericBindings.merge(bindings) { $1 }
        defer { genericBindings = saved }
        return try body()
    }
}
