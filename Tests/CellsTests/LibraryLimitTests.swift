import Testing
import Linalg
@testable import Cells

/// A run's memory budget holds for the matrices its cells keep, including the ones made by
/// operations that cannot otherwise fail (`2 * A`), and says the real size of a request.
@Suite struct LibraryLimitTests {
    @Test func matricesKeptByACellCountAgainstTheRunsBudget() {
        let code = """
            let A = ones(100, 100)
            var kept: [Matrix] = []
            for _ in 0..<100 { kept.append(2 * A) }
            """
        let (_, error) = runCell(code, configuration: RunConfiguration(memoryLimitBytes: 1 << 20))   // 16 matrices' worth
        #expect(error?.line == 3)
        #expect(error?.kind == .memoryLimitExceeded(bytes: 80_000, limit: 1 << 20))
        let (_, fits) = runCell(code, configuration: RunConfiguration(memoryLimitBytes: 16 << 20))
        #expect(fits == nil)
    }

    @Test func theRunsBudgetIsEmptyAgainWhenItEnds() {
        let limits = RunLimits(memoryLimitBytes: 1 << 30)
        let results = limits.installed {
            CellProgram(cells: [CellSource(index: 0, code: "let B = randn(50, 50)\nB.T * B", firstLine: 1)]).run()
        }
        #expect(results[0].error == nil)
        #expect(limits.memory.liveBytes == 0)   // the run's own limits, not these, counted its matrices
    }
}
