import CellValues

/// Swift's collections as cells see them: arrays and ranges here; what every sequence has
/// (`SurfaceSequences.swift`), slicing (`SurfaceSlices.swift`), sets and dictionaries in
/// files of their own. Closures passed in (`map`, `filter`, `sorted(by:)`) are function values.
enum SurfaceCollections {
    /// Calls a closure argument with one or two values.
    static func call(_ function: Value, _ arguments: Value...) throws -> Value {
        var values = arguments
        return try function.function.call(&values)
    }

    /// Moves the array out of `args[0]`, mutates it, and puts it back (no copy).
    static func mutateArray(_ args: inout [Value], _ body: (inout [Value]) throws -> Value) rethrows -> Value {
        guard case .array(var items) = args[0] else { return .void }
        args[0] = .void
        defer { args[0] = .array(items) }
        return try body(&items)
    }

    /// Array's own members; what it shares with `ArraySlice` is in `slicing`, what every
    /// sequence has in `sequences`.
    static let arrays: [Builtin] = [
        Builtin(on: "Array", "func replaceSubrange(_ subrange: Range<Int>, with newElements: some Sequence<Element>)", mutating: true) { args, _ in
            let bounds = args[1].array, replacement = args[2].array
            let lower = bounds[0].int, upper = bounds[1].int
            return try mutateArray(&args) { items in
                guard lower >= 0, upper <= items.count else { throw Trap(.indexOutOfRange(index: upper, count: items.count)) }
                items.replaceSubrange(lower..<upper, with: replacement)
                return .void
            }
        },
        Builtin(on: "Array", "func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows", mutating: true) { args, _ in
            let predicate = args[1]
            return try mutateArray(&args) { items in
                try items.removeAll { try call(predicate, $0).bool }
                return .void
            }
        },
        Builtin(on: "Array", "func append(_ newElement: Element)", mutating: true) { args, _ in
            let element = args[1]
            return mutateArray(&args) { $0.append(element); return .void }
        },
        Builtin(on: "Array", "func append(contentsOf newElements: some Sequence<Element>)", mutating: true) { args, _ in
            let elements = args[1].array
            return mutateArray(&args) { $0.append(contentsOf: elements); return .void }
        },
        Builtin(on: "Array", "func insert(_ newElement: Element, at i: Int)", mutating: true) { args, _ in
            let element = args[1], index = args[2].int
            return try mutateArray(&args) { items in
                guard index >= 0 && index <= items.count else { throw Trap(.indexOutOfRange(index: index, count: items.count)) }
                items.insert(element, at: index)
                return .void
            }
        },
        Builtin(on: "Array", "func remove(at index: Int) -> Element", mutating: true) { args, _ in
            let index = args[1].int
            return try mutateArray(&args) { items in
                guard index >= 0 && index < items.count else { throw Trap(.indexOutOfRange(index: index, count: items.count)) }
                return items.remove(at: index)
            }
        },
        Builtin(on: "Array", "func removeLast() -> Element", mutating: true) { args, _ in
            try mutateArray(&args) { items in
                guard !items.isEmpty else { throw Trap(.emptyCollection(operation: "removeLast")) }
                return items.removeLast()
            }
        },
        Builtin(on: "Array", "func removeFirst() -> Element", mutating: true) { args, _ in
            try mutateArray(&args) { items in
                guard !items.isEmpty else { throw Trap(.emptyCollection(operation: "removeFirst")) }
                return items.removeFirst()
            }
        },
        Builtin(on: "Array", "func popLast() -> Element?", mutating: true) { args, _ in
            mutateArray(&args) { .optional($0.popLast()) }
        },
        Builtin(on: "Array", "func removeAll()", mutating: true) { args, _ in
            mutateArray(&args) { $0.removeAll(); return .void }
        },
        Builtin(on: "Array", "func reverse()", mutating: true) { args, _ in
            mutateArray(&args) { $0.reverse(); return .void }
        },
        Builtin(on: "Array", "func swapAt(_ i: Int, _ j: Int)", mutating: true) { args, _ in
            let i = args[1].int, j = args[2].int
            return try mutateArray(&args) { items in
                guard i >= 0, j >= 0, i < items.count, j < items.count else {
                    throw Trap(.indexOutOfRange(index: max(i, j), count: items.count))
                }
                items.swapAt(i, j)
                return .void
            }
        },
        Builtin(on: "Array", "func sort() where Element: Comparable", mutating: true) { args, _ in
            let less = ElementOrder.less(args, witnessAt: 1)
            return try mutateArray(&args) { try $0.sort(by: less); return .void }
        },
        Builtin(on: "Array", "func sort(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows", mutating: true) { args, _ in
            let order = args[1]
            return try mutateArray(&args) { items in
                try items.sort { try call(order, $0, $1).bool }
                return .void
            }
        },
        Builtin(static: "Array", "init()") { _, _ in .array([]) },
        Builtin(static: "Array", "init(repeating repeatedValue: Element, count: Int)") { args, runtime in
            let count = args[1].int
            guard count >= 0 else { throw Trap(.standardLibrary(.negativeArrayCount)) }
            if let overLimit = runtime.arrayOverLimit(count: count) { throw Trap(overLimit) }
            return .array(Array(repeating: args[0], count: count))
        },
        // `Array(1...3)`, `Array("abc")`, `Array(zip(a, b))`, `Array(xs[1...])`: any sequence's elements.
        Builtin(static: "Array", "init(_ s: some Sequence<Element>)") { args, _ in args[0] },
    ]

    /// The range of integers `operation` cuts from `range` (`k` elements kept or dropped).
    private static func rangeSlice(_ range: Value, _ operation: SliceOperation, _ k: Int) throws -> Value {
        let bounds = range.array
        let lower = bounds[0].integer, count = Int(clamping: max(0, bounds[1].integer - lower))
        let kept = operation.bounds(count: count, k: k)
        return .tuple([Value(integer: lower + Int128(kept.lowerBound)), Value(integer: lower + Int128(kept.upperBound))])
    }

    /// Ranges' own members (O(1), where `Sequence`'s would list the elements).
    static let ranges: [Builtin] = [
        Builtin(on: "Range", "var isEmpty: Bool") { args, _ in .bool(!ValueEquality.less(args[0].array[0], args[0].array[1])) },
        Builtin(on: "ClosedRange", "var isEmpty: Bool") { _, _ in .bool(false) },
        Builtin(on: "ClosedRange", "var lowerBound: Bound") { args, _ in args[0].array[0] },
        Builtin(on: "ClosedRange", "var upperBound: Bound") { args, _ in args[0].array[1] },
        Builtin(on: "Range", "var count: Int") { args, _ in try SurfaceStandardLibrary.rangeCount(args[0], closed: false) },
        Builtin(on: "Range", "var lowerBound: Bound") { args, _ in args[0].array[0] },
        // A Range<Int> is a Collection whose indices are its elements (`C.Index` of a `C: Collection`).
        Builtin(on: "Range", "var startIndex: Bound") { args, _ in args[0].array[0] },
        Builtin(on: "Range", "var endIndex: Bound") { args, _ in args[0].array[1] },
        Builtin(on: "Range", "var indices: Range<Bound>") { args, _ in args[0] },
        Builtin(on: "Range", "func index(after i: Bound) -> Bound where Bound: BinaryInteger") { args, _ in
            Value(integer: args[1].integer + 1)
        },
        Builtin(on: "Range", "func index(before i: Bound) -> Bound where Bound: BinaryInteger") { args, _ in
            Value(integer: args[1].integer - 1)
        },
        Builtin(on: "Range", "func index(_ i: Bound, offsetBy distance: Int) -> Bound where Bound: BinaryInteger") { args, _ in
            Value(integer: args[1].integer + Int128(args[2].int))
        },
        Builtin(on: "Range", "func distance(from start: Bound, to end: Bound) -> Int where Bound: BinaryInteger") { args, _ in
            .int(Int(args[2].integer - args[1].integer))
        },
        Builtin(on: "Range", "func firstIndex(of element: Bound) -> Bound? where Bound: BinaryInteger") { args, _ in
            let (lower, upper, element) = (args[0].array[0].integer, args[0].array[1].integer, args[1].integer)
            return element >= lower && element < upper ? args[1] : .none
        },
        // A range of integers is its own SubSequence: its slices are ranges (`(0..<5).dropFirst()` is `1..<5`).
        Builtin(on: "Range", "func prefix(_ maxLength: Int) -> Range<Bound> where Bound: BinaryInteger") { args, _ in
            try rangeSlice(args[0], .prefix, count(args[1], for: "prefix"))
        },
        Builtin(on: "Range", "func suffix(_ maxLength: Int) -> Range<Bound> where Bound: BinaryInteger") { args, _ in
            try rangeSlice(args[0], .suffix, count(args[1], for: "suffix"))
        },
        Builtin(on: "Range", "func dropFirst(_ k: Int = 1) -> Range<Bound> where Bound: BinaryInteger") { args, _ in
            try rangeSlice(args[0], .dropFirst, count(args[1], for: "dropFirst"))
        },
        Builtin(on: "Range", "func dropLast(_ k: Int = 1) -> Range<Bound> where Bound: BinaryInteger") { args, _ in
            try rangeSlice(args[0], .dropLast, count(args[1], for: "dropLast"))
        },
        Builtin(on: "Range", "var upperBound: Bound") { args, _ in args[0].array[1] },
        Builtin(on: "Range", "func contains(_ element: Bound) -> Bool") { args, _ in
            let b = args[0].array
            return .bool(!ValueEquality.less(args[1], b[0]) && ValueEquality.less(args[1], b[1]))
        },
        Builtin(on: "ClosedRange", "var count: Int") { args, _ in try SurfaceStandardLibrary.rangeCount(args[0], closed: true) },
        Builtin(on: "ClosedRange", "func contains(_ element: Bound) -> Bool") { args, _ in
            let b = args[0].array
            return .bool(!ValueEquality.less(args[1], b[0]) && !ValueEquality.less(b[1], args[1]))
        },
        Builtin(on: "PartialRangeFrom", "var lowerBound: Bound") { args, _ in args[0].array[0] },
        Builtin(on: "PartialRangeFrom", "func contains(_ element: Bound) -> Bool") { args, _ in
            .bool(!ValueEquality.less(args[1], args[0].array[0]))
        },
    ]

    /// `Optional.map` and `flatMap`: the transform runs only on a value.
    static let optionals: [Builtin] = [
        Builtin(on: "Optional", "func map<T>(_ transform: (Wrapped) throws -> T) rethrows -> T?") { args, _ in
            args[0].isNone ? .none : try call(args[1], args[0].unwrappedOptional).wrappedInOptional
        },
        Builtin(on: "Optional", "func flatMap<T>(_ transform: (Wrapped) throws -> T?) rethrows -> T?") { args, _ in
            args[0].isNone ? .none : try call(args[1], args[0].unwrappedOptional)
        },
    ]
}
