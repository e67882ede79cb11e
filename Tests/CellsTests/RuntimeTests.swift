import Testing
import Linalg
import Plot
@testable import Cells

/// What Swift traps on stops the cell with an error at the trapping line; limits
/// stop runaway cells; later cells do not run after an error.
struct RuntimeTests {
    @Test(arguments: [
        ("let big = Int.max\nprint(\"a\")\nlet c = big + 1", 3, CellErrorKind.integerOverflow(operator: "+")),
        // The fused Int kernels (a variable and a constant, a function's parameter, a call's
        // unboxed result, a compound assignment) trap as the boxed operations did.
        ("func next(_ n: Int) -> Int {\n    n + 1\n}\nprint(next(Int.max))", 2, .integerOverflow(operator: "+")),
        ("func down(_ n: Int) -> Int { n - 1 }\nlet m = Int.min\nprint(m)\nprint(down(m))", 1, .integerOverflow(operator: "-")),
        ("func big() -> Int { Int.max / 2 + 1 }\nlet x = 3\nprint(x * big())", 3, .integerOverflow(operator: "*")),
        ("var i = Int.max - 1\ni += 1\ni += 1", 3, .integerOverflow(operator: "+")),
        ("func f(_ a: Int, _ b: Int) -> Int { a * b }\nprint(f(1 << 40, 1 << 30))", 1, .integerOverflow(operator: "*")),
        ("let zero = 0\nprint(10 / zero)", 2, .divisionByZero),
        ("let xs = [1, 2]\nlet i = 5\nprint(xs[i])", 3, .indexOutOfRange(index: 5, count: 2)),
        ("let xs: [Int] = []\nprint(xs.max()!)", 2, .unwrappedNil),
        ("let d = Double.nan\nprint(Int(d))", 2, .invalidConversion(value: .nan)),
    ])
    func trapsAreErrorsAtTheirLine(_ code: String, _ line: Int, _ kind: CellErrorKind) {
        let (_, error) = runCell(code)
        #expect(error?.line == line)
        if case .invalidConversion = kind {
            guard case .invalidConversion? = error?.kind else { Issue.record("\(String(describing: error))"); return }
        } else {
            #expect(error?.kind == kind)
        }
    }

    /// Each library's errors keep their own kind (the words are `Diagnostics`'): a gradient of
    /// a loss that is not 1×1, a figure that cannot be drawn, a standard library trap.
    @Test(arguments: [
        ("let W = ones(2, 2)\nlet g = gradient(at: W) { W in W * 2 }", 2,
         CellErrorKind.autodiff(.nonScalarLoss(shape: Shape(2, 2)))),
        ("let A = ones(2, 3)\nlet B = ones(2, 3)\nprint(A * B)", 3, .linalg(.shapeMismatch(operation: "*", lhs: Shape(2, 3), rhs: Shape(2, 3)))),
        ("print(1)\nfatalError(\"boom\")", 2, .standardLibrary(.fatalError(message: "boom"))),
        ("let n = -1\nlet xs = Array(repeating: 0, count: n)", 2, .standardLibrary(.negativeArrayCount)),
        // swiftc's build traps too ("Fatal error: Negative count not allowed"), where nb printed "".
        ("let n = -1\nlet s = String(repeating: \"x\", count: n)", 2, .standardLibrary(.negativeRepeatCount)),
        ("let s = \"ab\"\nlet c = Character(s)", 2, .standardLibrary(.characterFromSeveralGraphemes)),
    ])
    func libraryErrorsKeepTheirKind(_ code: String, _ line: Int, _ kind: CellErrorKind) {
        let (_, error) = runCell(code)
        #expect(error?.line == line)
        #expect(error?.kind == kind)
    }

    @Test func outputBeforeATrapIsKept() {
        let (output, error) = runCell("print(\"before\")\nlet xs = [1]\nprint(xs[3])")
        #expect(output == "before\n")
        #expect(error != nil)
    }

    @Test func timeLimitStopsTheCellAtTheLoop() {
        let code = "var n = 0\nwhile true {\n    n += 1\n}"
        let (_, error) = runCell(code, configuration: RunConfiguration(defaultTimeout: 0.2))
        #expect(error == CellError(line: 2, column: 1, kind: .timeLimitExceeded(seconds: 0.2)))
    }

    /// A library computation of many BLAS calls (here about a thousand squarings, minutes of
    /// work) stops at its next checkpoint once the cell's time is up, and the error is at the call.
    @Test func timeLimitStopsALongLibraryComputationBetweenItsBLASCalls() {
        let started = ContinuousClock.now
        let (_, error) = runCell("let A = 1e300 * eye(500)\nlet E = expm(A)", configuration: RunConfiguration(defaultTimeout: 0.3))
        #expect(error == CellError(line: 2, column: 9, kind: .timeLimitExceeded(seconds: 0.3)))
        #expect(ContinuousClock.now - started < .seconds(20))   // a bound on a hang, not a speed test
    }

    /// One LAPACK call cannot be interrupted: when it returns after the cell's time is up, the
    /// overrun is an error at the call, not a cell that passes late.
    @Test func anUninterruptibleCallThatOverrunsIsAnErrorWhenItReturns() {
        let (output, error) = runCell("let A = ones(1000, 1000) + eye(1000)\nlet s = svd(A)\nprint(\"after\")",
                                      configuration: RunConfiguration(defaultTimeout: 0.01))
        #expect(output == "")
        #expect(error?.kind == .timeLimitExceeded(seconds: 0.01))
        #expect(error?.line == 1 || error?.line == 2)
    }

    @Test func deepButLegalRecursionWorksAndRunawayRecursionIsAnError() {
        let deep = runCell("func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }\nprint(depth(5000))")
        #expect(deep.output == "5000\n")
        #expect(deep.error == nil)
        let runaway = runCell("func f(_ n: Int) -> Int { f(n + 1) }\nprint(f(0))",
                              configuration: RunConfiguration(recursionLimit: 1000))
        #expect(runaway.error?.kind == .recursionLimitExceeded(limit: 1000))
    }

    @Test func hugeAllocationIsRefusedBeforeAllocating() {
        let (_, error) = runCell("let Z = zeros(100000, 100000)", configuration: RunConfiguration(memoryLimitBytes: 1 << 30))
        #expect(error == CellError(line: 1, column: 9, kind: .memoryLimitExceeded(bytes: 80_000_000_000, limit: 1 << 30)))
    }

    /// Each array is far under the limit; together they are over it: the limit is the run's,
    /// counted across everything it holds, not one allocation's.
    @Test func manyAllocationsEachUnderTheLimitStopTheRunAtItsLimit() {
        let code = "var kept: [[Int]] = []\nfor _ in 0..<40 {\n    kept.append(Array(repeating: 1, count: 5_000_000))\n}\nprint(kept.count)"
        let limit = 256 << 20
        let (output, error) = runCell(code, configuration: RunConfiguration(memoryLimitBytes: limit))
        #expect(output == "")
        guard case .runMemoryLimitExceeded(let held, limit)? = error?.kind else {
            Issue.record("expected the run's memory limit, got \(String(describing: error))"); return
        }
        #expect(held > limit)
        #expect(error?.line == 2 || error?.line == 3)
    }

    @Test func globalsPersistAcrossCellsAndValuesAreDisplayed() {
        let results = runCells(["var total = 1\nfunc double(_ x: Int) -> Int { 2 * x }", "total = double(total)\ntotal + 1", "print(total)"])
        #expect(results.map(\.ran) == [true, true, true])
        guard case .text(let shown)? = results[1].display else { Issue.record("no display"); return }
        #expect(shown == "3")
        #expect(results[2].stdout == "2\n")
    }

    @Test func cellsAfterAFailureDoNotRunUnlessTheErrorWasExpected() {
        var cells = [CellSource(index: 0, code: "let xs = [1]\nprint(xs[2])", firstLine: 1, errorExpected: true),
                     CellSource(index: 1, code: "print(\"second\")\nlet zero = 0\nprint(1 / zero)", firstLine: 5),
                     CellSource(index: 2, code: "print(\"third\")", firstLine: 10)]
        var results = CellProgram(cells: cells).run()
        #expect(results[0].error?.kind == .indexOutOfRange(index: 2, count: 1))
        #expect(results[1].stdout == "second\n")
        #expect(results[1].error?.line == 7)
        #expect(!results[2].ran)
        cells[1].eval = false
        results = CellProgram(cells: cells).run()
        #expect(!results[1].ran)
        #expect(results[2].stdout == "third\n")
    }

    @Test func valueSemanticsOfArraysAndStructs() {
        let (output, _) = runCell("""
        struct P { var x = 0 }
        var a = [P(x: 1)]
        var b = a
        b[0].x = 5
        var c = b[0]
        c.x = 9
        print(a[0].x, b[0].x, c.x)
        """)
        #expect(output == "1 5 9\n")
    }

    @Test func checksAreRecordedWithTheirPosition() {
        let results = runCells(["let A = Matrix([[1, 2], [3, 4]])\ncheck(A * eye(2) ≈ A, \"identity\")\ncheck(det(A) > 0, \"positive\")"])
        #expect(results[0].checks == [CheckOutcome(message: "identity", passed: true, line: 2, column: 1),
                                      CheckOutcome(message: "positive", passed: false, line: 3, column: 1)])
        #expect(results[0].display == nil)
    }

    @Test func aDiscardableResultIsNotTheCellsDisplayedValue() {
        let results = runCells([
            "@discardableResult func bump(_ x: inout Int) -> Int { x += 1; return x }\nvar n = 0\nbump(&n)",
            "func twice(_ x: Int) -> Int { 2 * x }\ntwice(n)",
            "class Counter { var count = 0\n@discardableResult func tick() -> Int { count += 1; return count } }\nCounter().tick()",
        ])
        #expect(results[0].display == nil)
        guard case .text(let shown)? = results[1].display else { Issue.record("no display"); return }
        #expect(shown == "2")
        #expect(results[2].display == nil)
    }

    @Test func shapeMismatchIsAnErrorAtItsLineNotATrap() {
        let (_, error) = runCell("let A = ones(2, 3)\nlet B = ones(2, 3)\nlet C = A * B")
        guard case .linalg? = error?.kind else { Issue.record("\(String(describing: error))"); return }
        #expect(error?.line == 3)
    }

    @Test func gradientsOfClosuresOverTrackedValues() {
        let (output, error) = runCell("""
        let W = Matrix([[1, 2], [3, 4]])
        let g = gradient(at: W) { W in 0.5 * squaredNorm(W) }
        print(g == W)
        let (value, (du, dv)) = valueWithGradient(at: 2.0, 3.0) { x, y in x * y + x }
        print(value, du, dv)
        """)
        #expect(error == nil)
        #expect(output == "true\n8.0 4.0 2.0\n")
    }

    @Test func theDeclaredSurfaceParses() {
        #expect(Surface.shared.declarationErrors == [])
    }
}

/// Figures made in a cell: shown with `show(_:)`, or displayed as the cell's value.
struct FigureTests {
    @Test func figuresAreShownAndDisplayed() {
        let results = runCells(["""
        var fig = Figure(title: "Objective", xlabel: "iteration", yscale: .log)
        fig.line([1, 0.5, 0.25], label: "loss")
        show(fig)
        fig
        """])
        #expect(results[0].error == nil)
        #expect(results[0].figures.count == 1)
        guard case .figure? = results[0].display else { Issue.record("not displayed as a figure"); return }
    }

    /// What a figure drew around (skipped points) comes back with the cell's result, for the
    /// report to show under the cell, with the line and column of the call that drew it
    /// (series are numbered from 0).
    @Test func figureWarningsComeWithTheResult() {
        let results = runCells(["""
        var fig = Figure(title: "Loss", yscale: .log)
        fig.line([1, Double.nan, 0.25, -1], label: "loss")
        show(fig)
        """])
        #expect(results[0].error == nil)
        let site = CallSite(line: 2, column: 5)
        #expect(results[0].figureNotes() == [
            FigureNote(figure: .shown(0), kind: .warning(PlotWarning(.nonFiniteSkipped(row: 0, col: 0, series: 0, count: 1),
                                                                     callSite: site))),
            FigureNote(figure: .shown(0), kind: .warning(PlotWarning(.nonPositiveOnLogAxis(row: 0, col: 0, series: 0, axis: .y,
                                                                                           count: 1), callSite: site))),
        ])
    }
}

@Suite struct PolarSideTests {
    @Test func bothPolarFormsAreBoundBySide() {
        let (output, error) = runCell("""
            let W = Matrix([[2, 1], [0, 3]])
            let (Q, P) = polar(W)
            let (R, U) = polar(W, side: .right)
            print(Q * P ≈ W, R * U.T ≈ W, R ≈ R.T, polar(W, side: .left).Q ≈ Q)
            """)
        #expect(error == nil)
        #expect(output == "true true true true\n")
    }
}

@Suite struct OptionalMapTests {
    @Test func mapAndFlatMapRunOnlyOnAValue() {
        let (output, error) = runCell("""
            let some: Int? = 4
            let none: Int? = nil
            print(some.map { $0 * 2 }, none.map { $0 * 2 })
            print(some.flatMap { $0 > 3 ? $0 : nil }, some.flatMap { $0 > 5 ? $0 : nil })
            print(["7", "x"].first.map { Int($0) ?? 0 } ?? -1)
            """)
        #expect(error == nil)
        #expect(output == "Optional(8) nil\nOptional(4) nil\n7\n")
    }
}
