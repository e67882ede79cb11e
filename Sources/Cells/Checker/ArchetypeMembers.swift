import SwiftSyntax
import CellValues

/// The members a generic parameter has from the standard library's protocols while its
/// declaration's body is checked: `x.squareRoot()` of a `T: FloatingPoint`, `n.isMultiple(of: 2)`
/// of a `T: BinaryInteger`, `T.zero`, `T.max`, `s.map { … }` and `c.count` of an `S: Sequence`
/// and a `C: Collection`. They are typed from a concrete type's (Double's, Int's, the library's
/// Sequence and Collection members), with the generic parameter for that type; nothing of it runs
/// (every instance is compiled again with its real types, where the library's own member runs).
extension Checker {
    /// A library protocol's members offered to a generic parameter constrained by it, and the
    /// concrete type whose members give their types (its occurrences in them stand for the parameter).
    struct ArchetypeMemberTable {
        var protocolName: String
        var standIn: CellType
        var members: Set<String>
        var statics: Set<String>
    }

    /// The most specific protocol first: a `T: BinaryFloatingPoint` has FloatingPoint's members too.
    static let archetypeMemberTables: [ArchetypeMemberTable] = [
        .init(protocolName: "FloatingPoint", standIn: .double,
              members: ["squareRoot", "magnitude", "isNaN", "isInfinite", "isFinite", "isZero", "isNormal", "isSubnormal",
                        "sign", "rounded", "truncatingRemainder", "remainder", "addingProduct", "ulp", "nextUp", "nextDown",
                        "exponent", "significand", "isLess", "isEqual", "isLessThanOrEqualTo", "isTotallyOrdered",
                        "distance", "advanced"],
              statics: ["pi", "infinity", "nan", "zero", "greatestFiniteMagnitude", "leastNonzeroMagnitude",
                        "leastNormalMagnitude", "ulpOfOne", "signalingNaN", "maximum", "minimum", "maximumMagnitude",
                        "minimumMagnitude", "radix"]),
        .init(protocolName: "FixedWidthInteger", standIn: .int,
              members: ["leadingZeroBitCount", "nonzeroBitCount", "byteSwapped", "addingReportingOverflow",
                        "subtractingReportingOverflow", "multipliedReportingOverflow"],
              statics: ["max", "min", "bitWidth"]),
        .init(protocolName: "BinaryInteger", standIn: .int,
              members: ["isMultiple", "quotientAndRemainder", "signum", "trailingZeroBitCount", "distance", "advanced"],
              statics: ["zero", "isSigned"]),
        .init(protocolName: "AdditiveArithmetic", standIn: .int, members: [], statics: ["zero"]),
    ]

    /// The table that offers `name` (an instance member, or a static one) to `type`, an archetype.
    private func archetypeTable(_ type: CellType, _ name: String, isStatic: Bool) -> ArchetypeMemberTable? {
        guard case .archetype = type else { return nil }
        return Checker.archetypeMemberTables.first {
            declarations.conforms(type, to: $0.protocolName) && (isStatic ? $0.statics : $0.members).contains(name)
        }
    }

    /// `S.Element` of a generic parameter that is a Sequence (nil for any other type).
    func archetypeElement(_ type: CellType) -> CellType? {
        guard case .archetype = type, declarations.conforms(type, to: "Sequence") else { return nil }
        return associatedType(type, "Element")
    }

    /// A member of a generic parameter from the library's protocols (nil when none has it).
    /// `arguments` is nil for a property.
    func libraryArchetypeMember(_ receiver: Compiled, _ name: String, arguments: [CallArgument]?, expected: CellType?,
                                at node: some SyntaxProtocol) throws -> Compiled? {
        if let (candidates, generics) = archetypeSequenceMembers(receiver.type, name) {
            return try typedOnly(candidates, generics, name, arguments: arguments, expected: expected, at: node)
        }
        guard let table = archetypeTable(receiver.type, name, isStatic: false),
              let (found, _) = surface.members(of: table.standIn, named: name) else { return nil }
        let candidates = found.filter { !$0.isMutating }.map { member in
            Surface.MemberBinding(binding: standingFor(receiver.type, table.standIn, in: member.binding), isProperty: member.isProperty,
                          isMutating: false)
        }
        return try typedOnly(candidates, [:], name, arguments: arguments, expected: expected, at: node)
    }

    /// Whether a generic parameter has `name` from the library's protocols: what a bare name in
    /// an extension of one (`isEmpty` in `extension Collection`) may mean.
    func hasLibraryArchetypeMember(_ type: CellType, _ name: String, isProperty: Bool) -> Bool {
        if let (found, _) = archetypeSequenceMembers(type, name), found.contains(where: { $0.isProperty == isProperty }) {
            return true
        }
        guard let table = archetypeTable(type, name, isStatic: false) else { return false }
        return surface.members(of: table.standIn, named: name)?.members.contains { $0.isProperty == isProperty } == true
    }

    /// `T.zero`, `T.pi`, `T.max`, and `.zero` where a `T` is expected: a static member of a
    /// generic parameter from its protocols' table, typed as the stand-in type's with `T` for it.
    func libraryArchetypeStatic(_ type: CellType, _ name: String, payload: [CallArgument]?) -> Compiled? {
        guard payload == nil, let table = archetypeTable(type, name, isStatic: true) else { return nil }
        let key = Checker.typeKey(table.standIn)
        if let constant = SurfaceStandardLibrary.constant(key, name) {
            return Compiled(replacing(table.standIn, with: type, in: constant.type)) { _ in .void }
        }
        guard let property = surface.statics[key]?[name]?.first(where: { $0.parameters.isEmpty }) else { return nil }
        return Compiled(replacing(table.standIn, with: type, in: property.result)) { _ in .void }
    }

    /// What an archetype's static members are looked up by (`T` in `T.zero`), if `name` is one.
    func archetypeNamed(_ name: String) -> CellType? {
        if case .archetype? = genericBindings[name] { return genericBindings[name] }
        return nil
    }

    /// The library's Sequence, Collection and BidirectionalCollection members of a generic
    /// parameter that conforms to them, with `Self` and `Element` bound.
    private func archetypeSequenceMembers(_ type: CellType, _ name: String) -> ([Surface.MemberBinding], [String: CellType])? {
        guard let element = archetypeElement(type) else { return nil }
        var found = ["BidirectionalCollection", "Collection", "Sequence"].filter { declarations.conforms(type, to: $0) }
            .flatMap { surface.members[$0]?[name] ?? [] }
        if Checker.collectionIndexMembers.contains(name), declarations.conforms(type, to: "Collection") {
            // A collection's positions: typed as an array's, with `C.Index` for the array's `Int`
            // (but for distances: `offsetBy:` and `distance(from:to:)`'s result stay Int).
            let index = associatedType(type, "Index") ?? .int
            found += (surface.members["Array"]?[name] ?? []).map { member in
                var binding = standingFor(index, .int, in: member.binding)
                for (at, parameter) in member.binding.parameters.enumerated() where parameter.label == "offsetBy" {
                    binding.parameters[at].type = parameter.type
                }
                if name == "distance" { binding.result = member.binding.result }
                return Surface.MemberBinding(binding: binding, isProperty: member.isProperty, isMutating: false)
            }
        }
        return found.isEmpty ? nil : (found, ["Self": type, "Element": element])
    }

    /// The members of a Collection about its indices, which the library declares per type.
    static let collectionIndexMembers: Set<String> = ["startIndex", "endIndex", "indices", "index", "firstIndex", "lastIndex",
                                                      "distance"]

    /// The member's type for a property, or the call's result for a method, checked against the
    /// arguments (never run).
    private func typedOnly(_ candidates: [Surface.MemberBinding], _ generics: [String: CellType], _ name: String,
                           arguments: [CallArgument]?, expected: CellType?, at node: some SyntaxProtocol) throws -> Compiled? {
        guard let arguments else {
            guard let property = candidates.first(where: \.isProperty) else { return nil }
            return Compiled(property.binding.result.substituting(generics)) { _ in .void }
        }
        let methods = candidates.filter { !$0.isProperty }.map(\.binding)
        if methods.isEmpty { return nil }
        let resolved = try resolveCall(methods, name: name, kind: .instanceMethod, arguments: arguments,
                                       receiverGenerics: generics, expected: expected, at: node)
        return Compiled(resolved.result) { _ in .void }
    }

    /// A stand-in type's member with the generic parameter for the stand-in in its signature.
    private func standingFor(_ archetype: CellType, _ standIn: CellType, in binding: FunctionBinding) -> FunctionBinding {
        var result = binding
        result.parameters = binding.parameters.map {
            var parameter = $0
            parameter.type = replacing(standIn, with: archetype, in: $0.type)
            return parameter
        }
        result.result = replacing(standIn, with: archetype, in: binding.result)
        result.implementation = nil
        return result
    }

    private func replacing(_ standIn: CellType, with archetype: CellType, in type: CellType) -> CellType {
        type == standIn ? archetype : type.mappingComponents { replacing(standIn, with: archetype, in: $0) }
    }
}
