import Testing
import Linalg
@testable import Cells

/// A cell's `A - c * B` and `A + c * B` run as one pass, and `W = W - eta * G` (or
/// `W -= eta * G`) writes `W`'s matrix in place when nothing else shares it: the
/// factorization loop's gradient steps. What the cell sees must not change: the bits of
/// compiled Linalg computing the product and then the sum, value semantics (a copy made
/// before the step keeps its values), Swift's order of evaluation, and each error at its
/// own operator.
struct MatrixScaledSumTests {
    @Test func gradientStepsPrintWhatCompiledLinalgComputesInTwoSteps() {
        let code = """
        func m(_ r: Int, _ c: Int, _ s: Int) -> Matrix {
            Matrix(rows: r, cols: c, rowMajor: (0..<(r * c)).map { Double(($0 * 37 + s) % 101) / 7 - 3.1 })
        }
        var W = m(50, 5, 1)
        let G = m(50, 5, 2), eta = 0.01
        let W0 = W
        W = W - eta * G
        W = W - eta * G
        W -= 0.5 * G
        W = W + G * 3
        print(W.array)
        print(W0 == m(50, 5, 1))
        var X = m(3, 2, 4)
        X = X - 2 * X
        print(X.array)
        let Y = W - eta * G
        print(Y.array)
        for _ in 0..<3 { X = X + 0.25 * m(3, 2, 5) }
        print(X.array)
        """
        let m = MatrixProductSumTests.m
        var W = m(50, 5, 1)
        let G = m(50, 5, 2), eta = 0.01
        W = W - eta * G
        W = W - eta * G
        W = W - 0.5 * G
        W = W + G * 3
        var X = m(3, 2, 4)
        X = X - 2 * X
        let Y = W - eta * G
        let printedX = X.array
        for _ in 0..<3 { X = X + 0.25 * m(3, 2, 5) }
        let expected = "\(W.array)\ntrue\n\(printedX)\n\(Y.array)\n\(X.array)\n"
        let (output, error) = runCell(code)
        #expect(error == nil)
        #expect(output == expected)
    }

    /// `W` is read before `c * B` is evaluated, as Swift reads it: a `B` whose evaluation
    /// assigns `W` leaves the step computed from the old `W` (and the new one unchanged
    /// until the store).
    @Test func theVariableIsReadFirst() {
        let code = """
        var W = ones(2, 2)
        var V = W
        func g() -> Matrix { W = 10 * ones(2, 2); print(W.array); return ones(2, 2) }
        W = W - 0.5 * g()
        print(W.array, V.array)
        V = V - 0.5 * V
        print(V.array)
        """
        let (output, error) = runCell(code)
        #expect(error == nil)
        #expect(output == "[10.0, 10.0, 10.0, 10.0]\n[0.5, 0.5, 0.5, 0.5] [1.0, 1.0, 1.0, 1.0]\n[0.5, 0.5, 0.5, 0.5]\n")
    }

    /// A step whose shapes do not fit fails at `-`, as the difference does, and leaves the
    /// variable as it was (the next cell, run after an expected error, still reads it).
    @Test func aMismatchFailsAtTheDifferenceAndKeepsTheVariable() {
        let cells = [CellSource(index: 0, code: "var W = ones(2, 3)\nlet C = ones(3, 3)\nW = W - 2 * C", firstLine: 1,
                                errorExpected: true),
                     CellSource(index: 1, code: "print(W.array)", firstLine: 5)]
        let results = CellProgram(cells: cells).run()
        #expect(results[0].error?.kind == .linalg(.shapeMismatch(operation: "-", lhs: Shape(2, 3), rhs: Shape(3, 3))))
        #expect(results[0].error?.line == 3 && results[0].error?.column == 7)
        #expect(results[1].stdout == "[1.0, 1.0, 1.0, 1.0, 1.0, 1.0]\n")
    }
}
