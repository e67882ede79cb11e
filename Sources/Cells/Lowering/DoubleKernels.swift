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
        case .global(let frame, let slot): { _ in frame.slots[slot].double }
        case .local(let slot): { $0.slots[slot].double }
        case .constant(let value): { _ in value }
        case .computed(let body): body
        }
    }
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
