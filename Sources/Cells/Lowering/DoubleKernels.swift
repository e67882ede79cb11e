import CellValues

/// Fused arithmetic on Doubles: an operation whose operands are variables or
/// constants reads them itself, instead of calling one closure per operand.
/// Halves the closure calls in numeric loops like `r = u * v - 1`.

/// Where an operand of a Double operation comes from.
enum DoubleOperand {
    /// A global variable: its slot in the global frame.
    case global(Frame, Int)
    /// A variable of the current function: its slot in the current frame.
    case local(Int)
    case constant(Double)
    case computed((Frame) throws -> Double)

    var evaluate: (Frame) throws -> Double {
        switch self {
        case .global(let frame, let slot): { _ in frame.double(at: slot) }
        case .local(let slot): { $0.double(at: slot) }
        case .constant(let value): { _ in value }
        case .computed(let body): body
        }
    }
}

/// A Double operation's operator and operands, kept beside its kernel so that a store
/// of its result can be fused with it (`DoubleKernels.storing`).
struct DoubleBinary {
    var op: String
    var a: DoubleOperand
    var b: DoubleOperand
    /// When an operand is itself an operation on two variables or constants (`u * v` in
    /// `u * v - 1`): that operation, so the store reads all three operands itself.
    var left: SimpleBinary?
    var right: SimpleBinary?
}

/// An operation on two variables or constants.
struct SimpleBinary {
    var op: String
    var a: SimpleDouble
    var b: SimpleDouble
}

/// A Double variable or constant, read in place: one predictable branch instead of a
/// closure call.
struct SimpleDouble {
    /// The global frame for a global variable; nil for a local one (`slot` ≥ 0) or a constant.
    let globals: Frame?
    let slot: Int
    let constant: Double

    init?(_ operand: DoubleOperand) {
        switch operand {
        case .global(let frame, let slot): (globals, self.slot, constant) = (frame, slot, 0)
        case .local(let slot): (globals, self.slot, constant) = (nil, slot, 0)
        case .constant(let value): (globals, slot, constant) = (nil, -1, value)
        case .computed: return nil
        }
    }

    @inline(__always) func read(_ frame: Frame) -> Double {
        if let globals { return globals.double(at: slot) }
        return slot >= 0 ? frame.double(at: slot) : constant
    }
}

/// Where a fused store puts its Double, as a type so the kernels are specialized for it.
protocol DoubleTarget {
    func store(_ value: Double, _ frame: Frame)
}

/// A global Double variable's slot.
struct GlobalDouble: DoubleTarget {
    let globals: Frame
    let slot: Int
    @inline(__always) func store(_ value: Double, _ frame: Frame) { globals.setDouble(value, at: slot) }
}

/// A Double variable's slot in the current frame.
struct LocalDouble: DoubleTarget {
    let slot: Int
    @inline(__always) func store(_ value: Double, _ frame: Frame) { frame.setDouble(value, at: slot) }
}

/// One binary operation on Doubles, as a type so the kernels below are specialized for it.
protocol DoubleOperation {
    static func apply(_ a: Double, _ b: Double) -> Double
}

enum DoubleAdd: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a + b } }
enum DoubleSubtract: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a - b } }
enum DoubleMultiply: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a * b } }
enum DoubleDivide: DoubleOperation { @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a / b } }

enum DoubleKernels {
    /// `a op b` with the operand reads built in, for the common operand shapes.
    static func fused<Operation: DoubleOperation>(_: Operation.Type, _ a: DoubleOperand,
                                                   _ b: DoubleOperand) -> (Frame) throws -> Double {
        switch (a, b) {
        case (.global(let g, let x), .global(_, let y)):
            return { _ in Operation.apply(g.slots[x].double, g.slots[y].double) }
        case (.global(let g, let x), .constant(let c)):
            return { _ in Operation.apply(g.slots[x].double, c) }
        case (.constant(let c), .global(let g, let y)):
            return { _ in Operation.apply(c, g.slots[y].double) }
        case (.local(let x), .local(let y)):
            return { Operation.apply($0.slots[x].double, $0.slots[y].double) }
        case (.local(let x), .constant(let c)):
            return { Operation.apply($0.slots[x].double, c) }
        case (.constant(let c), .local(let y)):
            return { Operation.apply(c, $0.slots[y].double) }
        case (.computed(let f), .global(let g, let y)):
            return { Operation.apply(try f($0), g.slots[y].double) }
        case (.global(let g, let x), .computed(let f)):
            return { Operation.apply(g.slots[x].double, try f($0)) }
        case (.computed(let f), .local(let y)):
            return { Operation.apply(try f($0), $0.slots[y].double) }
        case (.local(let x), .computed(let f)):
            return { Operation.apply($0.slots[x].double, try f($0)) }
        case (.computed(let f), .constant(let c)):
            return { Operation.apply(try f($0), c) }
        case (.constant(let c), .computed(let f)):
            return { Operation.apply(c, try f($0)) }
        default:
            let f = a.evaluate, g = b.evaluate
            return { Operation.apply(try f($0), try g($0)) }
        }
    }

    /// `target = a op b` as one closure: the store of a numeric loop's statement
    /// (`let r = u * v - 1`, `u -= rate * gu`) fused with its last operation.
    static func storing<Operation: DoubleOperation, Target: DoubleTarget>(
        _: Operation.Type, _ target: Target, _ a: DoubleOperand, _ b: DoubleOperand) -> Exec {
        switch (a, b) {
        case (.global(let g, let x), .global(_, let y)):
            return { frame in target.store(Operation.apply(g.double(at: x), g.double(at: y)), frame); return .next }
        case (.global(let g, let x), .constant(let c)):
            return { frame in target.store(Operation.apply(g.double(at: x), c), frame); return .next }
        case (.constant(let c), .global(let g, let y)):
            return { frame in target.store(Operation.apply(c, g.double(at: y)), frame); return .next }
        case (.local(let x), .local(let y)):
            return { frame in target.store(Operation.apply(frame.double(at: x), frame.double(at: y)), frame); return .next }
        case (.local(let x), .constant(let c)):
            return { frame in target.store(Operation.apply(frame.double(at: x), c), frame); return .next }
        case (.constant(let c), .local(let y)):
            return { frame in target.store(Operation.apply(c, frame.double(at: y)), frame); return .next }
        case (.computed(let f), .global(let g, let y)):
            return { frame in target.store(Operation.apply(try f(frame), g.double(at: y)), frame); return .next }
        case (.global(let g, let x), .computed(let f)):
            return { frame in target.store(Operation.apply(g.double(at: x), try f(frame)), frame); return .next }
        case (.computed(let f), .local(let y)):
            return { frame in target.store(Operation.apply(try f(frame), frame.double(at: y)), frame); return .next }
        case (.local(let x), .computed(let f)):
            return { frame in target.store(Operation.apply(frame.double(at: x), try f(frame)), frame); return .next }
        case (.computed(let f), .constant(let c)):
            return { frame in target.store(Operation.apply(try f(frame), c), frame); return .next }
        case (.constant(let c), .computed(let f)):
            return { frame in target.store(Operation.apply(c, try f(frame)), frame); return .next }
        default:
            let f = a.evaluate, g = b.evaluate
            return { frame in target.store(Operation.apply(try f(frame), try g(frame)), frame); return .next }
        }
    }

    /// `target = (x inner y) outer z`, or `x outer (y inner z)` when not `innerOnLeft`.
    static func storing<Inner: DoubleOperation, Outer: DoubleOperation, Target: DoubleTarget>(
        _: Inner.Type, _: Outer.Type, _ target: Target, _ x: SimpleDouble, _ y: SimpleDouble, _ z: SimpleDouble,
        innerOnLeft: Bool) -> Exec {
        if innerOnLeft {
            return { frame in
                target.store(Outer.apply(Inner.apply(x.read(frame), y.read(frame)), z.read(frame)), frame)
                return .next
            }
        }
        return { frame in
            target.store(Outer.apply(x.read(frame), Inner.apply(y.read(frame), z.read(frame))), frame)
            return .next
        }
    }

    static func storing<Outer: DoubleOperation, Target: DoubleTarget>(
        inner: String, _: Outer.Type, _ target: Target, _ x: SimpleDouble, _ y: SimpleDouble, _ z: SimpleDouble,
        innerOnLeft: Bool) -> Exec? {
        switch inner {
        case "+": storing(DoubleAdd.self, Outer.self, target, x, y, z, innerOnLeft: innerOnLeft)
        case "-": storing(DoubleSubtract.self, Outer.self, target, x, y, z, innerOnLeft: innerOnLeft)
        case "*": storing(DoubleMultiply.self, Outer.self, target, x, y, z, innerOnLeft: innerOnLeft)
        case "/": storing(DoubleDivide.self, Outer.self, target, x, y, z, innerOnLeft: innerOnLeft)
        default: nil
        }
    }

    /// The store of `binary` with both of its operations in one closure, when one operand is
    /// an operation on two variables or constants and the other a variable or a constant.
    static func storingBoth<Target: DoubleTarget>(_ binary: DoubleBinary, _ target: Target) -> Exec? {
        let x: SimpleDouble, y: SimpleDouble, z: SimpleDouble, inner: String, innerOnLeft: Bool
        if let left = binary.left, let right = SimpleDouble(binary.b) {
            (x, y, z, inner, innerOnLeft) = (left.a, left.b, right, left.op, true)
        } else if let right = binary.right, let left = SimpleDouble(binary.a) {
            (x, y, z, inner, innerOnLeft) = (left, right.a, right.b, right.op, false)
        } else {
            return nil
        }
        switch binary.op {
        case "+": return storing(inner: inner, DoubleAdd.self, target, x, y, z, innerOnLeft: innerOnLeft)
        case "-": return storing(inner: inner, DoubleSubtract.self, target, x, y, z, innerOnLeft: innerOnLeft)
        case "*": return storing(inner: inner, DoubleMultiply.self, target, x, y, z, innerOnLeft: innerOnLeft)
        case "/": return storing(inner: inner, DoubleDivide.self, target, x, y, z, innerOnLeft: innerOnLeft)
        default: return nil
        }
    }

    /// `variable = a op b` for `op` (`+ - * /`) into a global Double variable, or nil.
    /// (Not generic, so that the kernels are specialized here, in this file.)
    static func storing(_ binary: DoubleBinary, intoGlobal slot: Int, of globals: Frame) -> Exec? {
        let target = GlobalDouble(globals: globals, slot: slot)
        if let both = storingBoth(binary, target) { return both }
        let (op, a, b) = (binary.op, binary.a, binary.b)
        switch op {
        case "+": return storing(DoubleAdd.self, target, a, b)
        case "-": return storing(DoubleSubtract.self, target, a, b)
        case "*": return storing(DoubleMultiply.self, target, a, b)
        case "/": return storing(DoubleDivide.self, target, a, b)
        default: return nil
        }
    }

    /// `variable = a op b` for `op` (`+ - * /`) into a Double variable of the current frame, or nil.
    static func storing(_ binary: DoubleBinary, intoLocal slot: Int) -> Exec? {
        let target = LocalDouble(slot: slot)
        if let both = storingBoth(binary, target) { return both }
        let (op, a, b) = (binary.op, binary.a, binary.b)
        switch op {
        case "+": return storing(DoubleAdd.self, target, a, b)
        case "-": return storing(DoubleSubtract.self, target, a, b)
        case "*": return storing(DoubleMultiply.self, target, a, b)
        case "/": return storing(DoubleDivide.self, target, a, b)
        default: return nil
        }
    }

    /// The kernel for `op` (`+ - * /`), or nil for other operators.
    static func kernel(_ op: String, _ a: DoubleOperand, _ b: DoubleOperand) -> ((Frame) throws -> Double)? {
        switch op {
        case "+": fused(DoubleAdd.self, a, b)
        case "-": fused(DoubleSubtract.self, a, b)
        case "*": fused(DoubleMultiply.self, a, b)
        case "/": fused(DoubleDivide.self, a, b)
        default: nil
        }
    }
}
