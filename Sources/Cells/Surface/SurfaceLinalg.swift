import Linalg
import CellValues

/// The Linalg module as cells see it: constructors, operators and members of `Matrix`.
/// Every fallible operation is bound to its throwing twin (`Throwing.product` for `*`, …)
/// so a shape mismatch becomes an error at the cell's line instead of a trap. Functions of
/// matrices are in `SurfaceLinalgFunctions`, statistics in `SurfaceStatistics`.
enum SurfaceLinalg {
    /// Linalg's enums: `polar(A)` is the left form A = QP, `polar(A, side: .right)` the right form A = R Uᵀ.
    static let enums: [EnumLayout] = [
        EnumLayout(name: "LeftPolarSide", cases: [.init(name: "left", payload: [])], isLibrary: true),
        EnumLayout(name: "RightPolarSide", cases: [.init(name: "right", payload: [])], isLibrary: true),
    ]

    /// Declarations the checker handles itself (the type, its subscripts), for the reference.
    static let declarations: [LibraryDeclaration] = [
        LibraryDeclaration("struct Matrix", summary: "A dense matrix of Doubles with value semantics; a vector is an n×1 column.",
                           example: "let A = Matrix([[1, 2], [3, 4]])\nA.T * A"),
        LibraryDeclaration("enum LeftPolarSide { case left }",
                           summary: "Selects the left polar form A = QP in `polar(A, side:)` (the default).",
                           example: "polar(Matrix([[2, 0], [0, 3]]), side: .left).P"),
        LibraryDeclaration("enum RightPolarSide { case right }",
                           summary: "Selects the right polar form A = RUᵀ in `polar(A, side:)`.",
                           example: "polar(Matrix([[2, 0], [0, 3]]), side: .right).R"),
        LibraryDeclaration("subscript(i: Int, j: Int) -> Double { get set }",
                           summary: "Entry (i, j), 0-based; assignable on a `var`.",
                           example: "var A = zeros(2, 2)\nA[1, 0] = 3\nA"),
        LibraryDeclaration("subscript<R: RangeExpression, C: RangeExpression>(rows: R, cols: C) -> Matrix { get set }",
                           summary: "The block of those rows and columns, any range form (`0..<2`, `1...`, `..<3`, `...`); assignable.",
                           example: "var A = Matrix([[1, 2, 3], [4, 5, 6]])\nA[0..<2, 1...] = zeros(2, 2)\nA"),
        LibraryDeclaration("subscript<R: RangeExpression>(rows rows: R) -> Matrix { get set }",
                           summary: "The rows in a range, all columns; assignable.",
                           example: "Matrix([[1, 2], [3, 4], [5, 6]])[rows: 1...]"),
        LibraryDeclaration("subscript<C: RangeExpression>(cols cols: C) -> Matrix { get set }",
                           summary: "The columns in a range, all rows (e.g. the top k singular vectors); assignable.",
                           example: "let (U, S, V) = svd(Matrix([[3, 0, 1], [4, 5, 2]]))\nV[cols: 0..<1]"),
    ]

    /// Runs `body` with the run's random stream: the one place the surface draws from.
    /// The stream belongs to the run (`Runtime.random`, set per cell), never to the
    /// process, so two notebooks running at once draw nothing from each other.
    static func drawing<Result, Failure: Error>(_ runtime: Runtime, _ body: (inout RandomStream) throws(Failure) -> Result)
        throws(Failure) -> Result {
        try body(&runtime.random)
    }

    /// `body(A)` once a result of `A`'s shape is known to fit the run's memory budget: the
    /// check the operations that cannot otherwise fail (`2 * A`, `relu(A)`, `A.T`) need.
    /// `A` is consumed, and handed on to `body`: an argument taken with `takeMatrix` that was a
    /// temporary (`eta * (R * V)`) is then written in place.
    static func sized(_ A: consuming Matrix, _ body: (consuming Matrix) -> Matrix) throws -> Value {
        try RunLimits.checkAllocation(rows: A.rows, cols: A.cols)
        return .matrix(body(A))
    }

    static let entries: [Builtin] = construction + arithmetic + dotOperators + comparisons + members
        + SurfaceLinalgFunctions.entries + SurfaceStatistics.entries

    static let construction: [Builtin] = [
        Builtin(static: "Matrix", "init(_ rows: [[Double]])",
                summary: "A matrix from its rows (all of one length).",
                example: "Matrix([[1, 2, 3], [4, 5, 6]])") { args, _ in
            .matrix(try Throwing.matrix(args[0].array.map { $0.array.map(\.double) }))
        },
        Builtin(static: "Matrix", "init(rows: Int, cols: Int, repeating value: Double)",
                summary: "A rows × cols matrix with every entry equal to value.",
                example: "Matrix(rows: 2, cols: 3, repeating: 0.5)") { args, _ in
            .matrix(try Throwing.matrix(rows: args[0].int, cols: args[1].int, repeating: args[2].double))
        },
        Builtin(static: "Matrix", "init(rows: Int, cols: Int, rowMajor elements: [Double])",
                summary: "A rows × cols matrix from its entries listed row by row.",
                example: "Matrix(rows: 2, cols: 2, rowMajor: [1, 2, 3, 4])") { args, _ in
            .matrix(try Throwing.matrix(rows: args[0].int, cols: args[1].int, rowMajor: args[2].array.map(\.double)))
        },
        Builtin(static: "Matrix", "init(diagonal entries: [Double])",
                summary: "The square matrix with these entries on its diagonal.",
                example: "Matrix(diagonal: [1, 2, 3])") { args, _ in
            .matrix(try Throwing.matrix(diagonal: args[0].array.map(\.double)))
        },
        Builtin(static: "Matrix", "init(row entries: [Double])",
                summary: "A 1 × n row.",
                example: "Matrix(row: [1, 2, 3])") { args, _ in
            let entries = args[0].array.map(\.double)
            return .matrix(try Throwing.matrix(rows: 1, cols: entries.count, rowMajor: entries))
        },
        Builtin(static: "Matrix", "init(column entries: [Double])",
                summary: "An n × 1 column (as `vector`).",
                example: "Matrix(column: [1, 2, 3])") { args, _ in
            let entries = args[0].array.map(\.double)
            return .matrix(try Throwing.matrix(rows: entries.count, cols: 1, rowMajor: entries))
        },
        Builtin("func zeros(_ rows: Int, _ cols: Int) -> Matrix",
                summary: "A rows × cols matrix of zeros.",
                example: "zeros(2, 3)") { args, _ in
            .matrix(try Throwing.zeros(args[0].int, args[1].int))
        },
        Builtin("func ones(_ rows: Int, _ cols: Int) -> Matrix",
                summary: "A rows × cols matrix of ones.",
                example: "ones(2, 2)") { args, _ in
            .matrix(try Throwing.ones(args[0].int, args[1].int))
        },
        Builtin("func eye(_ n: Int) -> Matrix",
                summary: "The n × n identity matrix.",
                example: "eye(3)") { args, _ in
            .matrix(try Throwing.eye(args[0].int))
        },
        Builtin("func vector(_ entries: [Double]) -> Matrix",
                summary: "A column vector (n × 1) with the given entries.",
                example: "vector([1, 2, 3])") { args, _ in
            let entries = args[0].array.map(\.double)
            return .matrix(try Throwing.matrix(rows: entries.count, cols: 1, rowMajor: entries))
        },
        Builtin("func randn(_ rows: Int, _ cols: Int, std: Double = 1) -> Matrix",
                summary: "Independent N(0, std²) entries from the cell's seeded stream, filled row by row.",
                example: "randn(2, 3, std: 0.1).shape") { args, runtime in
            let (rows, cols, std) = (args[0].int, args[1].int, args[2].double)
            return .matrix(try drawing(runtime) { stream throws(LinalgError) in
                try Throwing.randn(rows, cols, std: std, using: &stream)
            })
        },
        Builtin("func rand(_ rows: Int, _ cols: Int) -> Matrix",
                summary: "Independent uniform entries in [0, 1) from the cell's seeded stream.",
                example: "max(rand(100, 100)) < 1") { args, runtime in
            let (rows, cols) = (args[0].int, args[1].int)
            return .matrix(try drawing(runtime) { stream throws(LinalgError) in try Throwing.rand(rows, cols, using: &stream) })
        },
        Builtin("func randn() -> Double",
                summary: "One N(0, 1) number from the same stream as `randn(m, n)`.",
                example: "let noise = 0.1 * randn()\nabs(noise) < 1") { _, runtime in
            .double(drawing(runtime) { stream in stream.normal() })
        },
        Builtin("func rand() -> Double",
                summary: "One uniform number in [0, 1) from the same stream as `rand(m, n)`.",
                example: "rand() < 1") { _, runtime in
            .double(drawing(runtime) { stream in stream.uniform() })
        },
        Builtin("func diag(_ A: Matrix) -> Matrix",
                summary: "A vector's diagonal matrix, or a matrix's diagonal as a column.",
                example: "diag(vector([1, 2]))") { args, _ in
            .matrix(try Throwing.diag(args[0].matrix))
        },
        Builtin("func hstack(_ blocks: [Matrix]) -> Matrix",
                summary: "Blocks side by side (all with the same number of rows).",
                example: "hstack([eye(2), ones(2, 1)])") { args, _ in
            .matrix(try Throwing.hstack(args[0].array.map(\.matrix)))
        },
        Builtin("func vstack(_ blocks: [Matrix]) -> Matrix",
                summary: "Blocks top to bottom (all with the same number of columns).",
                example: "vstack([eye(2), ones(1, 2)])") { args, _ in
            .matrix(try Throwing.vstack(args[0].array.map(\.matrix)))
        },
    ]

    static let arithmetic: [Builtin] = [
        Builtin("func * (lhs: Matrix, rhs: Matrix) -> Matrix",
                summary: "The matrix product (a 1×1 operand scales); shapes must fit.",
                example: "Matrix([[1, 2]]) * Matrix([[3], [4]])") { args, _ in
            .matrix(try Throwing.product(args[0].matrix, args[1].matrix))
        },
        Builtin("func + (lhs: Matrix, rhs: Matrix) -> Matrix",
                summary: "The sum of two matrices of one shape (no broadcasting: see `.+`).",
                example: "eye(2) + ones(2, 2)") { args, _ in
            .matrix(try Throwing.add(args.takeMatrix(0), args.takeMatrix(1)))
        },
        Builtin("func - (lhs: Matrix, rhs: Matrix) -> Matrix",
                summary: "The difference of two matrices of one shape (no broadcasting: see `.-`).",
                example: "ones(2, 2) - eye(2)") { args, _ in
            .matrix(try Throwing.subtract(args.takeMatrix(0), args.takeMatrix(1)))
        },
        Builtin("prefix func - (A: Matrix) -> Matrix",
                summary: "Every entry negated.",
                example: "-eye(2)") { args, _ in
            try sized(args.takeMatrix(0)) { -$0 }
        },
        Builtin("func * (lhs: Matrix, rhs: Double) -> Matrix",
                summary: "Every entry times a number.",
                example: "eye(2) * 3") { args, _ in
            try sized(args.takeMatrix(0)) { $0 * args[1].double }
        },
        Builtin("func * (lhs: Double, rhs: Matrix) -> Matrix",
                summary: "A number times every entry.",
                example: "3 * eye(2)") { args, _ in
            try sized(args.takeMatrix(1)) { args[0].double * $0 }
        },
        Builtin("func / (lhs: Matrix, rhs: Double) -> Matrix",
                summary: "Every entry divided by a number.",
                example: "ones(2, 2) / 4") { args, _ in
            try sized(args.takeMatrix(0)) { $0 / args[1].double }
        },
        Builtin("func / (lhs: Double, rhs: Matrix) -> Matrix",
                summary: "A number divided by every entry.",
                example: "1 / Matrix([[2, 4]])") { args, _ in
            try sized(args.takeMatrix(1)) { args[0].double / $0 }
        },
        Builtin("func + (lhs: Matrix, rhs: Double) -> Matrix",
                summary: "A number added to every entry.",
                example: "eye(2) + 1") { args, _ in
            try sized(args.takeMatrix(0)) { $0 + args[1].double }
        },
        Builtin("func + (lhs: Double, rhs: Matrix) -> Matrix",
                summary: "A number added to every entry.",
                example: "1 + eye(2)") { args, _ in
            try sized(args.takeMatrix(1)) { args[0].double + $0 }
        },
        Builtin("func - (lhs: Matrix, rhs: Double) -> Matrix",
                summary: "A number subtracted from every entry.",
                example: "eye(2) - 1") { args, _ in
            try sized(args.takeMatrix(0)) { $0 - args[1].double }
        },
        Builtin("func - (lhs: Double, rhs: Matrix) -> Matrix",
                summary: "A number minus every entry.",
                example: "1 - eye(2)") { args, _ in
            try sized(args.takeMatrix(1)) { args[0].double - $0 }
        },
        Builtin("func commutator(_ A: Matrix, _ B: Matrix) -> Matrix",
                summary: "The commutator [A, B] = AB − BA of two square matrices of one size.",
                example: "commutator(Matrix([[0, 1], [0, 0]]), Matrix([[0, 0], [1, 0]]))") { args, _ in
            .matrix(try Throwing.commutator(args[0].matrix, args[1].matrix))
        },
    ]

    /// `.+ .- .* ./`: Julia's broadcasting (an m×n operand with a 1×n, m×1 or 1×1 one, or a Double).
    static let dotOperators: [Builtin] = [
        Builtin("func .+ (lhs: Matrix, rhs: Matrix) -> Matrix",
                summary: "Elementwise sum, broadcasting rows (1×n), columns (m×1) and 1×1 operands.",
                example: "Matrix([[1, 2], [3, 4]]) .+ Matrix([[10, 20]])") { args, _ in
            .matrix(try Throwing.elementwiseAdd(args.takeMatrix(0), args[1].matrix))
        },
        Builtin("func .- (lhs: Matrix, rhs: Matrix) -> Matrix",
                summary: "Elementwise difference with broadcasting: `Y .- mean(Y, axis: 0)` centers every column.",
                example: "let Y = Matrix([[1, 2], [3, 6]])\nY .- mean(Y, axis: 0)") { args, _ in
            .matrix(try Throwing.elementwiseSubtract(args.takeMatrix(0), args[1].matrix))
        },
        Builtin("func .* (lhs: Matrix, rhs: Matrix) -> Matrix",
                summary: "Elementwise (Hadamard) product with broadcasting.",
                example: "Matrix([[1, 2], [3, 4]]) .* Matrix([[10], [100]])") { args, _ in
            .matrix(try Throwing.hadamard(args.takeMatrix(0), args[1].matrix))
        },
        Builtin("func ./ (lhs: Matrix, rhs: Matrix) -> Matrix",
                summary: "Elementwise quotient with broadcasting: `Y ./ norm(Y, axis: 0)` normalizes every column.",
                example: "let Y = Matrix([[3, 1], [4, 0]])\nY ./ norm(Y, axis: 0)") { args, _ in
            .matrix(try Throwing.elementwiseDivide(args.takeMatrix(0), args[1].matrix))
        },
        Builtin("func .+ (lhs: Matrix, rhs: Double) -> Matrix",
                summary: "A number added to every entry.",
                example: "eye(2) .+ 1") { args, _ in
            try sized(args.takeMatrix(0)) { $0 .+ args[1].double }
        },
        Builtin("func .+ (lhs: Double, rhs: Matrix) -> Matrix",
                summary: "A number added to every entry.",
                example: "1 .+ eye(2)") { args, _ in
            try sized(args.takeMatrix(1)) { args[0].double .+ $0 }
        },
        Builtin("func .- (lhs: Matrix, rhs: Double) -> Matrix",
                summary: "A number subtracted from every entry.",
                example: "eye(2) .- 1") { args, _ in
            try sized(args.takeMatrix(0)) { $0 .- args[1].double }
        },
        Builtin("func .- (lhs: Double, rhs: Matrix) -> Matrix",
                summary: "A number minus every entry.",
                example: "1 .- eye(2)") { args, _ in
            try sized(args.takeMatrix(1)) { args[0].double .- $0 }
        },
        Builtin("func .* (lhs: Matrix, rhs: Double) -> Matrix",
                summary: "Every entry times a number.",
                example: "eye(2) .* 5") { args, _ in
            try sized(args.takeMatrix(0)) { $0 .* args[1].double }
        },
        Builtin("func .* (lhs: Double, rhs: Matrix) -> Matrix",
                summary: "A number times every entry.",
                example: "5 .* eye(2)") { args, _ in
            try sized(args.takeMatrix(1)) { args[0].double .* $0 }
        },
        Builtin("func ./ (lhs: Matrix, rhs: Double) -> Matrix",
                summary: "Every entry divided by a number.",
                example: "ones(1, 2) ./ 4") { args, _ in
            try sized(args.takeMatrix(0)) { $0 ./ args[1].double }
        },
        Builtin("func ./ (lhs: Double, rhs: Matrix) -> Matrix",
                summary: "A number divided by every entry.",
                example: "1 ./ Matrix([[2, 4]])") { args, _ in
            try sized(args.takeMatrix(1)) { args[0].double ./ $0 }
        },
    ]

    static let comparisons: [Builtin] = [
        Builtin("func ≈ (lhs: Matrix, rhs: Matrix) -> Bool",
                summary: "Approximately equal: ‖A − B‖ ≤ √ε · max(‖A‖, ‖B‖); different shapes are an error.",
                example: "let (U, S, V) = svd(Matrix([[1, 2], [3, 4]]))\nU * diag(S) * V.T ≈ Matrix([[1, 2], [3, 4]])") { args, _ in
            .bool(try Throwing.isApprox(args[0].matrix, args[1].matrix))
        },
        Builtin("func ≈ (lhs: Double, rhs: Double) -> Bool",
                summary: "Approximately equal numbers: |a − b| ≤ √ε · max(|a|, |b|).",
                example: "0.1 + 0.2 ≈ 0.3") { args, _ in
            .bool(args[0].double ≈ args[1].double)
        },
        Builtin("func == (lhs: Matrix, rhs: Matrix) -> Bool",
                summary: "Exactly equal: the same shape and the same entries.",
                example: "eye(2) == Matrix([[1, 0], [0, 1]])") { args, _ in
            .bool(args[0].matrix == args[1].matrix)
        },
        Builtin("func isApprox(_ A: Matrix, _ B: Matrix, tol: Double = 1.4901161193847656e-08, atol: Double = 0) -> Bool",
                summary: "‖A − B‖ ≤ max(atol, tol · max(‖A‖, ‖B‖)); different shapes are an error.",
                example: "isApprox(eye(2), Matrix([[1, 1e-12], [0, 1]]), atol: 1e-9)") { args, _ in
            .bool(try Throwing.isApprox(args[0].matrix, args[1].matrix, tol: args[2].double, atol: args[3].double))
        },
        Builtin("func isApprox(_ a: Double, _ b: Double, tol: Double = 1.4901161193847656e-08, atol: Double = 0) -> Bool",
                summary: "|a − b| ≤ max(atol, tol · max(|a|, |b|)).",
                example: "isApprox(1.0, 1.001, tol: 1e-2)") { args, _ in
            .bool(isApprox(args[0].double, args[1].double, tol: args[2].double, atol: args[3].double))
        },
        Builtin("@discardableResult func check(_ condition: Bool, _ message: String = \"\") -> Bool",
                summary: "Records a claim as ✓ or ✗ in the report (a failed check does not stop the cell).",
                example: "check(eye(2) * eye(2) == eye(2), \"I·I = I\")") { args, runtime in
            runtime.checks.append(CheckOutcome(message: args[1].string, passed: args[0].bool,
                                               line: runtime.callLine, column: runtime.callColumn))
            return args[0]
        },
    ]

    static let members: [Builtin] = [
        Builtin(on: "Matrix", "var rows: Int",
                summary: "The number of rows.",
                example: "zeros(2, 3).rows") { args, _ in .int(args[0].matrix.rows) },
        Builtin(on: "Matrix", "var cols: Int",
                summary: "The number of columns.",
                example: "zeros(2, 3).cols") { args, _ in .int(args[0].matrix.cols) },
        Builtin(on: "Matrix", "var shape: (rows: Int, cols: Int)",
                summary: "The number of rows and columns, as a tuple.",
                example: "let (m, n) = zeros(2, 3).shape\nm * n") { args, _ in
            let A = args[0].matrix
            return .tuple([.int(A.rows), .int(A.cols)])
        },
        Builtin(on: "Matrix", "var count: Int",
                summary: "The number of entries, rows × cols.",
                example: "zeros(2, 3).count") { args, _ in .int(args[0].matrix.count) },
        Builtin(on: "Matrix", "var T: Matrix",
                summary: "The transpose.",
                example: "Matrix([[1, 2, 3]]).T") { args, _ in try sized(args[0].matrix) { $0.T } },
        Builtin(on: "Matrix", "var isSquare: Bool",
                summary: "Whether rows == cols.",
                example: "eye(3).isSquare") { args, _ in .bool(args[0].matrix.isSquare) },
        Builtin(on: "Matrix", "var scalar: Double",
                summary: "The entry of a 1×1 matrix (e.g. `x.T * y`); other shapes are an error.",
                example: "(vector([1, 2]).T * vector([3, 4])).scalar") { args, _ in
            .double(try Throwing.scalar(args[0].matrix))
        },
        Builtin(on: "Matrix", "var array: [Double]",
                summary: "The entries row by row, as `Matrix([[…]])` writes them (`vec` is column by column).",
                example: "Matrix([[1, 2], [3, 4]]).array") { args, _ in
            .array(args[0].matrix.array.map(Value.double))
        },
        Builtin(on: "Matrix", "var rowArrays: [[Double]]",
                summary: "The rows as arrays.",
                example: "Matrix([[1, 2], [3, 4]]).rowArrays") { args, _ in
            .array(args[0].matrix.rowArrays.map { .array($0.map(Value.double)) })
        },
        Builtin(on: "Matrix", "func row(_ i: Int) -> Matrix",
                summary: "Row i as a 1 × cols matrix (0-based).",
                example: "Matrix([[1, 2], [3, 4]]).row(1)") { args, _ in
            .matrix(try Throwing.row(args[0].matrix, args[1].int))
        },
        Builtin(on: "Matrix", "func col(_ j: Int) -> Matrix",
                summary: "Column j as a rows × 1 matrix (0-based).",
                example: "Matrix([[1, 2], [3, 4]]).col(1)") { args, _ in
            .matrix(try Throwing.col(args[0].matrix, args[1].int))
        },
        Builtin(on: "Matrix", "func map(_ transform: (Double) -> Double) -> Matrix",
                summary: "`transform` applied to every entry.",
                example: "Matrix([[1, 2], [3, 4]]).map { $0 * $0 }") { args, _ in
            try RunLimits.checkAllocation(rows: args[0].matrix.rows, cols: args[0].matrix.cols)
            return .matrix(try SurfaceLinalgFunctions.mapping(args[0].matrix, args[1]) { A, f in A.map(f) })
        },
    ]
}

/// A declaration of the library that the checker implements itself rather than through
/// a `Builtin` (a type, a subscript): listed in the reference beside the builtins, with
/// its summary and an example that runs.
struct LibraryDeclaration {
    var declaration: String
    var summary: String
    var example: String

    init(_ declaration: String, summary: String, example: String) {
        self.declaration = declaration
        self.summary = summary
        self.example = example
    }
}

extension Array where Element == Value {
    /// The matrix of argument `index`, moved out of the arguments (its place left `.void`).
    /// When the argument was a temporary (`U * V.T` in `U * V.T - M`), the matrix's buffer
    /// is then referenced only here, and Linalg writes the result into it instead of
    /// allocating; a variable's matrix is still shared with the variable, and copied.
    mutating func takeMatrix(_ index: Int) -> Matrix {
        self[index].takeMatrix()
    }
}
