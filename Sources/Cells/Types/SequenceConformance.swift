import CellValues

/// The standard library's sequences built over other sequences (`zip`, `enumerated()`,
/// `joined()`, `reversed()`). Their values hold the base sequences, as Swift's do (so they
/// print as Swift prints them); their elements are listed when they are iterated.
public enum StandardSequence: String, Hashable, Sendable {
    /// `Zip2Sequence<S1, S2>`: `.tuple([base1, base2])`.
    case zip2 = "Zip2Sequence"
    /// `EnumeratedSequence<Base>`: `.tuple([base])`.
    case enumerated = "EnumeratedSequence"
    /// `FlattenSequence<Base>` (`joined()`): `.tuple([base])`.
    case flatten = "FlattenSequence"
    /// `JoinedSequence<Base>` (`joined(separator:)`): `.tuple([base, .array(separator's elements)])`.
    case joined = "JoinedSequence"
    /// `ReversedCollection<Base>`: `.tuple([base])`.
    case reversed = "ReversedCollection"
    /// `Slice<Base>` (`prefix`, `suffix`, `dropFirst`, `dropLast` of a `ReversedCollection`):
    /// `.tuple([base, .int(operation), .int(k)])`, its bounds found from the base's count when
    /// its elements are listed (`SliceOperation`).
    case slice = "Slice"
    /// `PrefixSequence<Base>`, what `prefix(_:)` of a sequence that is not a collection (`zip`,
    /// a stride) returns: `.tuple([base, .int(maxLength)])`.
    case prefixSequence = "PrefixSequence"
    /// `DropFirstSequence<Base>`, what such a sequence's `dropFirst(_:)` returns: `.tuple([base, .int(limit)])`.
    case dropFirstSequence = "DropFirstSequence"
    /// `UnfoldFirstSequence<T>` (`sequence(first:next:)`): `.tuple([first, next])`, stepped
    /// one element at a time (`IteratorSequences`).
    case unfoldFirst = "UnfoldFirstSequence"
    /// `AnyIterator<T>`: `.tuple([.function(next), .string(box)])`, a closure sharing its state
    /// between copies, as Swift's box does (`IteratorSequences.anyIterator`).
    case anyIterator = "AnyIterator"
    /// `xs.lazy` and its adaptors (`LazySequences`): `LazySequence<Base>` is `.tuple([base])`;
    /// `LazyMapSequence<Base, Element>` is `.tuple([base, .function(transform)])`, the filter,
    /// prefix-while and drop-while ones `.tuple([base, .function(predicate)])`.
    case lazy = "LazySequence"
    case lazyMap = "LazyMapSequence"
    case lazyFilter = "LazyFilterSequence"
    case lazyPrefixWhile = "LazyPrefixWhileSequence"
    case lazyDropWhile = "LazyDropWhileSequence"
    /// `DropWhileSequence<Base>`, `drop(while:)` of a sequence made by a closure: its base's
    /// iterator as the dropping left it and the element read ahead,
    /// `.tuple([iterator, .optional(next)])` (`IteratorSequences.dropWhile`).
    case dropWhile = "DropWhileSequence"
}

/// How a `Slice` was cut from its base, and its bounds in a base of `count` elements.
public enum SliceOperation: Int, Sendable {
    case prefix, suffix, dropFirst, dropLast

    public func bounds(count: Int, k: Int) -> Range<Int> {
        let k = min(max(k, 0), count)
        switch self {
        case .prefix: return 0..<k
        case .suffix: return (count - k)..<count
        case .dropFirst: return k..<count
        case .dropLast: return 0..<(count - k)
        }
    }
}

/// Which types are Swift `Sequence`s and `Collection`s in cells, and what their elements
/// are. The checker asks for the element type (`for x in s`, `some Sequence<T>`
/// parameters, the members declared on `Sequence`); the runtime lists the elements.
extension CellType {
    /// `Element` when this type is a `Sequence`; nil when it is not one.
    var sequenceElement: CellType? {
        switch self {
        case .array(let e), .slice(let e), .set(let e), .stride(let e, _): e
        case .range(let bound, _) where bound.integerType != nil: bound
        case .partialRangeFrom(.int): .int
        case .string, .substring: .character
        case .dictionary(let k, let v): .tuple([.init(label: "key", type: k), .init(label: "value", type: v)])
        case .nominal("String.UnicodeScalarView"): .nominal("Unicode.Scalar")
        case .nominal("String.UTF8View"): .integer(.uint8)
        case .sequence(.zip2, let bases):
            if bases.count == 2, let a = bases[0].sequenceElement, let b = bases[1].sequenceElement {
                .tuple([.init(label: nil, type: a), .init(label: nil, type: b)])
            } else { nil }
        case .sequence(.enumerated, let bases):
            bases.first?.sequenceElement.map { .tuple([.init(label: "offset", type: .int), .init(label: "element", type: $0)]) }
        case .sequence(.flatten, let bases), .sequence(.joined, let bases):
            bases.first?.sequenceElement?.sequenceElement
        case .sequence(.reversed, let bases), .sequence(.slice, let bases), .sequence(.prefixSequence, let bases),
             .sequence(.dropFirstSequence, let bases):
            bases.first?.sequenceElement
        case .sequence(.unfoldFirst, let bases), .sequence(.anyIterator, let bases): bases.first
        case .sequence(.lazyMap, let bases) where bases.count == 2: bases[1]
        case .sequence(.lazy, let bases), .sequence(.lazyFilter, let bases), .sequence(.lazyPrefixWhile, let bases),
             .sequence(.lazyDropWhile, let bases), .sequence(.dropWhile, let bases):
            bases.first?.sequenceElement
        case .error: .error
        default: nil
        }
    }

    /// `T` of `some Sequence<T>`.
    var someSequenceElement: CellType? {
        if case .someSequence(let element) = self { return element }
        return nil
    }

    /// The standard library's associated type `name` of this type (`[Int].Element` is `Int`,
    /// `String.Index` is `String.Index`): what `S.Element` and `C.Index` stand for in an instance
    /// of a cell's generic function. Nil for a type that has none of that name.
    func associatedType(named name: String) -> CellType? {
        switch name {
        case "Element": return sequenceElement
        case "Index":
            switch self {
            case .array, .slice, .range(.int, _): return .int
            case .string, .substring: return .stringIndex
            default: return nil
            }
        case "SubSequence":
            switch self {
            case .array(let element), .slice(let element): return .slice(element)
            case .string, .substring: return .substring
            default: return nil
            }
        default: return nil
        }
    }

    /// The protocols whose declared members (`Builtin(on: "Sequence", …)`) a value of this
    /// type has besides its own, the most specific first (the order overloads are tried in).
    /// (An endless `1...` has none: its elements cannot be listed.)
    var conformances: [String] {
        guard sequenceElement != nil, self != .error, Sequences.elements(of: self) != nil else { return [] }
        var protocols: [String] = []
        if self == .string || self == .substring { protocols.append("StringProtocol") }
        if isBidirectionalCollection { protocols.append("BidirectionalCollection") }
        if isCollection { protocols.append("Collection") }
        return protocols + ["Sequence"]
    }

    private var isCollection: Bool {
        switch self {
        case .array, .slice, .set, .dictionary, .string, .substring, .range, .nominal("String.UnicodeScalarView"),
             .nominal("String.UTF8View"):
            true
        case .sequence(.enumerated, let bases), .sequence(.reversed, let bases), .sequence(.slice, let bases):
            bases.first?.isCollection ?? false
        case .sequence(.flatten, let bases):
            (bases.first?.isCollection ?? false) && (bases.first?.sequenceElement?.isCollection ?? false)
        default: false
        }
    }

    private var isBidirectionalCollection: Bool {
        switch self {
        case .array, .slice, .string, .substring, .range, .nominal("String.UnicodeScalarView"),
             .nominal("String.UTF8View"): true
        case .sequence(.reversed, _): true
        case .sequence(.slice, let bases): bases.first?.isBidirectionalCollection ?? false
        case .sequence(.flatten, let bases):
            (bases.first?.isBidirectionalCollection ?? false) && (bases.first?.sequenceElement?.isBidirectionalCollection ?? false)
        default: false
        }
    }
}

/// Listing the elements of sequence values, decided once per static type.
enum Sequences {
    /// How to list the elements of a value of `type`, in Swift's iteration order; nil when
    /// `type` is not a sequence, or an endless one (`1...`).
    static func elements(of type: CellType) -> ((Value) -> [Value])? {
        switch type {
        case .array, .slice, .stride: return { $0.array }
        case .set: return { $0.table.keys }
        case .dictionary: return { value in zip(value.table.keys, value.table.values).map { .tuple([$0, $1]) } }
        case .range(let bound, let closed) where bound.integerType != nil:
            return { SurfaceStandardLibrary.rangeValues($0, closed: closed) }
        case .string: return { $0.string.map(Value.character) }
        case .substring:
            return { value in
                if case .substring(let text) = value { return text.map(Value.character) }
                return value.string.map(Value.character)
            }
        case .nominal("String.UnicodeScalarView"):
            return { $0.string.unicodeScalars.map { .character(Character($0)) } }
        case .nominal("String.UTF8View"):
            return { $0.string.utf8.map { Value(integer: Int128($0)) } }
        case .sequence(.zip2, let bases):
            guard bases.count == 2 else { return nil }
            // `zip(1..., xs)`: an endless side counts along the finite one.
            switch (elements(of: bases[0]), elements(of: bases[1])) {
            case (let first?, let second?):
                return { value in
                    let parts = value.array
                    return zip(first(parts[0]), second(parts[1])).map { .tuple([$0, $1]) }
                }
            case (nil, let second?) where bases[0] == .partialRangeFrom(.int):
                return { value in
                    let parts = value.array
                    return zip(countingUp(from: parts[0]), second(parts[1])).map { .tuple([$0, $1]) }
                }
            case (let first?, nil) where bases[1] == .partialRangeFrom(.int):
                return { value in
                    let parts = value.array
                    return zip(first(parts[0]), countingUp(from: parts[1])).map { .tuple([$0, $1]) }
                }
            default: return nil
            }
        case .sequence(.enumerated, let bases):
            guard let base = bases.first.flatMap(elements(of:)) else { return nil }
            return { base($0.array[0]).enumerated().map { .tuple([.int($0.offset), $0.element]) } }
        case .sequence(.reversed, let bases):
            guard let base = bases.first.flatMap(elements(of:)) else { return nil }
            return { base($0.array[0]).reversed() }
        case .sequence(.slice, let bases):
            guard let base = bases.first.flatMap(elements(of:)) else { return nil }
            return { value in
                let parts = value.array, all = base(parts[0])
                let operation = SliceOperation(rawValue: parts[1].int) ?? .prefix
                return Array(all[operation.bounds(count: all.count, k: parts[2].int)])
            }
        case .sequence(let kind, let bases) where kind == .prefixSequence || kind == .dropFirstSequence:
            guard let base = bases.first.flatMap(elements(of:)) else { return nil }
            let dropping = kind == .dropFirstSequence
            return { value in
                let parts = value.array, all = base(parts[0]), k = min(max(parts[1].int, 0), all.count)
                return dropping ? Array(all.dropFirst(k)) : Array(all.prefix(k))
            }
        case .sequence(.flatten, let bases):
            guard let base = bases.first.flatMap(elements(of:)),
                  let inner = bases.first?.sequenceElement.flatMap(elements(of:)) else { return nil }
            return { base($0.array[0]).flatMap(inner) }
        case .sequence(.joined, let bases):
            guard let base = bases.first.flatMap(elements(of:)),
                  let inner = bases.first?.sequenceElement.flatMap(elements(of:)) else { return nil }
            return { value in
                let parts = value.array
                let separator = parts[1].array
                var result: [Value] = []
                for (index, piece) in base(parts[0]).enumerated() {
                    if index > 0 { result += separator }
                    result += inner(piece)
                }
                return result
            }
        case .error: return { _ in [] }
        default: return nil
        }
    }

    /// The Ints from a `PartialRangeFrom<Int>` value's lower bound on (as many as are read).
    static func countingUp(from range: Value) -> some Sequence<Value> {
        (range.array[0].int...).lazy.map(Value.int)
    }

    /// `eval`'s value as an array of its elements: what a `some Sequence<T>` parameter and
    /// a member declared on `Sequence` receive. An array passes unchanged.
    static func asArray(_ type: CellType, _ eval: @escaping Eval) -> Eval {
        if case .array = type { return eval }
        guard let list = elements(of: type) else { return eval }
        return { .array(list(try eval($0))) }
    }
}
