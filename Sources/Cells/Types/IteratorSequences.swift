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
        default: return nil
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
