import CellValues

/// Fused arithmetic and comparisons on Ints, as `DoubleKernels` does for Doubles: an
/// operation whose operands are variables or constants reads them itself instead of
/// calling one closure per operand. `n < 2`, `n - 1` and `i + 1` become one closure call
/// each (the shapes of recursive functions and counting loops). Overflow still traps at
/// the operator, as Swift's does.

/// Where an operand of an Int operation comes from.
enum IntOperand {
    /// A global variable: its slot in the global frame.
    case global(Frame, Int)
    /// A variable of the current function: its slot in the current frame.
    case local(Int)
    case constant(Int)
    case computed((Frame) throws -> Int)

    var evaluate: (Frame) throws -> Int {
        switch self {
        case .global(let frame, let slot): { _ in frame.int(at: slot) }
        case .local(let slot): { $0.int(at: slot) }
        case .constant(let value): { _ in value }
        case .computed(let body): body
        }
    }
}

/// One binary operation on Ints that can overflow (`+ - *`), as a type so the kernels below
/// are specialized for it.
protocol IntOperation {
    static func apply(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool)
}

enum IntAdd: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) { a.addingReportingOverflow(b) }
}
enum IntSubtract: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) { a.subtractingReportingOverflow(b) }
}
enum IntMultiply: IntOperation {
    @inline(__always) static func apply(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) { a.multipliedReportingOverflow(by: b) }
}

/// One comparison of Ints, as a type (see `IntOperation`).
protocol IntComparison {
    static func test(_ a: Int, _ b: Int) -> Bool
}

enum IntLess: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a < b } }
enum IntLessOrEqual: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a <= b } }
enum IntGreater: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a > b } }
enum IntGreaterOrEqual: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a >= b } }
enum IntEqual: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a == b } }
enum IntNotEqual: IntComparison { @inline(__always) static func test(_ a: Int, _ b: Int) -> Bool { a != b } }

enum IntegerKernels {
    /// `a op b` trapping on overflow (the error made by `overflow`, only when it happens),
    /// with the operand reads built in for the common shapes.
    static func fused<Operation: IntOperation>(_: Operation.Type, _ a: IntOperand, _ b: IntOperand,
                                                overflow: @escaping () -> CellError) -> (Frame) throws -> Int {
        switch (a, b) {
        case (.local(let x), .constant(let c)):
            return { frame in
                let (r, o) = Operation.apply(frame.int(at: x), c)
                if o { throw overflow() }
                return r
            }
        case (.local(let x), .local(let y)):
            return { frame in
                let (r, o) = Operation.apply(frame.int(at: x), frame.int(at: y))
                if o { throw overflow() }
                return r
            }
        case (.global(let g, let x), .constant(let c)):
            return { _ in
                let (r, o) = Operation.apply(g.int(at: x), c)
                if o { throw overflow() }
                return r
            }
        case (.global(let g, let x), .global(_, let y)):
            return { _ in
                let (r, o) = Operation.apply(g.int(at: x), g.int(at: y))
                if o { throw overflow() }
                return r
            }
        case (.computed(let f), .constant(let c)):
            return { frame in
                let (r, o) = Operation.apply(try f(frame), c)
                if o { throw overflow() }
                return r
            }
        case (.computed(let f), .local(let y)):
            return { frame in
                let (r, o) = Operation.apply(try f(frame), frame.int(at: y))
                if o { throw overflow() }
                return r
            }
        case (.local(let x), .computed(let f)):
            return { frame in
                let (r, o) = Operation.apply(frame.int(at: x), try f(frame))
                if o { throw overflow() }
                return r
            }
        default:
            let f = a.evaluate, g = b.evaluate
            return { frame in
                let (r, o) = Operation.apply(try f(frame), try g(frame))
                if o { throw overflow() }
                return r
            }
        }
    }

    /// `a op b` for a comparison, with the operand reads built in for the common shapes.
    static func compare<Comparison: IntComparison>(_: Comparison.Type, _ a: IntOperand,
                                                    _ b: IntOperand) -> (Frame) throws -> Bool {
        switch (a, b) {
        case (.local(let x), .constant(let c)): return { Comparison.test($0.int(at: x), c) }
        case (.local(let x), .local(let y)): return { Comparison.test($0.int(at: x), $0.int(at: y)) }
        case (.global(let g, let x), .constant(let c)): return { _ in Comparison.test(g.int(at: x), c) }
        case (.global(let g, let x), .global(_, let y)): return { _ in Comparison.test(g.int(at: x), g.int(at: y)) }
        case (.computed(let f), .constant(let c)): return { Comparison.test(try f($0), c) }
        case (.local(let x), .computed(let f)): return { Comparison.test($0.int(at: x), try f($0)) }
        case (.computed(let f), .local(let y)): return { Comparison.test(try f($0), $0.int(at: y)) }
        default:
            let f = a.evaluate, g = b.evaluate
            return { Comparison.test(try f($0), try g($0)) }
        }
    }

    /// `test ? a : b` on Ints, with a variable or constant branch read in place: in
    /// `n < 2 ? n : fib(n - 1) + fib(n - 2)` the base case is one closure call, not two.
    static func choosing(_ test: @escaping (Frame) throws -> Bool, _ a: IntOperand,
                         _ b: IntOperand) -> (Frame) throws -> Int {
        switch (a, b) {
        case (.local(let x), .computed(let g)): return { try test($0) ? $0.int(at: x) : try g($0) }
        case (.constant(let c), .computed(let g)): return { try test($0) ? c : try g($0) }
        case (.computed(let f), .local(let y)): return { try test($0) ? try f($0) : $0.int(at: y) }
        case (.computed(let f), .constant(let c)): return { try test($0) ? try f($0) : c }
        default:
            let f = a.evaluate, g = b.evaluate
            return { try test($0) ? try f($0) : try g($0) }
        }
    }

    /// The kernel for `+ - *` (trapping) or a comparison, or nil for other operators.
    static func kernel(_ op: String, _ a: IntOperand, _ b: IntOperand, line: Int, column: Int) -> Compiled? {
        let overflow = { CellError(line: line, column: column, kind: .integerOverflow(operator: op)) }
        switch op {
        case "+": return .int(fused(IntAdd.self, a, b, overflow: overflow))
        case "-": return .int(fused(IntSubtract.self, a, b, overflow: overflow))
        case "*": return .int(fused(IntMultiply.self, a, b, overflow: overflow))
        case "<": return .bool(compare(IntLess.self, a, b))
        case "<=": return .bool(compare(IntLessOrEqual.self, a, b))
        case ">": return .bool(compare(IntGreater.self, a, b))
        case ">=": return .bool(compare(IntGreaterOrEqual.self, a, b))
        case "==": return .bool(compare(IntEqual.self, a, b))
        case "!=": return .bool(compare(IntNotEqual.self, a, b))
        default: return nil
        }
    }
}
