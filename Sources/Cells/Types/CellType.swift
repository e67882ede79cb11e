/// The static type of a value in a cell, as the checker sees it. Spelled the
/// way Swift spells it (`description`), because that spelling goes into the
/// compiler-style messages: `[Double]`, `(min: Int, max: Int)`, `Int?`.
public indirect enum CellType: Hashable, Sendable, CustomStringConvertible {
    case int, double, bool, string, character, void
    /// `Int8` … `UInt64` and `UInt`: the other rows of the integer table (`Int` is `.int`;
    /// `IntegerType.cellType` never makes `.integer(.int)`).
    case integer(IntegerType)
    case array(CellType)
    case dictionary(CellType, CellType)
    case set(CellType)
    case optional(CellType)
    case tuple([TupleElement])
    /// A function type; `throws`: `(Int) throws -> Int`, whose calls need `try`. A
    /// non-throwing function converts to the throwing type of the same shape, not back.
    case function([FunctionParameterType], CellType, throws: Bool = false)
    /// `Range<Int>` (`0..<3`) and `ClosedRange<Int>` (`0...3`).
    case range(CellType, closed: Bool)
    /// `PartialRangeFrom<Int>` (`1...`): an endless sequence, zipped with a finite one or
    /// iterated until a `break`.
    case partialRangeFrom(CellType)
    /// `StrideTo<Int>` / `StrideThrough<Double>`, what `stride(from:to:by:)` returns.
    case stride(CellType, through: Bool)
    /// `ArraySlice<Int>`: what `xs[1..<4]`, `xs.prefix(2)` and `xs.dropFirst()` return.
    case slice(CellType)
    /// `Substring` (`str.dropFirst()`, `split`'s pieces) and `String.Index` (`firstIndex(of:)`).
    case substring, stringIndex
    /// A sequence of the standard library built over others (`Zip2Sequence<[Int], String>`).
    case sequence(StandardSequence, [CellType])
    /// `some Sequence<T>` in a declared signature: any sequence whose elements are `T`.
    /// Only library declarations have it; a call passes the argument's elements as an array.
    case someSequence(CellType)
    /// A named type bound by the library or declared in a cell (`Matrix`, `Point`).
    case nominal(String)
    /// An instance of a cell's generic struct (`Stack<Int>`); its arguments may still be
    /// generic in a generic signature (`Pair<C, B>`), and are solved like other types.
    case instance(String, [CellType])
    /// A generic parameter of a declared signature (`T` in `map<T>`), solved per call.
    case generic(String)
    /// A generic parameter of a cell's declaration while its body is checked (`T` in
    /// `func f<T: Comparable>`): what the body may do with it is what its protocols
    /// (and those they refine) offer. Instances are compiled with concrete types.
    case archetype(String, protocols: Set<String>)
    /// `any Shape`: a value of some type that conforms to a cell's protocol.
    case existential(String)
    /// The type of an expression that already failed to check: it converts to
    /// and from everything, so one mistake yields one message.
    case error

    public struct TupleElement: Hashable, Sendable {
        public var label: String?
        public var type: CellType

        public init(label: String?, type: CellType) {
            self.label = label
            self.type = type
        }
    }

    public struct FunctionParameterType: Hashable, Sendable {
        public var type: CellType
        public var isInout: Bool = false
        /// `(Int...) -> Int`, a variadic function's value: `type` is the array its arguments make.
        public var isVariadic: Bool = false

        public init(type: CellType, isInout: Bool = false, isVariadic: Bool = false) {
            self.type = type
            self.isInout = isInout
            self.isVariadic = isVariadic
        }

        /// How Swift spells the parameter in a function type.
        var spelled: String {
            if isVariadic, case .array(let element) = type { return "\(element)..." }
            return (isInout ? "inout " : "") + type.description
        }
    }

    /// The type as Swift spells it (`[Double]`, `(min: Int, max: Int)`, `Int?`): what messages
    /// quote and what reflection prints (`String(describing: T.self)`).
    public var description: String {
        switch self {
        case .int: "Int"
        case .integer(let type): type.name
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .void: "()"
        case .array(let element): "[\(element)]"
        case .dictionary(let key, let value): "[\(key) : \(value)]"
        case .set(let element): "Set<\(element)>"
        case .optional(let wrapped):
            if case .function = wrapped { "(\(wrapped))?" } else { "\(wrapped)?" }
        case .tuple(let elements):
            "(" + elements.map { ($0.label.map { "\($0): " } ?? "") + $0.type.description }
                .joined(separator: ", ") + ")"
        case .function(let parameters, let result, let throwing):
            "(" + parameters.map(\.spelled)
                .joined(separator: ", ") + (throwing ? ") throws -> \(result)" : ") -> \(result)")
        case .range(let bound, let closed): closed ? "ClosedRange<\(bound)>" : "Range<\(bound)>"
        case .stride(let bound, let through): through ? "StrideThrough<\(bound)>" : "StrideTo<\(bound)>"
        case .partialRangeFrom(let bound): "PartialRangeFrom<\(bound)>"
        case .slice(let element): "ArraySlice<\(element)>"
        case .substring: "Substring"
        case .stringIndex: "String.Index"
        case .sequence(let kind, let bases): "\(kind.rawValue)<" + bases.map(\.description).joined(separator: ", ") + ">"
        case .someSequence(let element): "some Sequence<\(element)>"
        case .nominal(let name): name
        case .instance(let name, let arguments): "\(name)<\(arguments.map(\.description).joined(separator: ", "))>"
        case .generic(let name): name
        case .archetype(let name, _): name
        case .existential(let name): name == CellType.anyName || name == CellType.anyObjectName ? name : "any \(name)"
        case .error: "<<error type>>"
        }
    }

    /// The name `Any` is filed under as an existential: it requires nothing, so a value of any
    /// type goes in its box, and `as?`, `is` and `case let x as T` open it (`ExistentialCasts`).
    static let anyName = "Any"
    static let any = CellType.existential(anyName)
    /// A protocol value or a generic parameter: whether it is a class instance is known only
    /// from its protocols.
    var isExistentialOrGeneric: Bool {
        switch self {
        case .existential, .archetype, .generic: true
        default: false
        }
    }
    static let anyObjectName = "AnyObject"
    static let anyObject = CellType.existential(anyObjectName)

    /// `Float`: a value is a `.double` that is exactly a Float (`SurfaceStandardLibraryFloat`).
    static let float = CellType.nominal("Float")

    /// What `type(of: x)` returns: a metatype, held as the type's names as Swift prints it,
    /// `.tuple([.string("Point"), .string("main.Point")])` (alone, and inside a collection),
    /// which is all a cell does with it.
    static let metatype = CellType.nominal("Any.Type")

    var isNumeric: Bool { self == .double || self == .float || integerType != nil }

    /// The types this one is built from: an array's element, a dictionary's key and value,
    /// a tuple's elements, a function's parameters and result, a generic instance's
    /// arguments, … The one structural walk that `contains(where:)` and `mappingComponents`
    /// share, so that no question about a type's parts forgets a case.
    var components: [CellType] {
        switch self {
        case .array(let e), .set(let e), .optional(let e), .range(let e, _), .stride(let e, _), .slice(let e),
             .someSequence(let e), .partialRangeFrom(let e):
            [e]
        case .dictionary(let k, let v): [k, v]
        case .tuple(let elements): elements.map(\.type)
        case .function(let ps, let r, _): ps.map(\.type) + [r]
        case .sequence(_, let types), .instance(_, let types): types
        default: []
        }
    }

    /// Whether this type, or one it is built from (at any depth), passes `test`.
    func contains(where test: (CellType) -> Bool) -> Bool {
        test(self) || components.contains { $0.contains(where: test) }
    }

    /// This type with each type it is directly built from replaced by `transform`'s result
    /// (labels, `inout`, `throws` and the rest kept). `components` in the same order.
    func mappingComponents(_ transform: (CellType) -> CellType) -> CellType {
        switch self {
        case .array(let e): .array(transform(e))
        case .set(let e): .set(transform(e))
        case .optional(let e): .optional(transform(e))
        case .range(let e, let closed): .range(transform(e), closed: closed)
        case .stride(let e, let through): .stride(transform(e), through: through)
        case .slice(let e): .slice(transform(e))
        case .partialRangeFrom(let e): .partialRangeFrom(transform(e))
        case .someSequence(let e): .someSequence(transform(e))
        case .sequence(let kind, let bases): .sequence(kind, bases.map(transform))
        case .dictionary(let k, let v): .dictionary(transform(k), transform(v))
        case .instance(let name, let arguments): .instance(name, arguments.map(transform))
        case .tuple(let elements): .tuple(elements.map { TupleElement(label: $0.label, type: transform($0.type)) })
        case .function(let ps, let r, let throwing):
            .function(ps.map { FunctionParameterType(type: transform($0.type), isInout: $0.isInout, isVariadic: $0.isVariadic) },
                      transform(r),
                      throws: throwing)
        default: self
        }
    }

    var containsError: Bool { contains { $0 == .error } }

    /// Whether a generic parameter of a declaration being checked occurs in this type.
    var containsArchetype: Bool {
        contains { if case .archetype = $0 { true } else { false } }
    }

    /// This type with its archetypes' protocols left out: the generic parameters it names.
    var erasingArchetypeProtocols: CellType {
        if case .archetype(let name, _) = self { return .archetype(name, protocols: []) }
        return mappingComponents { $0.erasingArchetypeProtocols }
    }

    var containsGeneric: Bool {
        contains { if case .generic = $0 { true } else { false } }
    }

    /// Whether a value of protocol type (`any Shape`) occurs in this type.
    var containsExistential: Bool {
        contains { if case .existential = $0 { true } else { false } }
    }

    /// Replaces generic parameters by their solutions.
    func substituting(_ solution: [String: CellType]) -> CellType {
        if case .generic(let name) = self { return solution[name] ?? self }
        return mappingComponents { $0.substituting(solution) }
    }

    /// Binds generic parameters in `self` (a declared pattern) so that it
    /// equals `actual`; false when the two cannot match.
    func bind(to actual: CellType, _ solution: inout [String: CellType]) -> Bool {
        switch (self, actual) {
        case (_, .error): return true
        case (.generic(let name), _):
            if let bound = solution[name] { return bound == actual || bound == .error }
            solution[name] = actual
            return true
        case (.array(let a), .array(let b)), (.set(let a), .set(let b)), (.optional(let a), .optional(let b)),
             (.slice(let a), .slice(let b)):
            return a.bind(to: b, &solution)
        case (.someSequence(let element), _):
            // `some Sequence<T>` takes any sequence; T is bound to its elements.
            guard let actualElement = actual.sequenceElement else { return false }
            return element.bind(to: actualElement, &solution)
        case (.sequence(let k1, let x), .sequence(let k2, let y)):
            guard k1 == k2, x.count == y.count else { return false }
            return zip(x, y).allSatisfy { $0.bind(to: $1, &solution) }
        case (.range(let a, let c1), .range(let b, let c2)):
            return c1 == c2 && a.bind(to: b, &solution)
        case (.dictionary(let k1, let v1), .dictionary(let k2, let v2)):
            return k1.bind(to: k2, &solution) && v1.bind(to: v2, &solution)
        case (.instance(let n1, let a1), .instance(let n2, let a2)):
            // A `WritableKeyPath` is also a `KeyPath` (its subclass in Swift).
            return (n1 == n2 || Checker.isKeyPathSubclass(n2, of: n1)) && a1.count == a2.count && zip(a1, a2).allSatisfy { $0.bind(to: $1, &solution) }
        case (.tuple(let x), .tuple(let y)):
            guard x.count == y.count else { return false }
            return zip(x, y).allSatisfy { $0.type.bind(to: $1.type, &solution) }
        case (.function(let p1, let r1, let throws1), .function(let p2, let r2, let throws2)):
            // A function that does not throw is also a function that may throw.
            guard p1.count == p2.count, throws1 || !throws2 else { return false }
            return zip(p1, p2).allSatisfy { $0.type.bind(to: $1.type, &solution) } && r1.bind(to: r2, &solution)
        default:
            return self == actual
        }
    }

    /// The name a cell's struct or enum is filed under (an instance's as Swift spells it).
    var nominalName: String? {
        switch self {
        case .nominal(let name): name
        case .instance: description
        default: nil
        }
    }

    /// A function type that throws, otherwise the same.
    var asThrowing: CellType {
        guard case .function(let ps, let r, _) = self else { return self }
        return .function(ps, r, throws: true)
    }

    /// Whether a value of this type may be used where `expected` is expected without a
    /// conversion other than a function's that does not throw to one that may.
    func fits(_ expected: CellType?) -> Bool {
        if self == expected { return true }
        guard case .function(let ps, let r, false) = self, case .function(ps, r, true)? = expected else { return false }
        return true
    }

    var optionalWrapped: CellType? {
        if case .optional(let wrapped) = self { return wrapped }
        return nil
    }
}
