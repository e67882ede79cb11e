import SwiftSyntax
import CellValues

extension Compiler {
    /// `for pattern in sequence where condition { … }` over any sequence: ranges, arrays,
    /// slices, strides, sets, dictionaries, strings, `zip`, `enumerated()`, …; `for case
    /// pattern in …` runs the body for the elements that match.
    func forStatement(_ loop: ForStmtSyntax, label: String?) throws -> Exec {
        if loop.tryKeyword != nil || loop.awaitKeyword != nil { throw notSupported(.forTryAwait, loop) }
        let sequence = try expression(loop.sequence)
        guard let element = sequence.type.sequenceElement else {
            throw error(.forInRequiresSequence(type: sequence.type), at: loop.sequence)
        }
        let endless = sequence.type == .partialRangeFrom(.int)
        guard let elements = Sequences.elements(of: sequence.type) ?? (endless ? { _ in [] } : nil) else {
            throw notSupported(.zippedEndlessSequences, loop.sequence)
        }
        let runtime = self.runtime
        let (line, column) = location(loop)
        let source = sequence.eval
        let sequenceType = sequence.type
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
                /// Runs the body once; nil means go on, a flow means leave the loop with it.
                let step: (Frame, Value) throws -> Flow? = { outerFrame, value in
                    try runtime.tick(line: line, column: column)
                    let frame = iteration.map { Frame.make(size: $0.slotCount, parent: outerFrame) } ?? outerFrame
                    bind(frame, value)
                    if let match, try !match(frame, value) { return nil }
                    if let filter, try !filter(frame) { return nil }
                    let flow = try body(frame)
                    if flow == .returned, frame !== outerFrame { outerFrame.returnValue = frame.returnValue }
                    switch flow {
                    case .next: return nil
                    case .breakLoop(let target) where target == id: return .next
                    case .continueLoop(let target) where target == id: return nil
                    case let other: return other
                    }
                }
                if case .range(let bound, let closed) = sequenceType, let integer = bound.integerType, integer.max > Int128(Int.max) {
                    // `UInt`/`UInt64` bounds may lie above Int.max: counted in Int128.
                    return { frame in
                        try IntegerSequences.iterate(try source(frame), closed: closed) { try step(frame, $0) }
                    }
                }
                if case .range(_, let closed) = sequenceType, iteration == nil, filter == nil, match == nil {
                    // The hot path: `for i in 0..<n { … }` with the step inlined.
                    let setIndex = indexBinding(loop.pattern, otherwise: bind)
                    return { frame in
                        try Compiler.iterate(try source(frame), closed: closed) { i in
                            try runtime.tick(line: line, column: column)
                            setIndex(frame, i)
                            switch try body(frame) {
                            case .next: return nil
                            case .breakLoop(let target) where target == id: return .next
                            case .continueLoop(let target) where target == id: return nil
                            case let other: return other
                            }
                        }
                    }
                }
                if case .range(_, let closed) = sequenceType {
                    return { frame in
                        try Compiler.iterate(try source(frame), closed: closed) { try step(frame, .int($0)) }
                    }
                }
                if case .string = sequenceType {
                    return { frame in
                        for character in try source(frame).string {
                            if let flow = try step(frame, .character(character)) { return flow }
                        }
                        return .next
                    }
                }
                if case .dictionary = sequenceType {
                    return { frame in
                        let table = try source(frame).table
                        for (key, value) in zip(table.keys, table.values) {
                            if let flow = try step(frame, .tuple([key, value])) { return flow }
                        }
                        return .next
                    }
                }
                if case .set = sequenceType {
                    return { frame in
                        for key in try source(frame).table.keys {
                            if let flow = try step(frame, key) { return flow }
                        }
                        return .next
                    }
                }
                if endless {
                    // `for i in 1... { … break }`: counts until the body leaves (or Int overflows, as in Swift).
                    return { frame in
                        var i = try source(frame).array[0].int
                        while true {
                            if let flow = try step(frame, .int(i)) { return flow }
                            guard i < Int.max else {
                                throw CellError(line: line, column: column, kind: .integerOverflow(operator: "+"))
                            }
                            i += 1
                        }
                    }
                }
                return { frame in
                    for item in elements(try source(frame)) {
                        if let flow = try step(frame, item) { return flow }
                    }
                    return .next
                }
            }
        }
    }

    /// How a `for i in range` loop sets `i` (already declared by `bindPattern`): unboxed
    /// for a name, nothing for `_`, `bind` for any other pattern.
    private func indexBinding(_ pattern: PatternSyntax, otherwise bind: @escaping (Frame, Value) -> Void) -> (Frame, Int) -> Void {
        if pattern.is(WildcardPatternSyntax.self) { return { _, _ in } }
        let named = pattern.as(ValueBindingPatternSyntax.self)?.pattern ?? pattern
        guard let name = named.as(IdentifierPatternSyntax.self)?.identifier.text,
              case .variable(let variable) = scope.names[name], variable.type == .int else {
            return { frame, i in bind(frame, .int(i)) }
        }
        let slot = variable.slot
        if variable.owner.isGlobal {
            let globals = runtime.globals
            return { _, i in globals.setInt(i, at: slot) }
        }
        return { frame, i in frame.setInt(i, at: slot) }
    }

    /// Runs `body` for each Int of a range value until it returns a flow to leave with.
    @inline(__always)
    static func iterate(_ range: Value, closed: Bool, _ body: (Int) throws -> Flow?) rethrows -> Flow {
        let bounds = range.array
        let lower = bounds[0].int, upper = bounds[1].int
        if lower > upper || (!closed && lower == upper) { return .next }
        var i = lower
        while true {
            if let flow = try body(i) { return flow }
            if closed ? i == upper : i + 1 == upper { return .next }
            i += 1
        }
    }

    /// Declares the names of a pattern (`x`, `_`, `(i, (a, b))`) and returns how to fill them.
    func bindPattern(_ pattern: PatternSyntax, type: CellType, mutable: Bool) throws -> (Frame, Value) -> Void {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            let variable = try declare(identifier.identifier.text, type: type, mutable: mutable, at: identifier)
            let slot = variable.slot
            if variable.owner.isGlobal {
                let globals = runtime.globals
                return { _, value in globals.slots[slot] = value }
            }
            return { frame, value in frame.slots[slot] = value }
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
