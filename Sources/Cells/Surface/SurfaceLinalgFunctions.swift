import Linalg
import CellValues

/// Functions of matrices as cells see them: elementwise functions, reductions and norms,
/// decompositions, functions of symmetric matrices, and the shape functions.
enum SurfaceLinalgFunctions {
    static let entries: [Builtin] = elementwise + reductions + decompositions + symmetric + shapes

    /// `body(A, f)` with `f` the cell's `(Double) -> Double` closure; the closure's own error
    /// (a trap in the cell's code) stops the computation and comes out unchanged.
    static func mapping(_ A: Matrix, _ function: Value,
                        _ body: (Matrix, (Double) -> Double) throws -> Matrix) throws -> Matrix {
        var failure: Error?
        let closure = function.function
        let result = try body(A) { x in
            guard failure == nil else { return .nan }
            var arguments: [Value] = [.double(x)]
            do { return try closure.call(&arguments).double } catch { failure = error; return .nan }
        }
        if let failure { throw failure }
        return result
    }

    static let elementwise: [Builtin] = [
        Builtin("func relu(_ A: Matrix) -> Matrix",
                summary: "max(0, a) for every entry.",
                example: "relu(Matrix([[-1, 2]]))") { args, _ in try SurfaceLinalg.sized(args.takeMatrix(0)) { relu($0) } },
        Builtin("func leakyRelu(_ A: Matrix, slope: Double) -> Matrix",
                summary: "a where positive, slope · a elsewhere.",
                example: "leakyRelu(Matrix([[-1, 2]]), slope: 0.1)") { args, _ in
            try SurfaceLinalg.sized(args.takeMatrix(0)) { leakyRelu($0, slope: args[1].double) }
        },
        Builtin("func tanh(_ A: Matrix) -> Matrix",
                summary: "The hyperbolic tangent of every entry.",
                example: "tanh(Matrix([[0, 1]]))") { args, _ in try SurfaceLinalg.sized(args.takeMatrix(0)) { tanh($0) } },
        Builtin("func sigmoid(_ A: Matrix) -> Matrix",
                summary: "The logistic function 1 / (1 + e⁻ᵃ) of every entry.",
                example: "sigmoid(Matrix([[0, 100]]))") { args, _ in try SurfaceLinalg.sized(args.takeMatrix(0)) { sigmoid($0) } },
        Builtin("func sigmoid(_ x: Double) -> Double",
                summary: "The logistic function of a number.",
                example: "sigmoid(0)") { args, _ in .double(sigmoid(args[0].double)) },
        Builtin("func exp(_ A: Matrix) -> Matrix",
                summary: "eᵃ for every entry (the matrix exponential is `expm`).",
                example: "exp(zeros(1, 2))") { args, _ in try SurfaceLinalg.sized(args.takeMatrix(0)) { exp($0) } },
        Builtin("func log(_ A: Matrix) -> Matrix",
                summary: "The natural logarithm of every entry (the matrix logarithm is `logm`).",
                example: "log(Matrix([[1, 100]]))") { args, _ in try SurfaceLinalg.sized(args.takeMatrix(0)) { log($0) } },
        Builtin("func sqrt(_ A: Matrix) -> Matrix",
                summary: "The square root of every entry (the matrix square root is `sqrtm`).",
                example: "sqrt(Matrix([[4, 9]]))") { args, _ in try SurfaceLinalg.sized(args.takeMatrix(0)) { sqrt($0) } },
        Builtin("func abs(_ A: Matrix) -> Matrix",
                summary: "The absolute value of every entry.",
                example: "abs(Matrix([[-1, 2]]))") { args, _ in try SurfaceLinalg.sized(args.takeMatrix(0)) { abs($0) } },
        Builtin("func sign(_ A: Matrix) -> Matrix",
                summary: "−1, 0 or 1 for every entry.",
                example: "sign(Matrix([[-3, 0, 2]]))") { args, _ in try SurfaceLinalg.sized(args.takeMatrix(0)) { sign($0) } },
        Builtin("func pow(_ A: Matrix, _ p: Double) -> Matrix",
                summary: "Every entry to the power p (the matrix power is `powm`).",
                example: "pow(Matrix([[2, 3]]), 2)") { args, _ in try SurfaceLinalg.sized(args.takeMatrix(0)) { pow($0, args[1].double) } },
    ]

    static let reductions: [Builtin] = [
        Builtin("func norm(_ A: Matrix) -> Double",
                summary: "The Frobenius norm √(Σ a²) (the Euclidean norm of a vector).",
                example: "norm(vector([3, 4]))") { args, _ in .double(norm(args[0].matrix)) },
        Builtin("func norm(_ A: Matrix, axis: Int) -> Matrix",
                summary: "The norm of each column (axis: 0, → 1 × cols) or each row (axis: 1, → rows × 1).",
                example: "norm(Matrix([[3, 1], [4, 0]]), axis: 0)") { args, _ in
            .matrix(try Throwing.norm(args[0].matrix, axis: args[1].int))
        },
        Builtin("func squaredNorm(_ A: Matrix) -> Double",
                summary: "Σ a², the squared Frobenius norm.",
                example: "squaredNorm(vector([3, 4]))") { args, _ in .double(squaredNorm(args[0].matrix)) },
        Builtin("func sum(_ A: Matrix) -> Double",
                summary: "The sum of all entries.",
                example: "sum(Matrix([[1, 2], [3, 4]]))") { args, _ in .double(sum(args[0].matrix)) },
        Builtin("func sum(_ A: Matrix, axis: Int) -> Matrix",
                summary: "Sums down each column (axis: 0) or across each row (axis: 1).",
                example: "sum(Matrix([[1, 2], [3, 4]]), axis: 0)") { args, _ in
            .matrix(try Throwing.sum(args[0].matrix, axis: args[1].int))
        },
        Builtin("func mean(_ A: Matrix) -> Double",
                summary: "The mean of all entries.",
                example: "mean(Matrix([[1, 2], [3, 4]]))") { args, _ in .double(mean(args[0].matrix)) },
        Builtin("func mean(_ A: Matrix, axis: Int) -> Matrix",
                summary: "Means of each column (axis: 0) or each row (axis: 1).",
                example: "mean(Matrix([[1, 2], [3, 4]]), axis: 1)") { args, _ in
            .matrix(try Throwing.mean(args[0].matrix, axis: args[1].int))
        },
        Builtin("func max(_ A: Matrix) -> Double",
                summary: "The largest entry (an empty matrix is an error).",
                example: "max(Matrix([[1, 5], [3, 4]]))") { args, _ in .double(try Throwing.max(args[0].matrix)) },
        Builtin("func min(_ A: Matrix) -> Double",
                summary: "The smallest entry (an empty matrix is an error).",
                example: "min(Matrix([[1, 5], [3, 4]]))") { args, _ in .double(try Throwing.min(args[0].matrix)) },
        Builtin("func dot(_ A: Matrix, _ B: Matrix) -> Double",
                summary: "The Frobenius inner product Σ aᵢⱼbᵢⱼ = trace(AᵀB) of two matrices of one shape.",
                example: "dot(vector([1, 2]), vector([3, 4]))") { args, _ in
            .double(try Throwing.dot(args[0].matrix, args[1].matrix))
        },
        Builtin("func trace(_ A: Matrix) -> Double",
                summary: "The sum of the diagonal of a square matrix.",
                example: "trace(Matrix([[1, 2], [3, 4]]))") { args, _ in .double(try Throwing.trace(args[0].matrix)) },
        Builtin("func det(_ A: Matrix) -> Double",
                summary: "The determinant of a square matrix (LU).",
                example: "det(Matrix([[1, 2], [3, 4]]))") { args, _ in .double(try Throwing.det(args[0].matrix)) },
        Builtin("func opnorm(_ A: Matrix) -> Double",
                summary: "The operator (spectral) norm: the largest singular value.",
                example: "opnorm(Matrix([[3, 0], [0, -5]]))") { args, _ in .double(try Throwing.opnorm(args[0].matrix)) },
        Builtin("func cond(_ A: Matrix) -> Double",
                summary: "The 2-norm condition number σ_max / σ_min.",
                example: "cond(Matrix([[1, 0], [0, 100]]))") { args, _ in .double(try Throwing.cond(args[0].matrix)) },
        Builtin("func rank(_ A: Matrix, tol: Double? = nil) -> Int",
                summary: "The numerical rank: singular values above `tol`, by default max(m, n) · ε · σ_max.",
                example: "rank(Matrix([[1, 2], [2, 4.001]]), tol: 0.01)") { args, _ in
            .int(try Throwing.rank(args[0].matrix, tol: args[1].isNone ? nil : args[1].unwrappedOptional.double))
        },
    ]

    static let decompositions: [Builtin] = [
        Builtin("func inverse(_ A: Matrix) -> Matrix",
                summary: "The inverse of a square matrix (a singular one is an error).",
                example: "inverse(Matrix([[2, 0], [0, 4]]))") { args, _ in .matrix(try Throwing.inverse(args[0].matrix)) },
        Builtin("func solve(_ A: Matrix, _ B: Matrix) -> Matrix",
                summary: "X with AX = B, for square A (LU with partial pivoting).",
                example: "solve(Matrix([[2, 1], [1, 3]]), vector([3, 5]))") { args, _ in
            .matrix(try Throwing.solve(args[0].matrix, args[1].matrix))
        },
        Builtin("func pinv(_ A: Matrix) -> Matrix",
                summary: "The Moore–Penrose pseudoinverse.",
                example: "pinv(Matrix([[1, 2], [2, 4]]))") { args, _ in .matrix(try Throwing.pinv(args[0].matrix)) },
        Builtin("func svd(_ A: Matrix) -> (U: Matrix, S: Matrix, V: Matrix)",
                summary: "The thin SVD A = U · diag(S) · Vᵀ, singular values decreasing.",
                example: "let (U, S, V) = svd(Matrix([[3, 0], [4, 5]]))\nS") { args, _ in
            let (U, S, V) = try Throwing.svd(args[0].matrix)
            return .tuple([.matrix(U), .matrix(S), .matrix(V)])
        },
        Builtin("func singularValues(_ A: Matrix) -> Matrix",
                summary: "The singular values alone, decreasing, as a column.",
                example: "singularValues(Matrix([[3, 0], [4, 5]]))") { args, _ in
            .matrix(try Throwing.singularValues(args[0].matrix))
        },
        Builtin("func eigh(_ A: Matrix) -> (values: Matrix, vectors: Matrix)",
                summary: "Eigenvalues (increasing) and orthonormal eigenvectors of a symmetric matrix.",
                example: "eigh(Matrix([[2, 1], [1, 2]])).values") { args, _ in
            let (values, vectors) = try Throwing.eigh(args[0].matrix)
            return .tuple([.matrix(values), .matrix(vectors)])
        },
        Builtin("func qr(_ A: Matrix) -> (Q: Matrix, R: Matrix)",
                summary: "The thin QR decomposition A = QR (Householder).",
                example: "let (Q, R) = qr(Matrix([[1, 2], [3, 4]]))\nQ * R") { args, _ in
            let (Q, R) = try Throwing.qr(args[0].matrix)
            return .tuple([.matrix(Q), .matrix(R)])
        },
        Builtin("func polar(_ A: Matrix, side: LeftPolarSide = .left) -> (Q: Matrix, P: Matrix)",
                summary: "The left polar decomposition A = QP, P = √(AᵀA).",
                example: "let (Q, P) = polar(Matrix([[1, 2], [3, 4]]))\nQ * P") { args, _ in
            let (Q, P) = try Throwing.polar(args[0].matrix)
            return .tuple([.matrix(Q), .matrix(P)])
        },
        Builtin("func polar(_ A: Matrix, side: RightPolarSide) -> (R: Matrix, U: Matrix)",
                summary: "The right polar decomposition A = R Uᵀ, R = √(AAᵀ).",
                example: "let (R, U) = polar(Matrix([[1, 2], [3, 4]]), side: .right)\nR * U.T") { args, _ in
            let (R, U) = try Throwing.polar(args[0].matrix, side: .right)
            return .tuple([.matrix(R), .matrix(U)])
        },
        Builtin("func expm(_ A: Matrix) -> Matrix",
                summary: "The matrix exponential (Padé with scaling and squaring).",
                example: "expm(Matrix([[0, 1], [-1, 0]]) * Double.pi)") { args, _ in
            .matrix(try Throwing.expm(args[0].matrix))
        },
    ]

    /// Functions of symmetric matrices through `eigh`.
    static let symmetric: [Builtin] = [
        Builtin("func sqrtm(_ A: Matrix) -> Matrix",
                summary: "The square root of a symmetric positive semidefinite matrix.",
                example: "sqrtm(Matrix([[4, 0], [0, 9]]))") { args, _ in .matrix(try Throwing.sqrtm(args[0].matrix)) },
        Builtin("func powm(_ A: Matrix, _ p: Double) -> Matrix",
                summary: "A^p for symmetric PSD A (eigenvalues within n·ε·λmax of 0 are 0; any symmetric A for integer p).",
                example: "let S = Matrix([[4, 1], [1, 3]])\npowm(S, 1.0 / 3) * powm(S, 1.0 / 3) * powm(S, 1.0 / 3) ≈ S") { args, _ in
            .matrix(try Throwing.powm(args[0].matrix, args[1].double))
        },
        Builtin("func logm(_ A: Matrix) -> Matrix",
                summary: "The logarithm of a symmetric positive definite matrix.",
                example: "logm(expm(Matrix([[1, 0.5], [0.5, 2]])))") { args, _ in
            .matrix(try Throwing.logm(args[0].matrix))
        },
        Builtin("func funm(_ A: Matrix, _ f: (Double) -> Double) -> Matrix",
                summary: "f applied to the eigenvalues of a symmetric matrix: V · diag(f(λ)) · Vᵀ.",
                example: "funm(Matrix([[2, 1], [1, 2]])) { λ in exp(λ) } ≈ expm(Matrix([[2, 1], [1, 2]]))") { args, _ in
            .matrix(try mapping(args[0].matrix, args[1]) { A, f in try Throwing.funm(A, f) })
        },
    ]

    static let shapes: [Builtin] = [
        Builtin("func kron(_ A: Matrix, _ B: Matrix) -> Matrix",
                summary: "The Kronecker product A ⊗ B: vec(AXB) = kron(Bᵀ, A) · vec(X).",
                example: "kron(eye(2), Matrix([[1, 2]]))") { args, _ in
            .matrix(try Throwing.kron(args[0].matrix, args[1].matrix))
        },
        Builtin("func vec(_ A: Matrix) -> Matrix",
                summary: "The entries stacked column by column into one column.",
                example: "vec(Matrix([[1, 2], [3, 4]]))") { args, _ in .matrix(vec(args[0].matrix)) },
        Builtin("func reshape(_ v: Matrix, _ rows: Int, _ cols: Int) -> Matrix",
                summary: "The rows × cols matrix with v's entries, column by column (the inverse of vec).",
                example: "reshape(vector([1, 2, 3, 4, 5, 6]), 2, 3)") { args, _ in
            .matrix(try Throwing.reshape(args[0].matrix, args[1].int, args[2].int))
        },
        Builtin("func outer(_ u: Matrix, _ v: Matrix) -> Matrix",
                summary: "The outer product u vᵀ of two vectors.",
                example: "outer(vector([1, 2]), vector([3, 4, 5]))") { args, _ in
            .matrix(try Throwing.outer(args[0].matrix, args[1].matrix))
        },
        Builtin("func normalized(_ v: Matrix) -> Matrix",
                summary: "v / norm(v) (a zero v is an error).",
                example: "normalized(vector([3, 4]))") { args, _ in .matrix(try Throwing.normalized(args[0].matrix)) },
    ]
}
