import Linalg
import CellValues

/// Calls: arguments into the callee's frame, a builtin's implementation with the call's
/// position for its traps, methods through a class's table, `inout` arguments written back,
/// and the function values of cells' functions and closures.
extension Lowering {
    /// Runs a resolved call to a function value (a cell's `func` or closure) or a builtin.
    /// Its result is `discardable` (not a cell's displayed value) when the function is
    /// `@discardableResult`.
    /// Runs a resolved call to a function value (a cell's `func` or closure, from `callee`) or a
    /// builtin (the binding's implementation). Traps inside it are reported at `position`.
    func call(_ resolved: ResolvedCall, callee: Eval?, receiver: Eval?, at position: (line: Int, column: Int)) -> Compiled {
        var compiled = callBody(resolved, callee: callee, receiver: receiver, at: position)
        compiled.discardable = resolved.binding.discardableResult
        return compiled
    }

    private func callBody(_ resolved: ResolvedCall, callee: Eval?, receiver: Eval?,
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
            let fill = Lowering.argumentWriter(receiver.map { [$0] + arguments } ?? arguments)
            var compiled = Compiled(resolved.result) { frame in
                let target = try function(frame).function
                do {
                    if let enter = target.enter {
                        // A cell's function: the arguments go straight into its new frame.
                        let callee = Frame.make(size: target.frameSize, parent: target.captured)
                        try fill(frame, callee)
                        return try enter(callee)
                    }
                    var values = try prepare(frame)
                    return try target.call(&values)
                } catch let trap as Trap {
                    throw CellError(line: line, column: column, kind: trap.kind)
                }
            }
            if resolved.result == .double {
                let eval = compiled.eval
                compiled.double = { try eval($0).double }
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

    /// Writes a call's arguments, computed in the caller's frame, into the first slots of the
    /// callee's. Unrolled for up to three arguments: a loop over the array of evaluators
    /// would retain and release each one on every call.
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
        runtime.callLine = line
        runtime.callColumn = column
        do {
            let result = try implementation(&arguments, runtime)
            // One LAPACK call (a large `svd`) cannot be interrupted: its overrun is an error
            // where it returns, at the call, rather than a cell that passes late.
            if runtime.timeIsUp { throw runtime.alarmError(line: line, column: column) }
            return result
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
    func functionMaker(_ function: FunctionScope, parameterCount: Int, inoutIndices: [Int],
                       body: @escaping Exec, at position: (line: Int, column: Int)) -> (Frame) -> FunctionValue {
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
        return { captured in
            FunctionValue(frameSize: max(function.slotCount, parameterCount), captured: captured,
                          copyingBack: inoutIndices, enter: enter)
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
