import Linalg
import CellValues

/// A function body's result computed without a `Value`, for a function returning an Int or
/// a Double: the single expression's unboxed evaluator, or the body then its return slot.
enum UnboxedResult {
    case int((Frame) throws -> Int)
    case double((Frame) throws -> Double)
}

/// An Int or Double argument's unboxed evaluator (an enum, so that the closure keeps its
/// own calling convention inside a dictionary: a bare closure there is called through thunks).
enum UnboxedArgument {
    case int((Frame) throws -> Int)
    case double((Frame) throws -> Double)
}

/// One argument's write into the callee's frame (a struct: see `Statement`).
struct ArgumentWrite {
    let run: (Frame, Frame) throws -> Void
}

/// How a call writes its arguments into the callee's frame, as a type, so that a call
/// specialized for one shape writes them inline (`IntEntry`, `Lowering.calling`).
protocol ArgumentFill {
    func write(_ frame: Frame, into callee: Frame) throws
}

/// One unboxed Int argument (`fib(n - 1)`), into the callee's first slot.
struct OneIntArgument: ArgumentFill {
    let argument: (Frame) throws -> Int
    @inline(__always) func write(_ frame: Frame, into callee: Frame) throws {
        callee.setInt(try argument(frame), at: 0)
    }
}

/// How a call enters a cell's function and what it gets back (a `Value`, or an Int or a
/// Double unboxed), as a type, so that `Lowering.calling` is specialized for each.
protocol CallEntry {
    associatedtype Result
    func enter(_ target: FunctionValue, _ frame: Frame) throws -> Result
}

struct ValueEntry: CallEntry {
    let fill: (Frame, Frame) throws -> Void
    let prepare: (Frame) throws -> [Value]
    @inline(__always) func enter(_ target: FunctionValue, _ frame: Frame) throws -> Value {
        try Lowering.enter(target, frame, fill: fill, prepare: prepare)
    }
}

struct IntEntry<Fill: ArgumentFill>: CallEntry {
    let fill: Fill
    let prepare: (Frame) throws -> [Value]
    @inline(__always) func enter(_ target: FunctionValue, _ frame: Frame) throws -> Int {
        try Lowering.enterInt(target, frame, fill: fill, prepare: prepare)
    }
}

struct DoubleEntry: CallEntry {
    let fill: (Frame, Frame) throws -> Void
    let prepare: (Frame) throws -> [Value]
    @inline(__always) func enter(_ target: FunctionValue, _ frame: Frame) throws -> Double {
        try Lowering.enterDouble(target, frame, fill: fill, prepare: prepare)
    }
}

/// Any arguments, written by `Lowering.argumentWriter`'s closure.
struct AnyArguments: ArgumentFill {
    let fill: (Frame, Frame) throws -> Void
    @inline(__always) func write(_ frame: Frame, into callee: Frame) throws {
        try fill(frame, callee)
    }
}

/// Calls: arguments into the callee's frame, a builtin's implementation with the call's
/// position for its traps, methods through a class's table, `inout` arguments written back,
/// and the function values of cells' functions and closures.
extension Lowering {
    /// Runs a resolved call to a function value (a cell's `func` or closure) or a builtin.
    /// Its result is `discardable` (not a cell's displayed value) when the function is
    /// `@discardableResult`.
    /// Runs a resolved call to a function value (a cell's `func` or closure, from `callee`) or a
    /// builtin (the binding's implementation). Traps inside it are reported at `position`.
    /// `calleeGlobalSlot`: the callee is the declared function (not a variable holding a
    /// closure) in this slot of the global frame.
    func call(_ resolved: ResolvedCall, callee: Eval?, receiver: Eval?, calleeGlobalSlot: Int? = nil,
              at position: (line: Int, column: Int)) -> Compiled {
        var compiled = callBody(resolved, callee: callee, receiver: receiver, calleeGlobalSlot: calleeGlobalSlot, at: position)
        compiled.discardable = resolved.binding.discardableResult
        return compiled
    }

    private func callBody(_ resolved: ResolvedCall, callee: Eval?, receiver: Eval?, calleeGlobalSlot: Int?,
                          at position: (line: Int, column: Int)) -> Compiled {
        let (line, column) = position
        let arguments = resolved.arguments
        let places = resolved.inoutPlaces
        let runtime = self.runtime
        let count = arguments.count + (receiver == nil ? 0 : 1)
        let offset = receiver == nil ? 0 : 1
        let prepare: (Frame) throws -> [Value] = { frame in
            var values: [Value] = []
            values.reserveCapacity(count)
            if let receiver { values.append(try receiver(frame)) }
            for argument in arguments { values.append(try argument(frame)) }
            return values
        }
        let writeBack: (Frame, [Value]) throws -> Void = { frame, values in
            for (index, place) in places { try place.set(frame, values[index + offset]) }
        }
        if let implementation = resolved.binding.implementation {
            if places.isEmpty {
                return Compiled(resolved.result) { frame in
                    var values = try prepare(frame)
                    return try Lowering.invoke(implementation, &values, runtime, line: line, column: column)
                }
            }
            return Compiled(resolved.result) { frame in
                var values = try prepare(frame)
                let result = try Lowering.invoke(implementation, &values, runtime, line: line, column: column)
                try writeBack(frame, values)
                return result
            }
        }
        let function = callee!
        if places.isEmpty {
            let fill = Lowering.argumentWriter(receiver.map { [$0] + arguments } ?? arguments, offset: offset,
                                               unboxed: resolved.unboxedArguments)
            // A declared function at the top level: its slot holds the same function value
            // for as long as any call of it runs (nothing assigns a `func`'s slot; its creation
            // runs when its block is entered, which no call of it can do), so the call borrows
            // the value from the slot instead of retaining it.
            let borrowed = calleeGlobalSlot
            var compiled = Compiled(resolved.result,
                                    Lowering.calling(ValueEntry(fill: fill, prepare: prepare), borrowing: borrowed,
                                                     function: function, runtime: runtime, at: position))
            // A call in an Int or Double expression: the callee's unboxed entry when it has one.
            if resolved.result == .int {
                // `fib(n - 1)`: one Int argument, written by the call itself (no closure call).
                if receiver == nil, arguments.count == 1, case .int(let argument)? = resolved.unboxedArguments[0] {
                    compiled.int = Lowering.calling(IntEntry(fill: OneIntArgument(argument: argument), prepare: prepare),
                                                    borrowing: borrowed, function: function, runtime: runtime, at: position)
                } else {
                    compiled.int = Lowering.calling(IntEntry(fill: AnyArguments(fill: fill), prepare: prepare),
                                                    borrowing: borrowed, function: function, runtime: runtime, at: position)
                }
            }
            if resolved.result == .double {
                compiled.double = Lowering.calling(DoubleEntry(fill: fill, prepare: prepare), borrowing: borrowed,
                                                   function: function, runtime: runtime, at: position)
            }
            return compiled
        }
        return Compiled(resolved.result) { frame in
            let target = try function(frame).function
            var values = try prepare(frame)
            let result: Value
            do { result = try target.call(&values) } catch let trap as Trap {
                throw CellError(line: line, column: column, kind: trap.kind)
            } catch let thrown as ThrownError {
                // Swift writes inout arguments back when the callee throws, too.
                try writeBack(frame, values)
                throw thrown
            }
            try writeBack(frame, values)
            return result
        }
    }

    /// Runs a call of `target` from `frame`: a cell's function gets its arguments written by
    /// `fill` into a frame from its pool (given back at return), anything else an array of
    /// them (`prepare`).
    @inline(__always)
    static func enter(_ target: FunctionValue, _ frame: Frame, fill: (Frame, Frame) throws -> Void,
                      prepare: (Frame) throws -> [Value]) throws -> Value {
        if let enter = target.enter, let pool = target.pool {
            let callee = pool.take()
            try fill(frame, callee)
            let result = try enter(callee)
            pool.recycle(consume callee)
            return result
        }
        var values = try prepare(frame)
        return try target.call(&values)
    }

    /// A call of the function value in global slot `borrowed` (or, for another callee,
    /// `function`'s), entered by `entry`: one closure per result type, specialized for it.
    static func calling<Entry: CallEntry>(_ entry: Entry, borrowing borrowed: Int?, function: @escaping Eval,
                                          runtime: Runtime,
                                          at position: (line: Int, column: Int)) -> (Frame) throws -> Entry.Result {
        let (line, column) = position
        let globals = runtime.globals
        return { frame in
            do {
                if let slot = borrowed, let unretained = globals.unretainedFunction(at: slot) {
                    return try unretained._withUnsafeGuaranteedRef { target in try entry.enter(target, frame) }
                }
                return try entry.enter(try function(frame).function, frame)
            } catch let trap as Trap {
                throw CellError(line: line, column: column, kind: trap.kind)
            }
        }
    }

    /// `enter` for an Int result: unboxed when the callee has an unboxed entry.
    @inline(__always)
    static func enterInt<Fill: ArgumentFill>(_ target: FunctionValue, _ frame: Frame, fill: Fill,
                                             prepare: (Frame) throws -> [Value]) throws -> Int {
        if let enter = target.enterInt, let pool = target.pool {
            let callee = pool.take()
            try fill.write(frame, into: callee)
            let result = try enter(callee)
            pool.recycle(consume callee)
            return result
        }
        return try Lowering.enter(target, frame, fill: { try fill.write($0, into: $1) }, prepare: prepare).int
    }

    /// `enter` for a Double result: unboxed when the callee has an unboxed entry.
    @inline(__always)
    static func enterDouble(_ target: FunctionValue, _ frame: Frame, fill: (Frame, Frame) throws -> Void,
                            prepare: (Frame) throws -> [Value]) throws -> Double {
        if let enter = target.enterDouble, let pool = target.pool {
            let callee = pool.take()
            try fill(frame, callee)
            let result = try enter(callee)
            pool.recycle(consume callee)
            return result
        }
        return try Lowering.enter(target, frame, fill: fill, prepare: prepare).double
    }

    /// Writes a call's arguments, computed in the caller's frame, into the first slots of the
    /// callee's. Unrolled for up to three arguments: a loop over the array of evaluators
    /// would retain and release each one on every call.
    ///
    /// The `unboxed` arguments (by index into the arguments without the receiver, which
    /// `offset` counts) are written unboxed, into the fresh frame's empty slots.
    static func argumentWriter(_ arguments: [Eval], offset: Int,
                               unboxed: [Int: UnboxedArgument]) -> (Frame, Frame) throws -> Void {
        if unboxed.isEmpty { return argumentWriter(arguments) }
        let writes: [ArgumentWrite] = arguments.indices.map { index in
            switch unboxed[index - offset] {
            case .int(let int)?:
                return ArgumentWrite { frame, callee in callee.setInt(try int(frame), at: index) }
            case .double(let double)?:
                return ArgumentWrite { frame, callee in callee.setDouble(try double(frame), at: index) }
            case nil:
                let value = arguments[index]
                return ArgumentWrite { frame, callee in callee.slots[index] = try value(frame) }
            }
        }
        switch writes.count {
        case 1: return writes[0].run
        case 2:
            let a = writes[0].run, b = writes[1].run
            return { frame, callee in
                try a(frame, callee)
                try b(frame, callee)
            }
        case 3:
            let a = writes[0].run, b = writes[1].run, c = writes[2].run
            return { frame, callee in
                try a(frame, callee)
                try b(frame, callee)
                try c(frame, callee)
            }
        default:
            return { frame, callee in
                for write in writes { try write.run(frame, callee) }
            }
        }
    }

    static func argumentWriter(_ arguments: [Eval]) -> (Frame, Frame) throws -> Void {
        switch arguments.count {
        case 0: return { _, _ in }
        case 1:
            let a = arguments[0]
            return { frame, callee in callee.slots[0] = try a(frame) }
        case 2:
            let a = arguments[0], b = arguments[1]
            return { frame, callee in
                callee.slots[0] = try a(frame)
                callee.slots[1] = try b(frame)
            }
        case 3:
            let a = arguments[0], b = arguments[1], c = arguments[2]
            return { frame, callee in
                callee.slots[0] = try a(frame)
                callee.slots[1] = try b(frame)
                callee.slots[2] = try c(frame)
            }
        default:
            return { frame, callee in
                for (index, argument) in arguments.enumerated() { callee.slots[index] = try argument(frame) }
            }
        }
    }

    /// A mutating method: the receiver is moved out of its place for the call (so
    /// `xs.append(x)` does not copy the array) and written back afterwards.
    func mutatingCall(_ resolved: ResolvedCall, callee: Eval?, receiver: LValue,
                      at position: (line: Int, column: Int)) -> Compiled {
        let (line, column) = position
        let arguments = resolved.arguments, runtime = self.runtime
        let implementation = resolved.binding.implementation
        let count = arguments.count + 1
        return Compiled(resolved.result) { frame in
            var values: [Value] = []
            values.reserveCapacity(count)
            values.append(.void)
            for argument in arguments { values.append(try argument(frame)) }
            let function = try callee?(frame).function
            var result = Value.void
            try receiver.modify(frame) { value in
                values[0] = value
                value = .void
                defer { value = values[0] }
                if let implementation {
                    result = try Lowering.invoke(implementation, &values, runtime, line: line, column: column)
                } else {
                    do { result = try function!.call(&values) } catch let trap as Trap {
                        throw CellError(line: line, column: column, kind: trap.kind)
                    }
                }
            }
            return result
        }
    }

    /// Calls a builtin, turning library errors and traps into errors at the call's position.
    static func invoke(_ implementation: BuiltinImplementation, _ arguments: inout [Value], _ runtime: Runtime,
                       line: Int, column: Int) throws -> Value {
        try reportingErrors(runtime, line: line, column: column) {
            let result = try implementation(&arguments, runtime)
            // One LAPACK call (a large `svd`) cannot be interrupted: its overrun is an error
            // where it returns, at the call, rather than a cell that passes late.
            if runtime.timeIsUp { throw runtime.alarmError(line: line, column: column) }
            return result
        }
    }

    /// Runs library code for a call at `line`/`column` (`invoke`'s, or a fused operation's),
    /// turning library errors and traps into errors at that position.
    static func reportingErrors<Result>(_ runtime: Runtime, line: Int, column: Int,
                                        _ body: () throws -> Result) throws -> Result {
        runtime.callLine = line
        runtime.callColumn = column
        do {
            return try body()
        } catch let error as CellError {
            throw error
        } catch let thrown as ThrownError {
            throw thrown   // a cell's error out of a closure the builtin called (`map`)
        } catch let trap as Trap {
            throw CellError(line: line, column: column, kind: trap.kind)
        } catch LinalgError.memoryLimitExceeded(let refused) {
            throw CellError(line: line, column: column,
                            kind: .memoryLimitExceeded(bytes: Int(clamping: refused.requestedBytes), limit: refused.limitBytes))
        } catch LinalgError.cancelled {
            // A long library call stopped at a checkpoint: the cell's alarm rang.
            throw runtime.alarmError(line: line, column: column)
        } catch {
            throw CellError(line: line, column: column, kind: LibraryErrors.kind(of: error))
        }
    }

    /// A call of a class member through the object's table of methods (`slot`): the dynamic
    /// class's implementation runs.
    func dispatchedCall(_ resolved: ResolvedCall, slot: Int, receiver: @escaping Eval,
                        at position: (line: Int, column: Int)) -> Compiled {
        let (line, column) = position
        let arguments = resolved.arguments, places = resolved.inoutPlaces
        let writeBack: (Frame, [Value]) throws -> Void = { frame, values in
            for (index, place) in places { try place.set(frame, values[index + 1]) }
        }
        var compiled = Compiled(resolved.result) { frame in
            let target = try receiver(frame)
            guard case .object(let object) = target else { return .void }
            var values: [Value] = []
            values.reserveCapacity(arguments.count + 1)
            values.append(target)
            for argument in arguments { values.append(try argument(frame)) }
            let result: Value
            do { result = try object.cellClass.methods[slot].call(&values) } catch let trap as Trap {
                throw CellError(line: line, column: column, kind: trap.kind)
            } catch let thrown as ThrownError {
                // Swift writes inout arguments back when the method throws, too (as `emitCall` does).
                try writeBack(frame, values)
                throw thrown
            }
            try writeBack(frame, values)
            return result
        }
        compiled.discardable = resolved.binding.discardableResult
        return compiled
    }

    /// Builds, at run time, the function value for a body compiled in `function`,
    /// capturing the frame it is created in. Checks the recursion limit and the clock per call.
    /// `result`, for a function returning an Int or a Double, computes the result unboxed
    /// (`FunctionValue.enterInt`, `enterDouble`).
    func functionMaker(_ function: FunctionScope, parameterCount: Int, inoutIndices: [Int],
                       body: @escaping Exec, result: UnboxedResult? = nil,
                       at position: (line: Int, column: Int)) -> (Frame) -> FunctionValue {
        let runtime = self.runtime
        let (line, column) = position
        let limit = runtime.configuration.recursionLimit
        let enter: (Frame) throws -> Value = { frame in
            runtime.depth += 1
            defer { runtime.depth -= 1 }
            if runtime.depth > limit { throw Trap(.recursionLimitExceeded(limit: limit)) }
            try runtime.tick(line: line, column: column)
            _ = try body(frame)
            return frame.returnValue
        }
        var enterInt: ((Frame) throws -> Int)?
        var enterDouble: ((Frame) throws -> Double)?
        switch result {
        case .int(let value)?:
            enterInt = { frame in
                runtime.depth += 1
                defer { runtime.depth -= 1 }
                if runtime.depth > limit { throw Trap(.recursionLimitExceeded(limit: limit)) }
                try runtime.tick(line: line, column: column)
                return try value(frame)
            }
        case .double(let value)?:
            enterDouble = { frame in
                runtime.depth += 1
                defer { runtime.depth -= 1 }
                if runtime.depth > limit { throw Trap(.recursionLimitExceeded(limit: limit)) }
                try runtime.tick(line: line, column: column)
                return try value(frame)
            }
        case nil: break
        }
        return { [enterInt, enterDouble] captured in
            FunctionValue(frameSize: max(function.slotCount, parameterCount), captured: captured,
                          copyingBack: inoutIndices, enter: enter, enterInt: enterInt, enterDouble: enterDouble)
        }
    }

    /// Creates a function's value in its slot when the block is entered.
    static func creation(_ write: @escaping (Frame, Value) -> Void, _ pending: PendingFunction) -> Statement {
        return Statement { frame in
            write(frame, .function(pending.maker!(frame)))
            return .next
        }
    }
}
