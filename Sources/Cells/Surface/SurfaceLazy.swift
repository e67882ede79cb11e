import CellValues

/// The lazy adaptors' members (`LazySequences` runs them): `map`, `filter`, `compactMap`,
/// `prefix(while:)`, `drop(while:)` and `elements` return lazy sequences, with the types Swift
/// gives them. Each kind is declared under its sequence name and, for the values whose base
/// is a collection, under its collection name (`LazyMapCollection`, Swift's alias), which has
/// no `PrefixSequence`-making `prefix(_:)` (`Surface.receiver`). A lazy collection's `first`,
/// `count`, `isEmpty` and subscript walk its indices (`Checker/LazySequenceMembers.swift`);
/// the other algorithms (`reduce`, `contains`, `first(where:)`, …) pull one element at a time
/// (`SurfaceIterators.swift`).
extension SurfaceCollections {
    static let lazySequences: [Builtin] = LazySequences.kinds.sorted { $0.rawValue < $1.rawValue }.flatMap { kind in
        let sequenceName = kind.rawValue, collectionName = collectionName(of: kind)
        return adaptors(kind, sequenceName) + iteratorWrappers(sequenceName)
            + adaptors(kind, collectionName) + [
                Builtin(on: collectionName, "func enumerated() -> EnumeratedSequence<Self>") { args, _ in .tuple([args[0]]) },
            ]
    }

    /// `LazyMapCollection` for `LazyMapSequence`: the name Swift gives the kind over a collection.
    static func collectionName(of kind: StandardSequence) -> String {
        kind == .lazy ? "LazyCollection" : kind.rawValue.replacingOccurrences(of: "Sequence", with: "Collection")
    }

    /// A `LazySequence`'s adaptors wrap its base (`xs.lazy.map(f)` is a `LazyMapSequence<[Int], Int>`);
    /// a map of a map and a filter of a filter fuse their closures, as Swift's own overloads do;
    /// every other adaptor wraps the value it is called on.
    private static func adaptors(_ kind: StandardSequence, _ type: String) -> [Builtin] {
        let onBase = kind == .lazy
        let wrapped = onBase ? "Base" : "Self"
        @Sendable func base(_ value: Value) -> Value { onBase ? value.array[0] : value }
        return [
            Builtin(on: type, "func map<T>(_ transform: @escaping (Element) -> T) -> LazyMapSequence<\(kind == .lazyMap ? "Base" : wrapped), T>") { args, _ in
                guard kind == .lazyMap else { return .tuple([base(args[0]), args[1]]) }
                let parts = args[0].array, first = parts[1], then = args[1]
                return .tuple([parts[0], .function(FunctionValue { arguments in try call(then, try first.function.call(&arguments)) })])
            },
            Builtin(on: type, "func filter(_ isIncluded: @escaping (Element) -> Bool) -> LazyFilterSequence<\(kind == .lazyFilter ? "Base" : wrapped)>") { args, _ in
                guard kind == .lazyFilter else { return .tuple([base(args[0]), args[1]]) }
                let parts = args[0].array, first = parts[1], then = args[1]
                return .tuple([parts[0], .function(FunctionValue { arguments in
                    .bool(try first.function.call(&arguments).bool && call(then, arguments[0]).bool)
                })])
            },
            Builtin(on: type, "func compactMap<T>(_ transform: @escaping (Element) -> T?) -> LazyMapSequence<LazyFilterSequence<LazyMapSequence<\(wrapped), T?>>, T>") { args, _ in
                // `self.map(transform).filter { $0 != nil }.map { $0! }`, as Swift writes it.
                let isSome = FunctionValue { .bool(!$0[0].isNone) }
                let unwrap = FunctionValue { $0[0].unwrappedOptional }
                return .tuple([.tuple([.tuple([base(args[0]), args[1]]), .function(isSome)]), .function(unwrap)])
            },
            Builtin(on: type, "func prefix(while predicate: @escaping (Element) -> Bool) -> LazyPrefixWhileSequence<\(wrapped)>") { args, _ in
                .tuple([base(args[0]), args[1]])
            },
            Builtin(on: type, "func drop(while predicate: @escaping (Element) -> Bool) -> LazyDropWhileSequence<\(wrapped)>") { args, _ in
                .tuple([base(args[0]), args[1]])
            },
            Builtin(on: type, "var elements: \(wrapped)") { args, _ in base(args[0]) },
        ]
    }
}
