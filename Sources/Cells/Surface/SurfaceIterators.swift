import CellValues

/// `sequence(first:next:)` and `AnyIterator`: sequences a cell's closure produces one element
/// at a time (`IteratorSequences`). Their algorithms pull the elements as Swift's do, so
/// the sequence's closure and the algorithm's run interleaved, in Swift's order, and an
/// endless one stops where the algorithm stops (`first(where:)`, `prefix(while:)`).
/// The checker runs any other sequence of this kind (`prefix(3)` of one) through an
/// `AnyIterator` of it to reach these (`MethodCalls.swift`).
extension SurfaceCollections {
    static let iterators: [Builtin] = [
        Builtin("func sequence<T>(first: T, next: @escaping (T) -> T?) -> UnfoldFirstSequence<T>") { args, _ in
            .tuple([args[0], args[1]])
        },
        Builtin(static: "AnyIterator", "init(_ body: @escaping () -> Element?)") { args, _ in .tuple([args[0], .string("")]) },
        Builtin(on: "AnyIterator", "func next() -> Element?") { args, _ in
            .optional(try IteratorSequences.anyIterator(args[0])())
        },
        // `drop(while:)` reads the base at once, up to the first element kept (`IteratorSequences.dropWhile`).
        Builtin(on: "UnfoldFirstSequence", "func drop(while predicate: (Element) throws -> Bool) rethrows -> DropWhileSequence<Self>") { args, _ in
            let parts = args[0].array
            let start = IteratorSequences.UnfoldIterator(current: parts[0], firstPending: true, next: parts[1].function)
            return try IteratorSequences.dropWhile(iterator: start.value, args[1])
        },
        Builtin(on: "AnyIterator", "func drop(while predicate: (Element) throws -> Bool) rethrows -> DropWhileSequence<Self>") { args, _ in
            try IteratorSequences.dropWhile(iterator: args[0], args[1])
        },
        Builtin(on: "DropWhileSequence", "func drop(while predicate: (Element) throws -> Bool) rethrows -> DropWhileSequence<Base>") { args, _ in
            let parts = args[0].array
            guard !parts[1].isNone, try call(args[1], parts[1].unwrappedOptional).bool else { return args[0] }
            return try IteratorSequences.dropWhile(iterator: parts[0], args[1])
        },
    ] + iteratorWrappers("UnfoldFirstSequence") + algorithms("UnfoldFirstSequence", IteratorSequences.unfoldFirst)
        + iteratorWrappers("AnyIterator") + algorithms("AnyIterator", IteratorSequences.anyIterator)
        + iteratorWrappers("DropWhileSequence")

    /// `prefix`, `dropFirst` and `enumerated()` wrap the sequence, as Swift's do (an endless one stays endless).
    static func iteratorWrappers(_ type: String) -> [Builtin] {
        [
            Builtin(on: type, "func prefix(_ maxLength: Int) -> PrefixSequence<Self>") { args, _ in
                .tuple([args[0], .int(try SurfaceCollections.count(args[1], for: "prefix"))])
            },
            Builtin(on: type, "func dropFirst(_ k: Int = 1) -> DropFirstSequence<Self>") { args, _ in
                .tuple([args[0], .int(try SurfaceCollections.count(args[1], for: "dropFirst"))])
            },
            Builtin(on: type, "func enumerated() -> EnumeratedSequence<Self>") { args, _ in .tuple([args[0]]) },
        ]
    }

    /// `Sequence`'s algorithms, pulling one element at a time with `step`.
    private static func algorithms(_ type: String, _ step: @escaping @Sendable (Value) -> () throws -> Value?) -> [Builtin] {
        [
            Builtin(on: type, "func map<T>(_ transform: (Element) throws -> T) rethrows -> [T]") { args, _ in
                let next = step(args[0])
                var result: [Value] = []
                while let item = try next() { result.append(try call(args[1], item)) }
                return .array(result)
            },
            Builtin(on: type, "func compactMap<T>(_ transform: (Element) throws -> T?) rethrows -> [T]") { args, _ in
                let next = step(args[0])
                var result: [Value] = []
                while let item = try next() {
                    let mapped = try call(args[1], item)
                    if !mapped.isNone { result.append(mapped.unwrappedOptional) }
                }
                return .array(result)
            },
            Builtin(on: type, "func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> [Element]") { args, _ in
                let next = step(args[0])
                var result: [Value] = []
                while let item = try next() {
                    if try call(args[1], item).bool { result.append(item) }
                }
                return .array(result)
            },
            Builtin(on: type, "func forEach(_ body: (Element) throws -> Void) rethrows") { args, _ in
                let next = step(args[0])
                while let item = try next() { _ = try call(args[1], item) }
                return .void
            },
            Builtin(on: type, "func reduce<T>(_ initialResult: T, _ nextPartialResult: (T, Element) throws -> T) rethrows -> T") { args, _ in
                let next = step(args[0])
                var accumulator = args[1]
                while let item = try next() { accumulator = try call(args[2], accumulator, item) }
                return accumulator
            },
            Builtin(on: type, "func reduce<T>(into initialResult: T, _ updateAccumulatingResult: (inout T, Element) throws -> Void) rethrows -> T") { args, _ in
                let next = step(args[0])
                var accumulator = args[1]
                let update = args[2].function
                while let item = try next() {
                    var pair = [accumulator, item]
                    accumulator = .void
                    _ = try update.call(&pair)
                    accumulator = pair[0]
                }
                return accumulator
            },
            Builtin(on: type, "func first(where predicate: (Element) throws -> Bool) rethrows -> Element?") { args, _ in
                let next = step(args[0])
                while let item = try next() {
                    if try call(args[1], item).bool { return .optional(item) }
                }
                return .none
            },
            Builtin(on: type, "func contains(where predicate: (Element) throws -> Bool) rethrows -> Bool") { args, _ in
                let next = step(args[0])
                while let item = try next() {
                    if try call(args[1], item).bool { return .bool(true) }
                }
                return .bool(false)
            },
            Builtin(on: type, "func allSatisfy(_ predicate: (Element) throws -> Bool) rethrows -> Bool") { args, _ in
                let next = step(args[0])
                while let item = try next() {
                    if try !call(args[1], item).bool { return .bool(false) }
                }
                return .bool(true)
            },
            Builtin(on: type, "func contains(_ element: Element) -> Bool where Element: Equatable") { args, _ in
                if let answer = try IteratorSequences.customContains(args[0], args[1]) { return .bool(answer) }
                let next = step(args[0])
                let equal = ElementOrder.equal(args, witnessAt: 2)
                while let item = try next() {
                    if try equal(item, args[1]) { return .bool(true) }
                }
                return .bool(false)
            },
            Builtin(on: type, "func min() -> Element? where Element: Comparable") { args, _ in
                let next = step(args[0])
                let less = ElementOrder.less(args, witnessAt: 1)
                guard var result = try next() else { return .none }
                while let item = try next() {
                    if try less(item, result) { result = item }
                }
                return .optional(result)
            },
            Builtin(on: type, "func max() -> Element? where Element: Comparable") { args, _ in
                let next = step(args[0])
                let less = ElementOrder.less(args, witnessAt: 1)
                guard var result = try next() else { return .none }
                while let item = try next() {
                    if try less(result, item) { result = item }
                }
                return .optional(result)
            },
            Builtin(on: type, "func flatMap<T>(_ transform: (Element) throws -> [T]) rethrows -> [T]") { args, _ in
                let next = step(args[0])
                var result: [Value] = []
                while let item = try next() { result += try call(args[1], item).array }
                return .array(result)
            },
            Builtin(on: type, "func starts(with possiblePrefix: some Sequence<Element>) -> Bool where Element: Equatable") { args, _ in
                let next = step(args[0])
                let equal = ElementOrder.equal(args, witnessAt: 2)
                // As Swift's: an element of the sequence is read before the prefix is found exhausted.
                var prefix = args[1].array.makeIterator()
                while let item = try next() {
                    guard let expected = prefix.next() else { return .bool(true) }
                    if try !equal(item, expected) { return .bool(false) }
                }
                return .bool(prefix.next() == nil)
            },
            Builtin(on: type, "func elementsEqual(_ other: some Sequence<Element>) -> Bool where Element: Equatable") { args, _ in
                let next = step(args[0])
                let equal = ElementOrder.equal(args, witnessAt: 2)
                for expected in args[1].array {
                    guard let item = try next(), try equal(item, expected) else { return .bool(false) }
                }
                return .bool(try next() == nil)
            },
            Builtin(on: type, "func count(where predicate: (Element) throws -> Bool) rethrows -> Int") { args, _ in
                let next = step(args[0])
                var count = 0
                while let item = try next() {
                    if try call(args[1], item).bool { count += 1 }
                }
                return .int(count)
            },
            Builtin(on: type, "func min(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> Element?") { args, _ in
                let next = step(args[0])
                guard var result = try next() else { return .none }
                while let item = try next() {
                    if try call(args[1], item, result).bool { result = item }
                }
                return .optional(result)
            },
            Builtin(on: type, "func max(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows -> Element?") { args, _ in
                let next = step(args[0])
                guard var result = try next() else { return .none }
                while let item = try next() {
                    if try call(args[1], result, item).bool { result = item }
                }
                return .optional(result)
            },
            Builtin(on: type, "func prefix(while predicate: (Element) throws -> Bool) rethrows -> [Element]") { args, _ in
                let next = step(args[0])
                var result: [Value] = []
                while let item = try next(), try call(args[1], item).bool { result.append(item) }
                return .array(result)
            },
        ]
    }
}
