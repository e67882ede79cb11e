import Foundation
import SwiftParser
import SwiftSyntax
import CellValues

/// What a builtin does when called: the arguments in declaration order (a
/// method's receiver first; an omitted defaulted argument is its default),
/// `inout` arguments written back through the array.
typealias BuiltinImplementation = (inout [Value], Runtime) throws -> Value

/// A failure inside a builtin that Swift would trap on; the call site adds the position.
struct Trap: Error {
    var kind: CellErrorKind
    init(_ kind: CellErrorKind) { self.kind = kind }
}

/// One entry of the declared surface: a Swift declaration, written as it is
/// in the library, beside its implementation. The checker reads the
/// declaration (parsed once by swift-syntax), the runtime calls the closure.
///
/// ```swift
/// Builtin("func relu(_ x: Matrix) -> Matrix") { args, _ in .matrix(relu(args[0].matrix)) }
/// Builtin(on: "Array", "func append(_ newElement: Element)", mutating: true) { … }
/// Builtin(on: "Matrix", "var rows: Int") { args, _ in .int(args[0].matrix.rows) }
/// ```
struct Builtin: @unchecked Sendable {
    enum Placement {
        /// A global function or operator (`static func *` is written as `func *`).
        case global
        /// A method or property of a type (`Array`, `Dictionary`, `Set`, `String`, `Matrix`, …),
        /// the receiver passed as argument 0.
        case member(of: String, mutating: Bool)
        /// A static member or initializer: `Matrix(_:)`, `Figure(title:)`, `Scale.log`.
        case staticMember(of: String)
    }

    var declaration: String
    var placement: Placement
    var implementation: BuiltinImplementation
    /// For a declaration shared by several types (the integer types' members): parsed once
    /// with its placeholders (`Self`) as generic names, then registered once per instance,
    /// on the instance's receiver, with the placeholders replaced and its own implementation.
    var instances: [Instance] = []

    struct Instance {
        var receiver: String
        var substitution: [String: CellType]
        var implementation: BuiltinImplementation
    }

    /// What the library reference (`docs/library.md`) says about a builtin: one line, and a
    /// short example that runs (the reference's test runs each one as a cell). Nil for the
    /// standard library's builtins, which Swift's documentation covers.
    var documentation: Documentation?

    struct Documentation {
        var summary: String
        var example: String
    }

    init(_ declaration: String, summary: String? = nil, example: String? = nil,
         _ implementation: @escaping BuiltinImplementation) {
        self.declaration = declaration
        placement = .global
        self.implementation = implementation
        documentation = Self.documentation(summary, example)
    }

    init(on type: String, _ declaration: String, mutating: Bool = false, summary: String? = nil, example: String? = nil,
         _ implementation: @escaping BuiltinImplementation) {
        self.declaration = declaration
        placement = .member(of: type, mutating: mutating)
        self.implementation = implementation
        documentation = Self.documentation(summary, example)
    }

    init(static type: String, _ declaration: String, summary: String? = nil, example: String? = nil,
         _ implementation: @escaping BuiltinImplementation) {
        self.declaration = declaration
        placement = .staticMember(of: type)
        self.implementation = implementation
        documentation = Self.documentation(summary, example)
    }

    private static func documentation(_ summary: String?, _ example: String?) -> Documentation? {
        summary.map { Documentation(summary: $0, example: example ?? "") }
    }

    /// A template: `placement`'s type is a placeholder, replaced by each instance's receiver.
    init(_ placement: Placement, template declaration: String, instances: [Instance]) {
        self.declaration = declaration
        self.placement = placement
        self.instances = instances
        // Never called: each instance is registered with its own implementation.
        implementation = { _, _ in .void }
    }
}

extension Builtin.Placement {
    /// The same placement on another type.
    func on(_ type: String) -> Builtin.Placement {
        switch self {
        case .global: .global
        case .member(_, let mutating): .member(of: type, mutating: mutating)
        case .staticMember: .staticMember(of: type)
        }
    }
}

/// The library as cells see it: every builtin's signature, by name.
///
/// Declarations are parsed (by swift-syntax) the first time the checker asks
/// for their name, a name's overloads in one go: a notebook uses a few dozen
/// of the library's hundreds of builtins, and parsing all of them was most of
/// `nb`'s start-up. Lookups read like dictionaries:
///
/// ```swift
/// surface.functions["relu"]                 // [FunctionBinding]?
/// surface.members["Array"]?["append"]       // [MemberBinding]?
/// surface.statics["Matrix"]?["init"]        // [FunctionBinding]?
/// ```
final class Surface: @unchecked Sendable {
    /// Global functions and operators by base name (prefix operators as `prefix-`).
    var functions: Names<FunctionBinding> { Names { self.bindings(.global($0))?.map(\.binding) } }
    /// Methods, and properties (as parameterless bindings with `isProperty`), by receiver type then name.
    var members: Types<MemberBinding> { Types(types: memberTypes) { type, name in self.bindings(.member(type, name)) } }
    /// Static members and initializers (`init`), by type then name.
    var statics: Types<FunctionBinding> {
        Types(types: staticTypes) { type, name in self.bindings(.staticMember(type, name))?.map(\.binding) }
    }
    /// Named library types (`Matrix`, `Figure`).
    let nominals: Set<String>

    struct MemberBinding {
        var binding: FunctionBinding
        var isProperty: Bool
        var isMutating: Bool
    }

    /// Where a builtin is found.
    enum Key: Hashable {
        case global(String)
        case member(String, String)
        case staticMember(String, String)
    }

    /// The bindings of one name, as a lookup by name.
    struct Names<Binding> {
        let lookup: (String) -> [Binding]?
        subscript(name: String) -> [Binding]? { lookup(name) }
    }

    /// Lookups by type, then by name; nil for a type without such members.
    struct Types<Binding> {
        let types: Set<String>
        let lookup: (String, String) -> [Binding]?
        subscript(type: String) -> Names<Binding>? {
            guard types.contains(type) else { return nil }
            let lookup = self.lookup
            return Names { lookup(type, $0) }
        }
    }

    /// Generic names each receiver brings (`Element` for `[T]`).
    static let receiverGenerics: [String: [String]] = [
        "Array": ["Element"], "Set": ["Element"], "Dictionary": ["Key", "Value"],
        "Range": ["Bound"], "ClosedRange": ["Bound"], "Optional": ["Wrapped"], "ArraySlice": ["Element"],
        "PartialRangeFrom": ["Bound"], "StrideTo": ["Element"], "StrideThrough": ["Element"],
        "UnfoldFirstSequence": ["Element"], "AnyIterator": ["Element"],
        "DropWhileSequence": ["Base", "Element"], "LazySequence": ["Base", "Element"], "LazyCollection": ["Base", "Element"],
        "LazyMapSequence": ["Base", "Element"], "LazyMapCollection": ["Base", "Element"],
        "LazyFilterSequence": ["Base", "Element"], "LazyFilterCollection": ["Base", "Element"],
        "LazyPrefixWhileSequence": ["Base", "Element"], "LazyPrefixWhileCollection": ["Base", "Element"],
        "LazyDropWhileSequence": ["Base", "Element"], "LazyDropWhileCollection": ["Base", "Element"],
        "Sequence": ["Element"], "Collection": ["Element"], "BidirectionalCollection": ["Element"],
    ]

    /// Enums of the libraries (`FloatingPointRoundingRule`, Plot's `Scale`): cases by name.
    let enums: [EnumLayout]

    /// Declarations not parsed yet, by where they will be found.
    private var unparsed: [Key: [Builtin]] = [:]
    private let memberTypes: Set<String>
    private let staticTypes: Set<String>
    /// Parsed bindings by key (functions and statics keep only `binding`).
    private var parsed: [Key: [MemberBinding]] = [:]
    private var problems: [String] = []
    private let lock = NSLock()

    init(nominals: Set<String>, enums: [EnumLayout], entries: [Builtin]) {
        self.nominals = nominals.union(enums.map(\.name))
        self.enums = enums
        var memberTypes = Set<String>(), staticTypes = Set<String>()
        for entry in entries {
            guard let name = Self.declaredName(entry.declaration) else {
                problems.append(entry.declaration)
                continue
            }
            // A template is found under each of its instances' receivers.
            let placements = entry.instances.isEmpty ? [entry.placement] : entry.instances.map { entry.placement.on($0.receiver) }
            for placement in placements {
                let key = Self.key(placement, name: name)
                switch placement {
                case .global: break
                case .member(let type, _): memberTypes.insert(type)
                case .staticMember(let type): staticTypes.insert(type)
                }
                if unparsed[key]?.last.map({ $0.declaration == entry.declaration && !entry.instances.isEmpty }) != true {
                    unparsed[key, default: []].append(entry)
                }
            }
        }
        self.memberTypes = memberTypes
        self.staticTypes = staticTypes
        keys = Set(unparsed.keys)
    }

    /// Every name of the library, by where it is found (parsed or not).
    private let keys: Set<Key>

    /// The library's global functions' names: what an unknown name's "did you mean" adds to
    /// the names in scope.
    var globalNames: [String] {
        keys.compactMap { if case .global(let name) = $0, !name.hasPrefix("prefix-") { name } else { nil } }.sorted()
    }

    /// The names of the library's members of `type` (its protocols' members included).
    func memberNames(of type: CellType) -> [String] {
        var owners = Set(type.conformances)
        if let (key, _) = Surface.receiver(type) { owners.insert(key) }
        return keys.compactMap { if case .member(let owner, let name) = $0, owners.contains(owner) { name } else { nil } }.sorted()
    }

    /// Every declaration parsed: the problems found in the declarations themselves
    /// (a bug in this module; a test asserts there are none).
    var declarationErrors: [String] {
        for key in lock.withLock({ Array(unparsed.keys) }) { _ = bindings(key) }
        return lock.withLock { problems }
    }

    private func bindings(_ key: Key) -> [MemberBinding]? {
        lock.withLock {
            if let entries = unparsed.removeValue(forKey: key) { parse(entries, as: key) }
            return parsed[key]
        }
    }

    /// Parses one name's declarations together (one per line); a declaration that
    /// does not parse as exactly one item is parsed alone so the problem names it.
    private func parse(_ entries: [Builtin], as key: Key) {
        let file = Parser.parse(source: entries.map(\.declaration).joined(separator: "\n"))
        let items = file.statements.map(\.item)
        if items.count == entries.count, !file.hasError {
            for (entry, item) in zip(entries, items) { add(entry, item, key) }
            return
        }
        for entry in entries {
            let single = Parser.parse(source: entry.declaration)
            if single.statements.count == 1, let item = single.statements.first?.item, !single.hasError {
                add(entry, item, key)
            } else {
                problems.append(entry.declaration)
            }
        }
    }

    /// The name a declaration declares, read without parsing it: `func name`,
    /// `func *`, `prefix func -` (as `prefix-`), `var name:`, `init`.
    static func declaredName(_ declaration: String) -> String? {
        var words = declaration.split(separator: " ", omittingEmptySubsequences: true)[...]
        var prefix = ""
        while let word = words.first {
            words = words.dropFirst()
            if word.hasPrefix("@") || ["static", "mutating", "public"].contains(word) { continue }
            if word == "prefix" { prefix = "prefix"; continue }
            if word.hasPrefix("init") { return "init" }
            guard word == "func" || word == "var", let next = words.first else { return nil }
            let name = next.prefix { $0 != "(" && $0 != "<" && $0 != ":" }
            return name.isEmpty ? nil : prefix + name
        }
        return nil
    }

    /// Adds the binding `item` declares (one of `entry`'s declarations) under `key`.
    private func add(_ entry: Builtin, _ item: CodeBlockItemSyntax.Item, _ key: Key) {
        var receiverGenerics: [String] = []
        if case .member(let type, _) = entry.placement { receiverGenerics = (Self.receiverGenerics[type] ?? []) + ["Self"] }
        if case .staticMember(let type) = entry.placement { receiverGenerics = Self.receiverGenerics[type] ?? [] }
        let placeholders = entry.instances.first.map { Set($0.substitution.keys) } ?? []
        var resolver = TypeResolver(generics: Set(receiverGenerics).union(placeholders), nominals: nominals)
        resolver.allowsSomeSequence = true
        do {
            if let function = item.as(FunctionDeclSyntax.self) {
                var constraints: [String: String] = [:]
                for generic in function.genericParameterClause?.parameters ?? [] {
                    resolver.generics.insert(generic.name.text)
                    if let inherited = generic.inheritedType { constraints[generic.name.text] = inherited.trimmedDescription }
                }
                var requirements: [GenericRequirement] = []
                for requirement in function.genericWhereClause?.requirements ?? [] {
                    switch requirement.requirement {
                    case .conformanceRequirement(let c) where c.rightType.as(IdentifierTypeSyntax.self)?.genericArgumentClause != nil:
                        // `where Element: Sequence<T>`: binds T to the elements of Element.
                        requirements.append(GenericRequirement(generic: c.leftType.trimmedDescription,
                                                               pattern: try resolver.resolve(c.rightType)))
                    case .conformanceRequirement(let c):
                        constraints[c.leftType.trimmedDescription] = c.rightType.trimmedDescription
                    case .sameTypeRequirement(let s):
                        guard case .type(let left) = s.leftType, case .type(let right) = s.rightType else { break }
                        requirements.append(GenericRequirement(generic: left.trimmedDescription, pattern: try resolver.resolve(right)))
                    default: break
                    }
                }
                let parameters = try function.signature.parameterClause.parameters.map { p throws(TypeResolver.Failure) in
                    var type = p.type
                    var isInout = false
                    if let attributed = type.as(AttributedTypeSyntax.self) {
                        isInout = attributed.specifiers.contains { $0.trimmedDescription == "inout" }
                        type = attributed.baseType
                    }
                    let label = p.firstName.text == "_" ? nil : p.firstName.text
                    let resolved = try resolver.resolve(type)
                    let defaultValue = p.defaultValue.map { self.defaultValue($0.value, resolved) }
                    return Parameter(label: label, name: (p.secondName ?? p.firstName).text,
                                     type: resolved, isInout: isInout,
                                     defaultValue: defaultValue.map { value in { _ in value } })
                }
                let result = try function.signature.returnClause.map { r throws(TypeResolver.Failure) in
                    try resolver.resolve(r.type)
                } ?? .void
                let isPrefix = function.modifiers.contains { $0.name.text == "prefix" }
                var binding = FunctionBinding(
                    name: (isPrefix ? "prefix" : "") + function.name.text, parameters: parameters, result: result,
                    generics: receiverGenerics + (function.genericParameterClause?.parameters.map { $0.name.text } ?? []),
                    implementation: entry.implementation, constraints: constraints)
                binding.requirements = requirements
                binding.origin = .library(Self.signatureText(function.trimmedDescription))
                binding.discardableResult = function.attributes.contains { $0.trimmedDescription == "@discardableResult" }
                binding.effect = Self.effect(function.signature.effectSpecifiers?.throwsClause)
                register(binding, entry, isProperty: false, key)
            } else if let variable = item.as(VariableDeclSyntax.self),
                      let pattern = variable.bindings.first,
                      let name = pattern.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                      let type = pattern.typeAnnotation?.type {
                let binding = FunctionBinding(name: name, parameters: [], result: try resolver.resolve(type),
                                              generics: receiverGenerics, implementation: entry.implementation)
                register(binding, entry, isProperty: true, key)
            } else if let initializer = item.as(InitializerDeclSyntax.self) {
                // `init<Source: BinaryInteger>(_ source: Source)`
                let constraints = Self.genericConstraints(initializer.genericParameterClause, initializer.genericWhereClause, &resolver)
                var requirements: [GenericRequirement] = []
                for requirement in initializer.genericWhereClause?.requirements ?? [] {
                    // `where Value == [T]` (`Dictionary(grouping:by:)`).
                    if case .sameTypeRequirement(let s) = requirement.requirement, case .type(let left) = s.leftType,
                       case .type(let right) = s.rightType {
                        requirements.append(GenericRequirement(generic: left.trimmedDescription, pattern: try resolver.resolve(right)))
                    }
                }
                let parameters = try initializer.signature.parameterClause.parameters.map { p throws(TypeResolver.Failure) in
                    let resolved = try resolver.resolve(p.type)
                    return Parameter(label: p.firstName.text == "_" ? nil : p.firstName.text,
                                     name: (p.secondName ?? p.firstName).text, type: resolved,
                                     defaultValue: p.defaultValue.map { self.defaultValue($0.value, resolved) }.map { v in { _ in v } })
                }
                guard case .staticMember(let type) = entry.placement else { return }
                // `Unicode.Scalar` is a member type: parsed, not taken as one identifier.
                var parser = Parser(type)
                var result: CellType = switch type {
                case "Array": .array(.generic("Element"))
                case "Set": .set(.generic("Element"))
                case "Dictionary": .dictionary(.generic("Key"), .generic("Value"))
                case "AnyIterator": .sequence(.anyIterator, [.generic("Element")])
                default: try resolver.resolve(TypeSyntax.parse(from: &parser))
                }
                if initializer.optionalMark != nil { result = .optional(result) }
                var binding = FunctionBinding(
                    name: "init", parameters: parameters, result: result,
                    generics: receiverGenerics + (initializer.genericParameterClause?.parameters.map { $0.name.text } ?? []),
                    implementation: entry.implementation, constraints: constraints)
                binding.requirements = requirements
                binding.origin = .library(Self.signatureText(initializer.trimmedDescription))
                binding.effect = Self.effect(initializer.signature.effectSpecifiers?.throwsClause)
                register(binding, entry, isProperty: false, key)
            } else {
                problems.append(entry.declaration)
            }
        } catch {
            problems.append(entry.declaration)
        }
    }

    /// `throws` or `rethrows` as declared (the standard library's higher-order functions rethrow).
    /// A signature as a note names it: without `mutating`, `static` or attributes.
    static func signatureText(_ declaration: String) -> String {
        var text = Substring(declaration)
        while text.hasPrefix("@") || text.hasPrefix("mutating ") || text.hasPrefix("static ") || text.hasPrefix("nonmutating ") {
            guard let space = text.firstIndex(of: " ") else { break }
            text = text[text.index(after: space)...]
        }
        return String(text)
    }

    private static func effect(_ clause: ThrowsClauseSyntax?) -> ThrowingEffect {
        guard let clause else { return .none }
        return clause.throwsSpecifier.tokenKind == .keyword(.rethrows) ? .rethrows : .throws
    }

    /// The generic parameters of a declaration, made known to `resolver`, and their
    /// requirements (`T: Comparable`, `where T == Double`) by parameter name.
    private static func genericConstraints(_ parameters: GenericParameterClauseSyntax?, _ whereClause: GenericWhereClauseSyntax?,
                                           _ resolver: inout TypeResolver) -> [String: String] {
        var constraints: [String: String] = [:]
        for generic in parameters?.parameters ?? [] {
            resolver.generics.insert(generic.name.text)
            if let inherited = generic.inheritedType { constraints[generic.name.text] = inherited.trimmedDescription }
        }
        for requirement in whereClause?.requirements ?? [] {
            switch requirement.requirement {
            case .conformanceRequirement(let c):
                constraints[c.leftType.trimmedDescription] = c.rightType.trimmedDescription
            default: break   // same-type requirements solve types: `GenericRequirement`
            }
        }
        return constraints
    }

    /// Registers `binding` under `key`; for a template, the instance whose receiver `key`
    /// names (a global template registers every instance).
    private func register(_ binding: FunctionBinding, _ entry: Builtin, isProperty: Bool, _ key: Key) {
        guard !entry.instances.isEmpty else { return register(binding, entry.placement, isProperty: isProperty, key) }
        for instance in entry.instances {
            let placement = entry.placement.on(instance.receiver)
            guard Self.key(placement, name: binding.name) == key else { continue }
            var copy = binding
            copy.parameters = binding.parameters.map { parameter in
                var p = parameter
                p.type = parameter.type.substituting(instance.substitution)
                return p
            }
            copy.result = binding.result.substituting(instance.substitution)
            copy.generics = binding.generics.filter { instance.substitution[$0] == nil }
            copy.implementation = instance.implementation
            register(copy, placement, isProperty: isProperty, key)
        }
    }

    /// Where a declaration named `name` with this placement is found.
    private static func key(_ placement: Builtin.Placement, name: String) -> Key {
        switch placement {
        case .global: .global(name)
        case .member(let type, _): .member(type, name)
        case .staticMember(let type): .staticMember(type, name)
        }
    }

    private func register(_ binding: FunctionBinding, _ placement: Builtin.Placement, isProperty: Bool, _ key: Key) {
        var isMutating = false
        if case .member(_, let mutating) = placement { isMutating = mutating }
        // The name read without parsing must be the name parsed, or lookups would miss it.
        let expected: String
        switch key {
        case .global(let name), .member(_, let name), .staticMember(_, let name): expected = name
        }
        guard binding.name == expected else {
            problems.append("\(binding.name) declared under the name \(expected)")
            return
        }
        var binding = binding
        binding.isMutating = isMutating
        parsed[key, default: []].append(MemberBinding(binding: binding, isProperty: isProperty, isMutating: isMutating))
    }

    /// A default value written in a declaration: a literal, or a case of a library enum (`.linear`).
    private func defaultValue(_ expression: ExprSyntax, _ type: CellType) -> Value {
        // `std: Double = 1`: an integer literal in a Double parameter is a Double, as in Swift.
        if case .int(let value) = Self.literal(expression), type == .double || type == .optional(.double) {
            return .double(Double(value))
        }
        if let member = expression.as(MemberAccessExprSyntax.self),
           let base = member.base?.as(DeclReferenceExprSyntax.self)?.baseName.text,
           let constant = SurfaceStandardLibrary.constant(base, member.declName.baseName.text) {
            return constant.value  // `maxSplits: Int = Int.max`
        }
        if let member = expression.as(MemberAccessExprSyntax.self), member.base == nil {
            let name = member.declName.baseName.text
            for layout in enums {
                if let index = layout.cases.firstIndex(where: { $0.name == name }) { return .enumCase(index, []) }
            }
        }
        return Self.literal(expression)
    }

    /// A default value written in a declaration: a literal.
    private static func literal(_ expression: ExprSyntax) -> Value {
        if let int = expression.as(IntegerLiteralExprSyntax.self) { return .int(Int(int.literal.text) ?? 0) }
        if let float = expression.as(FloatLiteralExprSyntax.self) { return .double(Double(float.literal.text) ?? 0) }
        if let bool = expression.as(BooleanLiteralExprSyntax.self) { return .bool(bool.literal.text == "true") }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "-" {
            switch literal(prefix.expression) {
            case .int(let i): return .int(-i)
            case .double(let d): return .double(-d)
            default: break
            }
        }
        if let string = expression.as(StringLiteralExprSyntax.self) {
            let text = string.segments.compactMap { $0.as(StringSegmentSyntax.self)?.content.text }.joined()
            return .string(text.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t"))
        }
        return .none
    }

    /// The surface key for a receiver type (`[Int]` → `Array`) and the generic bindings it brings.
    /// (The protocols it conforms to bring more: `members(of:named:)`.)
    static func receiver(_ type: CellType) -> (name: String, generics: [String: CellType])? {
        switch type {
        case .array(let e): ("Array", ["Element": e])
        case .slice(let e): ("ArraySlice", ["Element": e])
        case .stride(let e, let through): (through ? "StrideThrough" : "StrideTo", ["Element": e])
        case .substring: ("Substring", [:])
        case .stringIndex: ("String.Index", [:])
        case .sequence(let kind, let bases) where kind == .unfoldFirst || kind == .anyIterator:
            (kind.rawValue, bases.first.map { ["Element": $0] } ?? [:])
        case .sequence(let kind, let bases) where LazySequences.kinds.contains(kind):
            (LazySequences.isCollection(type) ? SurfaceCollections.collectionName(of: kind) : kind.rawValue,
             ["Base": bases.first ?? .error, "Element": type.sequenceElement ?? .error])
        case .sequence(.dropWhile, let bases):
            ("DropWhileSequence", ["Base": bases.first ?? .error, "Element": type.sequenceElement ?? .error])
        case .sequence(let kind, _): (kind.rawValue, [:])
        case .set(let e): ("Set", ["Element": e])
        case .dictionary(let k, let v): ("Dictionary", ["Key": k, "Value": v])
        case .range(let b, let closed): (closed ? "ClosedRange" : "Range", ["Bound": b])
        case .partialRangeFrom(let b): ("PartialRangeFrom", ["Bound": b])
        case .optional(let w): ("Optional", ["Wrapped": w])
        case .string: ("String", [:])
        case .int: ("Int", [:])
        case .integer(let type): (type.name, [:])
        case .double: ("Double", [:])
        case .bool: ("Bool", [:])
        case .character: ("Character", [:])
        case .nominal(let name): (name, [:])
        default: nil
        }
    }
}
