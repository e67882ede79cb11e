import SwiftSyntax
import CellValues

extension Checker {
    /// `for pattern in sequence where condition { … }` over any sequence: ranges, arrays,
    /// slices, strides, sets, dictionaries, strings, `zip`, `enumerated()`, …; `for case
    /// pattern in …` runs the body for the elements that match.
    func forStatement(_ loop: ForStmtSyntax, label: String?) throws -> Exec {
        if loop.tryKeyword != nil || loop.awaitKeyword != nil { throw notSupported(.forTryAwait, loop) }
        let sequence = try expression(loop.sequence)
        if let user = userSequence(sequence.type) {
            return try forStatement(loop, label: label, sequence: sequence, element: user.element, source: .iterator(user.makeNext))
        }
        if let element = archetypeElement(sequence.type) {
            // `for x in s` with `s: S` and `S: Sequence`: typed with `S.Element` (never run).
            return try forStatement(loop, label: label, sequence: sequence, element: element, source: .elements { _ in [] })
        }
        if case .range(let index, closed: false) = sequence.type, case .archetype = index {
            // `for i in c.indices` of a `C: Collection` in its generic body: typed with `C.Index` (never run).
            return try forStatement(loop, label: label, sequence: sequence, element: index, source: .elements { _ in [] })
        }
        guard let element = sequence.type.sequenceElement else {
            throw error(.forInRequiresSequence(type: sequence.type), at: loop.sequence)
        }
        let endless = sequence.type == .partialRangeFrom(.int)
        guard let elements = Sequences.elements(of: sequence.type) ?? (endless ? { _ in [] } : nil) else {
            throw notSupported(.zippedEndlessSequences, loop.sequence)
        }
        let source: ForInSource
        switch sequence.type {
        case .range(let bound, let closed) where bound.integerType.map({ $0.max > Int128(Int.max) }) ?? false:
            source = .wideIntegerRange(closed: closed)
        case .range(_, let closed): source = .intRange(closed: closed)
        case .string: source = .string
        case .dictionary: source = .dictionary
        case .set: source = .set
        case _ where endless: source = .endless
        default: source = .elements(elements)
        }
        return try forStatement(loop, label: label, sequence: sequence, element: element, source: source)
    }

    /// The loop over `sequence`, whose elements come from `source`.
    private func forStatement(_ loop: ForStmtSyntax, label: String?, sequence: Compiled, element: CellType,
                              source: ForInSource) throws -> Exec {
        let (line, column) = location(loop)
        // A closure in the body captures this iteration's variables: each iteration
        // then gets a frame of its own (as each Swift iteration has fresh bindings).
        let outer = scope.function
        let capturing = loop.body.tokens(viewMode: .sourceAccurate).contains { $0.tokenKind == .leftBrace && $0.parent?.is(ClosureExprSyntax.self) == true }
            || loop.body.statements.contains { $0.item.is(FunctionDeclSyntax.self) }
        let iteration = capturing ? FunctionScope(parent: outer, returnType: outer.returnType, kind: outer.kind) : nil
        iteration?.inferredReturn = outer.inferredReturn
        iteration?.effects = outer.effects
        defer {
            if let iteration { outer.returnType = iteration.returnType; outer.inferredReturn = iteration.inferredReturn }
        }
        return try withBreakTarget(label: label, isLoop: true) { id in
            try withScope(function: iteration) {
                let bind: (Frame, Value) -> Void
                var match: Matcher?
                if loop.caseKeyword != nil {
                    var coverage = Coverage()
                    match = try patternMatcher(loop.pattern, element, binding: false, &coverage)
                    bind = { _, _ in }
                } else {
                    bind = try bindPattern(loop.pattern, type: element, mutable: false)
                }
                let filter = try loop.whereClause.map { try booleanCondition($0.condition) }
                let body = try block(Array(loop.body.statements))
                var setIndex: IndexBinding?
                if case .intRange = source { setIndex = indexBinding(loop.pattern, otherwise: bind) }
                return lowering.forIn(ForInLoop(id: id, line: line, column: column, sequence: sequence.eval, source: source,
                                                iteration: iteration, bind: bind, match: match, filter: filter, body: body,
                                                setIndex: setIndex))
            }
        }
    }

    /// How a `for i in range` loop sets `i` (already declared by `bindPattern`): unboxed
    /// for a name, nothing for `_`, `bind` for any other pattern.
    private func indexBinding(_ pattern: PatternSyntax, otherwise bind: @escaping (Frame, Value) -> Void) -> IndexBinding {
        if pattern.is(WildcardPatternSyntax.self) { return .ignored }
        let named = pattern.as(ValueBindingPatternSyntax.self)?.pattern ?? pattern
        guard let name = named.as(IdentifierPatternSyntax.self)?.identifier.text,
              case .variable(let variable) = scope.names[name], variable.type == .int else {
            return .set { frame, i in bind(frame, .int(i)) }
        }
        return .set(lowering.setInt(access(variable)))
    }

    /// Declares the names of a pattern (`x`, `_`, `(i, (a, b))`) and returns how to fill them.
    func bindPattern(_ pattern: PatternSyntax, type: CellType, mutable: Bool) throws -> (Frame, Value) -> Void {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            let variable = try declare(identifier.identifier.text, type: type, mutable: mutable, at: identifier)
            return lowering.bind(access(variable))
        }
        if pattern.is(WildcardPatternSyntax.self) { return { _, _ in } }
        if let binding = pattern.as(ValueBindingPatternSyntax.self) {
            return try bindPattern(binding.pattern, type: type,
                                   mutable: binding.bindingSpecifier.tokenKind == .keyword(.var))
        }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            guard case .tuple(let elements) = type, elements.count == tuple.elements.count else {
                if type == .error {
                    for element in tuple.elements { _ = try bindPattern(element.pattern, type: .error, mutable: mutable) }
                    return { _, _ in }
                }
                throw error(.tuplePatternMismatch(type: type, expectedCount: tuple.elements.count), at: tuple)
            }
            let parts = try zip(tuple.elements, elements).map { try bindPattern($0.pattern, type: $1.type, mutable: mutable) }
            return { frame, value in
                let items = value.array
                for (index, part) in parts.enumerated() { part(frame, items[index]) }
            }
        }
        throw notSupported(.pattern, pattern)
    }
}
