import Testing
import Cells
@testable import Diagnostics

/// Messages a learner reads (issue 12, item 6), from the cell that makes the mistake to the
/// words: a misspelt name or member gets swiftc's "did you mean", a Matrix used the wrong
/// way says how it is used.
@Suite struct LearnerMessageTests {
    /// The words of the first error `code` gets, as `nb` prints them.
    static func message(_ code: String) -> String? {
        CellProgram(cells: [CellSource(index: 0, code: code, firstLine: 1)]).diagnose().first.map { Messages.text(for: $0.kind) }
    }

    @Test(arguments: [
        ("let learningRate = 0.1\nprint(learningRat * 2)", "cannot find 'learningRat' in scope; did you mean 'learningRate'?"),
        ("let A = Matrix([[2, 1], [1, 2]])\nlet B = powM(A, 2)", "cannot find 'powM' in scope; did you mean 'powm'?"),
        ("prnt(1)", "cannot find 'prnt' in scope; did you mean 'print'?"),
        ("print(zzzqqq)", "cannot find 'zzzqqq' in scope"),
        ("let xs = [1, 2]\nprint(xs.coutn)", "value of type '[Int]' has no member 'coutn'; did you mean 'count'?"),
        ("struct P { var width: Double }\nlet p = P(width: 2)\nprint(p.widht)", "value of type 'P' has no member 'widht'; did you mean 'width'?"),
        ("let S = Matrix([[1, 2], [3, 4], [5, 6]])\nlet top = S.rows(0..<2)",
         "cannot call value of non-function type 'Int': 'rows' is a property of Matrix, not a method; did you mean 'S[rows: 0..<2]'?"),
        ("let M = Matrix([[1, 2], [3, 4]])\nprint(M[0])",
         "Matrix subscripts take a row and a column: M[i, j]; for a row use M.row(i), for rows M[rows: a..<b]"),
    ])
    func saysWhatWasMeant(_ code: String, _ words: String) {
        #expect(Self.message(code) == words)
    }

    @Test func nestingLimitsNameTheLimit() {
        let words = Self.message("let a = " + String(repeating: "[", count: 300) + "1" + String(repeating: "]", count: 300))
        #expect(words?.hasPrefix("the compiler is unable to type-check this expression in reasonable time") == true)
        #expect(words?.contains("nb's limit: 12 nested '['") == true)
        let chain = Self.message("let x = " + Array(repeating: "1", count: 20_002).joined(separator: " + "))
        #expect(chain?.contains("nb's limit: operators nested 20000 deep") == true)
    }
}
