import SwiftSyntax
import CellValues

/// `xs.lazy` and what a lazy collection has through its indices: `first`, `last`, `count`, `isEmpty`,
/// a subscript by its base's index, `prefix(k)` and `dropFirst(k)` (`LazySequences` runs them
/// as Swift's code does).
/// A collection member not modelled over lazy adaptors (`prefix(3)`, `last`, `reversed()`)
/// is refused rather than run on the elements listed ahead, which would call the closures
/// in another order.
extension Checker {
    /// `s.lazy`: a `LazySequence<S>` over the value, for the bases `LazySequences` models.
    /// `lazy` of a lazy adaptor is its `elements` when they are lazy (the adaptor itself, or a
    /// `LazySequence`'s lazy base), else `elements.lazy`, as LazySequenceProtocol's two `lazy` say.
    func lazyView(_ receiver: Compiled, at node: some SyntaxProtocol) throws -> Compiled {
        guard LazySequences.canBeBase(receiver.type) else { throw notSupported(.lazySequence, node) }
        let eval = receiver.eval
        if case .sequence(.lazy, let bases) = receiver.type, let base = bases.first, LazySequences.isLazy(base) {
            return Compiled(base) { try eval($0).array[0] }
        }
        if LazySequences.isLazy(receiver.type) { return receiver }
        return Compiled(.sequence(.lazy, [receiver.type])) { .tuple([try eval($0)]) }
    }

    /// `first`, `last`, `count` and `isEmpty` of a lazy collection, walking its indices; nil for any
    /// other member or receiver. Throws for a collection member that is not modelled.
    func lazyCollectionProperty(_ receiver: Compiled, _ name: String, at node: some SyntaxProtocol) throws -> Compiled? {
        guard LazySequences.isLazy(receiver.type) else { return nil }
        guard let collection = LazySequences.collection(of: receiver.type),
              let element = receiver.type.sequenceElement,
              name != "last" || collection.indexBefore != nil else {
            try refuseUnmodelledLazyMember(receiver.type, name, at: node)
            return nil
        }
        let eval = receiver.eval, (line, column) = location(node)
        func trapping(_ body: @escaping (Value) throws -> Value) -> Eval {
            { frame in
                do { return try body(try eval(frame)) }
                catch let trap as Trap { throw CellError(line: line, column: column, kind: trap.kind) }
            }
        }
        switch name {
        case "first": return Compiled(.optional(element), trapping { .optional(try collection.first($0)) })
        case "count": return Compiled(.int, trapping { .int(try collection.count($0)) })
        case "isEmpty": return Compiled(.bool, trapping { .bool(try collection.isEmpty($0)) })
        case "last" where collection.indexBefore != nil:
            return Compiled(.optional(element), trapping { .optional(try collection.last($0)) })
        default:
            try refuseUnmodelledLazyMember(receiver.type, name, at: node)
            return nil
        }
    }

    /// `prefix(k)` and `dropFirst(k)` of a lazy map or filter of an array, a slice or a range:
    /// Collection's, through the adaptor's `index(_:offsetBy:limitedBy:)` (a filter tests as it
    /// goes) and its bounds subscript, the same adaptor over the base's slice. Nil otherwise.
    func lazyCollectionSlice(_ receiver: Compiled, _ name: String, _ arguments: [CallArgument],
                             at node: some SyntaxProtocol) throws -> Compiled? {
        guard name == "prefix" && arguments.count == 1 || name == "dropFirst" && arguments.count <= 1,
              arguments.first?.label == nil, LazySequences.isLazy(receiver.type),
              let collection = LazySequences.collection(of: receiver.type), collection.slice != nil,
              let result = LazySequences.subSequenceType(of: receiver.type) else { return nil }
        let k = try arguments.first.map { try expression($0.expression, as: .int, context: .argument).eval }
        let eval = receiver.eval, (line, column) = location(node), dropping = name == "dropFirst"
        return Compiled(result) { frame in
            let value = try eval(frame), count = try k?(frame).int ?? 1
            do {
                return try (dropping ? collection.dropFirst(value, count) : collection.prefix(value, count)) ?? .void
            } catch let trap as Trap {
                throw CellError(line: line, column: column, kind: trap.kind)
            }
        }
    }

    /// Members of a lazy adaptor that Swift has but cells do not model yet: the collection's
    /// own index-walking algorithms, and the lazy `flatMap` and `joined()` (a `FlattenSequence`;
    /// `joined(separator:)` is a String, made by stepping through).
    func refuseUnmodelledLazyMember(_ type: CellType, _ name: String, arguments: [CallArgument] = [],
                                    at node: some SyntaxProtocol) throws {
        guard LazySequences.isLazy(type), arguments.first?.label != "while" else { return }
        let lazyOnly: Set<String> = arguments.isEmpty ? ["flatMap", "joined"] : ["flatMap"]
        let collectionOnly: Set<String> = [
            "prefix", "suffix", "dropFirst", "dropLast", "last", "firstIndex", "lastIndex", "indices", "startIndex",
            "endIndex", "index", "formIndex", "distance", "reversed", "split", "randomElement", "popFirst", "removeFirst",
        ]
        if lazyOnly.contains(name) || LazySequences.isCollection(type) && collectionOnly.contains(name) {
            throw notSupported(.lazyCollectionMember(name: name), node)
        }
    }

    /// `lazyCollection[i]` with the base's index (an `Int` of an array or a range): the
    /// adaptor's subscript, which maps (a map) or reads the base (a filter: no test).
    func lazySubscript(_ type: CellType, _ argument: ExprSyntax, at call: SubscriptCallExprSyntax) throws -> SubscriptAccess {
        guard let collection = LazySequences.collection(of: type), let element = type.sequenceElement else {
            throw error(.noSubscript(type: type), at: call.calledExpression)
        }
        guard let index = LazySequences.writtenIndex(of: type) else { throw notSupported(.lazyCollectionMember(name: "subscript"), call) }
        // `vowels[1]` of a lazy filter of a string: no subscript takes an Int (swiftc's words).
        guard let key = try? expression(argument, as: index, context: .argument) else {
            throw error(.noMatchingOverload(kind: .subscript, name: ""), at: call.leftSquare)
        }
        let (line, column) = location(call)
        return SubscriptAccess(type: element, get: { value, keys in
            do { return try collection.element(value, keys[0]) }
            catch let trap as Trap { throw CellError(line: line, column: column, kind: trap.kind) }
        }, set: nil, indices: [key.eval])
    }
}
