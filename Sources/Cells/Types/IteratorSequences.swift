import CellValues

/// Stepping through the standard sequences whose elements come one at a time from a cell's
/// closure (`sequence(first:next:)`, `AnyIterator`) and the `prefix`/`dropFirst` wrappers
/// over them. They cannot be listed ahead (they may be endless, and their closures must run
/// in Swift's order, interleaved with the loop body or the algorithm's closure), so `for in`
/// and the algorithms pull their elements through a `next` function
/// (docs/ARCHITECTURE.md, "Cells: declarations").
enum IteratorSequences {
    /// The function that makes a fresh `next` for a value of `type` (nil at the end), or nil
    /// when `type` is not one of these sequences.
    static func iterator(of type: CellType) -> ((Value) -> () throws -> Value?)? {
        switch type {
        case .sequence(.unfoldFirst, _): return unfoldFirst
        case .sequence(.anyIterator, _): return anyIterator
        case .sequence(.prefixSequence, let bases):
            guard let base = bases.first.flatMap(iterator(of:)) else { return nil }
            return { value in prefix(base(value.array[0]), maxLength: value.array[1].int) }
        case .sequence(.dropFirstSequence, let bases):
            guard let base = bases.first.flatMap(iterator(of:)) else { return nil }
            return { value in dropFirst(base(value.array[0]), count: value.array[1].int) }
        case .sequence(.enumerated, let bases):
            guard let base = bases.first.flatMap(iterator(of:)) else { return nil }
            return { value in enumerated(base(value.array[0])) }
        case .sequence(.slice, let bases):
            // `prefix(2)` of `enumerated()` of one (the enumerated sequence's own members cut a `Slice`).
            guard let base = bases.first.flatMap(iterator(of:)) else { return nil }
            return { value in
                let parts = value.array, next = base(parts[0]), k = parts[2].int
                switch SliceOperation(rawValue: parts[1].int) ?? .prefix {
                case .prefix: return prefix(next, maxLength: k)
                case .dropFirst: return dropFirst(next, count: k)
                case let operation:
                    var all: [Value] = []
                    var listed = false
                    var rest = [Value]().makeIterator()
                    return {
                        if !listed {
                            listed = true
                            while let item = try next() { all.append(item) }
                            rest = Array(all[operation.bounds(count: all.count, k: k)]).makeIterator()
                        }
                        return rest.next()
                    }
                }
            }
        case .sequence(.zip2, let bases) where bases.count == 2:
            // `zip(sequence(first:next:), names)`: one side made by a closure, the other any sequence.
            guard bases.contains(where: { iterator(of: $0) != nil }),
                  let first = stepper(bases[0]), let second = stepper(bases[1]) else { return nil }
            return { value in
                let parts = value.array
                let a = first(parts[0]), b = second(parts[1])
                return {
                    guard let x = try a(), let y = try b() else { return nil }
                    return .tuple([x, y])
                }
            }
        default: return nil
        }
    }

    /// Stepping through any sequence: one of these, or one whose elements can be listed, or `1...`.
    private static func stepper(_ type: CellType) -> ((Value) -> () throws -> Value?)? {
        if let step = iterator(of: type) { return step }
        if type == .partialRangeFrom(.int) {
            return { value in
                var counting = Sequences.countingUp(from: value).makeIterator()
                return { counting.next() }
            }
        }
        guard let list = Sequences.elements(of: type) else { return nil }
        return { value in
            var items = list(value).makeIterator()
            return { items.next() }
        }
    }

    /// `EnumeratedSequence`'s iterator: `(offset, element)` pairs.
    static func enumerated(_ base: @escaping () throws -> Value?) -> () throws -> Value? {
        var offset = 0
        return {
            guard let item = try base() else { return nil }
            defer { offset += 1 }
            return .tuple([.int(offset), item])
        }
    }

    /// `sequence(first:next:)`'s iterator: `first`, then `next` of the element before, until
    /// `next` returns nil (after which it is not called again), as Swift's `UnfoldSequence`.
    static func unfoldFirst(_ value: Value) -> () throws -> Value? {
        let parts = value.array
        var current: Value? = parts[0]
        var started = false
        let next = parts[1].function
        return {
            if !started {
                started = true
                return current
            }
            guard let previous = current else { return nil }
            var arguments = [previous]
            let result = try next.call(&arguments)
            current = result.isNone ? nil : result.unwrappedOptional
            return current
        }
    }

    /// An `AnyIterator`'s `next()`: its closure (copies share the closure, and so its state).
    /// Its value is `.tuple([.function(next), .string(box)])`, `box` the reflected name of the
    /// iterator it wraps (empty for a closure's), for printing it as Swift does.
    static func anyIterator(_ value: Value) -> () throws -> Value? {
        let next = value.array[0].function
        return {
            var arguments: [Value] = []
            let result = try next.call(&arguments)
            return result.isNone ? nil : result.unwrappedOptional
        }
    }

    /// `PrefixSequence`'s iterator: at most `maxLength` elements, the base not asked once they are taken.
    static func prefix(_ base: @escaping () throws -> Value?, maxLength: Int) -> () throws -> Value? {
        var taken = 0
        return {
            guard taken < maxLength, let item = try base() else {
                taken = maxLength
                return nil
            }
            taken += 1
            return item
        }
    }

    /// `DropFirstSequence`'s iterator: skips `count` elements on the first call.
    static func dropFirst(_ base: @escaping () throws -> Value?, count: Int) -> () throws -> Value? {
        var skipped = false
        return {
            if !skipped {
                skipped = true
                for _ in 0..<max(count, 0) {
                    guard try base() != nil else { return nil }
                }
            }
            return try base()
        }
    }

    /// An `AnyIterator` value pulling from `next` (what the algorithms of these sequences run on).
    static func anyIteratorValue(_ next: @escaping () throws -> Value?, box: String = "") -> Value {
        .tuple([.function(FunctionValue { _ in .optional(try next()) }), .string(box)])
    }
}
