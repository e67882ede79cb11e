import CellValues

/// Blocks and the statements that steer them: sequencing, `if`/`guard`, `while`/`repeat`,
/// `return`/`break`/`continue`, `defer`. Each takes closures the checker has already made
/// for its parts.
extension Lowering {
    /// Statements run in order until one leaves. Built from closures that call
    /// up to five captured closures each (a tree for longer blocks): calling a
    /// captured closure needs no retain or reabstraction thunk, unlike closures
    /// taken out of an `[Exec]` (it matters in loop bodies).
    static func sequence(_ statements: [Statement]) -> Exec {
        switch statements.count {
        case 0: return { _ in .next }
        case 1: return statements[0].run
        case 2: return pair(statements[0].run, statements[1].run)
        case 3:
            let first = statements[0].run, second = statements[1].run, third = statements[2].run
            return { frame in
                let flow = try first(frame)
                if case .next = flow {} else { return flow }
                let flow2 = try second(frame)
                if case .next = flow2 {} else { return flow2 }
                return try third(frame)
            }
        case 4:
            let first = statements[0].run, second = statements[1].run, third = statements[2].run
            let fourth = statements[3].run
            return { frame in
                let flow = try first(frame)
                if case .next = flow {} else { return flow }
                let flow2 = try second(frame)
                if case .next = flow2 {} else { return flow2 }
                let flow3 = try third(frame)
                if case .next = flow3 {} else { return flow3 }
                return try fourth(frame)
            }
        case 5:
            // A loop body of five statements (the scalar loop's) in one closure.
            let first = statements[0].run, second = statements[1].run, third = statements[2].run
            let fourth = statements[3].run, fifth = statements[4].run
            return { frame in
                let flow = try first(frame)
                if case .next = flow {} else { return flow }
                let flow2 = try second(frame)
                if case .next = flow2 {} else { return flow2 }
                let flow3 = try third(frame)
                if case .next = flow3 {} else { return flow3 }
                let flow4 = try fourth(frame)
                if case .next = flow4 {} else { return flow4 }
                return try fifth(frame)
            }
        default:
            // Longer blocks: a tree whose leaves run three statements each. (A loop over an
            // array of statements retains and releases on every step: three times slower.)
            let leaves = (statements.count + 2) / 3
            let split = (leaves + 1) / 2 * 3
            return pair(sequence(Array(statements[..<split])), sequence(Array(statements[split...])))
        }
    }

    private static func pair(_ first: @escaping Exec, _ second: @escaping Exec) -> Exec {
        { frame in
            let flow = try first(frame)
            if case .next = flow {} else { return flow }
            return try second(frame)
        }
    }

    /// An expression evaluated for its effect.
    static func discarding(_ eval: @escaping Eval) -> Exec {
        { frame in _ = try eval(frame); return .next }
    }

    /// Conditions of `if`/`guard`/`while` (Boolean tests and optional bindings), all of which
    /// must hold, in order.
    static func allOf(_ tests: [(Frame) throws -> Bool]) -> (Frame) throws -> Bool {
        if tests.count == 1 { return tests[0] }
        return { frame in
            for test in tests where try !test(frame) { return false }
            return true
        }
    }

    /// `if let x = optional`: the test that binds the wrapped value when there is one.
    static func optionalBinding(_ optional: @escaping Eval, into write: @escaping (Frame, Value) -> Void) -> (Frame) throws -> Bool {
        { frame in
            let value = try optional(frame)
            if case .none = value { return false }
            write(frame, value.unwrappedOptional)
            return true
        }
    }

    static func ifElse(_ test: @escaping (Frame) throws -> Bool, _ body: @escaping Exec, _ otherwise: @escaping Exec) -> Exec {
        { frame in try test(frame) ? try body(frame) : try otherwise(frame) }
    }

    static func guardElse(_ test: @escaping (Frame) throws -> Bool, _ elseBody: @escaping Exec) -> Exec {
        { frame in try test(frame) ? .next : try elseBody(frame) }
    }

    /// `while condition { body }`, checking the time limit on every iteration (at `line:column`).
    func whileLoop(id: Int, _ test: @escaping (Frame) throws -> Bool, _ body: @escaping Exec, line: Int, column: Int) -> Exec {
        let runtime = self.runtime
        return { frame in
            while try test(frame) {
                try runtime.tick(line: line, column: column)
                switch try body(frame) {
                case .next: continue
                case .breakLoop(let target) where target == id: return .next
                case .continueLoop(let target) where target == id: continue
                case let other: return other
                }
            }
            return .next
        }
    }

    /// `repeat { body } while condition`.
    func repeatLoop(id: Int, _ body: @escaping Exec, _ test: @escaping (Frame) throws -> Bool, line: Int, column: Int) -> Exec {
        let runtime = self.runtime
        return { frame in
            repeat {
                try runtime.tick(line: line, column: column)
                switch try body(frame) {
                case .next: break
                case .breakLoop(let target) where target == id: return .next
                case .continueLoop(let target) where target == id: break
                case let other: return other
                }
            } while try test(frame)
            return .next
        }
    }

    /// `return value`: the value goes into the frame's return slot.
    static func returning(_ value: @escaping Eval) -> Exec {
        { frame in frame.returnValue = try value(frame); return .returned }
    }

    /// `return`, `break`, `continue`, `fallthrough`: a fixed flow.
    static func leaving(with flow: Flow) -> Exec {
        { _ in flow }
    }

    // MARK: defer

    /// Runs `rest`, then `deferred` on its way out: after its flow, or before its error goes on.
    /// A trap (`CellError`) runs no defer: it ends the cell as it would end a program.
    static func deferring(_ deferred: @escaping Exec, _ rest: @escaping Exec) -> Exec {
        { frame in
            let flow: Flow
            do {
                flow = try rest(frame)
            } catch let thrown as ThrownError {
                _ = try deferred(frame)
                throw thrown
            }
            _ = try deferred(frame)
            return flow
        }
    }

    /// The statements of a cell's top level with its `defer`s (at `marks`: the index of the
    /// first statement after each, and its body) folded in: they run when the cell ends.
    static func foldingDefers(_ statements: [Statement], _ marks: [(index: Int, body: Exec)]) -> [Statement] {
        var result = statements
        for mark in marks.reversed() {
            let rest = sequence(Array(result[mark.index...]))
            result = Array(result[..<mark.index]) + [Statement(run: deferring(mark.body, rest))]
        }
        return result
    }
}
