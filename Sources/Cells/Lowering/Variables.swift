import CellValues

/// The second layer of the cell language: it turns what the checker decided (this
/// variable lives in that slot, this call goes to that function, this loop runs over a
/// range of Ints) into the closures that run. It decides nothing about types or names;
/// it only chooses the fastest closure for a shape the checker has fixed.
///
/// The interpreter's hot path is here: reading and writing variables (this file),
/// running blocks and loops (`Blocks.swift`, `Iteration.swift`), calls (`Calling.swift`) and
/// arithmetic on unboxed Ints and Doubles (`Arithmetic.swift`, `DoubleKernels.swift`), over the
/// frames and values of the `CellValues` module.
struct Lowering {
    let runtime: Runtime
}

/// Where a variable lives, as the checker resolved it for the code being compiled: in the
/// notebook's global frame, in the current function's frame, or `depth` frames out (a
/// variable a closure or nested function captured).
enum VariableAccess: Equatable {
    case global(Int)
    case local(Int)
    case outer(Int, depth: Int)

    var slot: Int {
        switch self {
        case .global(let slot), .local(let slot), .outer(let slot, _): slot
        }
    }
}

extension Lowering {
    /// The frame holding a variable, resolved now to a fixed walk.
    func frame(_ access: VariableAccess) -> (Frame) -> Frame {
        switch access {
        case .global:
            let globals = runtime.globals
            return { _ in globals }
        case .local: return { $0 }
        case .outer(_, 1): return { $0.parent! }
        case .outer(_, 2): return { $0.parent!.parent! }
        case .outer(_, let n):
            return { frame in
                var f = frame
                for _ in 0..<n { f = f.parent! }
                return f
            }
        }
    }

    /// Reads a variable of static type `type`; an Int or Double one also unboxed.
    /// A Matrix one carries its access, so that a store into the same variable can
    /// write its matrix in place (`Compiled.matrixUpdate`).
    func read(_ access: VariableAccess, _ type: CellType) -> Compiled {
        var compiled = readValue(access, type)
        if type == .nominal("Matrix") { compiled.variable = access }
        return compiled
    }

    private func readValue(_ access: VariableAccess, _ type: CellType) -> Compiled {
        let slot = access.slot
        switch access {
        case .global:
            let globals = runtime.globals
            var compiled = Compiled(type) { _ in globals.slots[slot] }
            if type == .double {
                compiled.double = { _ in globals.slots[slot].double }
                compiled.doubleOperand = .global(globals, slot)
            }
            if type == .int {
                compiled.int = { _ in globals.int(at: slot) }
                compiled.intOperand = .global(globals, slot)
            }
            return compiled
        case .local:
            var compiled = Compiled(type) { $0.slots[slot] }
            if type == .double {
                compiled.double = { $0.slots[slot].double }
                compiled.doubleOperand = .local(slot)
            }
            if type == .int {
                compiled.int = { $0.int(at: slot) }
                compiled.intOperand = .local(slot)
            }
            return compiled
        case .outer:
            let frame = self.frame(access)
            return Compiled(type) { frame($0).slots[slot] }
        }
    }

    func write(_ access: VariableAccess) -> (Frame, Value) -> Void {
        let slot = access.slot
        let frame = self.frame(access)
        return { frame($0).slots[slot] = $1 }
    }

    /// Fills a variable just declared by a pattern (`let x = …`, a loop's `for x in`).
    func bind(_ access: VariableAccess) -> (Frame, Value) -> Void {
        let slot = access.slot
        if case .global = access {
            let globals = runtime.globals
            return { _, value in globals.slots[slot] = value }
        }
        return { frame, value in frame.slots[slot] = value }
    }

    /// `variable = value` as a statement, with `value` already of the variable's type.
    /// Int, Double and Bool values are stored unboxed and without destroying the old
    /// value (the slots of such variables only ever hold trivial values): the hot
    /// path of numeric loops.
    func store(_ value: Compiled, into access: VariableAccess, _ type: CellType) -> Exec {
        let slot = access.slot
        var globals: Frame?
        var local = false
        switch access {
        case .global: globals = runtime.globals
        case .local: local = true
        case .outer: break
        }
        switch type {
        case .double:
            if let binary = value.doubleBinary, value.type == .double {
                // The hot path of numeric loops: the store and the last operation in one closure.
                if let globals, let fused = DoubleKernels.storing(binary, intoGlobal: slot, of: globals) { return fused }
                if local, let fused = DoubleKernels.storing(binary, intoLocal: slot) { return fused }
            }
            let compute = value.asDouble
            if let globals { return { frame in globals.setDouble(try compute(frame), at: slot); return .next } }
            if local { return { frame in frame.setDouble(try compute(frame), at: slot); return .next } }
            let frame = self.frame(access)
            return { f in frame(f).setDouble(try compute(f), at: slot); return .next }
        case .int:
            let compute = value.asInt
            if let globals { return { frame in globals.setInt(try compute(frame), at: slot); return .next } }
            if local { return { frame in frame.setInt(try compute(frame), at: slot); return .next } }
            let frame = self.frame(access)
            return { f in frame(f).setInt(try compute(f), at: slot); return .next }
        case .bool:
            let compute = value.asBool
            if let globals { return { frame in globals.setBool(try compute(frame), at: slot); return .next } }
            if local { return { frame in frame.setBool(try compute(frame), at: slot); return .next } }
            let frame = self.frame(access)
            return { f in frame(f).setBool(try compute(f), at: slot); return .next }
        default:
            if let update = value.matrixUpdate, update.variable == access {
                // `W = W - eta * G`: `W`'s matrix written in place (`SurfaceLinalgScaledSums`).
                let holder = self.frame(access), run = update.run
                return { frame in try run(frame, holder(frame), slot); return .next }
            }
            let compute = value.eval
            if let globals { return { frame in globals.slots[slot] = try compute(frame); return .next } }
            if local { return { frame in frame.slots[slot] = try compute(frame); return .next } }
            let frame = self.frame(access)
            return { f in frame(f).slots[slot] = try compute(f); return .next }
        }
    }

    /// A variable as a place (`x = …`, `x.append(…)`, `&x`).
    func place(_ access: VariableAccess, _ type: CellType, root: String, mutable: Bool) -> LValue {
        let slot = access.slot
        let frame = self.frame(access)
        return LValue(type: type, root: root, mutable: mutable,
                      get: { frame($0).slots[slot] },
                      modify: { f, body in try body(&frame(f).slots[slot]) })
    }

    /// How a `for i in range` loop sets an Int loop variable: unboxed.
    func setInt(_ access: VariableAccess) -> (Frame, Int) -> Void {
        let slot = access.slot
        if case .global = access {
            let globals = runtime.globals
            return { _, i in globals.setInt(i, at: slot) }
        }
        return { frame, i in frame.setInt(i, at: slot) }
    }
}
