import CellValues

/// How Swift prints values that have no description of their own: through reflection,
/// as `TypeName(field: value, …)`. At the top level (`print(zip(a, b))`) the type name is
/// unqualified; inside a collection, tuple or another reflected value it is qualified
/// (`[Swift.Zip2Sequence<Swift.Array<Swift.Int>, …>(…)]`), as `main.Point` is.
extension SwiftDescription {
    /// `Zip2Sequence<Array<Int>, String>(_sequence1: [1, 2], _sequence2: "ab")` and its kin:
    /// the stored properties of Swift's own types, with their names.
    func standardSequence(_ value: Value, _ kind: StandardSequence, _ bases: [CellType], topLevel: Bool) -> String {
        if kind == .unfoldFirst || kind == .anyIterator, let element = bases.first {
            return closureSequence(value, kind, element, topLevel: topLevel)
        }
        let parts = value.array
        if kind == .slice { return slice(parts, bases, topLevel: topLevel) }
        let pairs = Set<StandardSequence>([.zip2, .joined, .prefixSequence, .dropFirstSequence, .dropWhile])
            .union(LazySequences.kinds.subtracting([.lazy]))
        guard parts.count == (pairs.contains(kind) ? 2 : 1), let base = bases.first else { return "?" }
        let fields: [String]
        switch kind {
        case .zip2:
            fields = ["_sequence1: " + debug(parts[0], base), "_sequence2: " + debug(parts[1], bases[1])]
        case .joined:
            let element = base.sequenceElement?.sequenceElement ?? .error
            fields = ["_base: " + debug(parts[0], base), "_separator: ContiguousArray(" + debug(parts[1], .array(element)) + ")"]
        case .enumerated, .flatten, .reversed, .slice, .lazy:
            fields = ["_base: " + debug(parts[0], base)]
        case .lazyMap:
            fields = ["_base: " + debug(parts[0], base), "_transform: (Function)"]
        case .lazyFilter, .lazyPrefixWhile, .lazyDropWhile:
            fields = ["_base: " + debug(parts[0], base), "_predicate: (Function)"]
        case .dropWhile:
            fields = ["_iterator: " + dropWhileIterator(parts[0], base),
                      "_nextElement: " + debug(parts[1], .optional(base.sequenceElement ?? .error))]
        case .prefixSequence:
            fields = ["_base: " + debug(parts[0], base), "_maxLength: \(parts[1].int)"]
        case .dropFirstSequence:
            fields = ["_base: " + debug(parts[0], base), "_limit: \(parts[1].int)"]
        case .unfoldFirst, .anyIterator:
            return closureSequence(value, kind, base, topLevel: topLevel)
        }
        return reflectedName(.sequence(kind, bases), qualified: !topLevel) + "(" + fields.joined(separator: ", ") + ")"
    }

    /// `UnfoldSequence<Int, (Optional<Int>, Bool)>(_state: (Optional(1), true), _next: (Function), _done: false)`
    /// (a `sequence(first:next:)` value is never stepped itself: its iterators are copies) and
    /// `AnyIterator<Int>(_box: Swift._IteratorBox<Swift._ClosureBasedIterator<Swift.Int>>)`.
    private func closureSequence(_ value: Value, _ kind: StandardSequence, _ element: CellType, topLevel: Bool) -> String {
        let name = reflectedName(.sequence(kind, [element]), qualified: !topLevel)
        let parts = value.array
        if kind == .unfoldFirst {
            let state = "(" + debug(parts[0].wrappedInOptional, .optional(element)) + ", true)"
            return name + "(_state: " + state + ", _next: (Function), _done: false)"
        }
        let box = parts[1].string.isEmpty ? "Swift._ClosureBasedIterator<" + reflectedName(element, qualified: true) + ">" : parts[1].string
        return name + "(_box: Swift._IteratorBox<" + box + ">)"
    }

    /// A `DropWhileSequence`'s iterator: a `sequence(first:next:)`'s state as it was left
    /// (`UnfoldSequence<…>(_state: (Optional(8), false), _next: (Function), _done: false)`), or its `AnyIterator`.
    private func dropWhileIterator(_ iterator: Value, _ base: CellType) -> String {
        guard case .sequence(.unfoldFirst, let bases) = base, let element = bases.first else { return debug(iterator, base) }
        let state = IteratorSequences.UnfoldIterator(iterator)
        return reflectedName(base, qualified: true) + "(_state: (" + debug(.optional(state.current), .optional(element))
            + ", \(state.firstPending)), _next: (Function), _done: \(state.done))"
    }

    /// `Slice<ReversedCollection<Array<Int>>>(_startIndex: …Index(base: 4), _endIndex: …, _base: …)`:
    /// a reversed collection's index holds the base's index after the element (an `Int` of an
    /// array, a `String.Index`, written `3[utf8]`, of a string).
    private func slice(_ parts: [Value], _ bases: [CellType], topLevel: Bool) -> String {
        if parts.count == 3, let base = bases.first, case .sequence(.enumerated, let inner) = base, let innerType = inner.first {
            return enumeratedSlice(parts, base, innerType, topLevel: topLevel)
        }
        guard parts.count == 3, let base = bases.first, case .sequence(.reversed, let inner) = base,
              let innerType = inner.first, let list = Sequences.elements(of: base) else { return "?" }
        let count = list(parts[0]).count
        let bounds = (SliceOperation(rawValue: parts[1].int) ?? .prefix).bounds(count: count, k: parts[2].int)
        let reversed = parts[0].array[0]
        func index(_ position: Int) -> String {
            let offset = count - position
            let written: String
            switch innerType {
            case .string:
                // The start index is written `0[any]` (it is valid in every encoding).
                let text = reversed.string
                let bytes = text.utf8.distance(from: text.startIndex, to: text.index(text.startIndex, offsetBy: offset))
                written = bytes == 0 ? "0[any]" : "\(bytes)[utf8]"
            default:
                written = "\(offset)"
            }
            return reflectedName(base, qualified: true) + ".Index(base: " + written + ")"
        }
        return reflectedName(.sequence(.slice, bases), qualified: !topLevel) + "(_startIndex: " + index(bounds.lowerBound)
            + ", _endIndex: " + index(bounds.upperBound) + ", _base: " + debug(parts[0], base) + ")"
    }

    /// `Slice<EnumeratedSequence<Array<Int>>>(_startIndex: …Index(base: 1, _offset: 1), …)`: an
    /// enumerated collection's index holds the base's index and the offset (0 at the end).
    private func enumeratedSlice(_ parts: [Value], _ base: CellType, _ innerType: CellType, topLevel: Bool) -> String {
        guard let list = Sequences.elements(of: base) else { return "?" }
        let count = list(parts[0]).count
        let bounds = (SliceOperation(rawValue: parts[1].int) ?? .prefix).bounds(count: count, k: parts[2].int)
        let collection = parts[0].array[0]
        func index(_ position: Int) -> String {
            let written: String
            switch innerType {
            case .string, .substring:
                let text = collection.string
                let bytes = text.utf8.distance(from: text.startIndex, to: text.index(text.startIndex, offsetBy: position))
                written = bytes == 0 ? "0[any]" : "\(bytes)[utf8]"
            case .range(let bound, true):
                written = "(extension in Swift):" + reflectedName(.range(bound, closed: true), qualified: true) + ".Index."
                    + (position == count ? "pastEnd" : "inRange(\(collection.array[0].integer + Int128(position)))")
            case .range:
                written = "\(collection.array[0].integer + Int128(position))"
            default:
                written = "\(position)"
            }
            return "(extension in Swift):" + reflectedName(base, qualified: true) + ".Index(base: " + written
                + ", _offset: \(position == count ? 0 : position))"
        }
        return reflectedName(.sequence(.slice, [base]), qualified: !topLevel) + "(_startIndex: " + index(bounds.lowerBound)
            + ", _endIndex: " + index(bounds.upperBound) + ", _base: " + debug(parts[0], base) + ")"
    }

    /// A type's name as Swift's reflection writes it: `Array<Int>`, not `[Int]`; with
    /// `qualified`, module names too (`Swift.Array<Swift.Int>`, `main.Point`).
    func reflectedName(_ type: CellType, qualified: Bool) -> String {
        let swift = qualified ? "Swift." : ""
        func name(_ type: CellType) -> String { reflectedName(type, qualified: qualified) }
        func generic(_ base: String, _ arguments: [CellType]) -> String {
            swift + base + "<" + arguments.map(name).joined(separator: ", ") + ">"
        }
        switch type {
        case .int: return swift + "Int"
        case .integer(let integer): return swift + integer.name
        case .double: return swift + "Double"
        case .bool: return swift + "Bool"
        case .string: return swift + "String"
        case .character: return swift + "Character"
        case .substring: return swift + "Substring"
        case .stringIndex: return swift + "String.Index"
        case .void: return "()"
        case .array(let e): return generic("Array", [e])
        case .slice(let e): return generic("ArraySlice", [e])
        case .set(let e): return generic("Set", [e])
        case .dictionary(let k, let v): return generic("Dictionary", [k, v])
        case .optional(let w): return generic("Optional", [w])
        case .range(let b, let closed): return generic(closed ? "ClosedRange" : "Range", [b])
        case .stride(let b, let through): return generic(through ? "StrideThrough" : "StrideTo", [b])
        case .partialRangeFrom(let b): return generic("PartialRangeFrom", [b])
        case .sequence(.unfoldFirst, let bases) where bases.count == 1:
            return generic("UnfoldSequence", [bases[0], .tuple([.init(label: nil, type: .optional(bases[0])), .init(label: nil, type: .bool)])])
        case .sequence(let kind, let bases): return generic(kind.rawValue, bases)
        case .tuple(let elements):
            return "(" + elements.map { ($0.label.map { "\($0): " } ?? "") + name($0.type) }.joined(separator: ", ") + ")"
        case .function(let parameters, let result, let throwing):
            return "(" + parameters.map { name($0.type) }.joined(separator: ", ") + (throwing ? ") throws -> " : ") -> ") + name(result)
        case .nominal(let nominal):
            if nominal == "Unicode.Scalar" || nominal == "String.UnicodeScalarView" || nominal == "String.UTF8View"
                || nominal == CellType.float.description || nominal == "ObjectIdentifier" { return swift + nominal }
            let declaredInCell = structs[nominal] != nil || classNames.contains(nominal) || enums[nominal].map { !$0.isLibrary } == true
            return qualified && declaredInCell ? moduleName + "." + nominal : nominal
        case .instance(let base, let arguments):
            // The standard library's generic enums (`Result`) are `Swift.`'s, cells' types `main.`'s.
            let module = enums[type.description]?.isLibrary == true ? "Swift" : moduleName
            return (qualified ? module + "." : "") + base + "<" + arguments.map(name).joined(separator: ", ") + ">"
        case .existential(CellType.anyName): return CellType.anyName
        case .existential(CellType.anyObjectName): return CellType.anyObjectName
        case .existential(let proto):
            // `Error` is the standard library's; other protocols are the cells'. Swift's runtime
            // names an existential by its protocol alone (`Array<Shape>`, `Result<Int, Swift.Error>`).
            return (qualified ? (proto == "Error" ? swift : moduleName + ".") : "") + proto
        case .generic(let name), .archetype(let name, _): return name
        case .someSequence, .error: return "?"
        }
    }
}
