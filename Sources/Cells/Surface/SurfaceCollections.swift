import CellValues
/// Arrays, sets and dictionaries: Swift's collection API as cells see it.
/// Closures passed in (`map`, `filter`, `sorted(by:)`) are function values.
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

    static let arrays: [Builtin] = [
        Builtin(on: "Array", "var count: Int") { args, _ in .int(args[0].array.count) },
        Builtin(on: "Array", "var isEmpty: Bool") { args, _ in .bool(args[0].array.isEmpty) },
        Builtin(on: "Array", "var first: Element?") { args, _ in args[0].array.first ?? .none },
        Builtin(on: "Array", "var last: Element?") { args, _ in args[0].array.last ?? .none },
        Builtin(on: "Array", "func elementsEqual(_ other: [Element]) -> Bool where Element: Equatable") { args, _ in
            .bool(ValueEquality.equal(args[0], args[1]))
        },
        Builtin(on: "Array", "func replaceSubrange(_ subrange: Range<Int>, with newElements: [Element])", mutating: true) { args, _ in
            let bounds = args[1].array, replacement = args[2].array
            let lower = bounds[0].int, upper = bounds[1].int
            return try mutateArray(&args) { items in
                guard lower >= 0, upper <= items.count else { throw Trap(.indexOutOfRange(index: upper, count: items.count)) }
                items.replaceSubrange(lower..<upper, with: replacement)
                return .void
            }
        },
        Builtin(on: "Array", "var startIndex: Int") { _, _ in .int(0) },
        Builtin(on: "Array", "var endIndex: Int") { args, _ in .int(args[0].array.count) },
        Builtin(on: "Array", "func removeAll(where shouldBeRemoved: (Element) -> Bool)", mutating: true) { args, _ in
            let predicate = args[1]
            return try mutateArray(&args) { items in
                try items.removeAll { try call(predicate, $0).bool }
                return .void
            }
        },
        Builtin(on: "Array", "func reduce<T>(into initialResult: T, _ updateAccumulatingResult: (inout T, Element) -> Void) -> T") { args, _ in
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
        Builtin(on: "Array", "var indices: Range<Int>") { args, _ in .tuple([.int(0), .int(args[0].array.count)]) },
        Builtin(on: "Array", "func append(_ newElement: Element)", mutating: true) { args, _ in
            let element = args[1]
            return mutateArray(&args) { $0.append(element); return .void }
        },
        Builtin(on: "Array", "func append(contentsOf newElements: [Element])", mutating: true) { args, _ in
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
            mutateArray(&args) { $0.popLast() ?? .none }
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
            mutateArray(&args) { $0.sort(by: ValueEquality.less); return .void }
        },
        Builtin(on: "Array", "func sort(by areInIncreasingOrder: (Element, Element) -> Bool)", mutating: true) { args, _ in
            let order = args[1]
            return try mutateArray(&args) { items in
                try items.sort { try call(order, $0, $1).bool }
                return .void
            }
        },
        Builtin(on: "Array", "func map<T>(_ transform: (Element) -> T) -> [T]") { args, _ in
            .array(try args[0].array.map { try call(args[1], $0) })
        },
        Builtin(on: "Array", "func compactMap<T>(_ transform: (Element) -> T?) -> [T]") { args, _ in
            .array(try args[0].array.compactMap { let v = try call(args[1], $0); return v.isNone ? nil : v })
        },
        Builtin(on: "Array", "func flatMap<T>(_ transform: (Element) -> [T]) -> [T]") { args, _ in
            .array(try args[0].array.flatMap { try call(args[1], $0).array })
        },
        Builtin(on: "Array", "func filter(_ isIncluded: (Element) -> Bool) -> [Element]") { args, _ in
            .array(try args[0].array.filter { try call(args[1], $0).bool })
        },
        Builtin(on: "Array", "func forEach(_ body: (Element) -> Void)") { args, _ in
            for item in args[0].array { _ = try call(args[1], item) }
            return .void
        },
        Builtin(on: "Array", "func reduce<T>(_ initialResult: T, _ nextPartialResult: (T, Element) -> T) -> T") { args, _ in
            try args[0].array.reduce(args[1]) { try call(args[2], $0, $1) }
        },
        Builtin(on: "Array", "func sorted() -> [Element] where Element: Comparable") { args, _ in
            .array(args[0].array.sorted(by: ValueEquality.less))
        },
        Builtin(on: "Array", "func sorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element]") { args, _ in
            .array(try args[0].array.sorted { try call(args[1], $0, $1).bool })
        },
        Builtin(on: "Array", "func reversed() -> [Element]") { args, _ in .array(args[0].array.reversed()) },
        Builtin(on: "Array", "func enumerated() -> [(offset: Int, element: Element)]") { args, _ in
            .array(args[0].array.enumerated().map { .tuple([.int($0.offset), $0.element]) })
        },
        Builtin(on: "Array", "func contains(_ element: Element) -> Bool where Element: Equatable") { args, _ in
            .bool(args[0].array.contains { ValueEquality.equal($0, args[1]) })
        },
        Builtin(on: "Array", "func contains(where predicate: (Element) -> Bool) -> Bool") { args, _ in
            .bool(try args[0].array.contains { try call(args[1], $0).bool })
        },
        Builtin(on: "Array", "func allSatisfy(_ predicate: (Element) -> Bool) -> Bool") { args, _ in
            .bool(try args[0].array.allSatisfy { try call(args[1], $0).bool })
        },
        Builtin(on: "Array", "func first(where predicate: (Element) -> Bool) -> Element?") { args, _ in
            try args[0].array.first { try call(args[1], $0).bool } ?? .none
        },
        Builtin(on: "Array", "func last(where predicate: (Element) -> Bool) -> Element?") { args, _ in
            try args[0].array.last { try call(args[1], $0).bool } ?? .none
        },
        Builtin(on: "Array", "func firstIndex(of element: Element) -> Int? where Element: Equatable") { args, _ in
            args[0].array.firstIndex { ValueEquality.equal($0, args[1]) }.map(Value.int) ?? .none
        },
        Builtin(on: "Array", "func firstIndex(where predicate: (Element) -> Bool) -> Int?") { args, _ in
            try args[0].array.firstIndex { try call(args[1], $0).bool }.map(Value.int) ?? .none
        },
        Builtin(on: "Array", "func lastIndex(where predicate: (Element) -> Bool) -> Int?") { args, _ in
            try args[0].array.lastIndex { try call(args[1], $0).bool }.map(Value.int) ?? .none
        },
        Builtin(on: "Array", "func lastIndex(of element: Element) -> Int? where Element: Equatable") { args, _ in
            args[0].array.lastIndex { ValueEquality.equal($0, args[1]) }.map(Value.int) ?? .none
        },
        Builtin(on: "Array", "func min() -> Element? where Element: Comparable") { args, _ in
            args[0].array.min(by: ValueEquality.less) ?? .none
        },
        Builtin(on: "Array", "func max() -> Element? where Element: Comparable") { args, _ in
            args[0].array.max(by: ValueEquality.less) ?? .none
        },
        Builtin(on: "Array", "func min(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element?") { args, _ in
            try args[0].array.min { try call(args[1], $0, $1).bool } ?? .none
        },
        Builtin(on: "Array", "func max(by areInIncreasingOrder: (Element, Element) -> Bool) -> Element?") { args, _ in
            try args[0].array.max { try call(args[1], $0, $1).bool } ?? .none
        },
        Builtin(on: "Array", "func prefix(_ maxLength: Int) -> [Element]") { args, _ in .array(Array(args[0].array.prefix(max(0, args[1].int)))) },
        Builtin(on: "Array", "func suffix(_ maxLength: Int) -> [Element]") { args, _ in .array(Array(args[0].array.suffix(max(0, args[1].int)))) },
        Builtin(on: "Array", "func dropFirst(_ k: Int = 1) -> [Element]") { args, _ in .array(Array(args[0].array.dropFirst(max(0, args[1].int)))) },
        Builtin(on: "Array", "func dropLast(_ k: Int = 1) -> [Element]") { args, _ in .array(Array(args[0].array.dropLast(max(0, args[1].int)))) },
        Builtin(on: "Array", "func joined(separator: String = \"\") -> String where Element == String") { args, _ in
            .string(args[0].array.map(\.string).joined(separator: args[1].string))
        },
        Builtin(static: "Array", "init()") { _, _ in .array([]) },
        Builtin(static: "Array", "init(repeating repeatedValue: Element, count: Int)") { args, runtime in
            let count = args[1].int
            guard count >= 0 else { throw Trap(.library(module: "Swift", error: "Can't construct Array with count < 0")) }
            if let overLimit = runtime.arrayOverLimit(count: count) { throw Trap(overLimit) }
            return .array(Array(repeating: args[0], count: count))
        },
        Builtin(static: "Array", "init(_ elements: [Element])") { args, _ in args[0] },
        Builtin(static: "Array", "init(_ range: Range<Element>)") { args, _ in
            .array(SurfaceStandardLibrary.rangeValues(args[0], closed: false))
        },
        Builtin(static: "Array", "init(_ range: ClosedRange<Element>)") { args, _ in
            .array(SurfaceStandardLibrary.rangeValues(args[0], closed: true))
        },
        Builtin(on: "Range", "var isEmpty: Bool") { args, _ in .bool(!ValueEquality.less(args[0].array[0], args[0].array[1])) },
        Builtin(on: "ClosedRange", "var isEmpty: Bool") { _, _ in .bool(false) },
        Builtin(on: "ClosedRange", "var lowerBound: Bound") { args, _ in args[0].array[0] },
        Builtin(on: "ClosedRange", "var upperBound: Bound") { args, _ in args[0].array[1] },
        Builtin(on: "Range", "var count: Int") { args, _ in .int(max(0, args[0].array[1].int - args[0].array[0].int)) },
        Builtin(on: "Range", "var lowerBound: Bound") { args, _ in args[0].array[0] },
        Builtin(on: "Range", "var upperBound: Bound") { args, _ in args[0].array[1] },
        Builtin(on: "Range", "func contains(_ element: Bound) -> Bool") { args, _ in
            let b = args[0].array
            return .bool(!ValueEquality.less(args[1], b[0]) && ValueEquality.less(args[1], b[1]))
        },
        Builtin(on: "Range", "func map<T>(_ transform: (Bound) -> T) -> [T]") { args, _ in
            .array(try SurfaceStandardLibrary.rangeValues(args[0], closed: false).map { try call(args[1], $0) })
        },
        Builtin(on: "Range", "func reversed() -> [Bound]") { args, _ in
            .array(SurfaceStandardLibrary.rangeValues(args[0], closed: false).reversed())
        },
        Builtin(on: "Range", "func filter(_ isIncluded: (Bound) -> Bool) -> [Bound]") { args, _ in
            .array(try SurfaceStandardLibrary.rangeValues(args[0], closed: false).filter { try call(args[1], $0).bool })
        },
        Builtin(on: "Range", "func reduce<T>(_ initialResult: T, _ nextPartialResult: (T, Bound) -> T) -> T") { args, _ in
            try SurfaceStandardLibrary.rangeValues(args[0], closed: false).reduce(args[1]) { try call(args[2], $0, $1) }
        },
        Builtin(on: "ClosedRange", "var count: Int") { args, _ in .int(max(0, args[0].array[1].int - args[0].array[0].int + 1)) },
        Builtin(on: "ClosedRange", "func contains(_ element: Bound) -> Bool") { args, _ in
            let b = args[0].array
            return .bool(!ValueEquality.less(args[1], b[0]) && !ValueEquality.less(b[1], args[1]))
        },
        Builtin(on: "ClosedRange", "func map<T>(_ transform: (Bound) -> T) -> [T]") { args, _ in
            .array(try SurfaceStandardLibrary.rangeValues(args[0], closed: true).map { try call(args[1], $0) })
        },
        Builtin(on: "ClosedRange", "func reversed() -> [Bound]") { args, _ in
            .array(SurfaceStandardLibrary.rangeValues(args[0], closed: true).reversed())
        },
        Builtin(on: "ClosedRange", "func filter(_ isIncluded: (Bound) -> Bool) -> [Bound]") { args, _ in
            .array(try SurfaceStandardLibrary.rangeValues(args[0], closed: true).filter { try call(args[1], $0).bool })
        },
        Builtin(on: "ClosedRange", "func reduce<T>(_ initialResult: T, _ nextPartialResult: (T, Bound) -> T) -> T") { args, _ in
            try SurfaceStandardLibrary.rangeValues(args[0], closed: true).reduce(args[1]) { try call(args[2], $0, $1) }
        },
    ]

    static func mutateTable(_ args: inout [Value], _ body: (inout OrderedTable) throws -> Value) rethrows -> Value {
        guard case .dictionary(var table) = args[0] else { return .void }
        args[0] = .void
        defer { args[0] = .dictionary(table) }
        return try body(&table)
    }

    /// `Optional.map` and `flatMap`: the transform runs only on a value.
    static let optionals: [Builtin] = [
        Builtin(on: "Optional", "func map<T>(_ transform: (Wrapped) -> T) -> T?") { args, _ in
            args[0].isNone ? .none : try call(args[1], args[0])
        },
        Builtin(on: "Optional", "func flatMap<T>(_ transform: (Wrapped) -> T?) -> T?") { args, _ in
            args[0].isNone ? .none : try call(args[1], args[0])
        },
    ]

    static let sets: [Builtin] = [
        Builtin(static: "Set", "init()") { _, _ in .dictionary(OrderedTable()) },
        Builtin(static: "Set", "init(_ elements: [Element])") { args, _ in
            var table = OrderedTable()
            for item in args[0].array { table.set(item, .void) }
            return .dictionary(table)
        },
        Builtin(on: "Set", "var count: Int") { args, _ in .int(args[0].table.count) },
        Builtin(on: "Set", "var isEmpty: Bool") { args, _ in .bool(args[0].table.count == 0) },
        Builtin(on: "Set", "func contains(_ member: Element) -> Bool") { args, _ in .bool(args[0].table.lookup(args[1]) != nil) },
        Builtin(on: "Set", "func insert(_ newMember: Element) -> (inserted: Bool, memberAfterInsert: Element)", mutating: true) { args, _ in
            let member = args[1]
            return mutateTable(&args) { table in
                let inserted = table.lookup(member) == nil
                if inserted { table.set(member, .void) }
                return .tuple([.bool(inserted), member])
            }
        },
        Builtin(on: "Set", "func remove(_ member: Element) -> Element?", mutating: true) { args, _ in
            let member = args[1]
            return mutateTable(&args) { table in
                guard table.lookup(member) != nil else { return .none }
                table.set(member, nil)
                return member
            }
        },
        Builtin(on: "Set", "func sorted() -> [Element] where Element: Comparable") { args, _ in
            .array(args[0].table.keys.sorted(by: ValueEquality.less))
        },
        Builtin(on: "Set", "func union(_ other: Set<Element>) -> Set<Element>") { args, _ in
            var table = args[0].table
            for key in args[1].table.keys { table.set(key, .void) }
            return .dictionary(table)
        },
        Builtin(on: "Set", "func intersection(_ other: Set<Element>) -> Set<Element>") { args, _ in
            var table = OrderedTable()
            let other = args[1].table
            for key in args[0].table.keys where other.lookup(key) != nil { table.set(key, .void) }
            return .dictionary(table)
        },
        Builtin(on: "Set", "func symmetricDifference(_ other: Set<Element>) -> Set<Element>") { args, _ in
            var table = OrderedTable()
            let mine = args[0].table, other = args[1].table
            for key in mine.keys where other.lookup(key) == nil { table.set(key, .void) }
            for key in other.keys where mine.lookup(key) == nil { table.set(key, .void) }
            return .dictionary(table)
        },
        Builtin(on: "Set", "func isDisjoint(with other: Set<Element>) -> Bool") { args, _ in
            let other = args[1].table
            return .bool(!args[0].table.keys.contains { other.lookup($0) != nil })
        },
        Builtin(on: "Set", "func isSuperset(of other: Set<Element>) -> Bool") { args, _ in
            let mine = args[0].table
            return .bool(args[1].table.keys.allSatisfy { mine.lookup($0) != nil })
        },
        Builtin(on: "Set", "func isSubset(of other: Set<Element>) -> Bool") { args, _ in
            let other = args[1].table
            return .bool(args[0].table.keys.allSatisfy { other.lookup($0) != nil })
        },
        Builtin(on: "Set", "func subtracting(_ other: Set<Element>) -> Set<Element>") { args, _ in
            var table = OrderedTable()
            let other = args[1].table
            for key in args[0].table.keys where other.lookup(key) == nil { table.set(key, .void) }
            return .dictionary(table)
        },
        Builtin(on: "Set", "func map<T>(_ transform: (Element) -> T) -> [T]") { args, _ in
            .array(try args[0].table.keys.map { try call(args[1], $0) })
        },
        Builtin(on: "Set", "func filter(_ isIncluded: (Element) -> Bool) -> Set<Element>") { args, _ in
            var table = OrderedTable()
            for key in args[0].table.keys where try call(args[1], key).bool { table.set(key, .void) }
            return .dictionary(table)
        },
    ]

    static let dictionaries: [Builtin] = [
        Builtin(static: "Dictionary", "init()") { _, _ in .dictionary(OrderedTable()) },
        Builtin(static: "Dictionary", "init(uniqueKeysWithValues keysAndValues: [(Key, Value)])") { args, _ in
            var table = OrderedTable()
            for pair in args[0].array {
                let parts = pair.array
                if table.lookup(parts[0]) != nil {
                    throw Trap(.library(module: "Swift", error: "Dictionary literal contains duplicate keys"))
                }
                table.set(parts[0], parts[1])
            }
            return .dictionary(table)
        },
        Builtin(on: "Dictionary", "var count: Int") { args, _ in .int(args[0].table.count) },
        Builtin(on: "Dictionary", "var isEmpty: Bool") { args, _ in .bool(args[0].table.count == 0) },
        Builtin(on: "Dictionary", "var keys: [Key]") { args, _ in .array(args[0].table.keys) },
        Builtin(on: "Dictionary", "var values: [Value]") { args, _ in .array(args[0].table.values) },
        Builtin(on: "Dictionary", "func removeValue(forKey key: Key) -> Value?", mutating: true) { args, _ in
            let key = args[1]
            return mutateTable(&args) { table in
                let old = table.lookup(key)
                table.set(key, nil)
                return old ?? .none
            }
        },
        Builtin(on: "Dictionary", "func updateValue(_ value: Value, forKey key: Key) -> Value?", mutating: true) { args, _ in
            let value = args[1], key = args[2]
            return mutateTable(&args) { table in
                let old = table.lookup(key)
                table.set(key, value)
                return old ?? .none
            }
        },
        Builtin(on: "Dictionary", "func sorted(by areInIncreasingOrder: ((key: Key, value: Value), (key: Key, value: Value)) -> Bool) -> [(key: Key, value: Value)]") { args, _ in
            let table = args[0].table
            let pairs = zip(table.keys, table.values).map { Value.tuple([$0, $1]) }
            return .array(try pairs.sorted { try call(args[1], $0, $1).bool })
        },
        Builtin(on: "Dictionary", "func map<T>(_ transform: ((key: Key, value: Value)) -> T) -> [T]") { args, _ in
            let table = args[0].table
            return .array(try zip(table.keys, table.values).map { try call(args[1], .tuple([$0, $1])) })
        },
        Builtin(on: "Dictionary", "func filter(_ isIncluded: ((key: Key, value: Value)) -> Bool) -> [Key: Value]") { args, _ in
            var table = OrderedTable()
            let source = args[0].table
            for (key, value) in zip(source.keys, source.values) where try call(args[1], .tuple([key, value])).bool {
                table.set(key, value)
            }
            return .dictionary(table)
        },
        Builtin(on: "Dictionary", "func mapValues<T>(_ transform: (Value) -> T) -> [Key: T]") { args, _ in
            var table = args[0].table
            table.values = try table.values.map { try call(args[1], $0) }
            return .dictionary(table)
        },
    ]
}
