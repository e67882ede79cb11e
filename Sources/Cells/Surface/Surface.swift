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

    init(_ declaration: String, _ implementation: @escaping BuiltinImplementation) {
        self.declaration = declaration
        placement = .global
        self.implementation = implementation
    }

    init(on type: String, _ declaration: String, mutating: Bool = false,
         _ implementation: @escaping BuiltinImplementation) {
        self.declaration = declaration
        placement = .member(of: type, mutating: mutating)
        self.implementation = implementation
    }

    init(static type: String, _ declaration: String, _ implementation: @escaping BuiltinImplementation) {
        self.declaration = declaration
        placement = .staticMember(of: type)
        self.implementation = implementation
    }
}

/// The library as cells see it: every builtin's signature, parsed, by name.
final class Surface: @unchecked Sendable {
    /// Global functions and operators by base name.
    private(set) var functions: [String: [FunctionBinding]] = [:]
    /// Methods, and properties (as parameterless bindings with `isProperty`), by receiver type then name.
    private(set) var members: [String: [String: [MemberBinding]]] = [:]
    private(set) var statics: [String: [String: [FunctionBinding]]] = [:]
    /// Named library types (`Matrix`, `Figure`).
    let nominals: Set<String>
    /// Problems in the declarations themselves (a bug in this module; tests assert it is empty).
    private(set) var declarationErrors: [String] = []

    struct MemberBinding {
        var binding: FunctionBinding
        var isProperty: Bool
        var isMutating: Bool
    }

    /// Generic names each receiver brings (`Element` for `[T]`).
    static let receiverGenerics: [String: [String]] = [
        "Array": ["Element"], "Set": ["Element"], "Dictionary": ["Key", "Value"],
        "Range": ["Bound"], "ClosedRange": ["Bound"], "Optional": ["Wrapped"], "ArraySlice": ["Element"],
        "PartialRangeFrom": ["Bound"],
        "Sequence": ["Element"], "Collection": ["Element"], "BidirectionalCollection": ["Element"],
    ]

    /// Enums of the libraries (`FloatingPointRoundingRule`, Plot's `Scale`): cases by name.
    let enums: [EnumLayout]

    init(nominals: Set<String>, enums: [EnumLayout], entries: [Builtin]) {
        self.nominals = nominals.union(enums.map(\.name))
        self.enums = enums
        // One parse for all declarations (one per line) is what keeps start-up
        // cheap; a declaration that does not parse as exactly one item is
        // parsed alone so the error names it.
        let file = Parser.parse(source: entries.map(\.declaration).joined(separator: "\n"))
        let items = file.statements.map(\.item)
        if items.count == entries.count, !file.hasError {
            for (entry, item) in zip(entries, items) { add(entry, item) }
        } else {
            for entry in entries {
                let single = Parser.parse(source: entry.declaration)
                if single.statements.count == 1, let item = single.statements.first?.item, !single.hasError {
                    add(entry, item)
                } else {
                    declarationErrors.append(entry.declaration)
                }
            }
        }
    }

    private func add(_ entry: Builtin, _ item: CodeBlockItemSyntax.Item) {
        var receiverGenerics: [String] = []
        if case .member(let type, _) = entry.placement { receiverGenerics = (Self.receiverGenerics[type] ?? []) + ["Self"] }
        if case .staticMember(let type) = entry.placement { receiverGenerics = Self.receiverGenerics[type] ?? [] }
        var resolver = TypeResolver(generics: Set(receiverGenerics), nominals: nominals)
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
                binding.discardableResult = function.attributes.contains { $0.trimmedDescription == "@discardableResult" }
                register(binding, entry.placement, isProperty: false)
            } else if let variable = item.as(VariableDeclSyntax.self),
                      let pattern = variable.bindings.first,
                      let name = pattern.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                      let type = pattern.typeAnnotation?.type {
                let binding = FunctionBinding(name: name, parameters: [], result: try resolver.resolve(type),
                                              generics: receiverGenerics, implementation: entry.implementation)
                register(binding, entry.placement, isProperty: true)
            } else if let initializer = item.as(InitializerDeclSyntax.self) {
                for generic in initializer.genericParameterClause?.parameters ?? [] { resolver.generics.insert(generic.name.text) }
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
                default: try resolver.resolve(TypeSyntax.parse(from: &parser))
                }
                if initializer.optionalMark != nil { result = .optional(result) }
                var binding = FunctionBinding(
                    name: "init", parameters: parameters, result: result,
                    generics: receiverGenerics + (initializer.genericParameterClause?.parameters.map { $0.name.text } ?? []),
                    implementation: entry.implementation)
                binding.requirements = requirements
                statics[type, default: [:]]["init", default: []].append(binding)
            } else {
                declarationErrors.append(entry.declaration)
            }
        } catch {
            declarationErrors.append(entry.declaration)
        }
    }

    private func register(_ binding: FunctionBinding, _ placement: Builtin.Placement, isProperty: Bool) {
        switch placement {
        case .global:
            functions[binding.name, default: []].append(binding)
        case .member(let type, let mutating):
            members[type, default: [:]][binding.name, default: []]
                .append(MemberBinding(binding: binding, isProperty: isProperty, isMutating: mutating))
        case .staticMember(let type):
            statics[type, default: [:]][binding.name, default: []].append(binding)
        }
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
        case .sequence(let kind, _): (kind.rawValue, [:])
        case .set(let e): ("Set", ["Element": e])
        case .dictionary(let k, let v): ("Dictionary", ["Key": k, "Value": v])
        case .range(let b, let closed): (closed ? "ClosedRange" : "Range", ["Bound": b])
        case .partialRangeFrom(let b): ("PartialRangeFrom", ["Bound": b])
        case .optional(let w): ("Optional", ["Wrapped": w])
        case .string: ("String", [:])
        case .int: ("Int", [:])
        case .double: ("Double", [:])
        case .bool: ("Bool", [:])
        case .character: ("Character", [:])
        case .nominal(let name): (name, [:])
        default: nil
        }
    }
}
