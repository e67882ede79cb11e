import SwiftSyntax
import CellValues

/// Associated types: of the standard library's protocols (`S.Element` of an `S: Sequence`,
/// `C.Index` of a `C: Collection`) and of cells' protocols (`associatedtype Item`, `C.Item` of
/// a `C: Container`). A generic declaration's body is checked with each as a
/// type of its own (an archetype named `S.Element`, with the protocols its `where` clause
/// gives it, or the type a `where S.Element == Int` fixes); its signature has each as a
/// generic parameter solved from the parameter it belongs to (`S` = `[Int]` makes
/// `S.Element` = `Int`), and every instance is compiled with the real types, where
/// `S.Element` is the argument's own associated type (docs/ARCHITECTURE.md, "Cells: generics").
extension Checker {
    /// The associated types that a constraint brings, by the protocol that declares them.
    static let libraryAssociatedTypes: [(protocol: String, name: String)] = [
        ("Sequence", "Element"),
        ("Collection", "Index"),
    ]

    /// `base.name` (`S.Element`, `[Int].Element`, `String.Index`): for a generic parameter, what
    /// its declaration bound it to; for a concrete type, the library's associated type or a
    /// cell's sequence's element. Nil when `base` has no associated type of that name.
    func associatedType(_ base: CellType, _ name: String) -> CellType? {
        switch base {
        case .archetype(let parameter, _), .generic(let parameter):
            return genericBindings["\(parameter).\(name)"]
        case .error:
            return .error
        default:
            break
        }
        if let found = base.associatedType(named: name) { return found }
        if name == "Element", let sequence = userSequence(base) { return sequence.element }
        return conformanceAssociatedType(base, name)
    }

    /// The associated types of `parameter` under its constraints (`S.Element` for `S: Sequence`,
    /// `C.Item` for a cell's `C: Container`).
    func associatedTypeKeys(of parameter: String, _ signature: GenericSignature) -> [(key: String, protocol: String)] {
        let protocols = declarations.protocolClosure(signature.conformances.filter { $0.parameter == parameter }.map(\.protocol))
        let library = Checker.libraryAssociatedTypes.filter { protocols.contains($0.protocol) }
        let cells = protocols.sorted().flatMap { proto in
            (declarations.protocols[proto]?.associatedTypes.keys.sorted() ?? []).map { (protocol: proto, name: $0) }
        }
        return (library + cells).map { ("\(parameter).\($0.name)", $0.protocol) }
    }

    /// The associated types of a cell's protocol (and those it refines) as archetypes of its `Self`,
    /// by their bare names and as `Self.Item`, with the protocols the declarations require of
    /// them: what they are in the protocol's requirements and in its extensions.
    func selfAssociatedArchetypes(of proto: String) -> [String: CellType] {
        var result: [String: CellType] = [:]
        for refined in declarations.protocolClosure([proto]) {
            for (name, constraints) in declarations.protocols[refined]?.associatedTypes ?? [:] {
                let archetype = CellType.archetype("Self.\(name)", protocols: declarations.protocolClosure(constraints))
                result[name] = archetype
                result["Self.\(name)"] = archetype
            }
        }
        return result
    }

    /// A requirement's type for a conforming type: `Self` replaced by it, and an associated type
    /// (`Self.Item`) by the conforming type's (a generic parameter's archetype `C.Item`).
    func requirementType(_ type: CellType, for conformer: CellType) -> CellType {
        if case .archetype(let name, _) = type, name.hasPrefix("Self.") {
            return associatedType(conformer, String(name.dropFirst(5))) ?? type
        }
        if case .archetype("Self", _) = type { return conformer }
        return type.mappingComponents { requirementType($0, for: conformer) }
    }

    /// A cell's type's associated type of a cell's protocol it conforms to: its `typealias Item = …`,
    /// or else what its members make it (`func item(at:) -> Int` for `func item(at:) -> Item`), as
    /// swiftc infers it from the first requirement that mentions it, or else the protocol's default.
    private func conformanceAssociatedType(_ conformer: CellType, _ name: String) -> CellType? {
        let key = Checker.typeKey(conformer)
        if let alias = declarations.typeAliases["\(key).\(name)"] { return alias }
        guard let record = declarations[key] else { return nil }
        let protocols = declarations.protocolClosure(Array(record.conformances)).sorted()
        for proto in protocols where declarations.protocols[proto]?.associatedTypes[name] != nil {
            for requirement in declarations.protocols[proto]?.requirements ?? [] {
                var solution: [String: CellType] = [:]
                let pattern = associatedPattern(requirement, conformer)
                if requirement.isProperty {
                    guard let actual = propertyType(of: conformer, requirement.name) else { continue }
                    _ = pattern.result.bind(to: actual, &solution)
                } else {
                    for method in record.methods(named: requirement.name)
                    where method.parameters.map(\.label) == requirement.parameters.map(\.label) {
                        let actual = CellType.function(method.parameters.map { .init(type: $0.type) }, method.result)
                        if CellType.function(pattern.parameters.map { .init(type: $0) }, pattern.result).bind(to: actual, &solution) { break }
                        solution = [:]
                    }
                }
                if let found = solution["Self.\(name)"] { return found }
            }
        }
        // Neither named nor inferred: the protocol's default (`associatedtype Unit = Double`).
        return protocols.lazy.compactMap { self.declarations.protocols[$0]?.associatedTypeDefaults[name] }.first
    }

    /// A requirement's types with its protocol's associated types as generic parameters to solve
    /// (`Self.Item`) and `Self` as the conforming type.
    private func associatedPattern(_ requirement: ProtocolLayout.Requirement, _ conformer: CellType)
        -> (parameters: [CellType], result: CellType) {
        func pattern(_ type: CellType) -> CellType {
            if case .archetype(let name, _) = type, name.hasPrefix("Self.") { return .generic(name) }
            if case .archetype("Self", _) = type { return conformer }
            return type.mappingComponents(pattern)
        }
        return (requirement.parameters.map { pattern($0.type) }, pattern(requirement.type))
    }

    /// What the associated types of a signature's parameters stand for while its body is checked:
    /// `S.Element` an archetype with the protocols of `where S.Element: Hashable` (or the type
    /// `where S.Element == Int` fixes, which `archetypes` resolves); `C.Index` an archetype that is
    /// Comparable and nothing more, so `c[0]` is swiftc's error there (`c[c.startIndex]` is not).
    func associatedArchetypes(_ signature: GenericSignature) -> [String: CellType] {
        var result: [String: CellType] = [:]
        for parameter in signature.parameters + ["Self"] {
            for (key, proto) in associatedTypeKeys(of: parameter, signature) {
                if proto == "Collection" {
                    result[key] = .archetype(key, protocols: declarations.protocolClosure(["Comparable", "Equatable"]))
                    continue
                }
                let name = String(key[key.index(after: key.lastIndex(of: ".")!)...])
                let declared = declarations.protocols[proto]?.associatedTypes[name] ?? []
                let protocols = declared + signature.conformances.filter { $0.parameter == key }.map(\.protocol)
                result[key] = .archetype(key, protocols: declarations.protocolClosure(protocols))
            }
        }
        return result
    }

    /// The associated types in a generic function's signature: `S.Element` a generic parameter
    /// of its own (solved from `S`), or the type a same-type requirement fixes.
    func associatedPlaceholders(_ signature: GenericSignature) throws -> [String: CellType] {
        var result: [String: CellType] = [:]
        for parameter in signature.parameters {
            for (key, _) in associatedTypeKeys(of: parameter, signature) {
                if let fixed = signature.sameTypes.first(where: { $0.parameter == key }) {
                    result[key] = try resolveType(fixed.type)
                } else {
                    result[key] = .generic(key)
                }
            }
        }
        return result
    }

    /// `C.Element` written as an expression (`C.Element.zero`): the name its statics are found
    /// by, the associated type's own (`C.Element` in the generic body, `Int` in an instance).
    func associatedTypeName(_ expr: ExprSyntax) -> String? {
        guard let member = expr.as(MemberAccessExprSyntax.self),
              let outer = member.base?.as(DeclReferenceExprSyntax.self)?.baseName.text, lookup(outer) == nil,
              let outerType = try? resolveTypeName(outer),
              let associated = associatedType(outerType, member.declName.baseName.text) else { return nil }
        if case .archetype(let name, _) = associated { return name }
        return Checker.typeKey(associated)
    }

    /// `scaled([1, 2], by: 0.5)` for `S: Sequence` with `S.Element == Double`: an array literal
    /// for `S` is an array of the fixed element type, as swiftc types it (not `[Int]`).
    func solveLiteralSequences(_ binding: FunctionBinding, _ arguments: [CallArgument], _ assignment: [Int?],
                               _ solution: inout [String: CellType]) {
        guard let generic = binding.generic else { return }
        for (index, parameter) in binding.parameters.enumerated() {
            guard index < assignment.count, let at = assignment[index], case .generic(let name) = parameter.type,
                  solution[name] == nil, arguments[at].expression.is(ArrayExprSyntax.self),
                  let element = generic.associatedTypes["\(name).Element"], !element.containsGeneric else { continue }
            solution[name] = .array(element)
        }
    }

    /// `some Sequence<Double>` (or `some Collection<Double>`) as a parameter's type: any sequence
    /// of those elements, which the call passes as the array of them (as to the library's).
    func someSequenceParameter(_ type: TypeSyntax) throws -> CellType? {
        guard let opaque = type.as(SomeOrAnyTypeSyntax.self), opaque.someOrAnySpecifier.tokenKind == .keyword(.some),
              let constraint = opaque.constraint.as(IdentifierTypeSyntax.self),
              ["Sequence", "Collection"].contains(constraint.name.text),
              let arguments = constraint.genericArgumentClause?.arguments, arguments.count == 1,
              case .type(let element) = arguments.first!.argument else { return nil }
        return .someSequence(try resolveType(element))
    }

    /// Whether a declared type mentions an associated type still to solve (`C.Element`): its
    /// argument is checked after the others, once `C` is known.
    static func mentionsAssociatedType(_ type: CellType) -> Bool {
        type.contains { if case .generic(let name) = $0 { name.contains(".") } else { false } }
    }

    /// Solves a cell's generic function's associated types from their parameters as soon as
    /// those are solved (so a closure argument sees `S.Element`), and checks the ones a
    /// `where` clause fixes: `total("abc")` for `where S.Element == Int` is swiftc's error.
    func solveAssociatedTypes(_ binding: FunctionBinding, _ solution: inout [String: CellType],
                              at node: some SyntaxProtocol) throws {
        guard let generic = binding.generic else { return }
        for (key, declared) in generic.associatedTypes.sorted(by: { $0.key < $1.key }) {
            let dot = key.lastIndex(of: ".")!
            let (parameter, name) = (String(key[..<dot]), String(key[key.index(after: dot)...]))
            guard let base = solution[parameter], !base.containsGeneric, let actual = associatedType(base, name) else { continue }
            if declared == .generic(key) {
                if solution[key] == nil { solution[key] = actual }
            } else if actual != declared, !actual.containsError, let owner = binding.requirementOwner {
                let written = generic.signature.primaryKeys.contains(key) ? "\(actual)" : "\(base).\(name)"
                throw error(.sameTypeRequirementNotMet(owner: owner, associated: written, type: actual, required: declared),
                            at: calleeNode(node))
            }
        }
    }
}
