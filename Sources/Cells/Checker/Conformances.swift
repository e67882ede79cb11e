/// Protocol conformance, Swift's way, for the protocols cells meet: the standard
/// library's rules for built-in types, declared conformances (with the Equatable,
/// Hashable and Comparable that Swift synthesizes) for cells' types, and the
/// constraints of a generic parameter while its declaration is checked.
extension Declarations {
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
        Declarations.closure(protocols) { self.protocols[$0]?.inherited ?? [] }
    }

    /// Whether `type` conforms to `proto` (which may be a composition, `Comparable & Hashable`).
    func conforms(_ type: CellType, to proto: String) -> Bool {
        if proto == CellType.anyName { return !type.containsArchetype }
        if proto == "AnyObject" { return classLayout(of: type) != nil }   // `ObjectIdentifier(_:)` takes class instances
        let parts = proto.split(separator: "&").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count > 1 { return parts.allSatisfy { conforms(type, to: $0) } }
        // `extension Int: HasArea`: a cell may add conformances to any type.
        if let declared = self[Checker.typeKey(type)]?.conformances, type.nominalName == nil,
           protocolClosure(Array(declared)).contains(proto) { return true }
        if classLayout(proto) != nil { return isSubclass(type, of: .nominal(proto)) }   // `T: Animal`
        switch type {
        case .error: return true
        case .int, .double, .bool, .string, .character:
            return Declarations.scalarConformances[type]?.contains(proto) ?? false
        case .integer(let integer):
            return (integer.isSigned ? Declarations.scalarConformances[.int] : Declarations.unsignedConformances)?.contains(proto) ?? false
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
            if let lazy = LazySequences.collection(of: type), LazySequences.isLazy(type) {
                // A lazy adaptor of a collection is one (`LazySequences`): `C: Collection` takes it.
                return ["Sequence", "Collection"].contains(proto) || proto == "BidirectionalCollection" && lazy.indexBefore != nil
            }
            return proto == "Sequence" && type.sequenceElement != nil
        case .substring:
            return Declarations.scalarConformances[.string]?.contains(proto) ?? false
        case .stringIndex:
            return ["Equatable", "Hashable", "Comparable", "Sendable"].contains(proto)
        case .someSequence:
            return false
        case .archetype(_, let protocols):
            return protocols.contains(proto)
        case .nominal, .instance:
            if let layout = classLayout(of: type) { return classConforms(layout, to: proto) }
            let name = type.nominalName!
            if let declared = self[name]?.conformances, protocolClosure(Array(declared)).contains(proto) { return true }
            if let layout = enumLayout(name), layout.cases.allSatisfy(\.payload.isEmpty) {
                // Swift synthesizes Equatable and Hashable for enums without payloads.
                return ["Equatable", "Hashable"].contains(proto)
            }
            return Declarations.libraryConformances[name]?.contains(proto) ?? false
        case .void, .tuple, .function, .generic, .existential:
            return false
        }
    }

    /// The library's named types and the protocols they conform to.
    static let libraryConformances: [String: Set<String>] = [
        "Matrix": ["Equatable", "CustomStringConvertible", "Sendable"],
        "Figure": ["CustomStringConvertible", "Sendable"],
        "ObjectIdentifier": ["Equatable", "Hashable", "Sendable"],
        "Float": ["Equatable", "Hashable", "Comparable", "CustomStringConvertible", "LosslessStringConvertible", "Sendable",
                  "Codable", "AdditiveArithmetic", "Numeric", "SignedNumeric", "Strideable", "FloatingPoint",
                  "BinaryFloatingPoint", "ExpressibleByIntegerLiteral", "ExpressibleByFloatLiteral"],
    ]

    /// Whether `==` applies to two values of `type`: Equatable types, and tuples of up to
    /// six `==`-comparable elements (tuples have `==` but do not conform to Equatable).
    func hasEquality(_ type: CellType) -> Bool {
        if case .tuple(let elements) = type { return elements.count <= 6 && elements.allSatisfy { hasEquality($0.type) } }
        // Metatypes are not Equatable, but the library's `==(Any.Type?, Any.Type?)` compares them.
        if type == CellType.metatype { return true }
        return conforms(type, to: "Equatable") || operatorOverloads("==", type, type) != nil
    }

    /// Whether `<` applies: Comparable types, and tuples of up to six comparable elements.
    func hasOrder(_ type: CellType) -> Bool {
        if case .tuple(let elements) = type { return elements.count <= 6 && elements.allSatisfy { hasOrder($0.type) } }
        return conforms(type, to: "Comparable")
    }

    // MARK: Classes

    /// The layout of a class type (nil for every other type).
    func classLayout(of type: CellType) -> ClassLayout? {
        guard case .nominal(let name) = type else { return nil }
        return classLayout(name)
    }

    /// A class and its superclasses, the class first.
    func classChain(_ layout: ClassLayout) -> [ClassLayout] {
        var chain: [ClassLayout] = []
        var current: ClassLayout? = layout
        while let c = current {
            chain.append(c)
            current = c.superclass
        }
        return chain
    }

    /// Whether `type` is the class `ancestor` or one of its subclasses.
    func isSubclass(_ type: CellType, of ancestor: CellType) -> Bool {
        guard let layout = classLayout(of: type), case .nominal(let target) = ancestor,
              classLayout(target) != nil else {
            return false
        }
        return classChain(layout).contains { $0.name == target }
    }

    /// The nearest class that all of `types` are (Swift's join of an array literal's elements
    /// or a ternary's branches: `[Dog(), Cat()]` is an `[Animal]`).
    func commonSuperclass(_ types: [CellType]) -> CellType? {
        guard let first = types.first.flatMap(classLayout(of:)) else { return nil }
        for candidate in classChain(first) {
            let type = CellType.nominal(candidate.name)
            if types.allSatisfy({ isSubclass($0, of: type) }) { return type }
        }
        return nil
    }

    /// The type a static member `name` of `typeName` is filed under: for a class, the nearest
    /// class up its chain that declares it (`Dog.created` is `Animal.created`).
    func staticMemberKey(_ typeName: String, _ name: String) -> String {
        guard let layout = classLayout(typeName) else { return typeName }
        return classChain(layout).first {
            let record = self[$0.name]
            return record?.staticProperties[name] != nil || record?.staticMethods[name] != nil
        }?.name ?? typeName
    }

    /// Whether a class conforms to `proto`: it, or a superclass, declares it (or a refinement).
    func classConforms(_ layout: ClassLayout, to proto: String) -> Bool {
        let declared = classChain(layout).flatMap { self[$0.name]?.conformances ?? [] }
        return protocolClosure(declared).contains(proto)
    }
    /// Every requirement of a protocol, its parents' first, in a fixed order: the order of an
    /// existential's witnesses.
    func allRequirements(_ proto: String) -> [ProtocolLayout.Requirement] {
        guard let layout = protocols[proto] else { return [] }
        var seen = Set<String>()
        var result: [ProtocolLayout.Requirement] = []
        for parent in layout.inherited { result += allRequirements(parent) }
        result += layout.requirements
        return result.filter { seen.insert($0.name + $0.parameters.map { $0.label ?? "_" }.joined()).inserted }
    }

    /// A protocol a generic parameter may be constrained by: the standard library's
    /// (as far as cells meet them) and cells' own.
    func isKnownProtocol(_ name: String) -> Bool {
        protocols[name] != nil || Declarations.refinements[name] != nil
            || Declarations.refinements.values.contains { $0.contains(name) }
            || ["Equatable", "Hashable", "Comparable", "CustomStringConvertible", "Sendable", "Codable", "Error",
                "LosslessStringConvertible", "ExpressibleByIntegerLiteral", "ExpressibleByFloatLiteral"].contains(name)
    }

    /// A cell's operator function for exactly these operand types (`static func +` of a
    /// type, or a global `func +`).
    func operatorOverloads(_ op: String, _ left: CellType, _ right: CellType) -> FunctionBinding? {
        operatorFunctions[op]?.first {
            $0.parameters.count == 2 && $0.parameters[0].type == left && $0.parameters[1].type == right
        } ?? operatorFunctions[op]?.first {
            // A superclass's operator takes instances of its subclasses.
            $0.parameters.count == 2 && isSubclass(left, of: $0.parameters[0].type) && isSubclass(right, of: $0.parameters[1].type)
        }
    }
}
