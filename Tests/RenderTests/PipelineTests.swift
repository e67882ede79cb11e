import Foundation
import Testing
@testable import Render

/// A console that records what a command writes.
final class RecordingConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }

    var console: Console {
        Console(out: { text in self.lock.withLock { self.outText += text } },
                err: { text in self.lock.withLock { self.errText += text } })
    }
}

/// A fresh folder with `files` written into it.
func scratchFolder(_ files: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("nb-render-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
}

@Suite struct PipelineTests {
    @Test func runPrintsOnlyWhatCellsPrint() throws {
        let folder = try scratchFolder(["a.md": """
            # Title

            Some prose with $x^2$.

            ```swift
            let x = 6 * 7
            print("x =", x)
            ```

            ```swift
            print(Double(x) / 4)
            ```
            """])
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).run(folder.appendingPathComponent("a.md").path)
        #expect(status == 0)
        #expect(recorder.out == "x = 42\n10.5\n")
    }

    @Test func unreadableFileExitsTwoWithItsPath() {
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).run("/nonexistent/nb/missing.md")
        #expect(status == 2)
        #expect(recorder.err.hasPrefix("/nonexistent/nb/missing.md:1:1: error: cannot read the notebook"))
        #expect(recorder.out.isEmpty)
    }

    @Test func badFrontMatterIsAnErrorAtItsLine() throws {
        let folder = try scratchFolder(["bad.md": "---\ntitle: ok\nauthor: [unclosed\n---\n\nText.\n"])
        let path = folder.appendingPathComponent("bad.md").path
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).render([path], output: nil, unsafeHTML: false)
        #expect(status == 2)
        #expect(recorder.err.contains("bad.md:"))
        #expect(recorder.err.contains("bad.md:3:9: error: the value of 'author' opens a list or mapping that is never closed"))
        // The rest of the document is still written, with no cell run.
        let html = try String(contentsOf: folder.appendingPathComponent("bad.html"), encoding: .utf8)
        #expect(html.contains("Text."))
    }

    @Test func aRejectedCellStopsEverythingBeforeAnythingRuns() throws {
        let folder = try scratchFolder(["r.md": """
            ```swift
            print("first")
            ```

            ```swift
            let a = 1
            let b = 2.5
            print(a * b)
            ```
            """])
        let path = folder.appendingPathComponent("r.md").path
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).run(path)
        #expect(status == 1)
        #expect(recorder.out.isEmpty)
        #expect(recorder.err.contains("r.md:8:"))
        #expect(recorder.err.contains("error: "))
    }

    /// Points a figure cannot draw are warnings at the drawing call (two of the five values are
    /// ≤ 0 on a log axis: 0 and -1), and the render still succeeds; a cached render says the same.
    @Test func skippedPointsOfAFigureAreWarningsAtTheDrawingCall() throws {
        let folder = try scratchFolder(["w.md": "# Log\n\n```swift\nvar h = Figure(yscale: .log)\nh.line([1, 0.1, 0, -1, 0.001])\nh\n```\n"])
        let path = folder.appendingPathComponent("w.md").path
        for _ in 0..<2 {
            let recorder = RecordingConsole()
            #expect(Pipeline(console: recorder.console).render([path], output: nil, unsafeHTML: false) == 0)
            #expect(recorder.err.contains("w.md:5:3: warning: skipped 2 points ≤ 0 on the log y axis"))
        }
    }

    /// A notebook with an error of its own (a label used twice) still gets its report, with the
    /// rest of the document in it and no cell run; the exit status says the notebook is wrong.
    @Test func aNotebookWithErrorsIsStillWrittenWithNoCellRun() throws {
        let folder = try scratchFolder(["d.md": "# Twice\n\n$$ x $$ {#eq-x}\n\n$$ y $$ {#eq-x}\n\n```swift\nprint(\"ran\")\n```\n\nThe end.\n"])
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).render([folder.appendingPathComponent("d.md").path],
                                                                output: nil, unsafeHTML: false)
        #expect(status == 2)
        #expect(recorder.err.contains("d.md:5:3: error: label 'eq-x' is also defined at line 3, column 3"))
        #expect(recorder.err.contains("no cell ran: the notebook has errors"))
        let html = try String(contentsOf: folder.appendingPathComponent("d.html"), encoding: .utf8)
        #expect(html.contains("The end."))
        #expect(html.contains("print"))
        #expect(!html.contains(">ran\n<") && !html.contains(">ran<"))
    }

    /// A caption on a cell that shows no figure is a warning at the option's line, naming the
    /// figure number the report skips (the next figure is Figure 2).
    @Test func aCaptionWithoutAFigureIsAWarning() throws {
        let folder = try scratchFolder(["c.md": "# Caps\n\n```swift\n//| label: fig-none\n//| fig-cap: \"A curve\"\nprint(1)\n```\n\n```swift\n//| fig-cap: \"Real\"\nvar f = Figure()\nf.line([1.0, 2.0])\nf\n```\n"])
        let recorder = RecordingConsole()
        #expect(Pipeline(console: recorder.console).render([folder.appendingPathComponent("c.md").path],
                                                           output: nil, unsafeHTML: false) == 0)
        #expect(recorder.err.contains("c.md:5:1: warning: 'fig-cap' on a cell that shows no figure: the caption is not shown and Figure 1 is skipped"))
        #expect(recorder.err.components(separatedBy: "fig-cap").count == 3, "one warning (the message and its quoted line)")
        let html = try String(contentsOf: folder.appendingPathComponent("c.html"), encoding: .utf8)
        #expect(html.contains("Figure 2:"))
    }

    /// Two errors in one cell are one cell that failed, as the summary line says.
    @Test func theSummaryCountsCellsNotErrors() throws {
        let folder = try scratchFolder(["e.md": "```swift\nlet a: Int = \"x\"\nlet b: Int = \"y\"\n```\n"])
        let recorder = RecordingConsole()
        #expect(Pipeline(console: recorder.console).render([folder.appendingPathComponent("e.md").path],
                                                           output: nil, unsafeHTML: false) == 1)
        #expect(recorder.err.contains("1 cell failed"))
    }

    @Test func renderWritesTheReportBesideTheNotebookAndNeverTheSource() throws {
        let source = """
            ---
            title: A <b>bold</b> title
            ---

            ```swift
            check(1 + 1 == 2, "arithmetic works")
            ```
            """
        let folder = try scratchFolder(["n.md": source])
        let path = folder.appendingPathComponent("n.md").path
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).render([path], output: nil, unsafeHTML: false)
        #expect(status == 0)
        let html = try String(contentsOfFile: folder.appendingPathComponent("n.html").path, encoding: .utf8)
        #expect(html.contains("A &lt;b&gt;bold&lt;/b&gt; title"))
        #expect(!html.contains("<b>bold</b>"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == source)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func sameNotebookGivesTheSameBytes() throws {
        let folder = try scratchFolder(["d.md": """
            # Random

            ```swift
            let X = randn(2, 2)
            print(sum(X))
            X
            ```
            """])
        let path = folder.appendingPathComponent("d.md").path
        let pipeline = Pipeline(console: RecordingConsole().console)
        #expect(pipeline.render([path], output: folder.appendingPathComponent("1.html").path, unsafeHTML: false) == 0)
        #expect(pipeline.render([path], output: folder.appendingPathComponent("2.html").path, unsafeHTML: false) == 0)
        let first = try Data(contentsOf: folder.appendingPathComponent("1.html"))
        let second = try Data(contentsOf: folder.appendingPathComponent("2.html"))
        #expect(first == second)
    }

    @Test func checkListsEveryCheckAndFailsOnAFalseOne() throws {
        let folder = try scratchFolder(["c.md": """
            ```swift
            check(2 + 2 == 4, "addition")
            check(2 * 2 == 5, "wishful thinking")
            ```
            """])
        let path = folder.appendingPathComponent("c.md").path
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).check([path])
        #expect(status == 1)
        #expect(recorder.out.contains("✓ \(path):2: addition"))
        #expect(recorder.out.contains("✗ \(path):3: wishful thinking"))
        #expect(recorder.out.contains("1 check passed, 1 failed"))
    }

    /// Checking several notebooks names each one, the one that could not be checked too, and
    /// adds them up.
    @Test func checkingSeveralNotebooksNamesEachAndAddsThemUp() throws {
        let folder = try scratchFolder(["a.md": "```swift\ncheck(1 < 2, \"order\")\n```\n",
                                        "b.md": "$$ x $$ {#eq-x}\n\n$$ y $$ {#eq-x}\n",
                                        "c.md": "```swift\ncheck(1 > 2, \"no\")\n```\n"])
        let paths = ["a.md", "b.md", "c.md"].map { folder.appendingPathComponent($0).path }
        let recorder = RecordingConsole()
        #expect(Pipeline(console: recorder.console).check(paths) == 2)
        #expect(recorder.out.contains("\(paths[0]): 1 check passed, 0 failed\n"))
        #expect(recorder.out.contains("\(paths[1]): not checked (it could not be read or has errors: see above)\n"))
        #expect(recorder.out.contains("\(paths[2]): 0 checks passed, 1 failed\n"))
        #expect(recorder.out.hasSuffix("3 notebooks: 1 check passed, 1 failed, 1 not checked\n"))
    }

    @Test func anExpectedErrorDoesNotFailTheNotebook() throws {
        let folder = try scratchFolder(["e.md": """
            ```swift
            //| error: true
            let xs = [1, 2, 3]
            print(xs[5])
            ```

            ```swift
            print("still running")
            ```
            """])
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).run(folder.appendingPathComponent("e.md").path)
        #expect(status == 0)
        #expect(recorder.out == "still running\n")
        #expect(recorder.err.contains("e.md:4:"))
    }

    @Test func reportPathReplacesTheExtension() {
        #expect(Pipeline.reportPath(for: "notebooks/session1.md") == "notebooks/session1.html")
        #expect(Pipeline.reportPath(for: "notes") == "notes.html")
    }
}

/// State belongs to the run: two notebooks rendered at once in one process draw from their
/// own random streams and keep their own limits (docs/ARCHITECTURE.md, "Cells: per-run state").
@Suite struct ConcurrentRenderTests {
    static let notebooks = [
        "a.md": """
            # A

            ```swift
            var total = 0.0
            for _ in 0..<20_000 { total += randn() }
            print(total)
            let W = randn(40, 40)
            print(sum(W), rand())
            ```
            """,
        "b.md": """
            ---
            execute:
              seed: 7
            ---
            # B

            ```swift
            //| label: draws
            var xs: [Double] = []
            for _ in 0..<20_000 { xs.append(rand()) }
            print(xs.reduce(0, +), xs.max()!)
            print(sum(rand(30, 30)), randn())
            ```
            """,
    ]

    /// Renders `name` into a folder of its own (no shared cache), returning the report with
    /// the folder's path (which the summary names) written as `FOLDER`.
    static func render(_ name: String) throws -> String {
        let folder = try scratchFolder([name: notebooks[name]!])
        defer { try? FileManager.default.removeItem(at: folder) }
        let status = Pipeline(console: RecordingConsole().console)
            .render([folder.appendingPathComponent(name).path], output: folder.appendingPathComponent("out.html").path, unsafeHTML: false)
        #expect(status == 0)
        return try String(contentsOf: folder.appendingPathComponent("out.html"), encoding: .utf8)
            .replacingOccurrences(of: folder.path, with: "FOLDER")
    }

    @Test func twoNotebooksAtOnceGiveTheBytesOfEachAlone() async throws {
        let aloneA = try Self.render("a.md"), aloneB = try Self.render("b.md")
        #expect(aloneA != aloneB)
        for _ in 0..<3 {
            async let a = Task.detached { try Self.render("a.md") }.value
            async let b = Task.detached { try Self.render("b.md") }.value
            let (togetherA, togetherB) = try await (a, b)
            #expect(togetherA == aloneA)
            #expect(togetherB == aloneB)
        }
    }
}
