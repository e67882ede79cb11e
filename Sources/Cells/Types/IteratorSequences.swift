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
        if let lazy = LazySequences.iterator(of: type) { return lazy }
        switch type {
        case .sequence(.unfoldFirst, _): return unfoldFirst
        case .sequence(.anyIterator, _): return anyIterator
        case .sequence(.dropWhile, _): return dropWhile
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
    static func stepper(_ type: CellType) -> ((Value) -> () throws -> Value?)? {
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
        var iterator = UnfoldIterator(current: parts[0], firstPending: true, next: parts[1].function)
        return { try iterator.next() }
    }

    /// The state of `sequence(first:next:)`'s iterator as Swift keeps it (`_state: (value, firstPending)`,
    /// `_done`), so that a `DropWhileSequence` can hold it and copy it into each of its iterators.
    /// As a value: `.tuple([.optional(current), .bool(firstPending), .function(next), .bool(done)])`.
    struct UnfoldIterator {
        var current: Value?
        var firstPending: Bool
        let step: FunctionValue
        var done = false

        init(current: Value?, firstPending: Bool, next: FunctionValue, done: Bool = false) {
            self.current = current
            self.firstPending = firstPending
            self.step = next
            self.done = done
        }

        init(_ value: Value) {
            let parts = value.array
            self.init(current: parts[0].isNone ? nil : parts[0].unwrappedOptional, firstPending: parts[1].bool,
                      next: parts[2].function, done: parts[3].bool)
        }

        var value: Value { .tuple([.optional(current), .bool(firstPending), .function(step), .bool(done)]) }

        mutating func next() throws -> Value? {
            guard !done else { return nil }
            if firstPending {
                firstPending = false
                if current == nil { done = true }
                return current
            }
            guard let previous = current else {
                done = true
                return nil
            }
            var arguments = [previous]
            let result = try step.call(&arguments)
            current = result.isNone ? nil : result.unwrappedOptional
            if current == nil { done = true }
            return current
        }
    }

    /// `DropWhileSequence`'s iterator: the element read ahead, then its base iterator's (a copy of
    /// a `sequence(first:next:)`'s state, or the `AnyIterator`'s shared closure), one read ahead.
    static func dropWhile(_ value: Value) -> () throws -> Value? {
        let parts = value.array
        var ahead: Value? = parts[1].isNone ? nil : parts[1].unwrappedOptional
        let base = resumed(parts[0])
        return {
            guard let element = ahead else { return nil }
            ahead = try base.next()
            return element
        }
    }

    /// `DropWhileSequence(iterator:predicate:)`: reads `iterator` until an element fails
    /// `predicate`; the iterator as left and that element make the sequence's value.
    static func dropWhile(iterator: Value, _ predicate: Value) throws -> Value {
        let base = resumed(iterator)
        var ahead = try base.next()
        while let element = ahead, try SurfaceCollections.call(predicate, element).bool { ahead = try base.next() }
        return .tuple([base.value(), .optional(ahead)])
    }

    /// An iterator a `DropWhileSequence` holds, resumed: a copy of a `sequence(first:next:)`'s
    /// state (`UnfoldIterator.value`, four parts), or an `AnyIterator` (two parts, its state shared).
    private static func resumed(_ iterator: Value) -> (next: () throws -> Value?, value: () -> Value) {
        guard iterator.array.count == 4 else { return (anyIterator(iterator), { iterator }) }
        var unfold = UnfoldIterator(iterator)
        return ({ try unfold.next() }, { unfold.value })
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
    /// A view of a lazy sequence for `contains(_:)` carries the sequence's own answer first,
    /// `customContains` (nil: step through), as a third part.
    static func anyIteratorValue(_ next: @escaping () throws -> Value?, box: String = "",
                                 customContains: ((Value) throws -> Bool?)? = nil) -> Value {
        let iterator: [Value] = [.function(FunctionValue { _ in .optional(try next()) }), .string(box)]
        guard let customContains else { return .tuple(iterator) }
        return .tuple(iterator + [.function(FunctionValue { .optional(try customContains($0[0]).map(Value.bool)) })])
    }

    /// The answer a view's sequence gives `contains(element)` before it is stepped through, if any.
    static func customContains(_ view: Value, _ element: Value) throws -> Bool? {
        let parts = view.array
        guard parts.count == 3 else { return nil }
        var arguments = [element]
        let answer = try parts[2].function.call(&arguments)
        return answer.isNone ? nil : answer.unwrappedOptional.bool
    }
}
