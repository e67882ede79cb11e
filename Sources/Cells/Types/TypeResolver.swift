import SwiftParser
import SwiftSyntax

/// Turns written types (`[Double]`, `(min: Int, max: Int)?`, `(Int) -> Int`)
/// into `CellType`s. Used for cells' annotations and for the library's
/// declared signatures alike.
struct TypeResolver {
    /// Generic parameter names in scope (`T`, `Element`).
    var generics: Set<String> = []
    /// Named types: the library's (`Matrix`) and those declared in cells.
    var nominals: Set<String> = []
    /// `typealias Grid = [[Double]]` from cells, and what generic parameters stand for.
    var aliases: [String: CellType] = [:]
    /// Cells' generic structs and how many parameters each takes: `Stack<Int>` names an
    /// instance, which the checker compiles (it is listed in `instances`).
    var genericTypes: [String: Int] = [:]
    /// Cells' protocols: a protocol name used as a type is an existential (`any Shape`).
    var protocols: Set<String> = []
    /// The instances of generic structs that resolved types named, in order.
    private(set) var instances: [(name: String, arguments: [CellType], node: Syntax)] = []
    /// The library's declarations may say `some Sequence<T>` (cells may not: a cell's
    /// function would have to compile its body for every sequence type).
    var allowsSomeSequence = false
    /// A type's associated type (`S.Element` for the type `S` stands for), as the checker
    /// knows it: the library's, a cell's sequence's, a conformance's to a cell's protocol.
    var associatedType: (CellType, String) -> CellType? = { $0.associatedType(named: $1) }

    enum Failure: Error {
        case unknown(name: String, node: Syntax)
        case unsupported(construct: UnsupportedConstruct, node: Syntax)
        /// `Stack` without its generic arguments, outside its own declaration.
        case missingGenericArguments(name: String, node: Syntax)
    }

    mutating func resolve(_ type: TypeSyntax) throws(Failure) -> CellType {
        if let identifier = type.as(IdentifierTypeSyntax.self) {
            let name = identifier.name.text
            var arguments: [CellType] = []
            for argument in identifier.genericArgumentClause?.arguments ?? [] {
                guard case .type(let type) = argument.argument else {
                    throw .unsupported(construct: .valueGenericArguments, node: Syntax(argument))
                }
                arguments.append(try resolve(type))
            }
            return try named(name, arguments, node: Syntax(identifier))
        }
        if let array = type.as(ArrayTypeSyntax.self) { return .array(try resolve(array.element)) }
        if let metatype = type.as(MetatypeTypeSyntax.self), metatype.metatypeSpecifier.text == "Type" {
            _ = try resolve(metatype.baseType)   // `Animal.Type`: held as `type(of:)` holds a metatype
            return CellType.metatype
        }
        if let dictionary = type.as(DictionaryTypeSyntax.self) {
            return .dictionary(try resolve(dictionary.key), try resolve(dictionary.value))
        }
        if let optional = type.as(OptionalTypeSyntax.self) { return .optional(try resolve(optional.wrappedType)) }
        if let tuple = type.as(TupleTypeSyntax.self) {
            let elements = try tuple.elements.map { element throws(Failure) in
                CellType.TupleElement(label: element.firstName?.text, type: try resolve(element.type))
            }
            if elements.count == 1, elements[0].label == nil { return elements[0].type }
            return elements.isEmpty ? .void : .tuple(elements)
        }
        if let function = type.as(FunctionTypeSyntax.self) {
            let parameters = try function.parameters.map { parameter throws(Failure) in
                var inner = parameter.type
                var isInout = false
                if let attributed = inner.as(AttributedTypeSyntax.self) {
                    isInout = attributed.specifiers.contains { $0.trimmedDescription == "inout" }
                    inner = attributed.baseType
                }
                if parameter.ellipsis != nil {
                    return CellType.FunctionParameterType(type: .array(try resolve(inner)), isVariadic: true)
                }
                return CellType.FunctionParameterType(type: try resolve(inner), isInout: isInout)
            }
            if let async = function.effectSpecifiers?.asyncSpecifier {
                throw .unsupported(construct: .asyncFunction, node: Syntax(async))
            }
            if let typed = function.effectSpecifiers?.throwsClause?.type {
                throw .unsupported(construct: .typedThrows, node: Syntax(typed))
            }
            return .function(parameters, try resolve(function.returnClause.type),
                             throws: function.effectSpecifiers?.throwsClause != nil)
        }
        if let attributed = type.as(AttributedTypeSyntax.self) {
            // `@escaping (Int) -> Int` means the same here.
            return try resolve(attributed.baseType)
        }
        // `any Shape`, and `some Shape` (an opaque type: a value of one conforming type, which a
        // cell uses only through the protocol's members, as through the existential).
        if let some = type.as(SomeOrAnyTypeSyntax.self),
           let name = some.constraint.as(IdentifierTypeSyntax.self)?.name.text, protocols.contains(name),
           some.someOrAnySpecifier.tokenKind == .keyword(.any) || name != "Error" {
            if let arguments = some.constraint.as(IdentifierTypeSyntax.self)?.genericArgumentClause {
                // `some Stack<Int>`: a cell's protocol constrained by its primary associated type.
                throw .unsupported(construct: .primaryAssociatedType, node: Syntax(arguments))
            }
            return .existential(name)
        }
        if let member = type.as(MemberTypeSyntax.self), let base = try? resolve(member.baseType),
           case .nominal(let outer) = base, nominals.contains("\(outer).\(member.name.text)") {
            return .nominal("\(outer).\(member.name.text)")   // `Card.Suit`: a nested type
        }
        if let member = type.as(MemberTypeSyntax.self) {
            // `S.Element` of a generic parameter: bound with the declaration's parameters.
            if let bound = aliases[member.trimmedDescription] { return bound }
            if let base = try? resolve(member.baseType), let associated = associatedType(base, member.name.text) {
                return associated
            }
            switch member.trimmedDescription {
            case "String.Index", "Swift.String.Index": return .stringIndex
            case "String.UnicodeScalarView", "String.UTF8View", "Unicode.Scalar": return .nominal(member.trimmedDescription)
            default: break
            }
            // `Swift.Int`, `Linalg.Matrix`: module-qualified names. The name is resolved from a
            // new node, which has no place in the cell: an unknown one is reported at the member.
            do {
                return try resolve(TypeSyntax(IdentifierTypeSyntax(name: member.name, genericArgumentClause: member.genericArgumentClause)))
            } catch .unknown(let name, _) {
                throw .unknown(name: name, node: Syntax(member))
            } catch .unsupported(let construct, _) {
                throw .unsupported(construct: construct, node: Syntax(member))
            }
        }
        if allowsSomeSequence, let opaque = type.as(SomeOrAnyTypeSyntax.self),
           opaque.someOrAnySpecifier.tokenKind == .keyword(.some), case .someSequence(let element) = try resolve(opaque.constraint) {
            // `some Sequence<T>`: the library's parameters that take any sequence.
            return .someSequence(element)
        }
        throw .unsupported(construct: .type(written: type.trimmedDescription), node: Syntax(type))
    }

    /// A type written as text (`"[Int]"`, `"Unicode.Scalar"`), parsed as Swift parses a type.
    mutating func resolve(written: String) throws(Failure) -> CellType {
        var parser = Parser(written)
        return try resolve(TypeSyntax.parse(from: &parser))
    }

    private mutating func named(_ name: String, _ arguments: [CellType], node: Syntax) throws(Failure) -> CellType {
        if let count = genericTypes[name], !arguments.isEmpty || aliases[name] == nil {
            guard arguments.count == count else { throw .missingGenericArguments(name: name, node: node) }
            if !arguments.contains(where: \.containsGeneric) { instances.append((name, arguments, node)) }
            return .instance(name, arguments)
        }
        switch (name, arguments.count) {
        case ("Int", 0): return .int
        case ("Double", 0), ("Float64", 0): return .double
        case ("Float", 0), ("Float32", 0): return .float
        case ("ObjectIdentifier", 0): return .nominal("ObjectIdentifier")
        case ("Bool", 0): return .bool
        case ("String", 0): return .string
        case ("Character", 0): return .character
        case ("Void", 0): return .void
        case ("Array", 1): return .array(arguments[0])
        case ("Set", 1): return .set(arguments[0])
        case ("Optional", 1): return .optional(arguments[0])
        case ("Dictionary", 2): return .dictionary(arguments[0], arguments[1])
        case ("Range", 1): return .range(arguments[0], closed: false)
        case ("ClosedRange", 1): return .range(arguments[0], closed: true)
        case ("StrideTo", 1): return .stride(arguments[0], through: false)
        case ("StrideThrough", 1): return .stride(arguments[0], through: true)
        case ("ArraySlice", 1): return .slice(arguments[0])
        case ("PartialRangeFrom", 1): return .partialRangeFrom(arguments[0])
        case ("Substring", 0): return .substring
        case ("KeyPath", 2), ("WritableKeyPath", 2), ("ReferenceWritableKeyPath", 2), ("PartialKeyPath", 1):
            return .instance(name, arguments)
        case ("UnicodeScalar", 0): return .nominal("Unicode.Scalar")
        case ("Zip2Sequence", 2): return .sequence(.zip2, arguments)
        case ("EnumeratedSequence", 1): return .sequence(.enumerated, arguments)
        case ("FlattenSequence", 1): return .sequence(.flatten, arguments)
        case ("JoinedSequence", 1): return .sequence(.joined, arguments)
        case ("ReversedCollection", 1): return .sequence(.reversed, arguments)
        case ("Slice", 1): return .sequence(.slice, arguments)
        case ("PrefixSequence", 1): return .sequence(.prefixSequence, arguments)
        case ("DropFirstSequence", 1): return .sequence(.dropFirstSequence, arguments)
        case ("UnfoldFirstSequence", 1): return .sequence(.unfoldFirst, arguments)
        case ("AnyIterator", 1): return .sequence(.anyIterator, arguments)
        case ("LazySequence", 1): return .sequence(.lazy, arguments)
        case ("LazyMapSequence", 2): return .sequence(.lazyMap, arguments)
        case ("LazyFilterSequence", 1): return .sequence(.lazyFilter, arguments)
        case ("LazyPrefixWhileSequence", 1): return .sequence(.lazyPrefixWhile, arguments)
        case ("LazyDropWhileSequence", 1): return .sequence(.lazyDropWhile, arguments)
        case ("DropWhileSequence", 1): return .sequence(.dropWhile, arguments)
        // `Sequence<T>` as a constraint (`some Sequence<T>`, `where Element: Sequence<T>`).
        case ("Sequence", 1) where allowsSomeSequence: return .someSequence(arguments[0])
        default:
            if arguments.isEmpty, generics.contains(name) { return .generic(name) }
            if arguments.isEmpty, let alias = aliases[name] { return alias }
            if arguments.isEmpty, nominals.contains(name) { return .nominal(name) }
            if arguments.isEmpty, protocols.contains(name) { return .existential(name) }
            if arguments.isEmpty, let integer = IntegerType.named(name) { return integer.cellType }
            // `Any`: the protocol composition of no protocols, which every type conforms to.
            if arguments.isEmpty, name == "Any" { return .any }
            // The standard library's types cells do not have: refused as such, not as unknown names.
            // `AnyObject`: the protocol every class conforms to; its values are boxed objects.
            if arguments.isEmpty, name == CellType.anyObjectName { return .anyObject }
            if ["Result"].contains(name) {
                throw .unsupported(construct: .type(written: name), node: node)
            }
            // A type a cell must not hold (`Date`, `Thread`, `UnsafePointer<T>`): refused saying why.
            if UnsupportedConstruct.type(written: name).reason != .notYetBuilt {
                throw .unsupported(construct: .type(written: name), node: node)
            }
            throw .unknown(name: name, node: node)
        }
    }
}
