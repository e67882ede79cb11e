import Foundation
import Testing
@testable import Render

/// `--until`, `--timings` and `--verbose` (issue 15, "Working on one experiment").
@Suite struct ExecutionOptionsTests {
    let notebook = """
        # Steps

        ```swift
        //| label: first
        print("one")
        check(true, "first ok")
        ```

        ```swift
        //| label: second
        print("two")
        check(2 > 1, "second ok")
        ```

        ```swift
        //| label: third
        print("three")
        ```
        """

    func path() throws -> String { try scratchFolder(["s.md": notebook]).appendingPathComponent("s.md").path }

    @Test func untilStopsAfterTheLabelledCellButChecksEveryCell() throws {
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console, execution: ExecutionOptions(until: "second")).run(try path())
        #expect(status == 0)
        #expect(recorder.out == "one\ntwo\n")

        // A later cell that does not type-check still stops everything: it is checked.
        let broken = try scratchFolder(["b.md": notebook.replacingOccurrences(of: "print(\"three\")", with: "print(three)")])
        let rejected = RecordingConsole()
        #expect(Pipeline(console: rejected.console, execution: ExecutionOptions(until: "first"))
            .run(broken.appendingPathComponent("b.md").path) == 1)
        #expect(rejected.err.contains("b.md:17:7: error: cannot find 'three' in scope"))
    }

    @Test func anUnknownUntilLabelIsAUsageErrorThatSuggestsTheNearest() throws {
        let recorder = RecordingConsole()
        let file = try path()
        #expect(Pipeline(console: recorder.console, execution: ExecutionOptions(until: "secnd")).run(file) == 2)
        #expect(recorder.err.hasPrefix("\(file):1:1: error: --until 'secnd': no cell has this label; did you mean 'second'?"))
        #expect(recorder.out.isEmpty)
    }

    @Test func timingsNameEveryCellThatRanOnStderr() throws {
        let recorder = RecordingConsole()
        let file = try path()
        #expect(Pipeline(console: recorder.console, execution: ExecutionOptions(until: "second", timings: true)).run(file) == 0)
        let lines = recorder.err.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("\(file):4: cell 1 (first): ") && lines[0].hasSuffix(" s"))
        #expect(lines[1].hasPrefix("\(file):10: cell 2 (second): "))
        #expect(recorder.out == "one\ntwo\n")   // stdout stays the cells' alone
    }

    @Test func verboseCheckShowsEachCellsOutputBeforeItsChecks() throws {
        let recorder = RecordingConsole()
        let file = try path()
        #expect(Pipeline(console: recorder.console, execution: ExecutionOptions(verbose: true)).check([file]) == 0)
        #expect(recorder.out == """
            one
            ✓ \(file):6: first ok
            two
            ✓ \(file):12: second ok
            three
            \(file): 2 checks passed, 0 failed

            """)
    }
}
