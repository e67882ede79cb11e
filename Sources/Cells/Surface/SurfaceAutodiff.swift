import Autodiff
import Linalg
import CellValues

/// The Autodiff module as cells see it: `gradient(at:of:)`, `valueWithGradient(at:of:)` and
/// `value(of:at:)` over closures of `Tracked` values, and the operations on `Tracked`.
/// Bound to the throwing twins. Flows and differential equations are in
/// `SurfaceDifferentialEquations`.
enum SurfaceAutodiff {
    /// Declarations the checker handles itself, for the reference.
    static let declarations: [LibraryDeclaration] = [
        LibraryDeclaration("struct Tracked", summary: "A matrix whose computation is recorded for reverse-mode gradients: the argument type of the closures `gradient` differentiates.",
                           example: "gradient(at: Matrix([[1, 2]])) { W in squaredNorm(W) }"),
    ]

    static let entries: [Builtin] = gradients + values + trackedOperators + trackedDotOperators + trackedFunctions
        + trackedMembers + SurfaceDifferentialEquations.entries

    /// Runs the cell's closure under `Throwing.valueWithGradient`; an error inside the
    /// closure (a shape mismatch at its line) comes out unchanged.
    static func differentiate(_ arguments: [Matrix], _ function: Value) throws -> (value: Double, gradient: [Matrix]) {
        try rethrowing { failure in
            try Throwing.valueWithGradient(at: arguments, of: trackedClosure(function, failure, packed: false))
        }
    }

    /// `differentiate` for a `([Tracked]) -> Tracked` closure.
    private static func differentiateList(_ arguments: Value, _ function: Value) throws -> (value: Double, gradient: [Matrix]) {
        try rethrowing { failure in
            try Throwing.valueWithGradient(at: arguments.array.map(\.matrix), of: trackedClosure(function, failure, packed: true))
        }
    }

    /// The cell's loss evaluated at plain matrices (`value(of:at:)`).
    private static func evaluate(_ function: Value, at arguments: [Matrix], packed: Bool) throws -> Value {
        .double(try rethrowing { failure in
            try Throwing.value(of: trackedClosure(function, failure, packed: packed), at: arguments)
        })
    }

    /// A cell closure over `Tracked` values as the Swift closure Autodiff calls: its
    /// arguments one by one, or (`packed`) as one `[Tracked]`. An error inside it is kept
    /// in `failure` and rethrown by `rethrowing`.
    static func trackedClosure(_ function: Value, _ failure: FailureBox, packed: Bool)
        -> ([Tracked]) throws(AutodiffError) -> Tracked {
        let closure = function.function
        return { (tracked: [Tracked]) throws(AutodiffError) -> Tracked in
            let values = tracked.map(Self.tracked)
            var arguments = packed ? [Value.array(values)] : values
            do {
                return try closure.call(&arguments).tracked
            } catch {
                failure.error = error
                throw AutodiffError.closureFailed
            }
        }
    }

    /// Runs `body`, preferring the cell's own error (kept in the box) to Autodiff's stand-in.
    static func rethrowing<T>(_ body: (FailureBox) throws -> T) throws -> T {
        let failure = FailureBox()
        do { return try body(failure) } catch {
            if let original = failure.error { throw original }
            throw error
        }
    }

    static func tracked(_ value: Tracked) -> Value { .opaque(AnyOpaque(value: value)) }

    private static func pair(_ gradients: [Matrix]) -> Value { .tuple(gradients.map(Value.matrix)) }

    static let gradients: [Builtin] = [
        Builtin("func gradient(at x: Matrix, of f: (Tracked) -> Tracked) -> Matrix",
                summary: "∇f(x) for a scalar function of one matrix, by one reverse sweep.",
                example: "gradient(at: Matrix([[1, 2]])) { W in 0.5 * squaredNorm(W) }") { args, _ in
            .matrix(try differentiate([args[0].matrix], args[1]).gradient[0])
        },
        Builtin("func gradient(at x: Matrix, _ y: Matrix, of f: (Tracked, Tracked) -> Tracked) -> (Matrix, Matrix)",
                summary: "Both partial gradients of a scalar function of two matrices.",
                example: "let (g1, g2) = gradient(at: eye(2), ones(2, 1)) { A, x in sum(A * x) }\ng2") { args, _ in
            pair(try differentiate([args[0].matrix, args[1].matrix], args[2]).gradient)
        },
        Builtin("func gradient(at x: Matrix, _ y: Matrix, _ z: Matrix, of f: (Tracked, Tracked, Tracked) -> Tracked) -> (Matrix, Matrix, Matrix)",
                summary: "The three partial gradients.",
                example: "let (a, b, c) = gradient(at: eye(2), eye(2), ones(2, 1)) { A, B, x in sum(A * B * x) }\nc") { args, _ in
            pair(try differentiate([args[0].matrix, args[1].matrix, args[2].matrix], args[3]).gradient)
        },
        Builtin("func gradient(at x: Matrix, _ y: Matrix, _ z: Matrix, _ w: Matrix, of f: (Tracked, Tracked, Tracked, Tracked) -> Tracked) -> (Matrix, Matrix, Matrix, Matrix)",
                summary: "The four partial gradients.",
                example: "let g = gradient(at: eye(2), eye(2), eye(2), ones(2, 1)) { A, B, C, x in sum(A * B * C * x) }\ng.3") { args, _ in
            pair(try differentiate([args[0].matrix, args[1].matrix, args[2].matrix, args[3].matrix], args[4]).gradient)
        },
        Builtin("func gradient(at arguments: [Matrix], of f: ([Tracked]) -> Tracked) -> [Matrix]",
                summary: "The gradients of a scalar function of a list of matrices (e.g. the layers of a network).",
                example: "gradient(at: [eye(2), ones(2, 1)]) { Ws in sum(Ws[0] * Ws[1]) }.count") { args, _ in
            .array(try differentiateList(args[0], args[1]).gradient.map(Value.matrix))
        },
        Builtin("func gradient(at x: Double, of f: (Tracked) -> Tracked) -> Double",
                summary: "The derivative of a scalar function of a number.",
                example: "gradient(at: 3.0) { x in x * x }") { args, _ in
            .double(try differentiate([vector([args[0].double])], args[1]).gradient[0].scalar)
        },
        Builtin("func gradient(at x: Double, _ y: Double, of f: (Tracked, Tracked) -> Tracked) -> (Double, Double)",
                summary: "Both partial derivatives of a scalar function of two numbers.",
                example: "gradient(at: 2.0, 5.0) { x, y in x * y }") { args, _ in
            let g = try differentiate([vector([args[0].double]), vector([args[1].double])], args[2]).gradient
            return .tuple([.double(g[0].scalar), .double(g[1].scalar)])
        },
        Builtin("func valueWithGradient(at x: Matrix, of f: (Tracked) -> Tracked) -> (value: Double, gradient: Matrix)",
                summary: "f(x) and ∇f(x) from one forward and one reverse sweep.",
                example: "valueWithGradient(at: Matrix([[1, 2]])) { W in 0.5 * squaredNorm(W) }.value") { args, _ in
            let (value, gradient) = try differentiate([args[0].matrix], args[1])
            return .tuple([.double(value), .matrix(gradient[0])])
        },
        Builtin("func valueWithGradient(at x: Matrix, _ y: Matrix, of f: (Tracked, Tracked) -> Tracked) -> (value: Double, gradient: (Matrix, Matrix))",
                summary: "f(x, y) and both partial gradients.",
                example: "let (loss, (d1, d2)) = valueWithGradient(at: eye(2), ones(2, 1)) { A, x in squaredNorm(A * x) }\nloss") { args, _ in
            let (value, gradient) = try differentiate([args[0].matrix, args[1].matrix], args[2])
            return .tuple([.double(value), pair(gradient)])
        },
        Builtin("func valueWithGradient(at x: Matrix, _ y: Matrix, _ z: Matrix, of f: (Tracked, Tracked, Tracked) -> Tracked) -> (value: Double, gradient: (Matrix, Matrix, Matrix))",
                summary: "f(x, y, z) and its three partial gradients.",
                example: "valueWithGradient(at: eye(2), eye(2), ones(2, 1)) { A, B, x in sum(A * B * x) }.value") { args, _ in
            let (value, gradient) = try differentiate([args[0].matrix, args[1].matrix, args[2].matrix], args[3])
            return .tuple([.double(value), pair(gradient)])
        },
        Builtin("func valueWithGradient(at x: Matrix, _ y: Matrix, _ z: Matrix, _ w: Matrix, of f: (Tracked, Tracked, Tracked, Tracked) -> Tracked) -> (value: Double, gradient: (Matrix, Matrix, Matrix, Matrix))",
                summary: "f(x, y, z, w) and its four partial gradients.",
                example: "valueWithGradient(at: eye(2), eye(2), eye(2), ones(2, 1)) { A, B, C, x in sum(A * B * C * x) }.value") { args, _ in
            let (value, gradient) = try differentiate([args[0].matrix, args[1].matrix, args[2].matrix, args[3].matrix], args[4])
            return .tuple([.double(value), pair(gradient)])
        },
        Builtin("func valueWithGradient(at arguments: [Matrix], of f: ([Tracked]) -> Tracked) -> (value: Double, gradient: [Matrix])",
                summary: "The value and the gradients for a list of matrices.",
                example: "valueWithGradient(at: [eye(2), ones(2, 1)]) { Ws in sum(Ws[0] * Ws[1]) }.value") { args, _ in
            let (value, gradient) = try differentiateList(args[0], args[1])
            return .tuple([.double(value), .array(gradient.map(Value.matrix))])
        },
        Builtin("func valueWithGradient(at x: Double, of f: (Tracked) -> Tracked) -> (value: Double, gradient: Double)",
                summary: "f(x) and f′(x) for a number.",
                example: "valueWithGradient(at: 3.0) { x in x * x }") { args, _ in
            let (value, g) = try differentiate([vector([args[0].double])], args[1])
            return .tuple([.double(value), .double(g[0].scalar)])
        },
        Builtin("func valueWithGradient(at x: Double, _ y: Double, of f: (Tracked, Tracked) -> Tracked) -> (value: Double, gradient: (Double, Double))",
                summary: "f(x, y) and both partial derivatives for two numbers.",
                example: "valueWithGradient(at: 2.0, 5.0) { x, y in x * y + x }") { args, _ in
            let (value, g) = try differentiate([vector([args[0].double]), vector([args[1].double])], args[2])
            return .tuple([.double(value), .tuple([.double(g[0].scalar), .double(g[1].scalar)])])
        },
    ]

    static let values: [Builtin] = [
        Builtin("func value(of f: (Tracked) -> Tracked, at x: Matrix) -> Double",
                summary: "A loss written over Tracked values, evaluated at a matrix (so one closure is both evaluated and differentiated).",
                example: "let loss = { (W: Tracked) in 0.5 * squaredNorm(W) }\nvalue(of: loss, at: eye(2))") { args, _ in
            try evaluate(args[0], at: [args[1].matrix], packed: false)
        },
        Builtin("func value(of f: (Tracked, Tracked) -> Tracked, at x: Matrix, _ y: Matrix) -> Double",
                summary: "A loss of two matrices, evaluated.",
                example: "value(of: { (A: Tracked, x: Tracked) in squaredNorm(A * x) }, at: eye(2), ones(2, 1))") { args, _ in
            try evaluate(args[0], at: [args[1].matrix, args[2].matrix], packed: false)
        },
        Builtin("func value(of f: (Tracked, Tracked, Tracked) -> Tracked, at x: Matrix, _ y: Matrix, _ z: Matrix) -> Double",
                summary: "A loss of three matrices, evaluated.",
                example: "value(of: { (A: Tracked, B: Tracked, x: Tracked) in sum(A * B * x) }, at: eye(2), eye(2), ones(2, 1))") { args, _ in
            try evaluate(args[0], at: [args[1].matrix, args[2].matrix, args[3].matrix], packed: false)
        },
        Builtin("func value(of f: (Tracked, Tracked, Tracked, Tracked) -> Tracked, at x: Matrix, _ y: Matrix, _ z: Matrix, _ w: Matrix) -> Double",
                summary: "A loss of four matrices, evaluated.",
                example: "value(of: { (A: Tracked, B: Tracked, C: Tracked, x: Tracked) in sum(A * B * C * x) }, at: eye(2), eye(2), eye(2), ones(2, 1))") { args, _ in
            try evaluate(args[0], at: [args[1].matrix, args[2].matrix, args[3].matrix, args[4].matrix], packed: false)
        },
        Builtin("func value(of f: ([Tracked]) -> Tracked, at arguments: [Matrix]) -> Double",
                summary: "A loss of a list of matrices (the form gradientFlow takes), evaluated.",
                example: "value(of: { (Ws: [Tracked]) in squaredNorm(Ws[1] * Ws[0]) }, at: [eye(2), ones(1, 2)])") { args, _ in
            try evaluate(args[0], at: args[1].array.map(\.matrix), packed: true)
        },
    ]

    static let trackedOperators: [Builtin] = [
        Builtin("func * (lhs: Tracked, rhs: Tracked) -> Tracked",
                summary: "The matrix product, differentiable.",
                example: "gradient(at: eye(2)) { W in sum(W * W) }") { args, _ in
            tracked(try Throwing.product(args[0].tracked, args[1].tracked))
        },
        Builtin("func * (lhs: Tracked, rhs: Matrix) -> Tracked",
                summary: "Product with a constant matrix.",
                example: "gradient(at: eye(2)) { W in sum(W * ones(2, 1)) }") { args, _ in
            tracked(try Throwing.product(args[0].tracked, Tracked(args[1].matrix)))
        },
        Builtin("func * (lhs: Matrix, rhs: Tracked) -> Tracked",
                summary: "Product with a constant matrix.",
                example: "gradient(at: ones(2, 1)) { x in sum(eye(2) * x) }") { args, _ in
            tracked(try Throwing.product(Tracked(args[0].matrix), args[1].tracked))
        },
        Builtin("func + (lhs: Tracked, rhs: Tracked) -> Tracked",
                summary: "The sum of two values of one shape, differentiable.",
                example: "gradient(at: eye(2)) { W in sum(W + W) }") { args, _ in
            tracked(try Throwing.add(args[0].tracked, args[1].tracked))
        },
        Builtin("func + (lhs: Tracked, rhs: Matrix) -> Tracked",
                summary: "Sum with a constant matrix.",
                example: "gradient(at: eye(2)) { W in sum(W + ones(2, 2)) }") { args, _ in
            tracked(try Throwing.add(args[0].tracked, Tracked(args[1].matrix)))
        },
        Builtin("func + (lhs: Matrix, rhs: Tracked) -> Tracked",
                summary: "Sum with a constant matrix.",
                example: "gradient(at: eye(2)) { W in sum(ones(2, 2) + W) }") { args, _ in
            tracked(try Throwing.add(Tracked(args[0].matrix), args[1].tracked))
        },
        Builtin("func - (lhs: Tracked, rhs: Tracked) -> Tracked",
                summary: "The difference of two values of one shape, differentiable.",
                example: "gradient(at: eye(2)) { W in squaredNorm(W - W.T) }") { args, _ in
            tracked(try Throwing.subtract(args[0].tracked, args[1].tracked))
        },
        Builtin("func - (lhs: Tracked, rhs: Matrix) -> Tracked",
                summary: "Difference with a constant matrix (e.g. the targets in `W * X - Y`).",
                example: "gradient(at: eye(2)) { W in squaredNorm(W - ones(2, 2)) }") { args, _ in
            tracked(try Throwing.subtract(args[0].tracked, Tracked(args[1].matrix)))
        },
        Builtin("func - (lhs: Matrix, rhs: Tracked) -> Tracked",
                summary: "Difference from a constant matrix.",
                example: "gradient(at: eye(2)) { W in squaredNorm(ones(2, 2) - W) }") { args, _ in
            tracked(try Throwing.subtract(Tracked(args[0].matrix), args[1].tracked))
        },
        Builtin("func / (lhs: Tracked, rhs: Tracked) -> Tracked",
                summary: "Division by a 1×1 tracked scalar (e.g. a norm), differentiable in both.",
                example: "gradient(at: vector([3, 4])) { v in sum(v / norm(v)) }") { args, _ in
            tracked(try Throwing.divide(args[0].tracked, args[1].tracked))
        },
        Builtin("func * (lhs: Double, rhs: Tracked) -> Tracked",
                summary: "Scaling by a number.",
                example: "gradient(at: eye(2)) { W in sum(3 * W) }") { args, _ in tracked(args[0].double * args[1].tracked) },
        Builtin("func * (lhs: Tracked, rhs: Double) -> Tracked",
                summary: "Scaling by a number.",
                example: "gradient(at: eye(2)) { W in sum(W * 3) }") { args, _ in tracked(args[0].tracked * args[1].double) },
        Builtin("func / (lhs: Tracked, rhs: Double) -> Tracked",
                summary: "Division by a number.",
                example: "gradient(at: eye(2)) { W in sum(W / 4) }") { args, _ in tracked(args[0].tracked / args[1].double) },
        Builtin("func / (lhs: Double, rhs: Tracked) -> Tracked",
                summary: "A number divided by every entry.",
                example: "gradient(at: Matrix([[2]])) { x in sum(1 / x) }") { args, _ in tracked(args[0].double / args[1].tracked) },
        Builtin("func + (lhs: Tracked, rhs: Double) -> Tracked",
                summary: "A number added to every entry.",
                example: "gradient(at: eye(2)) { W in squaredNorm(W + 1) }") { args, _ in tracked(args[0].tracked + args[1].double) },
        Builtin("func + (lhs: Double, rhs: Tracked) -> Tracked",
                summary: "A number added to every entry.",
                example: "gradient(at: eye(2)) { W in squaredNorm(1 + W) }") { args, _ in tracked(args[0].double + args[1].tracked) },
        Builtin("func - (lhs: Tracked, rhs: Double) -> Tracked",
                summary: "A number subtracted from every entry.",
                example: "gradient(at: eye(2)) { W in squaredNorm(W - 1) }") { args, _ in tracked(args[0].tracked - args[1].double) },
        Builtin("func - (lhs: Double, rhs: Tracked) -> Tracked",
                summary: "A number minus every entry.",
                example: "gradient(at: eye(2)) { W in squaredNorm(1 - W) }") { args, _ in tracked(args[0].double - args[1].tracked) },
        Builtin("prefix func - (x: Tracked) -> Tracked",
                summary: "Negation.",
                example: "gradient(at: eye(2)) { W in sum(-W) }") { args, _ in tracked(-args[0].tracked) },
    ]

    static let trackedDotOperators: [Builtin] = [
        Builtin("func .* (lhs: Tracked, rhs: Tracked) -> Tracked",
                summary: "Elementwise product with broadcasting, differentiable.",
                example: "gradient(at: Matrix([[1, 2]])) { x in sum(x .* x) }") { args, _ in
            tracked(try Throwing.hadamard(args[0].tracked, args[1].tracked))
        },
        Builtin("func .* (lhs: Tracked, rhs: Matrix) -> Tracked",
                summary: "Elementwise product with a constant matrix (e.g. a mask), broadcasting.",
                example: "gradient(at: eye(2)) { W in sum(W .* Matrix([[1, 0]])) }") { args, _ in
            tracked(try Throwing.hadamard(args[0].tracked, Tracked(args[1].matrix)))
        },
        Builtin("func .* (lhs: Matrix, rhs: Tracked) -> Tracked",
                summary: "Elementwise product with a constant matrix, broadcasting.",
                example: "gradient(at: eye(2)) { W in sum(Matrix([[1], [0]]) .* W) }") { args, _ in
            tracked(try Throwing.hadamard(Tracked(args[0].matrix), args[1].tracked))
        },
        Builtin("func ./ (lhs: Tracked, rhs: Tracked) -> Tracked",
                summary: "Elementwise quotient with broadcasting, differentiable.",
                example: "gradient(at: Matrix([[1, 2]])) { x in sum(x ./ (x .+ 1)) }") { args, _ in
            tracked(try Throwing.elementwiseDivide(args[0].tracked, args[1].tracked))
        },
        Builtin("func ./ (lhs: Tracked, rhs: Matrix) -> Tracked",
                summary: "Elementwise quotient by a constant matrix, broadcasting.",
                example: "gradient(at: eye(2)) { W in sum(W ./ Matrix([[1, 2]])) }") { args, _ in
            tracked(try Throwing.elementwiseDivide(args[0].tracked, Tracked(args[1].matrix)))
        },
        Builtin("func ./ (lhs: Matrix, rhs: Tracked) -> Tracked",
                summary: "Elementwise quotient of a constant matrix, broadcasting.",
                example: "gradient(at: Matrix([[1, 2]])) { x in sum(ones(2, 2) ./ x) }") { args, _ in
            tracked(try Throwing.elementwiseDivide(Tracked(args[0].matrix), args[1].tracked))
        },
        Builtin("func .+ (lhs: Tracked, rhs: Tracked) -> Tracked",
                summary: "Elementwise sum with broadcasting, differentiable (a broadcast operand's gradient is summed).",
                example: "gradient(at: eye(2), Matrix([[1, 2]])) { W, b in squaredNorm(W .+ b) }.1") { args, _ in
            tracked(try Throwing.elementwiseAdd(args[0].tracked, args[1].tracked))
        },
        Builtin("func .+ (lhs: Tracked, rhs: Matrix) -> Tracked",
                summary: "Elementwise sum with a constant matrix, broadcasting (e.g. a bias row).",
                example: "gradient(at: eye(2)) { W in squaredNorm(W .+ Matrix([[1, 2]])) }") { args, _ in
            tracked(try Throwing.elementwiseAdd(args[0].tracked, Tracked(args[1].matrix)))
        },
        Builtin("func .+ (lhs: Matrix, rhs: Tracked) -> Tracked",
                summary: "Elementwise sum with a constant matrix, broadcasting.",
                example: "gradient(at: Matrix([[1, 2]])) { b in squaredNorm(eye(2) .+ b) }") { args, _ in
            tracked(try Throwing.elementwiseAdd(Tracked(args[0].matrix), args[1].tracked))
        },
        Builtin("func .- (lhs: Tracked, rhs: Tracked) -> Tracked",
                summary: "Elementwise difference with broadcasting, differentiable.",
                example: "gradient(at: eye(2)) { W in squaredNorm(W .- mean(W, axis: 0)) }") { args, _ in
            tracked(try Throwing.elementwiseSubtract(args[0].tracked, args[1].tracked))
        },
        Builtin("func .- (lhs: Tracked, rhs: Matrix) -> Tracked",
                summary: "Elementwise difference with a constant matrix, broadcasting.",
                example: "gradient(at: eye(2)) { W in squaredNorm(W .- Matrix([[1], [2]])) }") { args, _ in
            tracked(try Throwing.elementwiseSubtract(args[0].tracked, Tracked(args[1].matrix)))
        },
        Builtin("func .- (lhs: Matrix, rhs: Tracked) -> Tracked",
                summary: "Elementwise difference from a constant matrix, broadcasting.",
                example: "gradient(at: Matrix([[1, 2]])) { b in squaredNorm(eye(2) .- b) }") { args, _ in
            tracked(try Throwing.elementwiseSubtract(Tracked(args[0].matrix), args[1].tracked))
        },
        Builtin("func .+ (lhs: Tracked, rhs: Double) -> Tracked",
                summary: "A number added to every entry.",
                example: "gradient(at: eye(2)) { W in squaredNorm(W .+ 1) }") { args, _ in tracked(args[0].tracked .+ args[1].double) },
        Builtin("func .+ (lhs: Double, rhs: Tracked) -> Tracked",
                summary: "A number added to every entry.",
                example: "gradient(at: eye(2)) { W in squaredNorm(1 .+ W) }") { args, _ in tracked(args[0].double .+ args[1].tracked) },
        Builtin("func .- (lhs: Tracked, rhs: Double) -> Tracked",
                summary: "A number subtracted from every entry.",
                example: "gradient(at: eye(2)) { W in squaredNorm(W .- 1) }") { args, _ in tracked(args[0].tracked .- args[1].double) },
        Builtin("func .- (lhs: Double, rhs: Tracked) -> Tracked",
                summary: "A number minus every entry.",
                example: "gradient(at: eye(2)) { W in squaredNorm(1 .- W) }") { args, _ in tracked(args[0].double .- args[1].tracked) },
        Builtin("func .* (lhs: Tracked, rhs: Double) -> Tracked",
                summary: "Scaling by a number.",
                example: "gradient(at: eye(2)) { W in sum(W .* 2) }") { args, _ in tracked(args[0].tracked .* args[1].double) },
        Builtin("func .* (lhs: Double, rhs: Tracked) -> Tracked",
                summary: "Scaling by a number.",
                example: "gradient(at: eye(2)) { W in sum(2 .* W) }") { args, _ in tracked(args[0].double .* args[1].tracked) },
        Builtin("func ./ (lhs: Tracked, rhs: Double) -> Tracked",
                summary: "Division by a number.",
                example: "gradient(at: eye(2)) { W in sum(W ./ 2) }") { args, _ in tracked(args[0].tracked ./ args[1].double) },
        Builtin("func ./ (lhs: Double, rhs: Tracked) -> Tracked",
                summary: "A number divided by every entry.",
                example: "gradient(at: Matrix([[2]])) { x in sum(1 ./ x) }") { args, _ in tracked(args[0].double ./ args[1].tracked) },
    ]

    static let trackedFunctions: [Builtin] = [
        Builtin("func relu(_ x: Tracked) -> Tracked",
                summary: "relu, differentiable (derivative 0 at 0).",
                example: "gradient(at: Matrix([[-1, 2]])) { x in sum(relu(x)) }") { args, _ in tracked(relu(args[0].tracked)) },
        Builtin("func leakyRelu(_ x: Tracked, slope: Double) -> Tracked",
                summary: "leakyRelu, differentiable.",
                example: "gradient(at: Matrix([[-1, 2]])) { x in sum(leakyRelu(x, slope: 0.1)) }") { args, _ in
            tracked(leakyRelu(args[0].tracked, slope: args[1].double))
        },
        Builtin("func tanh(_ x: Tracked) -> Tracked",
                summary: "tanh of every entry, differentiable.",
                example: "gradient(at: Matrix([[0]])) { x in sum(tanh(x)) }") { args, _ in tracked(tanh(args[0].tracked)) },
        Builtin("func sigmoid(_ x: Tracked) -> Tracked",
                summary: "The logistic function of every entry, differentiable.",
                example: "gradient(at: Matrix([[0]])) { x in sum(sigmoid(x)) }") { args, _ in tracked(sigmoid(args[0].tracked)) },
        Builtin("func exp(_ x: Tracked) -> Tracked",
                summary: "eˣ of every entry, differentiable.",
                example: "gradient(at: Matrix([[0]])) { x in sum(exp(x)) }") { args, _ in tracked(exp(args[0].tracked)) },
        Builtin("func log(_ x: Tracked) -> Tracked",
                summary: "The logarithm of every entry, differentiable.",
                example: "gradient(at: Matrix([[2]])) { x in sum(log(x)) }") { args, _ in tracked(log(args[0].tracked)) },
        Builtin("func sqrt(_ x: Tracked) -> Tracked",
                summary: "The square root of every entry, differentiable.",
                example: "gradient(at: Matrix([[4]])) { x in sum(sqrt(x)) }") { args, _ in tracked(sqrt(args[0].tracked)) },
        Builtin("func abs(_ x: Tracked) -> Tracked",
                summary: "The absolute value of every entry, differentiable away from 0.",
                example: "gradient(at: Matrix([[-3, 2]])) { x in sum(abs(x)) }") { args, _ in tracked(abs(args[0].tracked)) },
        Builtin("func pow(_ x: Tracked, _ p: Double) -> Tracked",
                summary: "Every entry to the power p, differentiable in x.",
                example: "gradient(at: Matrix([[2]])) { x in sum(pow(x, 3)) }") { args, _ in
            tracked(pow(args[0].tracked, args[1].double))
        },
        Builtin("func sum(_ x: Tracked) -> Tracked",
                summary: "The sum of all entries, as a 1×1 tracked scalar.",
                example: "gradient(at: eye(2)) { W in sum(W) }") { args, _ in tracked(sum(args[0].tracked)) },
        Builtin("func sum(_ x: Tracked, axis: Int) -> Tracked",
                summary: "Sums along an axis (0: down columns; 1: across rows), differentiable.",
                example: "gradient(at: eye(2)) { W in squaredNorm(sum(W, axis: 0)) }") { args, _ in
            tracked(try Throwing.sum(args[0].tracked, axis: args[1].int))
        },
        Builtin("func mean(_ x: Tracked) -> Tracked",
                summary: "The mean of all entries, as a 1×1 tracked scalar.",
                example: "gradient(at: eye(2)) { W in mean(W) }") { args, _ in tracked(mean(args[0].tracked)) },
        Builtin("func mean(_ x: Tracked, axis: Int) -> Tracked",
                summary: "Means along an axis, differentiable.",
                example: "gradient(at: eye(2)) { W in squaredNorm(mean(W, axis: 1)) }") { args, _ in
            tracked(try Throwing.mean(args[0].tracked, axis: args[1].int))
        },
        Builtin("func squaredNorm(_ x: Tracked) -> Tracked",
                summary: "Σ x², as a 1×1 tracked scalar: the usual least-squares loss.",
                example: "gradient(at: Matrix([[1, 2]])) { x in squaredNorm(x) }") { args, _ in tracked(squaredNorm(args[0].tracked)) },
        Builtin("func norm(_ x: Tracked) -> Tracked",
                summary: "The Frobenius norm, as a 1×1 tracked scalar.",
                example: "gradient(at: vector([3, 4])) { x in norm(x) }") { args, _ in tracked(norm(args[0].tracked)) },
        Builtin("func trace(_ x: Tracked) -> Tracked",
                summary: "The trace of a square tracked matrix, as 1×1.",
                example: "gradient(at: eye(2)) { W in trace(W * W) }") { args, _ in tracked(try Throwing.trace(args[0].tracked)) },
        Builtin("func diag(_ x: Tracked) -> Tracked",
                summary: "A vector's diagonal matrix, or a matrix's diagonal, differentiable.",
                example: "gradient(at: eye(2)) { W in squaredNorm(diag(W)) }") { args, _ in tracked(try Throwing.diag(args[0].tracked)) },
        Builtin("func dot(_ a: Tracked, _ b: Tracked) -> Tracked",
                summary: "The Frobenius inner product, as a 1×1 tracked scalar.",
                example: "gradient(at: vector([1, 2])) { x in dot(x, x) }") { args, _ in
            tracked(try Throwing.dot(args[0].tracked, args[1].tracked))
        },
    ]

    static let trackedMembers: [Builtin] = [
        Builtin(static: "Tracked", "init(_ value: Matrix)",
                summary: "A constant: no derivative flows to it.",
                example: "gradient(at: eye(2)) { W in sum(W * Tracked(ones(2, 1))) }") { args, _ in tracked(Tracked(args[0].matrix)) },
        Builtin(static: "Tracked", "init(_ value: Double)",
                summary: "A 1×1 constant.",
                example: "gradient(at: eye(2)) { W in sum(W) * Tracked(2.0) }") { args, _ in tracked(Tracked(args[0].double)) },
        Builtin(on: "Tracked", "var value: Matrix",
                summary: "The value computed (e.g. to print a loss inside the closure).",
                example: "gradient(at: eye(2)) { W in\n    print(squaredNorm(W).value)\n    return squaredNorm(W)\n}") { args, _ in
            .matrix(args[0].tracked.value)
        },
        Builtin(on: "Tracked", "var rows: Int",
                summary: "The number of rows of the value.",
                example: "gradient(at: eye(2)) { W in sum(W) / Double(W.rows) }") { args, _ in .int(args[0].tracked.rows) },
        Builtin(on: "Tracked", "var cols: Int",
                summary: "The number of columns of the value.",
                example: "gradient(at: eye(2)) { W in sum(W) / Double(W.cols) }") { args, _ in .int(args[0].tracked.cols) },
        Builtin(on: "Tracked", "var T: Tracked",
                summary: "The transpose, differentiable.",
                example: "gradient(at: Matrix([[1, 2]])) { x in sum(x * x.T) }") { args, _ in tracked(args[0].tracked.T) },
        Builtin(on: "Tracked", "func row(_ i: Int) -> Tracked",
                summary: "Row i, differentiable.",
                example: "gradient(at: eye(2)) { W in squaredNorm(W.row(0)) }") { args, _ in
            tracked(try Throwing.row(args[0].tracked, args[1].int))
        },
        Builtin(on: "Tracked", "func col(_ j: Int) -> Tracked",
                summary: "Column j, differentiable.",
                example: "gradient(at: eye(2)) { W in squaredNorm(W.col(1)) }") { args, _ in
            tracked(try Throwing.col(args[0].tracked, args[1].int))
        },
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
