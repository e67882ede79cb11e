import CellValues

/// `Dictionary` as cells see it: a table in insertion order (so a notebook prints the same
/// bytes on every run). Its elements are `(key: Key, value: Value)` tuples, so `map`,
/// `sorted(by:)`, `contains(where:)`, `reduce` and the rest come from `Sequence`.
extension SurfaceCollections {
    static func mutateTable(_ args: inout [Value], _ body: (inout OrderedTable) throws -> Value) rethrows -> Value {
        guard case .dictionary(var table) = args[0] else { return .void }
        args[0] = .void
        defer { args[0] = .dictionary(table) }
        return try body(&table)
    }

    /// A key as Swift's trap message writes it (`"\(key)"`).
    private static func keyDescription(_ key: Value) -> String {
        switch key {
        case .int(let v): String(v)
        case .double(let v): String(v)
        case .bool(let v): String(v)
        case .string, .character, .substring: key.string
        default: "…"
        }
    }

    /// Adds `pairs` (`.tuple([key, value])`) to `table`; `combine` settles a key seen twice.
    private static func insert(_ pairs: [Value], into table: inout OrderedTable,
                               combine: ((Value, Value) throws -> Value)?) throws {
        for pair in pairs {
            let parts = pair.array
            if let old = table.lookup(parts[0]) {
                guard let combine else { throw Trap(.duplicateKey(key: keyDescription(parts[0]))) }
                table.set(parts[0], try combine(old, parts[1]))
            } else {
                table.set(parts[0], parts[1])
            }
        }
    }

    static let dictionaries: [Builtin] = [
        Builtin(static: "Dictionary", "init()") { _, _ in .dictionary(OrderedTable()) },
        Builtin(static: "Dictionary", "init(uniqueKeysWithValues keysAndValues: some Sequence<(Key, Value)>)") { args, _ in
            var table = OrderedTable()
            try insert(args[0].array, into: &table, combine: nil)
            return .dictionary(table)
        },
        Builtin(static: "Dictionary", "init(_ keysAndValues: some Sequence<(Key, Value)>, uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows") { args, _ in
            var table = OrderedTable()
            let combine = args[1]
            try insert(args[0].array, into: &table) { try call(combine, $0, $1) }
            return .dictionary(table)
        },
        // `Dictionary(grouping: words, by: { $0.count })`: `[Int: [String]]`, groups in first-seen order.
        Builtin(static: "Dictionary", "init<T>(grouping values: some Sequence<T>, by keyForValue: (T) throws -> Key) rethrows where Value == [T]") { args, _ in
            var keys: [Value] = []
            var groups: [HashKey: [Value]] = [:]
            for value in args[0].array {
                let key = try call(args[1], value)
                if groups[HashKey(key)] == nil { keys.append(key) }
                groups[HashKey(key), default: []].append(value)
            }
            var table = OrderedTable()
            for key in keys { table.set(key, .array(groups[HashKey(key)] ?? [])) }
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
                return .optional(old)
            }
        },
        Builtin(on: "Dictionary", "func updateValue(_ value: Value, forKey key: Key) -> Value?", mutating: true) { args, _ in
            let value = args[1], key = args[2]
            return mutateTable(&args) { table in
                let old = table.lookup(key)
                table.set(key, value)
                return .optional(old)
            }
        },
        Builtin(on: "Dictionary", "func merge(_ other: some Sequence<(Key, Value)>, uniquingKeysWith combine: (Value, Value) throws -> Value) rethrows", mutating: true) { args, _ in
            let pairs = args[1].array, combine = args[2]
            return try mutateTable(&args) { table in
                try insert(pairs, into: &table) { try call(combine, $0, $1) }
                return .void
            }
        },
        // Dictionary's own `filter` keeps a Dictionary (`Sequence.filter` gives an array of pairs).
        Builtin(on: "Dictionary", "func filter(_ isIncluded: ((key: Key, value: Value)) throws -> Bool) rethrows -> [Key: Value]") { args, _ in
            var table = OrderedTable()
            let source = args[0].table
            for (key, value) in zip(source.keys, source.values) where try call(args[1], .tuple([key, value])).bool {
                table.set(key, value)
            }
            return .dictionary(table)
        },
        Builtin(on: "Dictionary", "func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> [Key: T]") { args, _ in
            var table = args[0].table
            table.values = try table.values.map { try call(args[1], $0) }
            return .dictionary(table)
        },
    ]
}
