import CellValues

/// `Set` as cells see it: a table with `.void` values, in insertion order (so a notebook
/// prints the same bytes on every run). The set algebra takes any sequence of elements,
/// as Swift's does (`primes.isSubset(of: [1, 2, 3, 5, 7])`).
extension SurfaceCollections {
    /// A set of `elements`, the first occurrence of each kept.
    static func setTable(_ elements: [Value]) -> OrderedTable {
        var table = OrderedTable()
        for item in elements { table.set(item, .void) }
        return table
    }

    static let sets: [Builtin] = [
        Builtin(static: "Set", "init()") { _, _ in .dictionary(OrderedTable()) },
        // `Set(words)`, `Set("hello")`, `Set(1...5)`: any sequence's elements.
        Builtin(static: "Set", "init(_ s: some Sequence<Element>)") { args, _ in .dictionary(setTable(args[0].array)) },
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
        Builtin(on: "Set", "func removeAll()", mutating: true) { args, _ in
            mutateTable(&args) { table in
                table = OrderedTable()
                return .void
            }
        },
        Builtin(on: "Set", "func formUnion(_ other: some Sequence<Element>)", mutating: true) { args, _ in
            let other = args[1].array
            return mutateTable(&args) { table in
                for key in other { table.set(key, .void) }
                return .void
            }
        },
        Builtin(on: "Set", "func subtract(_ other: some Sequence<Element>)", mutating: true) { args, _ in
            let other = args[1].array
            return mutateTable(&args) { table in
                for key in other { table.set(key, nil) }
                return .void
            }
        },
        Builtin(on: "Set", "func union(_ other: some Sequence<Element>) -> Set<Element>") { args, _ in
            var table = args[0].table
            for key in args[1].array { table.set(key, .void) }
            return .dictionary(table)
        },
        Builtin(on: "Set", "func intersection(_ other: some Sequence<Element>) -> Set<Element>") { args, _ in
            let other = setTable(args[1].array)
            return .dictionary(setTable(args[0].table.keys.filter { other.lookup($0) != nil }))
        },
        Builtin(on: "Set", "func symmetricDifference(_ other: some Sequence<Element>) -> Set<Element>") { args, _ in
            let mine = args[0].table, other = setTable(args[1].array)
            return .dictionary(setTable(mine.keys.filter { other.lookup($0) == nil } + other.keys.filter { mine.lookup($0) == nil }))
        },
        Builtin(on: "Set", "func subtracting(_ other: some Sequence<Element>) -> Set<Element>") { args, _ in
            let other = setTable(args[1].array)
            return .dictionary(setTable(args[0].table.keys.filter { other.lookup($0) == nil }))
        },
        Builtin(on: "Set", "func isDisjoint(with other: some Sequence<Element>) -> Bool") { args, _ in
            let mine = args[0].table
            return .bool(!args[1].array.contains { mine.lookup($0) != nil })
        },
        Builtin(on: "Set", "func isSuperset(of possibleSubset: some Sequence<Element>) -> Bool") { args, _ in
            let mine = args[0].table
            return .bool(args[1].array.allSatisfy { mine.lookup($0) != nil })
        },
        Builtin(on: "Set", "func isSubset(of possibleSuperset: some Sequence<Element>) -> Bool") { args, _ in
            let other = setTable(args[1].array)
            return .bool(args[0].table.keys.allSatisfy { other.lookup($0) != nil })
        },
        // Set's own `filter` keeps a Set (`Sequence.filter`, an array, is chosen where one is expected).
        Builtin(on: "Set", "func filter(_ isIncluded: (Element) throws -> Bool) rethrows -> Set<Element>") { args, _ in
            .dictionary(setTable(try args[0].table.keys.filter { try call(args[1], $0).bool }))
        },
    ]
}
