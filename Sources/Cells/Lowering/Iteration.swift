import CellValues

/// What a `for … in` loop runs over, as the checker found it from the sequence's type.
enum ForInSource {
    /// A range of Ints (`0..<n`, `1...n`).
    case intRange(closed: Bool)
    /// A range of `UInt`/`UInt64`, whose bounds may lie above Int.max: counted in Int128.
    case wideIntegerRange(closed: Bool)
    /// A String's Characters.
    case string
    /// A dictionary's `(key, value)` pairs, in insertion order.
    case dictionary
    /// A set's elements.
    case set
    /// `1...`: counts until the body leaves (or Int overflows, as in Swift).
    case endless
    /// Any other sequence, materialized: its elements.
    case elements((Value) -> [Value])
    /// A cell's own sequence: a function yielding the next element, made per loop (`UserSequences.swift`).
    case iterator((Frame, Value) throws -> () throws -> Value?)
}

/// A checked `for pattern in sequence where filter { body }`: the pieces the lowering runs.
struct ForInLoop {
    /// The loop's break target (`break`/`continue` with this id leave or continue it).
    var id: Int
    /// Where a time-limit error (checked once per iteration) is reported.
    var line: Int
    var column: Int
    var sequence: Eval
    var source: ForInSource
    /// When a closure in the body captures the iteration's variables: each iteration gets a
    /// frame of this function's size (its slot count is final only once everything is compiled).
    var iteration: FunctionScope?
    /// Fills the pattern's variables from an element.
    var bind: (Frame, Value) -> Void
    /// `for case pattern in`: whether an element matches (and fills the pattern).
    var match: Matcher?
    var filter: ((Frame) throws -> Bool)?
    var body: Exec
    /// For a plain `for i in range`: how the Int loop variable is set unboxed.
    var setIndex: IndexBinding?
}

/// How a `for … in range` loop gives its pattern each Int: not at all (`for _ in`), or by a
/// closure (unboxed into an Int variable's slot).
enum IndexBinding {
    case ignored
    case set((Frame, Int) -> Void)
}

extension Lowering {
    func forIn(_ loop: ForInLoop) -> Exec {
        let runtime = self.runtime
        let (line, column, id) = (loop.line, loop.column, loop.id)
        let source = loop.sequence, iteration = loop.iteration, bind = loop.bind
        let match = loop.match, filter = loop.filter, body = loop.body
        /// Runs the body once; nil means go on, a flow means leave the loop with it.
        let step: (Frame, Value) throws -> Flow? = { outerFrame, value in
            try runtime.tick(line: line, column: column)
            let frame = iteration.map { Frame.make(size: $0.slotCount, parent: outerFrame) } ?? outerFrame
            bind(frame, value)
            if let match, try !match(frame, value) { return nil }
            if let filter, try !filter(frame) { return nil }
            let flow = try body(frame)
            if flow == .returned, frame !== outerFrame { outerFrame.returnValue = frame.returnValue }
            return Lowering.leaving(flow, loop: id)
        }
        switch loop.source {
        case .wideIntegerRange(let closed):
            return { frame in
                try IntegerSequences.iterate(try source(frame), closed: closed) { try step(frame, $0) }
            }
        case .intRange(let closed):
            guard iteration == nil, filter == nil, match == nil, let setIndex = loop.setIndex else {
                return { frame in
                    try Lowering.iterate(try source(frame), closed: closed) { try step(frame, .int($0)) }
                }
            }
            // The hot path: `for i in 0..<n { … }` with the step inlined (and for `_`, no
            // closure call to set nothing).
            guard case .set(let set) = setIndex else {
                return { frame in
                    try Lowering.iterate(try source(frame), closed: closed) { _ in
                        try runtime.tick(line: line, column: column)
                        return Lowering.leaving(try body(frame), loop: id)
                    }
                }
            }
            return { frame in
                try Lowering.iterate(try source(frame), closed: closed) { i in
                    try runtime.tick(line: line, column: column)
                    set(frame, i)
                    return Lowering.leaving(try body(frame), loop: id)
                }
            }
        case .string:
            return { frame in
                for character in try source(frame).string {
                    if let flow = try step(frame, .character(character)) { return flow }
                }
                return .next
            }
        case .dictionary:
            return { frame in
                let table = try source(frame).table
                for (key, value) in zip(table.keys, table.values) {
                    if let flow = try step(frame, .tuple([key, value])) { return flow }
                }
                return .next
            }
        case .set:
            return { frame in
                for key in try source(frame).table.keys {
                    if let flow = try step(frame, key) { return flow }
                }
                return .next
            }
        case .endless:
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
        case .elements(let elements):
            return { frame in
                for item in elements(try source(frame)) {
                    if let flow = try step(frame, item) { return flow }
                }
                return .next
            }
        case .iterator(let makeNext):
            return { frame in
                let next = try makeNext(frame, try source(frame))
                while let item = try next() {
                    if let flow = try step(frame, item) { return flow }
                }
                return .next
            }
        }
    }

    /// What a loop body's `flow` means for the loop `id`: nil goes on with the next
    /// iteration, anything else leaves the loop with that flow.
    @inline(__always)
    static func leaving(_ flow: Flow, loop id: Int) -> Flow? {
        switch flow {
        case .next: return nil
        case .breakLoop(let target) where target == id: return .next
        case .continueLoop(let target) where target == id: return nil
        case let other: return other
        }
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
}
