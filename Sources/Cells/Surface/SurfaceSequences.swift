import CellValues

/// What every sequence has, declared once, on the protocol Swift declares it on
/// (`Sequence`, `Collection`, `BidirectionalCollection`): arrays, slices, sets,
/// dictionaries, ranges, strides, strings, substrings and `zip`/`enumerated()`/`joined()`/
/// `reversed()` get these members from here (`Surface.members(of:named:)`), each
/// implementation reading the receiver as the array of its elements (`args[0].array`).
/// A type's own member of the same name (`Set.filter`, `Range.contains`) is tried first.
extension SurfaceCollections {
    static let sequences: [Builtin] = algorithms + searches + collections + wrappers + [
        Builtin("func zip<S1: Sequence, S2: Sequence>(_ sequence1: S1, _ sequence2: S2) -> Zip2Sequence<S1, S2>") { args, _ in
            .tuple([args[0], args[1]])
        },
    ]

    private static let algorithms: [Builtin] = [
        Builtin(on: "Sequence", "func map<T>(_ transform: (Element) throws -> T) rethrows -> [T]") { args, _ in
            .array(try args[0].array.map { try call(args[1], $0) })
        },
        Builtin(on: "Sequence", "func compactMap<T>(_ transform: (Element) throws -> T?) rethrows -> [T]") { args, _ in
            .array(try args[0].array.compactMap { let v = try call(args[1], $0); return v.isNone ? nil : v })
        },
        Builtin(on: "Sequence", "func flatMap<T>(_ transform: (Element) throws -> [T]) rethrows -> [T]") { args, _ in
            .array(try args[0].array.flatMap { try call(args[1], $0).array })
        },
        Builtin(on: "Sequence", "func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element]") { args, _ in
            .array(try args[0].array.filter { try call(args[1], $0).bool })
        },
        Builtin(on: "Sequence", "func forEach(_ body: (Element) throws -> Void) rethrows") { args, _ in
            for item in args[0].array { _ = try call(args[1], item) }
            return .void
        },
        Builtin(on: "Sequence", "func reduce<T>(_ initialResult: T, _ nextPartialResult: (T, Element) throws -> T) rethrows -> T") { args, _ in
            try args[0].array.reduce(args[1]) { try call(args[2], $0, $1) }
        },
        Builtin(on: "Sequence", "func reduce<T>(into initialResult: T, _ updateAccumulatingResult: (inout T, Element) throws -> Void) rethrows -> T") { args, _ in
            var accumulator = args[1]
            let update = args[2].function
            for item in args[0].array {
                var pair = [accumulator, item]
                accumulator = .void
                _ = try update.call(&pair)
                accumulator = pair[0]
            }
            return accumulator
        },
        Builtin(on: "Sequence", "func sorted() -> [Element] where Element: Comparable") { args, _ in
            .array(try args[0].array.sorted(by: ElementOrder.less(args, witnessAt: 1)))
        },
        Builtin(on: "Sequence", "func sorted(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> [Element]") { args, _ in
            .array(try args[0].array.sorted { try call(args[1], $0, $1).bool })
        },
        Builtin(on: "Sequence", "func min() -> Element? where Element: Comparable") { args, _ in
            .optional(try args[0].array.min(by: ElementOrder.less(args, witnessAt: 1)))
        },
        Builtin(on: "Sequence", "func max() -> Element? where Element: Comparable") { args, _ in
            .optional(try args[0].array.max(by: ElementOrder.less(args, witnessAt: 1)))
        },
        Builtin(on: "Sequence", "func min(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> Element?") { args, _ in
            .optional(try args[0].array.min { try call(args[1], $0, $1).bool })
        },
        Builtin(on: "Sequence", "func max(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> Element?") { args, _ in
            .optional(try args[0].array.max { try call(args[1], $0, $1).bool })
        },
        Builtin(on: "Sequence", "func reversed() -> [Element]") { args, _ in .array(args[0].array.reversed()) },
        Builtin(on: "Sequence", "var underestimatedCount: Int") { args, _ in .int(args[0].array.count) },
    ]

    private static let searches: [Builtin] = [
        Builtin(on: "Sequence", "func contains(_ element: Element) -> Bool where Element: Equatable") { args, _ in
            let equal = ElementOrder.equal(args, witnessAt: 2)
            return .bool(try args[0].array.contains { try equal($0, args[1]) })
        },
        Builtin(on: "Sequence", "func contains(where predicate: (Element) throws -> Bool) rethrows -> Bool") { args, _ in
            .bool(try args[0].array.contains { try call(args[1], $0).bool })
        },
        Builtin(on: "Sequence", "func allSatisfy(_ predicate: (Element) throws -> Bool) rethrows -> Bool") { args, _ in
            .bool(try args[0].array.allSatisfy { try call(args[1], $0).bool })
        },
        Builtin(on: "Sequence", "func first(where predicate: (Element) throws -> Bool) rethrows -> Element?") { args, _ in
            .optional(try args[0].array.first { try call(args[1], $0).bool })
        },
        Builtin(on: "Sequence", "func count(where predicate: (Element) throws -> Bool) rethrows -> Int") { args, _ in
            .int(try args[0].array.reduce(0) { try call(args[1], $1).bool ? $0 + 1 : $0 })
        },
        Builtin(on: "Sequence", "func elementsEqual(_ other: some Sequence<Element>) -> Bool where Element: Equatable") { args, _ in
            let mine = args[0].array, other = args[1].array, equal = ElementOrder.equal(args, witnessAt: 2)
            return .bool(try mine.count == other.count && zip(mine, other).allSatisfy { try equal($0, $1) })
        },
        Builtin(on: "Sequence", "func lexicographicallyPrecedes(_ other: some Sequence<Element>) -> Bool where Element: Comparable") { args, _ in
            let mine = args[0].array, other = args[1].array, less = ElementOrder.less(args, witnessAt: 2)
            for (a, b) in zip(mine, other) {
                if try less(a, b) { return .bool(true) }
                if try less(b, a) { return .bool(false) }
            }
            return .bool(mine.count < other.count)
        },
        Builtin(on: "Sequence", "func starts(with possiblePrefix: some Sequence<Element>) -> Bool where Element: Equatable") { args, _ in
            let mine = args[0].array, prefix = args[1].array, equal = ElementOrder.equal(args, witnessAt: 2)
            return .bool(try mine.count >= prefix.count && zip(mine, prefix).allSatisfy { try equal($0, $1) })
        },
    ]

    /// `Collection` and `BidirectionalCollection`: what needs a collection (a `zip` or a
    /// stride has no `count`, a set no `last`).
    private static let collections: [Builtin] = [
        Builtin(on: "Collection", "var count: Int") { args, _ in .int(args[0].array.count) },
        Builtin(on: "Collection", "var isEmpty: Bool") { args, _ in .bool(args[0].array.isEmpty) },
        Builtin(on: "Collection", "var first: Element?") { args, _ in .optional(args[0].array.first) },
        Builtin(on: "BidirectionalCollection", "var last: Element?") { args, _ in .optional(args[0].array.last) },
        Builtin(on: "BidirectionalCollection", "func last(where predicate: (Element) throws -> Bool) rethrows -> Element?") { args, _ in
            .optional(try args[0].array.last { try call(args[1], $0).bool })
        },
    ]

    /// Members whose result wraps the receiver, as Swift's do (they get it unconverted):
    /// `print(xs.enumerated())` shows `EnumeratedSequence<Array<Int>>(_base: [1, 2])`.
    private static let wrappers: [Builtin] = [
        Builtin(on: "Sequence", "func enumerated() -> EnumeratedSequence<Self>") { args, _ in .tuple([args[0]]) },
        Builtin(on: "BidirectionalCollection", "func reversed() -> ReversedCollection<Self>") { args, _ in .tuple([args[0]]) },
        // A reversed collection's slices hold it with how they were cut (`SliceOperation`).
        Builtin(on: "ReversedCollection", "func prefix(_ maxLength: Int) -> Slice<Self>") { args, _ in
            .tuple([args[0], .int(SliceOperation.prefix.rawValue), .int(try SurfaceCollections.count(args[1], for: "prefix"))])
        },
        Builtin(on: "ReversedCollection", "func suffix(_ maxLength: Int) -> Slice<Self>") { args, _ in
            .tuple([args[0], .int(SliceOperation.suffix.rawValue), .int(try SurfaceCollections.count(args[1], for: "suffix"))])
        },
        Builtin(on: "ReversedCollection", "func dropFirst(_ k: Int = 1) -> Slice<Self>") { args, _ in
            .tuple([args[0], .int(SliceOperation.dropFirst.rawValue), .int(try SurfaceCollections.count(args[1], for: "dropFirst"))])
        },
        Builtin(on: "ReversedCollection", "func dropLast(_ k: Int = 1) -> Slice<Self>") { args, _ in
            .tuple([args[0], .int(SliceOperation.dropLast.rawValue), .int(try SurfaceCollections.count(args[1], for: "dropLast"))])
        },
        // So are an enumerated collection's (an `EnumeratedSequence` of a collection is one).
        Builtin(on: "EnumeratedSequence", "func prefix(_ maxLength: Int) -> Slice<Self>") { args, _ in
            .tuple([args[0], .int(SliceOperation.prefix.rawValue), .int(try SurfaceCollections.count(args[1], for: "prefix"))])
        },
        Builtin(on: "EnumeratedSequence", "func suffix(_ maxLength: Int) -> Slice<Self>") { args, _ in
            .tuple([args[0], .int(SliceOperation.suffix.rawValue), .int(try SurfaceCollections.count(args[1], for: "suffix"))])
        },
        Builtin(on: "EnumeratedSequence", "func dropFirst(_ k: Int = 1) -> Slice<Self>") { args, _ in
            .tuple([args[0], .int(SliceOperation.dropFirst.rawValue), .int(try SurfaceCollections.count(args[1], for: "dropFirst"))])
        },
        Builtin(on: "EnumeratedSequence", "func dropLast(_ k: Int = 1) -> Slice<Self>") { args, _ in
            .tuple([args[0], .int(SliceOperation.dropLast.rawValue), .int(try SurfaceCollections.count(args[1], for: "dropLast"))])
        },
        // `prefix` and `dropFirst` of a sequence that is not a collection wrap it: `zip(a, b).prefix(2)`
        // is a `PrefixSequence<Zip2Sequence<…>>`; a stride's `suffix` and `dropLast` are arrays.
    ] + ["Zip2Sequence", "StrideTo", "StrideThrough", "JoinedSequence", "PrefixSequence", "DropFirstSequence"].flatMap { type in [
        Builtin(on: type, "func prefix(_ maxLength: Int) -> PrefixSequence<Self>") { args, _ in
            .tuple([args[0], .int(try SurfaceCollections.count(args[1], for: "prefix"))])
        },
        Builtin(on: type, "func dropFirst(_ k: Int = 1) -> DropFirstSequence<Self>") { args, _ in
            .tuple([args[0], .int(try SurfaceCollections.count(args[1], for: "dropFirst"))])
        },
    ] } + ["StrideTo", "StrideThrough"].flatMap { type in [
        Builtin(on: type, "func suffix(_ maxLength: Int) -> [Element]") { args, _ in
            .array(Array(args[0].array.suffix(try SurfaceCollections.count(args[1], for: "suffix"))))
        },
        Builtin(on: type, "func dropLast(_ k: Int = 1) -> [Element]") { args, _ in
            .array(Array(args[0].array.dropLast(try SurfaceCollections.count(args[1], for: "dropLast"))))
        },
    ] } + [
        // `["a", "b"].joined()` is a String: Swift prefers the StringProtocol overload to flattening.
        Builtin(on: "Sequence", "func joined(separator: String = \"\") -> String where Element: StringProtocol") { args, _ in
            .string(args[0].array.map(\.string).joined(separator: args[1].string))
        },
        Builtin(on: "Sequence", "func joined() -> FlattenSequence<Self> where Element: Sequence") { args, _ in .tuple([args[0]]) },
        Builtin(on: "Sequence", "func joined<T>(separator: some Sequence<T>) -> JoinedSequence<Self> where Element: Sequence<T>") { args, _ in
            .tuple([args[0], args[1]])
        },
    ]
}
