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
///   prefix-while's add a past-the-end one), and `first`, `last`, `count`, `isEmpty`,
///   subscripts, `prefix(_:)` and `dropFirst(_:)` go through its indices and subscript
///   (`collection(of:)`, in LazyCollections.swift). So `first` of `xs.lazy.map(f).filter(p)`
///   calls `f` twice on the element it returns: the filter's `startIndex` tests `p(f(x))`,
///   the subscript maps again.
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
}
