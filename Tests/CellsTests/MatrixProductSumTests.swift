import Testing
import Linalg
@testable import Cells

/// A cell's `A * B - C` (and `+`, and the product on the right) runs as one product
/// accumulated into `C`: the factorization loop's `U * V.T - M`, `Ur.T * Ur - Vr.T * Vr`,
/// `R * V + lambda * (U * D)`. What the cell sees must not change: the same bits as compiled
/// Linalg computing the product and then the sum, Swift's order of evaluation, and each
/// error at its own operator.
struct MatrixProductSumTests {
    /// The same matrices as the cell's `m(r, c, s)`: exact arithmetic, so both sides agree.
    static func m(_ r: Int, _ c: Int, _ s: Int) -> Matrix {
        Matrix(rows: r, cols: c, rowMajor: (0..<(r * c)).map { Double(($0 * 37 + s) % 101) / 7 - 3.1 })
    }

    @Test func fusedSumsPrintWhatCompiledLinalgComputesInTwoSteps() {
        let code = """
        func m(_ r: Int, _ c: Int, _ s: Int) -> Matrix {
            Matrix(rows: r, cols: c, rowMajor: (0..<(r * c)).map { Double(($0 * 37 + s) % 101) / 7 - 3.1 })
        }
        let U = m(50, 5, 1), V = m(200, 5, 2), M = m(50, 200, 3), D = m(5, 5, 4), x = m(200, 1, 5)
        print((U * V.T - M).array)
        print((M - U * V.T).array)
        print((U * V.T + M).array)
        print((U.T * U - V.T * V).array)
        print((M * V + 2 * (U * D)).array)
        print((M.T * U - 2 * (V * D)).array)
        print((D * D + D).array)
        print((M * x - U.col(0)).array)
        print(M == m(50, 200, 3), U == m(50, 5, 1))
        """
        let (U, V, M, D, x) = (Self.m(50, 5, 1), Self.m(200, 5, 2), Self.m(50, 200, 3), Self.m(5, 5, 4), Self.m(200, 1, 5))
        let expected = [U * V.T - M, M - U * V.T, U * V.T + M, U.T * U - V.T * V, M * V + 2 * (U * D),
                        M.T * U - 2 * (V * D), D * D + D, M * x - U.col(0)]
            .map { "\($0.array)\n" }.joined() + "true true\n"
        let (output, error) = runCell(code)
        #expect(error == nil)
        #expect(output == expected)
    }

    /// A product whose factors do not fit fails at `*` before the other operand is
    /// evaluated (Swift's order); a sum of the wrong shape fails at `-`.
    @Test(arguments: [
        ("let E = A * A - f()", 11, "", LinalgError.shapeMismatch(operation: "*", lhs: Shape(2, 3), rhs: Shape(2, 3))),
        ("let E = f() - A * A", 17, "f\n", .shapeMismatch(operation: "*", lhs: Shape(2, 3), rhs: Shape(2, 3))),
        ("let E = A * B - C", 15, "", .shapeMismatch(operation: "-", lhs: Shape(2, 2), rhs: Shape(3, 3))),
        ("let E = C + A * B", 11, "", .shapeMismatch(operation: "+", lhs: Shape(3, 3), rhs: Shape(2, 2))),
    ])
    func errorsStayAtTheirOperators(line: String, column: Int, printed: String, kind: LinalgError) {
        let code = """
        let A = ones(2, 3), B = ones(3, 2), C = ones(3, 3)
        func f() -> Matrix { print("f"); return ones(2, 2) }
        \(line)
        """
        let (output, error) = runCell(code)
        #expect(output == printed)
        #expect(error?.kind == .linalg(kind))
        #expect(error?.line == 3 && error?.column == column)
    }
}
