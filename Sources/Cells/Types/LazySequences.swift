import CellValues

/// Swift's lazy sequences (`xs.lazy.map(f).filter(p)`) as the standard library's own types
/// run them: `LazySequence`, `LazyMapSequence`, `LazyFilterSequence`, `LazyPrefixWhileSequence`
/// and `LazyDropWhileSequence`, over an array, a range, a string or a sequence made by a
/// closure. Which closure runs when is what these types' code does, so it is modelled as
/// that code is written (Swift 6.3's LazySequence.swift, Map.swift, Filter.swift,
/// PrefixWhile.swift, DropWhile.swift), not element at a time:
///
/// - stepped through (`for in`, `Array(_:)`, `reduce`, `first(where:)`, `contains`), each
///   adaptor's iterator pulls from its base's (`iterator(of:)`);
/// - over a collection, each adaptor is a collection whose indices are its base's (a
///   prefix-while's add a past-the-end one), and `first`, `count`, `isEmpty` and subscripts
///   go through its `startIndex`, `index(after:)`, `distance(from:to:)` and subscript
///   (`collection(of:)`). So `first` of `xs.lazy.map(f).filter(p)` calls `f` twice on the
///   element it returns: the filter's `startIndex` tests `p(f(x))`, the subscript maps again.
///
/// (docs/ARCHITECTURE.md, "Cells: declarations".)
enum LazySequences {
    static let kinds: Set<StandardSequence> = [.lazy, .lazyMap, .lazyFilter, .lazyPrefixWhile, .lazyDropWhile]

    /// Whether `type` is one of the lazy adaptors.
    static func isLazy(_ type: CellType) -> Bool {
        if case .sequence(let kind, _) = type { return kinds.contains(kind) }
        return false
    }

    /// The sequences `.lazy` is modelled over: an array, an Int range, a string, a sequence
    /// made by a closure, `1...`, a stride, or another lazy one.
    static func canBeBase(_ type: CellType) -> Bool {
        switch type {
        case .array, .slice, .string, .range(.int, _), .partialRangeFrom(.int), .stride: return true
        case .sequence(let kind, _): return kind == .unfoldFirst || kind == .anyIterator || kinds.contains(kind)
        default: return false
        }
    }

    /// The type of `prefix(_:)` and `dropFirst(_:)` of a lazy map or filter of an array, a slice
    /// or a `Range<Int>`: the same adaptor over the base's `SubSequence`
    /// (`LazyFilterSequence<ArraySlice<Int>>`); nil where that is not modelled (a `Slice`).
    static func subSequenceType(of type: CellType) -> CellType? {
        switch type {
        case .array(let element), .slice(let element): return .slice(element)
        case .range(.int, false): return type
        case .sequence(let kind, let bases) where kind == .lazyMap || kind == .lazyFilter:
            guard let base = bases.first.flatMap(subSequenceType(of:)) else { return nil }
            return .sequence(kind, [base] + bases.dropFirst())
        default: return nil
        }
    }

    /// Whether a value of `type` is a `Collection` here (a lazy adaptor of an array, a range
    /// or a string), so that it has `first`, `count`, `isEmpty` and a subscript.
    static func isCollection(_ type: CellType) -> Bool { collection(of: type) != nil }

    /// The index a subscript of a lazy collection takes, when cells can write one: the base's
    /// (`Int` of an array or a `Range<Int>`, `String.Index` of a string). A closed range's
    /// and a prefix-while's indices are types of their own.
    static func writtenIndex(of type: CellType) -> CellType? {
        guard case .sequence(let kind, let bases) = type, let base = bases.first else { return nil }
        if kind == .lazyPrefixWhile { return nil }
        switch base {
        case .array, .slice, .range(.int, false): return .int
        case .string: return .stringIndex
        default: return kinds.contains(kind) && isLazy(base) ? writtenIndex(of: base) : nil
        }
    }

    /// `let squares: [Int] = xs.lazy.map(f)`: an array is expected of a lazy value's `map` or
    /// `filter`, so swiftc takes Sequence's eager overload, whose result is one.
    static func wantsEagerAlgorithm(_ type: CellType, expected: CellType?) -> Bool {
        guard isLazy(type), case .array? = expected else { return false }
        return true
    }

    // MARK: Stepping through

    /// A fresh iterator's `next` for a value of a lazy `type`; nil for any other type.
    static func iterator(of type: CellType) -> ((Value) -> () throws -> Value?)? {
        guard case .sequence(let kind, let bases) = type, kinds.contains(kind),
              let base = bases.first.flatMap(IteratorSequences.stepper) else { return nil }
        switch kind {
        case .lazy:
            return { base($0.array[0]) }
        case .lazyMap:
            return { value in
                let parts = value.array, next = base(parts[0]), transform = parts[1]
                return { try next().map { try SurfaceCollections.call(transform, $0) } }
            }
        case .lazyFilter:
            return { value in
                let parts = value.array, next = base(parts[0]), predicate = parts[1]
                return {
                    while let item = try next() {
                        if try SurfaceCollections.call(predicate, item).bool { return item }
                    }
                    return nil
                }
            }
        case .lazyPrefixWhile:
            return { value in
                let parts = value.array, next = base(parts[0]), predicate = parts[1]
                var failed = false
                return {
                    if !failed, let item = try next() {
                        if try SurfaceCollections.call(predicate, item).bool { return item }
                        failed = true
                    }
                    return nil
                }
            }
        default:
            return { value in
                let parts = value.array, next = base(parts[0]), predicate = parts[1]
                var failed = false
                return {
                    if failed { return try next() }
                    while let item = try next() {
                        if try !SurfaceCollections.call(predicate, item).bool {
                            failed = true
                            return item
                        }
                    }
                    return nil
                }
            }
        }
    }

    /// `_customContainsEquatableElement`, which `contains(_:)` asks before it steps through:
    /// a range answers by its bounds, a filter tests the element with its predicate first (false
    /// ends it) and then asks its base; nil means "step through". Nil for a type that never answers.
    static func customContains(of type: CellType) -> ((Value, Value) throws -> Bool?)? {
        switch type {
        case .range(.int, let closed):
            return { range, element in
                let bounds = range.array, x = element.int
                return bounds[0].int <= x && (closed ? x <= bounds[1].int : x < bounds[1].int)
            }
        case .sequence(.lazy, let bases):
            guard let base = bases.first.flatMap(customContains(of:)) else { return nil }
            return { try base($0.array[0], $1) }
        case .sequence(.lazyFilter, let bases):
            let base = bases.first.flatMap(customContains(of:))
            return { value, element in
                let parts = value.array
                guard try SurfaceCollections.call(parts[1], element).bool else { return false }
                return try base?(parts[0], element)
            }
        default:
            return nil
        }
    }

    // MARK: Indexing

    /// A collection's indices as Swift's code walks them, over a value of its type. An index is
    /// a `Value`: the base's (`.int`, `.stringIndex`; a closed range's past-the-end is `.none`),
    /// a prefix-while's `.enumCase(0, [base index])`, or `.enumCase(1, [])` past its end.
    struct Collection {
        var startIndex: (Value) throws -> Value
        var endIndex: (Value) throws -> Value
        var indexAfter: (Value, Value) throws -> Value
        var element: (Value, Value) throws -> Value
        /// `i < j`, for the preconditions that compare indices.
        var less: (Value, Value) -> Bool
        /// `distance(from:to:)`; the default walks `index(after:)`, as Collection's does.
        var ownDistance: ((Value, Value, Value) throws -> Int)?
        var ownCount: ((Value) throws -> Int)?
        var ownIsEmpty: ((Value) throws -> Bool)?
        /// `index(_:offsetBy:limitedBy:)` for `n >= 0`; the default walks `index(after:)`.
        var ownOffset: ((Value, Value, Int, Value) throws -> Value?)? = nil
        /// `self[lower..<upper]`, when its `SubSequence` is modelled (`subSequenceType(of:)`).
        var slice: ((Value, Value, Value) throws -> Value)? = nil
        /// `index(before:)`, when the collection is bidirectional here.
        var indexBefore: ((Value, Value) throws -> Value)? = nil

        /// BidirectionalCollection's `last`: `isEmpty ? nil : self[index(before: endIndex)]`.
        func last(_ value: Value) throws -> Value? {
            guard let indexBefore else { return nil }
            if try isEmpty(value) { return nil }
            return try element(value, try indexBefore(value, try endIndex(value)))
        }

        func offset(_ value: Value, _ i: Value, by n: Int, limitedBy limit: Value) throws -> Value? {
            if let ownOffset { return try ownOffset(value, i, n, limit) }
            var index = i
            for _ in 0..<n {
                if Self.same(index, limit) { return nil }
                index = try indexAfter(value, index)
            }
            return index
        }

        /// Collection's `prefix(_:)`: `self[startIndex..<(index(startIndex, offsetBy: k, limitedBy: endIndex) ?? endIndex)]`
        /// (so a filter scans for its start twice).
        func prefix(_ value: Value, _ k: Int) throws -> Value? {
            guard let slice else { return nil }
            guard k >= 0 else { throw Trap(.negativeCount(operation: "prefix")) }
            let start = try startIndex(value), limit = try endIndex(value)
            let end = try offset(value, start, by: k, limitedBy: limit) ?? endIndex(value)
            return try slice(value, try startIndex(value), end)
        }

        /// Collection's `dropFirst(_:)`: `self[(index(startIndex, offsetBy: k, limitedBy: endIndex) ?? endIndex)..<endIndex]`.
        func dropFirst(_ value: Value, _ k: Int) throws -> Value? {
            guard let slice else { return nil }
            guard k >= 0 else { throw Trap(.negativeCount(operation: "dropFirst")) }
            let start = try startIndex(value), limit = try endIndex(value)
            let first = try offset(value, start, by: k, limitedBy: limit) ?? endIndex(value)
            return try slice(value, first, try endIndex(value))
        }

        func distance(_ value: Value, from start: Value, to end: Value) throws -> Int {
            if let ownDistance { return try ownDistance(value, start, end) }
            var index = start, count = 0
            while !Self.same(index, end) {
                count += 1
                index = try indexAfter(value, index)
            }
            return count
        }

        /// `count`: Collection's is `distance(from: startIndex, to: endIndex)`.
        func count(_ value: Value) throws -> Int {
            if let ownCount { return try ownCount(value) }
            let start = try startIndex(value)
            return try distance(value, from: start, to: try endIndex(value))
        }

        func isEmpty(_ value: Value) throws -> Bool {
            if let ownIsEmpty { return try ownIsEmpty(value) }
            return Self.same(try startIndex(value), try endIndex(value))
        }

        /// `first`: Collection's reads `startIndex`, compares it with `endIndex`, then subscripts.
        func first(_ value: Value) throws -> Value? {
            let start = try startIndex(value)
            guard !Self.same(start, try endIndex(value)) else { return nil }
            return try element(value, start)
        }

        static func same(_ a: Value, _ b: Value) -> Bool {
            switch (a, b) {
            case (.int(let x), .int(let y)): x == y
            case (.stringIndex(let x), .stringIndex(let y)): x == y
            case (.none, .none): true
            case (.enumCase(let c, let x), .enumCase(let d, let y)): c == d && zip(x, y).allSatisfy { same($0, $1) }
            default: false
            }
        }

        static func less(_ a: Value, _ b: Value) -> Bool {
            switch (a, b) {
            case (.int(let x), .int(let y)): x < y
            case (.stringIndex(let x), .stringIndex(let y)): x < y
            case (.int, .none): true
            default: false
            }
        }
    }

    /// How a value of `type` is indexed, when it is a collection here; nil otherwise.
    static func collection(of type: CellType) -> Collection? {
        switch type {
        case .array, .slice: return arrayCollection
        case .range(.int, let closed): return closed ? closedRangeCollection : rangeCollection
        case .string: return stringCollection
        case .sequence(let kind, let bases) where kinds.contains(kind):
            guard let baseType = bases.first, let base = collection(of: baseType) else { return nil }
            switch kind {
            case .lazy: return forwarding(base)
            case .lazyMap: return mapping(base)
            case .lazyFilter: return filtering(base)
            case .lazyPrefixWhile: return prefixWhile(base)
            default: return dropWhile(base)
            }
        default: return nil
        }
    }

    /// An array's and an `ArraySlice`'s (a slice keeps its base's indices).
    private static var arrayCollection: Collection {
        Collection(
            startIndex: { .int(SurfaceCollections.hostSlice($0).startIndex) },
            endIndex: { .int(SurfaceCollections.hostSlice($0).endIndex) },
            indexAfter: { _, i in .int(i.int + 1) },
            element: { value, i in
                let items = SurfaceCollections.hostSlice(value), index = i.int
                guard items.indices.contains(index) else { throw Trap(.indexOutOfRange(index: index, count: items.count)) }
                return items[index]
            },
            less: Collection.less,
            ownDistance: { _, start, end in end.int - start.int },
            ownCount: { SurfaceCollections.hostSlice($0).count },
            ownIsEmpty: { SurfaceCollections.hostSlice($0).isEmpty },
            ownOffset: { _, i, n, limit in randomAccessOffset(i.int, n, limit.int).map(Value.int) },
            slice: { value, lower, upper in
                let items = SurfaceCollections.hostSlice(value)
                guard items.startIndex <= lower.int, lower.int <= upper.int, upper.int <= items.endIndex else {
                    throw Trap(.indexOutOfRange(index: upper.int, count: items.count))
                }
                return .slice(items[lower.int..<upper.int])
            },
            indexBefore: { _, i in .int(i.int - 1) })
    }

    /// `index(_:offsetBy:limitedBy:)` of an array, a slice or a range (Array's formula).
    private static func randomAccessOffset(_ i: Int, _ n: Int, _ limit: Int) -> Int? {
        let l = limit - i
        if n > 0 ? l >= 0 && l < n : l <= 0 && n < l { return nil }
        return i + n
    }

    private static var rangeCollection: Collection {
        Collection(
            startIndex: { $0.array[0] },
            endIndex: { $0.array[1] },
            indexAfter: { _, i in .int(i.int + 1) },
            element: { value, i in
                let bounds = value.array, index = i.int
                guard bounds[0].int <= index, index < bounds[1].int else {
                    throw Trap(.indexOutOfRange(index: index, count: bounds[1].int - bounds[0].int))
                }
                return i
            },
            less: Collection.less,
            ownDistance: { _, start, end in end.int - start.int },
            ownCount: { $0.array[1].int - $0.array[0].int },
            ownIsEmpty: { $0.array[0].int == $0.array[1].int },
            ownOffset: { _, i, n, limit in randomAccessOffset(i.int, n, limit.int).map(Value.int) },
            slice: { value, lower, upper in
                let bounds = value.array
                guard bounds[0].int <= lower.int, lower.int <= upper.int, upper.int <= bounds[1].int else {
                    throw Trap(.indexOutOfRange(index: upper.int, count: bounds[1].int - bounds[0].int))
                }
                return .tuple([lower, upper])
            },
            indexBefore: { _, i in .int(i.int - 1) })
    }

    /// `ClosedRange<Int>`'s indices: `.inRange(x)` is `.int(x)`, `.pastEnd` is `.none`.
    private static var closedRangeCollection: Collection {
        Collection(
            startIndex: { $0.array[0] },
            endIndex: { _ in .none },
            indexAfter: { value, i in i.int == value.array[1].int ? .none : .int(i.int + 1) },
            element: { value, i in
                guard case .int = i else { throw Trap(.indexOutOfRange(index: 0, count: 0)) }
                return i
            },
            less: Collection.less,
            ownDistance: nil,
            ownCount: { $0.array[1].int - $0.array[0].int + 1 },
            ownIsEmpty: { _ in false })
    }

    private static var stringCollection: Collection {
        Collection(
            startIndex: { .stringIndex($0.string.startIndex) },
            endIndex: { .stringIndex($0.string.endIndex) },
            indexAfter: { value, i in .stringIndex(value.string.index(after: stringIndex(i))) },
            element: { value, i in
                let text = value.string, index = stringIndex(i)
                guard index < text.endIndex else { throw Trap(.stringIndexOutOfBounds) }
                return .character(text[index])
            },
            less: Collection.less,
            ownDistance: { value, start, end in value.string.distance(from: stringIndex(start), to: stringIndex(end)) },
            ownCount: { $0.string.count },
            ownIsEmpty: { $0.string.isEmpty },
            indexBefore: { value, i in
                let text = value.string, index = stringIndex(i)
                guard index > text.startIndex else { throw Trap(.stringIndexOutOfBounds) }
                return .stringIndex(text.index(before: index))
            })
    }

    private static func stringIndex(_ value: Value) -> String.Index {
        if case .stringIndex(let index) = value { return index }
        return "".startIndex
    }

    /// `LazySequence<Base>`: every member is the base's.
    private static func forwarding(_ base: Collection) -> Collection {
        Collection(startIndex: { try base.startIndex($0.array[0]) },
                   endIndex: { try base.endIndex($0.array[0]) },
                   indexAfter: { try base.indexAfter($0.array[0], $1) },
                   element: { try base.element($0.array[0], $1) },
                   less: base.less,
                   ownDistance: { try base.distance($0.array[0], from: $1, to: $2) },
                   ownCount: { try base.count($0.array[0]) },
                   ownIsEmpty: { try base.isEmpty($0.array[0]) },
                   indexBefore: base.indexBefore.map { before in { try before($0.array[0], $1) } })
    }

    /// `LazyMapCollection`: the base's indices, `count` and `isEmpty`; the subscript transforms.
    private static func mapping(_ base: Collection) -> Collection {
        var map = forwarding(base)
        map.element = { value, i in
            let parts = value.array
            return try SurfaceCollections.call(parts[1], try base.element(parts[0], i))
        }
        map.ownOffset = { try base.offset($0.array[0], $1, by: $2, limitedBy: $3) }
        map.slice = base.slice.map { sliceBase in
            { value, lower, upper in
                let parts = value.array
                return .tuple([try sliceBase(parts[0], lower, upper), parts[1]])
            }
        }
        return map
    }

    /// `LazyFilterCollection`: `startIndex` and `index(after:)` test the base's elements until one
    /// passes; `distance(from:to:)` asks the base's first, then walks; the subscript is the base's.
    private static func filtering(_ base: Collection) -> Collection {
        func passes(_ parts: [Value], _ i: Value) throws -> Bool {
            try SurfaceCollections.call(parts[1], try base.element(parts[0], i)).bool
        }
        func after(_ parts: [Value], _ i: Value) throws -> Value {
            let end = try base.endIndex(parts[0])
            guard !Collection.same(i, end) else { throw Trap(.indexOutOfRange(index: 0, count: 0)) }
            var index = i
            repeat {
                index = try base.indexAfter(parts[0], index)
            } while try !Collection.same(index, base.endIndex(parts[0])) && !passes(parts, index)
            return index
        }
        return Collection(
            startIndex: { value in
                let parts = value.array
                var index = try base.startIndex(parts[0])
                while try !Collection.same(index, base.endIndex(parts[0])) && !passes(parts, index) {
                    index = try base.indexAfter(parts[0], index)
                }
                return index
            },
            endIndex: { try base.endIndex($0.array[0]) },
            indexAfter: { try after($0.array, $1) },
            element: { try base.element($0.array[0], $1) },
            less: base.less,
            ownDistance: { value, start, end in
                let parts = value.array
                _ = try base.distance(parts[0], from: start, to: end)
                var index = start, count = 0
                while !Collection.same(index, end) {
                    count += 1
                    index = try after(parts, index)
                }
                return count
            },
            ownCount: nil,
            ownIsEmpty: nil,
            ownOffset: { value, i, n, limit in
                // `_advanceIndex(&i, step: 1)`: the base's next index, until one passes.
                let parts = value.array
                var index = i
                for _ in 0..<n {
                    if Collection.same(index, limit) { return nil }
                    repeat {
                        index = try base.indexAfter(parts[0], index)
                    } while try !Collection.same(index, base.endIndex(parts[0])) && !passes(parts, index)
                }
                return index
            },
            slice: base.slice.map { sliceBase in
                { value, lower, upper in
                    let parts = value.array
                    return .tuple([try sliceBase(parts[0], lower, upper), parts[1]])
                }
            },
            indexBefore: base.indexBefore.map { before in
                { value, i in
                    // `formIndex(before:)`: back over the base's elements until one passes.
                    let parts = value.array
                    guard try !Collection.same(i, base.startIndex(parts[0])) else { throw Trap(.indexOutOfRange(index: 0, count: 0)) }
                    var index = i
                    repeat {
                        index = try before(parts[0], index)
                    } while try !passes(parts, index)
                    return index
                }
            })
    }

    /// `LazyPrefixWhileCollection`: its `endIndex` tests the base's first element (past the end
    /// when it passes, `startIndex` when not), `index(after:)` asks for `endIndex` and tests the next.
    private static func prefixWhile(_ base: Collection) -> Collection {
        let pastEnd = Value.enumCase(1, [])
        func endIndex(_ value: Value) throws -> Value {
            let parts = value.array
            if let first = try base.first(parts[0]), try SurfaceCollections.call(parts[1], first).bool { return pastEnd }
            return .enumCase(0, [try base.startIndex(parts[0])])
        }
        return Collection(
            startIndex: { .enumCase(0, [try base.startIndex($0.array[0])]) },
            endIndex: endIndex,
            indexAfter: { value, i in
                guard try !Collection.same(i, endIndex(value)), case .enumCase(0, let inner) = i else {
                    throw Trap(.indexOutOfRange(index: 0, count: 0))
                }
                let parts = value.array
                let next = try base.indexAfter(parts[0], inner[0])
                guard try !Collection.same(next, base.endIndex(parts[0])),
                      try SurfaceCollections.call(parts[1], try base.element(parts[0], next)).bool else { return pastEnd }
                return .enumCase(0, [next])
            },
            element: { value, i in
                guard case .enumCase(0, let inner) = i else { throw Trap(.indexOutOfRange(index: 0, count: 0)) }
                return try base.element(value.array[0], inner[0])
            },
            less: { a, b in
                switch (a, b) {
                case (.enumCase(0, let x), .enumCase(0, let y)): base.less(x[0], y[0])
                case (.enumCase(0, _), .enumCase(1, _)): true
                default: false
                }
            },
            ownDistance: nil, ownCount: nil, ownIsEmpty: nil,
            indexBefore: base.indexBefore.map { before in
                { value, i in
                    let parts = value.array
                    if case .enumCase(0, let inner) = i {
                        guard try !Collection.same(inner[0], base.startIndex(parts[0])) else {
                            throw Trap(.indexOutOfRange(index: 0, count: 0))
                        }
                        return .enumCase(0, [try before(parts[0], inner[0])])
                    }
                    // Past the end: the last index whose element passes, found from the start.
                    var result = try base.startIndex(parts[0])
                    while true {
                        let next = try base.indexAfter(parts[0], result)
                        if try Collection.same(next, base.endIndex(parts[0]))
                            || !SurfaceCollections.call(parts[1], try base.element(parts[0], next)).bool { break }
                        result = next
                    }
                    return .enumCase(0, [result])
                }
            })
    }

    /// `LazyDropWhileCollection`: `startIndex` skips the base's elements that pass; the rest is the base's.
    private static func dropWhile(_ base: Collection) -> Collection {
        var drop = Collection(
            startIndex: { value in
                let parts = value.array
                var index = try base.startIndex(parts[0])
                while try !Collection.same(index, base.endIndex(parts[0])),
                      try SurfaceCollections.call(parts[1], try base.element(parts[0], index)).bool {
                    index = try base.indexAfter(parts[0], index)
                }
                return index
            },
            endIndex: { try base.endIndex($0.array[0]) },
            indexAfter: { value, i in
                let parts = value.array
                guard try base.less(i, base.endIndex(parts[0])) else { throw Trap(.indexOutOfRange(index: 0, count: 0)) }
                return try base.indexAfter(parts[0], i)
            },
            element: { try base.element($0.array[0], $1) },
            less: base.less,
            ownDistance: nil, ownCount: nil, ownIsEmpty: nil)
        drop.indexBefore = base.indexBefore.map { before in
            { value, i in
                guard try base.less(drop.startIndex(value), i) else { throw Trap(.indexOutOfRange(index: 0, count: 0)) }
                return try before(value.array[0], i)
            }
        }
        return drop
    }
}
