import Autodiff
import Linalg
import CellValues

/// Flows and differential equations as cells see them: gradient flows and descent, ODEs
/// and SDEs with a `Matrix` or `[Matrix]` state, and the trajectories they return.
enum SurfaceDifferentialEquations {
    /// `SDEMethod`'s cases, in this order (a cell's value is the case's index).
    static let enums: [EnumLayout] = [
        EnumLayout(name: "SDEMethod", cases: [.init(name: "eulerMaruyama", payload: []), .init(name: "heun", payload: [])],
                   isLibrary: true),
    ]

    /// Declarations the checker handles itself, for the reference.
    static let declarations: [LibraryDeclaration] = [
        LibraryDeclaration("struct Trajectory",
                           summary: "A solution with a `[Matrix]` state: `times`, `states`, `final`, dense `state(at:)`; losses for flows.",
                           example: "let flow = gradientFlow(from: [Matrix([[2]])], until: 1) { Ws in squaredNorm(Ws[0]) }\nflow.final"),
        LibraryDeclaration("struct MatrixTrajectory",
                           summary: "A solution with a `Matrix` state: Trajectory's API with a Matrix where that has [Matrix].",
                           example: "let decay = solveODE(from: vector([1, 2]), over: 0...1) { t, y in -1 * y }\ndecay.final"),
        LibraryDeclaration("enum FlowMethod { case dormandPrince(rtol:atol:maxSteps:), rk4(step:) }",
                           summary: "How to integrate an ODE or a flow: adaptive Dormand–Prince 5(4) (the default) or fixed-step RK4.",
                           example: "solveODE(from: Matrix([[1]]), over: 0...1, method: .rk4(step: 0.1)) { t, y in y }.final"),
        LibraryDeclaration("enum SDEMethod { case eulerMaruyama, heun }",
                           summary: "How to step an SDE: Euler–Maruyama (Itô, the default) or stochastic Heun (Stratonovich).",
                           example: "solveSDE(from: Matrix([[1]]), over: 0...1, step: 0.1, method: .heun) { t, Y in Y } noise: { t, Y, dW in 0.1 * dW }.times.count"),
    ]

    static let entries: [Builtin] = methods + flows + equations + trajectories + matrixTrajectories

    private static func method(_ value: Value) -> FlowMethod { (value.opaqueValue as? FlowMethod) ?? .dormandPrince() }
    private static func sdeMethod(_ value: Value) -> SDEMethod {
        if case .enumCase(1, _) = value { return .heun }
        return .eulerMaruyama
    }
    private static func trajectory(_ value: Value) -> Trajectory? { value.opaqueValue as? Trajectory }
    private static func matrixTrajectory(_ value: Value) -> MatrixTrajectory? { value.opaqueValue as? MatrixTrajectory }
    private static func opaque(_ value: some Sendable) -> Value { .opaque(AnyOpaque(value: value)) }
    private static func matrices(_ value: Value) -> [Matrix] { value.array.map(\.matrix) }
    private static func matrices(_ list: [Matrix]) -> Value { .array(list.map(Value.matrix)) }
    private static func interval(_ value: Value) -> ClosedRange<Double> {
        let bounds = value.array
        return bounds[0].double...Swift.max(bounds[0].double, bounds[1].double)
    }

    /// A cell closure as a Swift closure for Autodiff: `arguments` packs the Swift
    /// arguments as values, `result` reads the cell's result. A cell error is kept in
    /// `failure` (see `SurfaceAutodiff.rethrowing`).
    private static func closure<Arguments, Result>(_ function: Value, _ failure: FailureBox,
                                                   arguments: @escaping (Arguments) -> [Value],
                                                   result: @escaping (Value) -> Result)
        -> (Arguments) throws(AutodiffError) -> Result {
        let cellFunction = function.function
        return { (input: Arguments) throws(AutodiffError) -> Result in
            var values = arguments(input)
            do {
                return result(try cellFunction.call(&values))
            } catch {
                failure.error = error
                throw AutodiffError.closureFailed
            }
        }
    }

    static let methods: [Builtin] = [
        Builtin(static: "FlowMethod", "func dormandPrince(rtol: Double = 1e-9, atol: Double = 1e-12, maxSteps: Int = 1000000) -> FlowMethod",
                summary: "Adaptive Dormand–Prince 5(4) with error control and dense output (MATLAB's ode45, SciPy's RK45).",
                example: "solveODE(from: Matrix([[1]]), over: 0...1, method: .dormandPrince(rtol: 1e-12)) { t, y in y }.final") { args, _ in
            opaque(FlowMethod.dormandPrince(rtol: args[0].double, atol: args[1].double, maxSteps: args[2].int))
        },
        Builtin(static: "FlowMethod", "func rk4(step: Double) -> FlowMethod",
                summary: "Classical 4th-order Runge–Kutta with a fixed step (cubic Hermite dense output).",
                example: "solveODE(from: Matrix([[1]]), over: 0...1, method: .rk4(step: 0.01)) { t, y in y }.final") { args, _ in
            opaque(FlowMethod.rk4(step: args[0].double))
        },
    ]

    static let flows: [Builtin] = [
        Builtin("func gradientFlow(from initial: [Matrix], until tEnd: Double, method: FlowMethod = .dormandPrince(), loss: ([Tracked]) -> Tracked) -> Trajectory",
                summary: "The gradient flow dW/dt = −∇L(W) of a list of matrices from t = 0, recording the loss.",
                example: "let flow = gradientFlow(from: [Matrix([[2]])], until: 1) { Ws in squaredNorm(Ws[0]) }\nflow.losses.last!") { args, _ in
            try SurfaceAutodiff.rethrowing { failure in
                opaque(try Throwing.gradientFlow(from: matrices(args[0]), until: args[1].double, method: method(args[2]),
                                                 loss: SurfaceAutodiff.trackedClosure(args[3], failure, packed: true)))
            }
        },
        Builtin("func gradientDescent(from initial: [Matrix], learningRate: Double, steps: Int, loss: ([Tracked]) -> Tracked) -> Trajectory",
                summary: "Gradient descent W ← W − η∇L(W), as a trajectory at times kη (to compare with the flow).",
                example: "gradientDescent(from: [Matrix([[2]])], learningRate: 0.1, steps: 10) { Ws in squaredNorm(Ws[0]) }.final") { args, _ in
            try SurfaceAutodiff.rethrowing { failure in
                opaque(try Throwing.gradientDescent(from: matrices(args[0]), learningRate: args[1].double, steps: args[2].int,
                                                    loss: SurfaceAutodiff.trackedClosure(args[3], failure, packed: true)))
            }
        },
    ]

    static let equations: [Builtin] = [
        Builtin("func solveODE(from initial: Matrix, over interval: ClosedRange<Double>, method: FlowMethod = .dormandPrince(), field: (Double, Matrix) -> Matrix) -> MatrixTrajectory",
                summary: "The solution of dy/dt = f(t, y) for a matrix y (Dormand–Prince 5(4) by default, or `.rk4(step:)`).",
                example: "let K = Matrix([[0, -1], [1, 0]])\nsolveODE(from: vector([1, 0]), over: 0...Double.pi) { t, y in K * y }.final") { args, _ in
            try SurfaceAutodiff.rethrowing { failure in
                let field = closure(args[3], failure, arguments: { (t: Double, y: Matrix) in [.double(t), .matrix(y)] },
                                    result: \.matrix)
                return opaque(try Throwing.solveODE(from: args[0].matrix, over: interval(args[1]), method: method(args[2]),
                                                    field: { (t, y) throws(AutodiffError) in try field((t, y)) }))
            }
        },
        Builtin("func solveODE(from initial: [Matrix], over interval: ClosedRange<Double>, method: FlowMethod = .dormandPrince(), field: (Double, [Matrix]) -> [Matrix]) -> Trajectory",
                summary: "The solution of an ODE whose state is a list of matrices.",
                example: "solveODE(from: [Matrix([[1]]), Matrix([[0]])], over: 0...1) { t, y in [y[1], -1 * y[0]] }.final") { args, _ in
            try SurfaceAutodiff.rethrowing { failure in
                let field = closure(args[3], failure, arguments: { (t: Double, y: [Matrix]) in [.double(t), matrices(y)] },
                                    result: { matrices($0) })
                return opaque(try Throwing.solveODE(from: matrices(args[0]), over: interval(args[1]), method: method(args[2]),
                                                    field: { (t, y) throws(AutodiffError) in try field((t, y)) }))
            }
        },
        Builtin("func solveSDE(from initial: Matrix, over interval: ClosedRange<Double>, step: Double, method: SDEMethod = .eulerMaruyama, drift: (Double, Matrix) -> Matrix, noise: (Double, Matrix, Matrix) -> Matrix) -> MatrixTrajectory",
                summary: "A sample path of dY = a(t, Y) dt + b(t, Y)dW, dW ~ N(0, h) with Y's shape, from the cell's seeded stream.",
                example: "let path = solveSDE(from: Matrix([[1]]), over: 0...1, step: 0.01) { t, Y in 0.5 * Y } noise: { t, Y, dW in 0.2 * Y .* dW }\npath.times.count") { args, runtime in
            try SurfaceAutodiff.rethrowing { failure in
                let drift = closure(args[4], failure, arguments: { (t: Double, y: Matrix) in [.double(t), .matrix(y)] },
                                    result: \.matrix)
                let noise = closure(args[5], failure, arguments: { (t: Double, y: Matrix, dW: Matrix) in
                    [.double(t), .matrix(y), .matrix(dW)]
                }, result: \.matrix)
                return opaque(try SurfaceLinalg.drawing(runtime) { stream throws(AutodiffError) in
                    try Throwing.solveSDE(from: args[0].matrix, over: interval(args[1]), step: args[2].double,
                                          method: sdeMethod(args[3]), using: &stream,
                                          drift: { (t, y) throws(AutodiffError) in try drift((t, y)) },
                                          noise: { (t, y, dW) throws(AutodiffError) in try noise((t, y, dW)) })
                })
            }
        },
        Builtin("func solveSDE(from initial: [Matrix], over interval: ClosedRange<Double>, step: Double, method: SDEMethod = .eulerMaruyama, drift: (Double, [Matrix]) -> [Matrix], noise: (Double, [Matrix], [Matrix]) -> [Matrix]) -> Trajectory",
                summary: "A sample path of an SDE whose state is a list of matrices (dW is a list of increments).",
                example: "solveSDE(from: [eye(2), eye(2)], over: 0...1, step: 0.1) { t, W in [-1 * W[0], -1 * W[1]] } noise: { t, W, dW in [0.1 * dW[0], 0.1 * dW[1]] }.final.count") { args, runtime in
            try SurfaceAutodiff.rethrowing { failure in
                let drift = closure(args[4], failure, arguments: { (t: Double, y: [Matrix]) in [.double(t), matrices(y)] },
                                    result: { matrices($0) })
                let noise = closure(args[5], failure, arguments: { (t: Double, y: [Matrix], dW: [Matrix]) in
                    [.double(t), matrices(y), matrices(dW)]
                }, result: { matrices($0) })
                return opaque(try SurfaceLinalg.drawing(runtime) { stream throws(AutodiffError) in
                    try Throwing.solveSDE(from: matrices(args[0]), over: interval(args[1]), step: args[2].double,
                                          method: sdeMethod(args[3]), using: &stream,
                                          drift: { (t, y) throws(AutodiffError) in try drift((t, y)) },
                                          noise: { (t, y, dW) throws(AutodiffError) in try noise((t, y, dW)) })
                })
            }
        },
    ]

    static let trajectories: [Builtin] = [
        Builtin(on: "Trajectory", "var times: [Double]",
                summary: "The start time and the end of every accepted step.",
                example: "gradientDescent(from: [Matrix([[2]])], learningRate: 0.5, steps: 2) { Ws in squaredNorm(Ws[0]) }.times") { args, _ in
            .array((trajectory(args[0])?.times ?? []).map(Value.double))
        },
        Builtin(on: "Trajectory", "var states: [[Matrix]]",
                summary: "The state at each of `times`.",
                example: "gradientDescent(from: [Matrix([[2]])], learningRate: 0.25, steps: 2) { Ws in squaredNorm(Ws[0]) }.states.count") { args, _ in
            .array((trajectory(args[0])?.states ?? []).map(matrices))
        },
        Builtin(on: "Trajectory", "var final: [Matrix]",
                summary: "The state at the end time.",
                example: "gradientDescent(from: [Matrix([[2]])], learningRate: 0.25, steps: 2) { Ws in squaredNorm(Ws[0]) }.final") { args, _ in
            matrices(trajectory(args[0])?.final ?? [])
        },
        Builtin(on: "Trajectory", "var losses: [Double]",
                summary: "For flows and descent: the loss at each of `times` (empty otherwise).",
                example: "gradientDescent(from: [Matrix([[2]])], learningRate: 0.25, steps: 2) { Ws in squaredNorm(Ws[0]) }.losses") { args, _ in
            .array((trajectory(args[0])?.losses ?? []).map(Value.double))
        },
        Builtin(on: "Trajectory", "var rejectedSteps: Int",
                summary: "How many steps the adaptive method rejected.",
                example: "gradientFlow(from: [Matrix([[2]])], until: 1) { Ws in squaredNorm(Ws[0]) }.rejectedSteps") { args, _ in
            .int(trajectory(args[0])?.rejectedSteps ?? 0)
        },
        Builtin(on: "Trajectory", "func state(at t: Double) -> [Matrix]",
                summary: "The state at any time of the interval, from the method's interpolant (dense output).",
                example: "gradientFlow(from: [Matrix([[1]])], until: 1) { Ws in 0.5 * squaredNorm(Ws[0]) }.state(at: 0.5)") { args, _ in
            guard let trajectory = trajectory(args[0]) else { return .array([]) }
            return matrices(try Throwing.state(of: trajectory, at: args[1].double))
        },
        Builtin(on: "Trajectory", "func sample(count: Int) -> (times: [Double], states: [[Matrix]])",
                summary: "count equally spaced times over the interval and the states there (for plotting).",
                example: "gradientFlow(from: [Matrix([[1]])], until: 1) { Ws in 0.5 * squaredNorm(Ws[0]) }.sample(count: 3).times") { args, _ in
            guard let trajectory = trajectory(args[0]) else { return .tuple([.array([]), .array([])]) }
            let (times, states) = trajectory.sample(count: args[1].int)
            return .tuple([.array(times.map(Value.double)), .array(states.map(matrices))])
        },
    ]

    static let matrixTrajectories: [Builtin] = [
        Builtin(on: "MatrixTrajectory", "var times: [Double]",
                summary: "The start time and the end of every accepted step.",
                example: "solveODE(from: Matrix([[1]]), over: 0...1, method: .rk4(step: 0.25)) { t, y in y }.times") { args, _ in
            .array((matrixTrajectory(args[0])?.times ?? []).map(Value.double))
        },
        Builtin(on: "MatrixTrajectory", "var states: [Matrix]",
                summary: "The state at each of `times`.",
                example: "solveODE(from: Matrix([[1]]), over: 0...1, method: .rk4(step: 0.5)) { t, y in y }.states") { args, _ in
            matrices(matrixTrajectory(args[0])?.states ?? [])
        },
        Builtin(on: "MatrixTrajectory", "var final: Matrix",
                summary: "The state at the end time.",
                example: "solveODE(from: Matrix([[1]]), over: 0...1) { t, y in y }.final") { args, _ in
            .matrix(matrixTrajectory(args[0])?.final ?? Matrix.emptyForRuntime)
        },
        Builtin(on: "MatrixTrajectory", "var rejectedSteps: Int",
                summary: "How many steps the adaptive method rejected.",
                example: "solveODE(from: Matrix([[1]]), over: 0...1) { t, y in y }.rejectedSteps") { args, _ in
            .int(matrixTrajectory(args[0])?.rejectedSteps ?? 0)
        },
        Builtin(on: "MatrixTrajectory", "func state(at t: Double) -> Matrix",
                summary: "The state at any time of the interval, from the method's interpolant (dense output).",
                example: "solveODE(from: Matrix([[1]]), over: 0...1) { t, y in y }.state(at: 0.5)") { args, _ in
            guard let trajectory = matrixTrajectory(args[0]) else { return .matrix(Matrix.emptyForRuntime) }
            return .matrix(try Throwing.state(of: trajectory, at: args[1].double))
        },
        Builtin(on: "MatrixTrajectory", "func sample(count: Int) -> (times: [Double], states: [Matrix])",
                summary: "count equally spaced times over the interval and the states there (for plotting).",
                example: "solveODE(from: Matrix([[1]]), over: 0...1) { t, y in y }.sample(count: 3).times") { args, _ in
            guard let trajectory = matrixTrajectory(args[0]) else { return .tuple([.array([]), .array([])]) }
            let (times, states) = trajectory.sample(count: args[1].int)
            return .tuple([.array(times.map(Value.double)), matrices(states)])
        },
    ]
}
