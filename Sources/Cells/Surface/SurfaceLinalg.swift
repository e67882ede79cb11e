import Linalg
import CellValues

/// The Linalg module as cells see it. Every fallible operation is bound to its
/// throwing twin (`Throwing.product` for `*`, …) so a shape mismatch becomes an
/// error at the cell's line instead of a trap.
enum SurfaceLinalg {
    /// Linalg's enums: `polar(A)` is the left form A = QP, `polar(A, side: .right)` the right form A = R Uᵀ.
    static let enums: [EnumLayout] = [
        EnumLayout(name: "LeftPolarSide", cases: [.init(name: "left", payload: [])], isLibrary: true),
        EnumLayout(name: "RightPolarSide", cases: [.init(name: "right", payload: [])], isLibrary: true),
    ]

    private static func matrix(_ name: String, _ body: @escaping @Sendable (Matrix) throws -> Matrix) -> Builtin {
        Builtin("func \(name)(_ A: Matrix) -> Matrix") { args, _ in .matrix(try body(args[0].matrix)) }
    }

    private static func scalar(_ name: String, _ body: @escaping @Sendable (Matrix) throws -> Double) -> Builtin {
        Builtin("func \(name)(_ A: Matrix) -> Double") { args, _ in .double(try body(args[0].matrix)) }
    }

    private static func binary(_ op: String, _ body: @escaping @Sendable (Matrix, Matrix) throws -> Matrix) -> Builtin {
        Builtin("func \(op) (lhs: Matrix, rhs: Matrix) -> Matrix") { args, _ in
            .matrix(try body(args[0].matrix, args[1].matrix))
        }
    }

    private static func scaled(_ op: String, _ body: @escaping @Sendable (Double, Double) -> Double) -> [Builtin] {
        [
            Builtin("func \(op) (lhs: Matrix, rhs: Double) -> Matrix") { args, _ in
                let c = args[1].double
                return .matrix(args[0].matrix.map { body($0, c) })
            },
            Builtin("func \(op) (lhs: Double, rhs: Matrix) -> Matrix") { args, _ in
                let c = args[0].double
                return .matrix(args[1].matrix.map { body(c, $0) })
            },
        ]
    }

    /// Runs `body` with the run's random stream: the one place the surface draws from.
    /// For now the process default stream, which `CellProgram` sets per cell; once the
    /// runtime keeps its own stream, this becomes `try body(&runtime.random)`.
    static func drawing<Result>(_ runtime: Runtime, _ body: (inout RandomStream) throws(LinalgError) -> Result)
        throws(LinalgError) -> Result {
        try Random.draw(body)
    }

    static let entries: [Builtin] = construction + arithmetic + functions + decompositions + members

    private static let construction: [Builtin] = [
        Builtin(static: "Matrix", "init(_ rows: [[Double]])") { args, _ in
            .matrix(try Throwing.matrix(args[0].array.map { $0.array.map(\.double) }))
        },
        Builtin(static: "Matrix", "init(rows: Int, cols: Int, repeating value: Double)") { args, _ in
            .matrix(try Throwing.matrix(rows: args[0].int, cols: args[1].int, repeating: args[2].double))
        },
        Builtin(static: "Matrix", "init(rows: Int, cols: Int, rowMajor elements: [Double])") { args, _ in
            .matrix(try Throwing.matrix(rows: args[0].int, cols: args[1].int, rowMajor: args[2].array.map(\.double)))
        },
        Builtin("func zeros(_ rows: Int, _ cols: Int) -> Matrix") { args, _ in .matrix(try Throwing.zeros(args[0].int, args[1].int)) },
        Builtin("func ones(_ rows: Int, _ cols: Int) -> Matrix") { args, _ in .matrix(try Throwing.ones(args[0].int, args[1].int)) },
        Builtin("func eye(_ n: Int) -> Matrix") { args, _ in .matrix(try Throwing.eye(args[0].int)) },
        Builtin("func vector(_ entries: [Double]) -> Matrix") { args, _ in
            .matrix(try Throwing.matrix(rows: args[0].array.count, cols: 1, rowMajor: args[0].array.map(\.double)))
        },
        Builtin("func randn(_ rows: Int, _ cols: Int, std: Double = 1) -> Matrix") { args, runtime in
            let (rows, cols, std) = (args[0].int, args[1].int, args[2].double)
            return .matrix(try drawing(runtime) { stream throws(LinalgError) in
                try Throwing.randn(rows, cols, std: std, using: &stream)
            })
        },
        Builtin("func rand(_ rows: Int, _ cols: Int) -> Matrix") { args, runtime in
            let (rows, cols) = (args[0].int, args[1].int)
            return .matrix(try drawing(runtime) { stream throws(LinalgError) in try Throwing.rand(rows, cols, using: &stream) })
        },
        matrix("diag") { diag($0) },
        Builtin("func hstack(_ blocks: [Matrix]) -> Matrix") { args, _ in .matrix(try Throwing.hstack(args[0].array.map(\.matrix))) },
        Builtin("func vstack(_ blocks: [Matrix]) -> Matrix") { args, _ in .matrix(try Throwing.vstack(args[0].array.map(\.matrix))) },
    ]

    private static let arithmetic: [Builtin] = [
        binary("*") { try Throwing.product($0, $1) },
        binary("+") { try Throwing.add($0, $1) },
        binary("-") { try Throwing.subtract($0, $1) },
        binary(".*") { try Throwing.hadamard($0, $1) },
        binary("./") { try Throwing.elementwiseDivide($0, $1) },
        Builtin("prefix func - (A: Matrix) -> Matrix") { args, _ in .matrix(-args[0].matrix) },
        Builtin("func ≈ (lhs: Matrix, rhs: Matrix) -> Bool") { args, _ in .bool(args[0].matrix ≈ args[1].matrix) },
        Builtin("func ≈ (lhs: Double, rhs: Double) -> Bool") { args, _ in .bool(args[0].double ≈ args[1].double) },
        Builtin("func == (lhs: Matrix, rhs: Matrix) -> Bool") { args, _ in .bool(args[0].matrix == args[1].matrix) },
        Builtin("func isApprox(_ A: Matrix, _ B: Matrix, tol: Double = 1.4901161193847656e-08, atol: Double = 0) -> Bool") { args, _ in
            .bool(isApprox(args[0].matrix, args[1].matrix, tol: args[2].double, atol: args[3].double))
        },
        Builtin("func isApprox(_ a: Double, _ b: Double, tol: Double = 1.4901161193847656e-08, atol: Double = 0) -> Bool") { args, _ in
            .bool(isApprox(args[0].double, args[1].double, tol: args[2].double, atol: args[3].double))
        },
    ] + scaled("*", *) + scaled("/", /) + scaled("+", +) + scaled("-", -)

    private static let functions: [Builtin] = [
        matrix("relu") { relu($0) },
        Builtin("func leakyRelu(_ A: Matrix, slope: Double) -> Matrix") { args, _ in
            .matrix(leakyRelu(args[0].matrix, slope: args[1].double))
        },
        matrix("tanh") { tanh($0) }, matrix("sigmoid") { sigmoid($0) }, matrix("exp") { exp($0) },
        matrix("log") { log($0) }, matrix("sqrt") { sqrt($0) }, matrix("abs") { abs($0) }, matrix("sign") { sign($0) },
        Builtin("func sigmoid(_ x: Double) -> Double") { args, _ in .double(sigmoid(args[0].double)) },
        Builtin("func pow(_ A: Matrix, _ p: Double) -> Matrix") { args, _ in .matrix(pow(args[0].matrix, args[1].double)) },
        scalar("norm") { norm($0) }, scalar("squaredNorm") { squaredNorm($0) }, scalar("sum") { sum($0) },
        scalar("mean") { mean($0) }, scalar("trace") { try Throwing.trace($0) }, scalar("det") { try Throwing.det($0) },
        scalar("opnorm") { try Throwing.opnorm($0) }, scalar("cond") { try Throwing.cond($0) },
        scalar("max") { try Throwing.max($0) }, scalar("min") { try Throwing.min($0) },
        Builtin("func sum(_ A: Matrix, axis: Int) -> Matrix") { args, _ in .matrix(try Throwing.sum(args[0].matrix, axis: args[1].int)) },
        Builtin("func mean(_ A: Matrix, axis: Int) -> Matrix") { args, _ in .matrix(try Throwing.mean(args[0].matrix, axis: args[1].int)) },
        Builtin("func dot(_ A: Matrix, _ B: Matrix) -> Double") { args, _ in .double(try Throwing.dot(args[0].matrix, args[1].matrix)) },
        Builtin("func rank(_ A: Matrix) -> Int") { args, _ in .int(try Throwing.rank(args[0].matrix)) },
        Builtin("@discardableResult func check(_ condition: Bool, _ message: String = \"\") -> Bool") { args, runtime in
            runtime.checks.append(CheckOutcome(message: args[1].string, passed: args[0].bool,
                                               line: runtime.callLine, column: runtime.callColumn))
            return args[0]
        },
    ]

    private static let decompositions: [Builtin] = [
        matrix("inverse") { try Throwing.inverse($0) }, matrix("sqrtm") { try Throwing.sqrtm($0) },
        matrix("expm") { try Throwing.expm($0) }, matrix("pinv") { try Throwing.pinv($0) },
        matrix("singularValues") { try Throwing.singularValues($0) },
        Builtin("func solve(_ A: Matrix, _ B: Matrix) -> Matrix") { args, _ in .matrix(try Throwing.solve(args[0].matrix, args[1].matrix)) },
        Builtin("func svd(_ A: Matrix) -> (U: Matrix, S: Matrix, V: Matrix)") { args, _ in
            let (U, S, V) = try Throwing.svd(args[0].matrix)
            return .tuple([.matrix(U), .matrix(S), .matrix(V)])
        },
        Builtin("func eigh(_ A: Matrix) -> (values: Matrix, vectors: Matrix)") { args, _ in
            let (values, vectors) = try Throwing.eigh(args[0].matrix)
            return .tuple([.matrix(values), .matrix(vectors)])
        },
        Builtin("func qr(_ A: Matrix) -> (Q: Matrix, R: Matrix)") { args, _ in
            let (Q, R) = try Throwing.qr(args[0].matrix)
            return .tuple([.matrix(Q), .matrix(R)])
        },
        Builtin("func polar(_ A: Matrix, side: LeftPolarSide = .left) -> (Q: Matrix, P: Matrix)") { args, _ in
            let (Q, P) = try Throwing.polar(args[0].matrix)
            return .tuple([.matrix(Q), .matrix(P)])
        },
        Builtin("func polar(_ A: Matrix, side: RightPolarSide) -> (R: Matrix, U: Matrix)") { args, _ in
            let (R, U) = try Throwing.polar(args[0].matrix, side: .right)
            return .tuple([.matrix(R), .matrix(U)])
        },
    ]

    private static let members: [Builtin] = [
        Builtin(on: "Matrix", "var rows: Int") { args, _ in .int(args[0].matrix.rows) },
        Builtin(on: "Matrix", "var cols: Int") { args, _ in .int(args[0].matrix.cols) },
        Builtin(on: "Matrix", "var count: Int") { args, _ in .int(args[0].matrix.count) },
        Builtin(on: "Matrix", "var T: Matrix") { args, _ in .matrix(args[0].matrix.T) },
        Builtin(on: "Matrix", "var isSquare: Bool") { args, _ in .bool(args[0].matrix.isSquare) },
        Builtin(on: "Matrix", "var scalar: Double") { args, _ in .double(try Throwing.scalar(args[0].matrix)) },
        Builtin(on: "Matrix", "var rowArrays: [[Double]]") { args, _ in
            .array(args[0].matrix.rowArrays.map { .array($0.map(Value.double)) })
        },
        Builtin(on: "Matrix", "var rowMajorElements: [Double]") { args, _ in .array(args[0].matrix.rowMajorElements.map(Value.double)) },
        Builtin(on: "Matrix", "func row(_ i: Int) -> Matrix") { args, _ in .matrix(try Throwing.row(args[0].matrix, args[1].int)) },
        Builtin(on: "Matrix", "func col(_ j: Int) -> Matrix") { args, _ in .matrix(try Throwing.col(args[0].matrix, args[1].int)) },
        Builtin(on: "Matrix", "func map(_ transform: (Double) -> Double) -> Matrix") { args, _ in
            var failure: Error?
            let function = args[1].function
            let result = args[0].matrix.map { x in
                guard failure == nil else { return 0 }
                var arguments: [Value] = [.double(x)]
                do { return try function.call(&arguments).double } catch { failure = error; return 0 }
            }
            if let failure { throw failure }
            return .matrix(result)
        },
    ]
}
