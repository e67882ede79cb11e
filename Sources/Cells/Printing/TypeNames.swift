/// Types as Swift's runtime names them, which is how a generic struct's arguments
/// appear when one of its values is printed: `Pair<Array<Double>, Stack<String>>(…)`
/// alone, `main.Pair<Swift.Array<Swift.Double>, main.Stack<Swift.String>>(…)` inside a
/// collection (the unsugared spelling, module-qualified when nested).
extension SwiftDescription {
    func typeName(_ type: CellType, qualified: Bool) -> String {
        let swift = qualified ? "Swift." : ""
        let main = qualified ? moduleName + "." : ""
        func name(_ type: CellType) -> String { typeName(type, qualified: qualified) }
        switch type {
        case .int, .double, .bool, .string, .character, .integer: return swift + type.description
        case .void: return "()"
        case .array(let element): return "\(swift)Array<\(name(element))>"
        case .set(let element): return "\(swift)Set<\(name(element))>"
        case .optional(let wrapped): return "\(swift)Optional<\(name(wrapped))>"
        case .dictionary(let key, let value): return "\(swift)Dictionary<\(name(key)), \(name(value))>"
        case .range(let bound, let closed): return "\(swift)\(closed ? "ClosedRange" : "Range")<\(name(bound))>"
        case .stride(let bound, let through): return "\(swift)\(through ? "StrideThrough" : "StrideTo")<\(name(bound))>"
        case .tuple(let elements):
            return "(" + elements.map { ($0.label.map { "\($0): " } ?? "") + name($0.type) }.joined(separator: ", ") + ")"
        case .function(let parameters, let result):
            return "(" + parameters.map { ($0.isInout ? "inout " : "") + name($0.type) }.joined(separator: ", ") + ") -> "
                + name(result)
        case .instance(let base, let arguments):
            return main + base + "<" + arguments.map(name).joined(separator: ", ") + ">"
        case .nominal(let named):
            if let layout = enums[named], layout.isLibrary { return swift + named }
            return (structs[named] != nil || enums[named] != nil ? main : "") + named
        case .existential(let proto): return "any " + main + proto
        case .generic(let named), .archetype(let named, _): return named
        case .error: return "_"
        }
    }
}
