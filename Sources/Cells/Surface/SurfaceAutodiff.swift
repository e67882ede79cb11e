import Autodiff
import Linalg
import CellValues

/// The Autodiff module as cells see it: `gradient(at:of:)` and
/// `valueWithGradient(at:of:)` over closures of `Tracked` values, and the
/// operations on `Tracked`. Bound to the throwing twins.
enum SurfaceAutodiff {
    /// Runs the cell's closure under `Throwing.valueWithGradient`; an error inside the
    /// closure (a shape mismatch at its line) comes out unchanged.
    static func differentiate(_ arguments: [Matrix], _ function: Value) throws -> (value: Double, gradient: [Matrix]) {
        let closure = function.function
        var failure: Error?
        do {
            return try Throwing.valueWithGradient(at: arguments) { (tracked: [Tracked]) throws(AutodiffError) -> Tracked in
                var values = tracked.map { Value.opaque(AnyOpaque(value: $0)) }
                do {
                    return try closure.call(&values).tracked
                } catch {
                    failure = error
                    throw AutodiffError.argumentCount(operation: "closure", expected: 0, found: 0)
                }
            }
        } catch {
            if let failure { throw failure }
            throw error
        }
    }

    private static func tracked(_ value: Tracked) -> Value { .opaque(AnyOpaque(value: value)) }

    private static func gradients(_ count: Int) -> [Builtin] {
        let names = ["x", "y", "z", "w"].prefix(count)
        let parameters = names.enumerated().map { $0.offset == 0 ? "at x: Matrix" : "_ \($0.element): Matrix" }.joined(separator: ", ")
        let tracked = Array(repeating: "Tracked", count: count).joined(separator: ", ")
        let matrices = Array(repeating: "Matrix", count: count).joined(separator: ", ")
        let gradientType = count == 1 ? "Matrix" : "(\(matrices))"
        func pack(_ gradients: [Matrix]) -> Value {
            count == 1 ? .matrix(gradients[0]) : .tuple(gradients.map(Value.matrix))
        }
        return [
            Builtin("func gradient(\(parameters), of f: (\(tracked)) -> Tracked) -> \(gradientType)") { args, _ in
                pack(try differentiate(args.prefix(count).map(\.matrix), args[count]).gradient)
            },
            Builtin("func valueWithGradient(\(parameters), of f: (\(tracked)) -> Tracked) -> (value: Double, gradient: \(gradientType))") { args, _ in
                let (value, gradient) = try differentiate(args.prefix(count).map(\.matrix), args[count])
                return .tuple([.double(value), pack(gradient)])
            },
        ]
    }

    private static func unary(_ name: String, _ body: @escaping @Sendable (Tracked) throws -> Tracked) -> Builtin {
        Builtin("func \(name)(_ x: Tracked) -> Tracked") { args, _ in tracked(try body(args[0].tracked)) }
    }

    /// `op` on Tracked with Tracked, Matrix or Double on either side.
    private static func mixed(_ op: String, _ body: @escaping @Sendable (Tracked, Tracked) throws -> Tracked) -> [Builtin] {
        [
            Builtin("func \(op) (lhs: Tracked, rhs: Tracked) -> Tracked") { args, _ in tracked(try body(args[0].tracked, args[1].tracked)) },
            Builtin("func \(op) (lhs: Tracked, rhs: Matrix) -> Tracked") { args, _ in tracked(try body(args[0].tracked, Tracked(args[1].matrix))) },
            Builtin("func \(op) (lhs: Matrix, rhs: Tracked) -> Tracked") { args, _ in tracked(try body(Tracked(args[0].matrix), args[1].tracked)) },
        ]
    }

    static let entries: [Builtin] = gradients(1) + gradients(2) + gradients(3) + gradients(4) + operators + functions + flows + [
        Builtin("func gradient(at arguments: [Matrix], of f: ([Tracked]) -> Tracked) -> [Matrix]") { args, _ in
            .array(try differentiateList(args).gradient.map(Value.matrix))
        },
        Builtin("func valueWithGradient(at arguments: [Matrix], of f: ([Tracked]) -> Tracked) -> (value: Double, gradient: [Matrix])") { args, _ in
            let (value, gradient) = try differentiateList(args)
            return .tuple([.double(value), .array(gradient.map(Value.matrix))])
        },
        Builtin("func gradient(at x: Double, of f: (Tracked) -> Tracked) -> Double") { args, _ in
            .double(try differentiate([vector([args[0].double])], args[1]).gradient[0].scalar)
        },
        Builtin("func gradient(at x: Double, _ y: Double, of f: (Tracked, Tracked) -> Tracked) -> (Double, Double)") { args, _ in
            let g = try differentiate([vector([args[0].double]), vector([args[1].double])], args[2]).gradient
            return .tuple([.double(g[0].scalar), .double(g[1].scalar)])
        },
        Builtin("func valueWithGradient(at x: Double, of f: (Tracked) -> Tracked) -> (value: Double, gradient: Double)") { args, _ in
            let (value, g) = try differentiate([vector([args[0].double])], args[1])
            return .tuple([.double(value), .double(g[0].scalar)])
        },
        Builtin("func valueWithGradient(at x: Double, _ y: Double, of f: (Tracked, Tracked) -> Tracked) -> (value: Double, gradient: (Double, Double))") { args, _ in
            let (value, g) = try differentiate([vector([args[0].double]), vector([args[1].double])], args[2])
            return .tuple([.double(value), .tuple([.double(g[0].scalar), .double(g[1].scalar)])])
        },
        Builtin(static: "Tracked", "init(_ value: Matrix)") { args, _ in tracked(Tracked(args[0].matrix)) },
        Builtin(static: "Tracked", "init(_ value: Double)") { args, _ in tracked(Tracked(args[0].double)) },
        Builtin(on: "Tracked", "var value: Matrix") { args, _ in .matrix(args[0].tracked.value) },
        Builtin(on: "Tracked", "var rows: Int") { args, _ in .int(args[0].tracked.rows) },
        Builtin(on: "Tracked", "var cols: Int") { args, _ in .int(args[0].tracked.cols) },
        Builtin(on: "Tracked", "var T: Tracked") { args, _ in tracked(args[0].tracked.T) },
        Builtin(on: "Tracked", "func row(_ i: Int) -> Tracked") { args, _ in tracked(try Throwing.row(args[0].tracked, args[1].int)) },
        Builtin(on: "Tracked", "func col(_ j: Int) -> Tracked") { args, _ in tracked(try Throwing.col(args[0].tracked, args[1].int)) },
    ]

    private static func differentiateList(_ args: [Value]) throws -> (value: Double, gradient: [Matrix]) {
        let matrices = args[0].array.map(\.matrix)
        let list = args[1].function
        return try differentiate(matrices, .function(FunctionValue { values in
            var packed: [Value] = [.array(values)]
            return try list.call(&packed)
        }))
    }

    /// A `[Tracked] -> Tracked` loss written in a cell, as the Swift closure Autodiff calls;
    /// an error inside it is kept in `failure` and rethrown by the caller.
    private static func lossClosure(_ function: Value, _ failure: FailureBox) -> ([Tracked]) throws(AutodiffError) -> Tracked {
        let closure = function.function
        return { (tracked: [Tracked]) throws(AutodiffError) -> Tracked in
            var packed: [Value] = [.array(tracked.map { Value.opaque(AnyOpaque(value: $0)) })]
            do {
                return try closure.call(&packed).tracked
            } catch {
                failure.error = error
                throw AutodiffError.argumentCount(operation: "closure", expected: 0, found: 0)
            }
        }
    }

    /// Runs `body`, preferring the cell's own error (kept in the box) to Autodiff's stand-in.
    private static func rethrowing<T>(_ body: (FailureBox) throws -> T) throws -> T {
        let failure = FailureBox()
        do { return try body(failure) } catch {
            if let original = failure.error { throw original }
            throw error
        }
    }

    private static func method(_ value: Value) -> FlowMethod {
        (value.opaqueValue as? FlowMethod) ?? .dormandPrince()
    }

    private static func trajectory(_ value: Value) -> Trajectory? { value.opaqueValue as? Trajectory }

    private static let flows: [Builtin] = [
        Builtin(static: "FlowMethod", "func dormandPrince(rtol: Double = 1e-9, atol: Double = 1e-12, maxSteps: Int = 1000000) -> FlowMethod") { args, _ in
            .opaque(AnyOpaque(value: FlowMethod.dormandPrince(rtol: args[0].double, atol: args[1].double, maxSteps: args[2].int)))
        },
        Builtin(static: "FlowMethod", "func rk4(step: Double) -> FlowMethod") { args, _ in
            .opaque(AnyOpaque(value: FlowMethod.rk4(step: args[0].double)))
        },
        Builtin("func gradientFlow(from initial: [Matrix], until tEnd: Double, method: FlowMethod = .dormandPrince(), loss: ([Tracked]) -> Tracked) -> Trajectory") { args, _ in
            try rethrowing { failure in
                .opaque(AnyOpaque(value: try Throwing.gradientFlow(from: args[0].array.map(\.matrix), until: args[1].double,
                                                                   method: method(args[2]), loss: lossClosure(args[3], failure))))
            }
        },
        Builtin("func gradientDescent(from initial: [Matrix], learningRate: Double, steps: Int, loss: ([Tracked]) -> Tracked) -> Trajectory") { args, _ in
            try rethrowing { failure in
                .opaque(AnyOpaque(value: try Throwing.gradientDescent(from: args[0].array.map(\.matrix), learningRate: args[1].double,
                                                                      steps: args[2].int, loss: lossClosure(args[3], failure))))
            }
        },
        Builtin(on: "Trajectory", "var times: [Double]") { args, _ in .array((trajectory(args[0])?.times ?? []).map(Value.double)) },
        Builtin(on: "Trajectory", "var losses: [Double]") { args, _ in .array((trajectory(args[0])?.losses ?? []).map(Value.double)) },
        Builtin(on: "Trajectory", "var states: [[Matrix]]") { args, _ in
            .array((trajectory(args[0])?.states ?? []).map { .array($0.map(Value.matrix)) })
        },
        Builtin(on: "Trajectory", "var final: [Matrix]") { args, _ in .array((trajectory(args[0])?.final ?? []).map(Value.matrix)) },
        Builtin(on: "Trajectory", "var rejectedSteps: Int") { args, _ in .int(trajectory(args[0])?.rejectedSteps ?? 0) },
    ]

    private static let operators: [Builtin] =
        mixed("*") { try Throwing.product($0, $1) } + mixed("+") { try Throwing.add($0, $1) }
        + mixed("-") { try Throwing.subtract($0, $1) } + mixed(".*") { try Throwing.hadamard($0, $1) }
        + mixed("./") { try Throwing.elementwiseDivide($0, $1) } + [
            Builtin("func / (lhs: Tracked, rhs: Tracked) -> Tracked") { args, _ in tracked(try Throwing.divide(args[0].tracked, args[1].tracked)) },
            Builtin("func * (lhs: Double, rhs: Tracked) -> Tracked") { args, _ in tracked(args[0].double * args[1].tracked) },
            Builtin("func * (lhs: Tracked, rhs: Double) -> Tracked") { args, _ in tracked(args[0].tracked * args[1].double) },
            Builtin("func / (lhs: Tracked, rhs: Double) -> Tracked") { args, _ in tracked(args[0].tracked / args[1].double) },
            Builtin("func / (lhs: Double, rhs: Tracked) -> Tracked") { args, _ in tracked(args[0].double / args[1].tracked) },
            Builtin("func + (lhs: Tracked, rhs: Double) -> Tracked") { args, _ in tracked(args[0].tracked + args[1].double) },
            Builtin("func + (lhs: Double, rhs: Tracked) -> Tracked") { args, _ in tracked(args[0].double + args[1].tracked) },
            Builtin("func - (lhs: Tracked, rhs: Double) -> Tracked") { args, _ in tracked(args[0].tracked - args[1].double) },
            Builtin("func - (lhs: Double, rhs: Tracked) -> Tracked") { args, _ in tracked(args[0].double - args[1].tracked) },
            Builtin("prefix func - (x: Tracked) -> Tracked") { args, _ in tracked(-args[0].tracked) },
        ]

    private static let functions: [Builtin] = [
        unary("relu") { relu($0) }, unary("tanh") { tanh($0) }, unary("sigmoid") { sigmoid($0) },
        unary("exp") { exp($0) }, unary("log") { log($0) }, unary("sqrt") { sqrt($0) }, unary("abs") { abs($0) },
        unary("sum") { sum($0) }, unary("mean") { mean($0) }, unary("squaredNorm") { squaredNorm($0) },
        unary("norm") { norm($0) }, unary("trace") { try Throwing.trace($0) }, unary("diag") { diag($0) },
        Builtin("func leakyRelu(_ x: Tracked, slope: Double) -> Tracked") { args, _ in tracked(leakyRelu(args[0].tracked, slope: args[1].double)) },
        Builtin("func pow(_ x: Tracked, _ p: Double) -> Tracked") { args, _ in tracked(pow(args[0].tracked, args[1].double)) },
        Builtin("func dot(_ a: Tracked, _ b: Tracked) -> Tracked") { args, _ in tracked(try Throwing.dot(args[0].tracked, args[1].tracked)) },
        Builtin("func sum(_ x: Tracked, axis: Int) -> Tracked") { args, _ in tracked(try Throwing.sum(args[0].tracked, axis: args[1].int)) },
        Builtin("func mean(_ x: Tracked, axis: Int) -> Tracked") { args, _ in tracked(try Throwing.mean(args[0].tracked, axis: args[1].int)) },
    ]
}

/// Where a cell closure's own error waits while Autodiff unwinds.
final class FailureBox {
    var error: Error?
}

extension Value {
    /// The library value inside `.opaque` (a `Trajectory`, a `FlowMethod`).
    var opaqueValue: Any? {
        if case .opaque(let box) = self { return box.value }
        return nil
    }

    /// A `Tracked` value (Autodiff); only read where the checker typed it `Tracked`.
    var tracked: Tracked {
        if case .opaque(let box) = self, let value = box.value as? Tracked { return value }
        return Tracked(0)
    }
}
