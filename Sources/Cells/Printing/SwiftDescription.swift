import Linalg
import Plot
import CellValues

/// Formats values exactly as Swift's `print` and `String(describing:)` do,
/// driven by the static type (which is how Swift decides too: an `Int?`
/// prints `Optional(3)`, a `String` inside an array prints quoted).
///
/// Doubles use Swift's own `description` (shortest round-trip: `1.0`,
/// `1e-05`, `5e+20`, `inf`, `nan`), so there is nothing to re-implement.
struct SwiftDescription {
    let structs: [String: StructLayout]
    let enums: [String: EnumLayout]
    /// `description` of cells' types that conform to `CustomStringConvertible`.
    var customDescriptions: [String: (Value) -> String] = [:]
    /// Compiled programs are module `main`: nested struct and enum values print as `main.Point(…)`.
    var moduleName = "main"
    /// The concrete types that values of protocol types (`any Shape`) hold, by their index.
    var existentialTypes: [CellType] = []
    /// Cells' classes (module-qualified in reflected type names: `main.Box<main.Dog>`).
    var classNames: Set<String> = []

    /// `description`: what `print(x)` and `"\(x)"` produce.
    func describe(_ value: Value, _ type: CellType) -> String {
        switch (type, value) {
        case (CellType.metatype, _): return value.array[0].string   // `Point`; inside a collection `main.Point`
        case (.string, _), (.character, _), (.substring, _), (.nominal("Unicode.Scalar"), _),
             (.nominal("String.UnicodeScalarView"), _), (.nominal("String.UTF8View"), _):
            return value.string
        case (.existential, .existential(let box)) where box.type < existentialTypes.count:
            return describe(box.value, existentialTypes[box.type])
        default: return debug(value, type, topLevel: true)
        }
    }

    /// `debugDescription`: how elements inside collections, tuples and optionals print.
    func debug(_ value: Value, _ type: CellType, topLevel: Bool = false) -> String {
        switch type {
        case .int: return String(value.int)
        case .integer: return String(value.integer)
        // `print` and interpolation write a Double as `debugDescription` does (`-nan` keeps its sign).
        case .double: return value.double.debugDescription
        case .bool: return String(value.bool)
        case .string: return quoted(value.string)
        case .character: return quoted(value.string)
        case .void: return "()"
        case .array(let element):
            return "[" + value.array.map { debug($0, element) }.joined(separator: ", ") + "]"
        case .slice(let element):
            // `print(xs[1...])` writes `[20, 30]`; inside a collection it is `ArraySlice([20, 30])`.
            let items = "[" + value.array.map { debug($0, element) }.joined(separator: ", ") + "]"
            return topLevel ? items : "ArraySlice(\(items))"
        case .substring: return quoted(value.string)
        case .stringIndex:
            if case .stringIndex(let index) = value { return String(describing: index) }
            return "?"
        case .sequence(let kind, let bases): return standardSequence(value, kind, bases, topLevel: topLevel)
        case .set(let element):
            let table = value.table
            let items = "[" + table.keys.map { debug($0, element) }.joined(separator: ", ") + "]"
            // `print(s)` writes `[42]`; inside a collection or optional it is `Set([42])`.
            return topLevel ? items : "Set(\(items))"
        case .dictionary(let key, let valueType):
            let table = value.table
            if table.count == 0 { return "[:]" }
            return "[" + zip(table.keys, table.values).map { "\(debug($0, key)): \(debug($1, valueType))" }
                .joined(separator: ", ") + "]"
        case .optional(let wrapped):
            if value.isNone { return "nil" }
            return "Optional(\(debug(value.unwrappedOptional, wrapped)))"
        case .tuple(let elements):
            let parts = zip(elements, value.array).map { element, item in
                (element.label.map { "\($0): " } ?? "") + debug(item, element.type)
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .range(let bound, let closed):
            let bounds = value.array
            let text = debug(bounds[0], bound) + (closed ? "..." : "..<") + debug(bounds[1], bound)
            // Inside a collection or tuple a range prints as `ClosedRange(1...3)`.
            return topLevel ? text : (closed ? "ClosedRange(" : "Range(") + text + ")"
        case .partialRangeFrom(let bound):
            return reflectedName(type, qualified: !topLevel) + "(lowerBound: \(debug(value.array[0], bound)))"
        case .stride:
            // Swift's strides reflect no fields: they print as their qualified type name.
            return reflectedName(type, qualified: true)
        case .function: return "(Function)"
        case .nominal(let name):
            return nominal(value, name, topLevel: topLevel)
        case .instance:
            return nominal(value, type.description, topLevel: topLevel)
        case .existential:
            // An `any P` prints as the value it holds.
            guard case .existential(let box) = value, box.type < existentialTypes.count else { return "?" }
            return debug(box.value, existentialTypes[box.type], topLevel: topLevel)
        case .generic, .archetype, .someSequence, .error: return "?"
        }
    }

    private func nominal(_ value: Value, _ name: String, topLevel: Bool) -> String {
        if name == "ObjectIdentifier", case .object(let object) = value {
            return String(describing: ObjectIdentifier(object))   // an address, as Swift prints it
        }
        if case .object(let object) = value { return describe(object: object, value) }
        if let custom = customDescriptions[name] { return custom(value) }
        let qualified = topLevel ? "" : moduleName + "."
        switch value {
        case .matrix(let matrix): return String(describing: matrix)
        case .figure(let figure): return String(describing: figure)
        case .opaque(let box): return String(describing: box.value)
        default: break
        }
        switch name {
        case "Unicode.Scalar": return value.string.unicodeScalars.first?.debugDescription ?? "?"
        case "String.UnicodeScalarView": return value.string.unicodeScalars.debugDescription
        case "String.UTF8View": return value.string.utf8.debugDescription
        case CellType.metatype.description: return value.array[topLevel ? 0 : 1].string
        // A Float prints its own shortest round-trip digits (`0.1`, not the Double's `0.10000000149011612`).
        case CellType.float.description: return Float(value.double).debugDescription
        default: break
        }
        if let layout = structs[name] {
            let fields = zip(layout.fields, value.array).map { field, value in
                if field.isWeak { return "\(field.name): \(debug(WeakObjectReference.loading(value), field.type))" }
                guard field.isLazy else { return "\(field.name): \(debug(value, field.type))" }
                if case .void = value { return "$__lazy_storage_$_\(field.name): nil" }
                return "$__lazy_storage_$_\(field.name): \(debug(value.wrappedInOptional, .optional(field.type)))"
            }
            // A nested type prints by its own name alone, and fully qualified inside a collection.
            var written = topLevel ? String(name.split(separator: ".").last ?? Substring(name)) : qualified + name
            if let base = layout.genericBase {
                written = reflectedName(.instance(base, layout.genericArguments), qualified: !topLevel)
            }
            return written + "(" + fields.joined(separator: ", ") + ")"
        }
        if let layout = enums[name], case .enumCase(let index, let payload) = value {
            let enumCase = layout.cases[index]
            var prefix = topLevel ? "" : "\(qualified)\(name)."
            if !topLevel, let base = layout.genericBase {
                prefix = reflectedName(.instance(base, layout.genericArguments), qualified: true) + "."
            }
            if payload.isEmpty { return prefix + enumCase.name }
            let parts = zip(enumCase.payload, payload).map { element, item in
                (element.label.map { "\($0): " } ?? "") + debug(item, element.type)
            }
            return "\(prefix)\(enumCase.name)(" + parts.joined(separator: ", ") + ")"
        }
        return name
    }

    /// A class instance prints by its dynamic class: its `description` when it is
    /// CustomStringConvertible, else the module-qualified class name (`main.Dog`), everywhere.
    private func describe(object: CellObject, _ value: Value) -> String {
        guard let description = object.cellClass.description else { return "\(moduleName).\(object.cellClass.name)" }
        var arguments = [value]
        return (try? description.call(&arguments).string) ?? ""
    }

    /// A string as Swift's debugDescription writes it: quoted, with escapes.
    func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "'": result += "\\'"
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\0": result += "\\0"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// A struct declared in a cell: its stored properties in order.
struct StructLayout {
    struct Field {
        var name: String
        var type: CellType
        var mutable: Bool
        var hasDefault: Bool
        /// A `lazy var`: stored as Swift stores it, an optional named `$__lazy_storage_$_name`
        /// (`Value.void` until the first access), and printed so.
        var isLazy = false
        /// A `weak var`: holds a `WeakObjectReference` (`WeakReferences.swift`).
        var isWeak = false
    }
    var name: String
    var fields: [Field]
    /// For an instance of a generic struct (`Stack<Int>`): the struct's name and the type arguments.
    var genericBase: String? = nil
    var genericArguments: [CellType] = []
}

/// An enum declared in a cell: its cases and their payloads.
/// (`@unchecked`: raw values are immutable constants.)
struct EnumLayout: @unchecked Sendable {
    struct Case {
        var name: String
        var payload: [CellType.TupleElement]
    }
    var name: String
    var cases: [Case]
    /// `enum Planet: Int` / `: String`: the raw type and each case's raw value.
    var rawType: CellType? = nil
    var rawValues: [Value] = []
    var isCaseIterable = false
    /// Library enums (`FloatingPointRoundingRule`) print without a module.
    var isLibrary = false
    /// For an instance of a generic enum (`Tree<Int>`): the enum's name and the type arguments.
    var genericBase: String? = nil
    var genericArguments: [CellType] = []

    /// The enum's type: `.nominal(name)`, or the instance of the generic enum.
    var type: CellType { genericBase.map { .instance($0, genericArguments) } ?? .nominal(name) }
}
