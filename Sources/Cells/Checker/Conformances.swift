/// Protocol conformance, Swift's way, for the protocols cells meet: the standard
/// library's rules for built-in types, declared conformances (with the Equatable,
/// Hashable and Comparable that Swift synthesizes) for cells' types, and the
/// constraints of a generic parameter while its declaration is checked.
extension Checker {
    /// The standard library protocols that each one refines: `T: Comparable` offers
    /// `==` too, `T: Numeric` accepts integer literals.
    static let refinements: [String: [String]] = [
        "Comparable": ["Equatable"],
        "Hashable": ["Equatable"],
        "AdditiveArithmetic": ["Equatable"],
        "Numeric": ["AdditiveArithmetic", "ExpressibleByIntegerLiteral"],
        "SignedNumeric": ["Numeric"],
        "BinaryInteger": ["Numeric", "Hashable", "Comparable", "CustomStringConvertible", "Strideable"],
        "SignedInteger": ["BinaryInteger", "SignedNumeric"],
        "UnsignedInteger": ["BinaryInteger"],
        "FixedWidthInteger": ["BinaryInteger"],
        "FloatingPoint": ["SignedNumeric", "Hashable", "Comparable", "Strideable"],
        "BinaryFloatingPoint": ["FloatingPoint", "ExpressibleByFloatLiteral"],
        "Strideable": ["Comparable"],
        "StringProtocol": ["Hashable", "Comparable", "CustomStringConvertible", "Sequence"],
        "Collection": ["Sequence"],
        "BidirectionalCollection": ["Collection"],
        "RandomAccessCollection": ["BidirectionalCollection"],
    ]

    /// What the built-in scalar types conform to (each with everything those refine).
    static let scalarConformances: [CellType: Set<String>] = [
        .int: closure(["SignedInteger", "FixedWidthInteger", "LosslessStringConvertible", "Sendable", "Codable"]),
        .double: closure(["BinaryFloatingPoint", "CustomStringConvertible", "LosslessStringConvertible",
                          "ExpressibleByIntegerLiteral", "Sendable", "Codable"]),
        .bool: closure(["Hashable", "CustomStringConvertible", "LosslessStringConvertible", "Sendable", "Codable"]),
        .string: closure(["StringProtocol", "BidirectionalCollection", "LosslessStringConvertible",
                          "ExpressibleByStringLiteral", "Sendable", "Codable"]),
        .character: closure(["Hashable", "Comparable", "CustomStringConvertible", "Sendable"]),
    ]

    /// What the unsigned integer types conform to.
    static let unsignedConformances: Set<String> = closure(["UnsignedInteger", "FixedWidthInteger",
                                                            "LosslessStringConvertible", "Sendable", "Codable"])

    /// `protocols` and every protocol they refine (standard library and cells' protocols).
    static func closure(_ protocols: [String], parents: (String) -> [String] = { _ in [] }) -> Set<String> {
        var result = Set<String>()
        var pending = protocols
        while let next = pending.popLast() {
            for part in next.split(separator: "&").map({ $0.trimmingCharacters(in: .whitespaces) })
            where result.insert(part).inserted {
                pending += refinements[part] ?? []
                pending += parents(part)
            }
        }
        return result
    }

    /// `protocols` and every protocol they refine, cells' protocols included.
    func protocolClosure(_ protocols: [String]) -> Set<String> {
        Checker.closure(protocols) { self.declarations.protocols[$0]?.inherited ?? [] }
    }

    /// Whether `type` conforms to `proto` (which may be a composition, `Comparable & Hashable`).
    func conforms(_ type: CellType, to proto: String) -> Bool {
        let parts = proto.split(separator: "&").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count > 1 { return parts.allSatisfy { conforms(type, to: $0) } }
        // `extension Int: HasArea`: a cell may add conformances to any type.
        if let declared = declarations[Checker.typeKey(type)]?.conformances, type.nominalName == nil,
           protocolClosure(Array(declared)).contains(proto) { return true }
        if declarations.classLayout(proto) != nil { return isSubclass(type, of: .nominal(proto)) }   // `T: Animal`
        switch type {
        case .error: return true
        case .int, .double, .bool, .string, .character:
            return Checker.scalarConformances[type]?.contains(proto) ?? false
        case .integer(let integer):
            return (integer.isSigned ? Checker.scalarConformances[.int] : Checker.unsignedConformances)?.contains(proto) ?? false
        case .array(let element), .slice(let element):
            if ["Sequence", "Collection", "BidirectionalCollection", "RandomAccessCollection",
                "CustomStringConvertible", "Sendable"].contains(proto) { return true }
            return ["Equatable", "Hashable"].contains(proto) && conforms(element, to: proto)
        case .set:
            return ["Equatable", "Hashable", "Sequence", "Collection", "CustomStringConvertible", "Sendable"].contains(proto)
        case .dictionary(_, let value):
            if ["Sequence", "Collection", "CustomStringConvertible", "Sendable"].contains(proto) { return true }
            return ["Equatable", "Hashable"].contains(proto) && conforms(value, to: proto)
        case .optional(let wrapped):
            return ["Equatable", "Hashable", "Sendable"].contains(proto) && conforms(wrapped, to: proto)
        case .range(let bound, _):
            if ["Equatable", "Hashable", "Sendable"].contains(proto) { return true }
            return ["Sequence", "Collection"].contains(proto) && bound == .int
        case .stride, .sequence, .partialRangeFrom:
            return proto == "Sequence" && type.sequenceElement != nil
        case .substring:
            return Checker.scalarConformances[.string]?.contains(proto) ?? false
        case .stringIndex:
            return ["Equatable", "Hashable", "Comparable", "Sendable"].contains(proto)
        case .someSequence:
            return false
        case .archetype(_, let protocols):
            return protocols.contains(proto)
        case .nominal, .instance:
            if let layout = classLayout(of: type) { return classConforms(layout, to: proto) }
            let name = type.nominalName!
            if let declared = declarations[name]?.conformances, protocolClosure(Array(declared)).contains(proto) { return true }
            if let layout = declarations.enumLayout(name), layout.cases.allSatisfy(\.payload.isEmpty) {
                // Swift synthesizes Equatable and Hashable for enums without payloads.
                return ["Equatable", "Hashable"].contains(proto)
            }
            return Checker.libraryConformances[name]?.contains(proto) ?? false
        case .void, .tuple, .function, .generic, .existential:
            return false
        }
    }

    /// The library's named types and the protocols they conform to.
    static let libraryConformances: [String: Set<String>] = [
        "Matrix": ["Equatable", "CustomStringConvertible", "Sendable"],
        "Figure": ["CustomStringConvertible", "Sendable"],
    ]

    /// Whether `==` applies to two values of `type`: Equatable types, and tuples of up to
    /// six `==`-comparable elements (tuples have `==` but do not conform to Equatable).
    func hasEquality(_ type: CellType) -> Bool {
        if case .tuple(let elements) = type { return elements.count <= 6 && elements.allSatisfy { hasEquality($0.type) } }
        return conforms(type, to: "Equatable") || operatorOverloads("==", type, type) != nil
    }

    /// Whether `<` applies: Comparable types, and tuples of up to six comparable elements.
    func hasOrder(_ type: CellType) -> Bool {
        if case .tuple(let elements) = type { return elements.count <= 6 && elements.allSatisfy { hasOrder($0.type) } }
        return conforms(type, to: "Comparable")
    }
}
