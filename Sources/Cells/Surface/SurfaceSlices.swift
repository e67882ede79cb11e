import CellValues

/// `ArraySlice`, and what `Array` shares with it: both are indexed by `Int` and sliced into
/// an `ArraySlice`, whose indices are its base's (`xs[2...].startIndex` is 2,
/// `xs.suffix(from: 4)[4]` is `xs[4]`), as in Swift. The host's own `ArraySlice` does the
/// work, so each member is written once for both types.
extension SurfaceCollections {
    /// An array (indices from 0) or a slice (its base's indices), as a host slice.
    static func hostSlice(_ value: Value) -> ArraySlice<Value> {
        switch value {
        case .slice(let slice): slice
        case .array(let items): items[...]
        default: []
        }
    }

    /// Checks the count of `prefix`, `suffix`, `dropFirst` and `dropLast` as Swift does
    /// (for slices and substrings alike).
    static func count(_ value: Value, for operation: String) throws -> Int {
        guard value.int >= 0 else { throw Trap(.negativeCount(operation: operation)) }
        return value.int
    }

    /// Checks the `maxSplits` of a `split` as Swift does.
    static func maxSplits(_ value: Value) throws -> Int {
        guard value.int >= 0 else { throw Trap(.standardLibrary(.negativeSplitCount)) }
        return value.int
    }

    /// The positions `lower..<upper` of `items`, checked as Swift's `Range` and slice subscripts check them.
    static func checkedRange(_ items: ArraySlice<Value>, _ lower: Int, _ upper: Int) throws -> Range<Int> {
        guard lower <= upper else { throw Trap(.invalidRange(lower: lower, upper: upper)) }
        guard lower >= items.startIndex, upper <= items.endIndex else {
            throw Trap(.sliceIndexOutOfBounds(index: lower < items.startIndex ? lower : upper,
                                              startIndex: items.startIndex, endIndex: items.endIndex))
        }
        return lower..<upper
    }

    static let slicing: [Builtin] = ["Array", "ArraySlice"].flatMap { type in [
        Builtin(on: type, "var startIndex: Int") { args, _ in .int(hostSlice(args[0]).startIndex) },
        Builtin(on: type, "var endIndex: Int") { args, _ in .int(hostSlice(args[0]).endIndex) },
        Builtin(on: type, "var indices: Range<Int>") { args, _ in
            let items = hostSlice(args[0])
            return .tuple([.int(items.startIndex), .int(items.endIndex)])
        },
        Builtin(on: type, "func index(after i: Int) -> Int") { args, _ in .int(args[1].int + 1) },
        Builtin(on: type, "func index(before i: Int) -> Int") { args, _ in .int(args[1].int - 1) },
        Builtin(on: type, "func index(_ i: Int, offsetBy distance: Int) -> Int") { args, _ in .int(args[1].int + args[2].int) },
        Builtin(on: type, "func distance(from start: Int, to end: Int) -> Int") { args, _ in .int(args[2].int - args[1].int) },
        Builtin(on: type, "func firstIndex(of element: Element) -> Int? where Element: Equatable") { args, _ in
            let equal = ElementOrder.equal(args, witnessAt: 2)
            return try hostSlice(args[0]).firstIndex { try equal($0, args[1]) }.map(Value.int) ?? .none
        },
        Builtin(on: type, "func firstIndex(where predicate: (Element) throws -> Bool) rethrows -> Int?") { args, _ in
            try hostSlice(args[0]).firstIndex { try call(args[1], $0).bool }.map(Value.int) ?? .none
        },
        Builtin(on: type, "func lastIndex(of element: Element) -> Int? where Element: Equatable") { args, _ in
            let equal = ElementOrder.equal(args, witnessAt: 2)
            return try hostSlice(args[0]).lastIndex { try equal($0, args[1]) }.map(Value.int) ?? .none
        },
        Builtin(on: type, "func lastIndex(where predicate: (Element) throws -> Bool) rethrows -> Int?") { args, _ in
            try hostSlice(args[0]).lastIndex { try call(args[1], $0).bool }.map(Value.int) ?? .none
        },
        Builtin(on: type, "func prefix(_ maxLength: Int) -> ArraySlice<Element>") { args, _ in
            .slice(hostSlice(args[0]).prefix(try count(args[1], for: "prefix")))
        },
        Builtin(on: type, "func suffix(_ maxLength: Int) -> ArraySlice<Element>") { args, _ in
            .slice(hostSlice(args[0]).suffix(try count(args[1], for: "suffix")))
        },
        Builtin(on: type, "func dropFirst(_ k: Int = 1) -> ArraySlice<Element>") { args, _ in
            .slice(hostSlice(args[0]).dropFirst(try count(args[1], for: "dropFirst")))
        },
        Builtin(on: type, "func dropLast(_ k: Int = 1) -> ArraySlice<Element>") { args, _ in
            .slice(hostSlice(args[0]).dropLast(try count(args[1], for: "dropLast")))
        },
        Builtin(on: type, "func prefix(upTo end: Int) -> ArraySlice<Element>") { args, _ in
            let items = hostSlice(args[0])
            return .slice(items[try checkedRange(items, items.startIndex, args[1].int)])
        },
        Builtin(on: type, "func prefix(through position: Int) -> ArraySlice<Element>") { args, _ in
            let items = hostSlice(args[0])
            return .slice(items[try checkedRange(items, items.startIndex, args[1].int + 1)])
        },
        Builtin(on: type, "func suffix(from start: Int) -> ArraySlice<Element>") { args, _ in
            let items = hostSlice(args[0])
            return .slice(items[try checkedRange(items, args[1].int, items.endIndex)])
        },
        Builtin(on: type, "func prefix(while predicate: (Element) throws -> Bool) rethrows -> ArraySlice<Element>") { args, _ in
            .slice(try hostSlice(args[0]).prefix { try call(args[1], $0).bool })
        },
        Builtin(on: type, "func drop(while predicate: (Element) throws -> Bool) rethrows -> ArraySlice<Element>") { args, _ in
            .slice(try hostSlice(args[0]).drop { try call(args[1], $0).bool })
        },
        Builtin(on: type, "func split(separator: Element, maxSplits: Int = Int.max, omittingEmptySubsequences: Bool = true) -> [ArraySlice<Element>] where Element: Equatable") { args, _ in
            let equal = ElementOrder.equal(args, witnessAt: 4)
            return .array(try hostSlice(args[0]).split(maxSplits: try maxSplits(args[2]), omittingEmptySubsequences: args[3].bool) {
                try equal($0, args[1])
            }.map(Value.slice))
        },
    ]}

    /// Changes to a slice keep its indices (`var s = xs[2...]; s.append(7)`: `s.startIndex` is still 2).
    static func mutateSlice(_ args: inout [Value], _ body: (inout ArraySlice<Value>) throws -> Value) rethrows -> Value {
        guard case .slice(var items) = args[0] else { return .void }
        args[0] = .void
        defer { args[0] = .slice(items) }
        return try body(&items)
    }

    static let slices: [Builtin] = [
        Builtin(on: "ArraySlice", "func append(_ newElement: Element)", mutating: true) { args, _ in
            let element = args[1]
            return mutateSlice(&args) { $0.append(element); return .void }
        },
        Builtin(on: "ArraySlice", "func append(contentsOf newElements: some Sequence<Element>)", mutating: true) { args, _ in
            let elements = args[1].array
            return mutateSlice(&args) { $0.append(contentsOf: elements); return .void }
        },
        Builtin(on: "ArraySlice", "func removeFirst() -> Element", mutating: true) { args, _ in
            try mutateSlice(&args) { items in
                guard !items.isEmpty else { throw Trap(.emptyCollection(operation: "removeFirst")) }
                return items.removeFirst()
            }
        },
        Builtin(on: "ArraySlice", "func removeLast() -> Element", mutating: true) { args, _ in
            try mutateSlice(&args) { items in
                guard !items.isEmpty else { throw Trap(.emptyCollection(operation: "removeLast")) }
                return items.removeLast()
            }
        },
        Builtin(on: "ArraySlice", "func popFirst() -> Element?", mutating: true) { args, _ in
            mutateSlice(&args) { .optional($0.popFirst()) }
        },
        Builtin(on: "ArraySlice", "func popLast() -> Element?", mutating: true) { args, _ in
            mutateSlice(&args) { .optional($0.popLast()) }
        },
    ]
}
