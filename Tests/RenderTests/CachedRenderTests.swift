import Foundation
import Testing
@testable import Render

/// `nb render` with the results cache, against `nb render --no-cache` of the same text: the
/// cached report must be byte-identical, and the cache must be used exactly when no cell changed.
@Suite struct CachedRenderTests {
    /// Prints, checks (one failing, so its line is in a message), a random matrix shown as a
    /// value, a figure with NaN (a warning at the call's line) and an animation.
    static let notebook = """
        ---
        title: Cached
        execute:
          seed: 7
        ---

        # Prose

        Some $x^2$ prose.

        ```swift
        //| label: data
        let X = randn(3, 3)
        print(sum(X))
        check(X.rows == 3, "three rows")
        check(X.rows == 4, "four rows (fails)")
        X
        ```

        More prose.

        ```swift
        //| label: fig-curve
        //| fig-cap: "A curve"
        var fig = Figure(title: "$f$")
        fig.line([1.0, Double.nan, 2, 3], label: "y")
        var a = Animation(title: "moves", duration: 1)
        a.append(fig)
        a.append(fig)
        show(fig)
        a
        ```
        """

    /// Renders `text` as `n.md` in `folder`; returns the report's bytes, the status and stderr.
    func render(_ text: String, in folder: URL, cache: Bool, timings: Bool = true) throws -> (html: Data, status: Int32, err: String) {
        let path = folder.appendingPathComponent("n.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let recorder = RecordingConsole()
        let pipeline = Pipeline(console: recorder.console, execution: ExecutionOptions(timings: timings, useCache: cache))
        let output = folder.appendingPathComponent("n.html").path
        let status = pipeline.render([path], output: output, unsafeHTML: false, quiet: true)
        return (try Data(contentsOf: URL(fileURLWithPath: output)), status, recorder.err)
    }

    /// What stderr says, without the timing lines (which differ between a run and a cache hit).
    func messages(_ err: String) -> [String] {
        err.split(separator: "\n").map(String.init).filter { !$0.contains(": cell ") }
    }

    @Test func aCachedRenderIsTheCleanRenderByteForByte() throws {
        let folder = try scratchFolder([:])
        let clean = try render(Self.notebook, in: folder, cache: false)
        let first = try render(Self.notebook, in: folder, cache: true)
        let second = try render(Self.notebook, in: folder, cache: true)
        #expect(!first.err.contains("from the cache"))
        #expect(second.err.contains("cell 1 (data): from the cache") && second.err.contains("cell 2 (fig-curve): from the cache"))
        #expect(clean.html == first.html && first.html == second.html)
        #expect(clean.status == 1 && second.status == 1)
        #expect(messages(clean.err) == messages(second.err))
        #expect(messages(second.err).contains { $0.contains("n.md:16:") && $0.contains("four rows (fails)") })
    }

    @Test func proseEditedAboveTheCellsKeepsTheirResultsAndMovesTheirLines() throws {
        let folder = try scratchFolder([:])
        _ = try render(Self.notebook, in: folder, cache: true)
        let edited = Self.notebook.replacingOccurrences(of: "Some $x^2$ prose.", with: "Some $x^2$ prose,\n\nnow three lines longer.\n")
        let cached = try render(edited, in: folder, cache: true)
        let clean = try render(edited, in: folder, cache: false)
        #expect(cached.err.contains("from the cache"))
        #expect(cached.html == clean.html)
        #expect(messages(cached.err) == messages(clean.err))
        #expect(messages(cached.err).contains { $0.contains("n.md:19:") && $0.contains("four rows") }, "the failing check moved down three lines")
    }

    /// A caption, alt text or `echo` only changes how a result is shown: editing it runs no cell,
    /// and the report is still the clean render of the edited text.
    @Test func aCaptionEditRunsNoCell() throws {
        let folder = try scratchFolder([:])
        _ = try render(Self.notebook, in: folder, cache: true)
        let edited = Self.notebook.replacingOccurrences(of: "//| fig-cap: \"A curve\"", with: "//| fig-cap: \"A curve, $y = x$\"")
        #expect(edited != Self.notebook)
        let cached = try render(edited, in: folder, cache: true)
        let clean = try render(edited, in: folder, cache: false)
        #expect(cached.err.contains("cell 1 (data): from the cache") && cached.err.contains("cell 2 (fig-curve): from the cache"))
        #expect(cached.html == clean.html)
        #expect(String(decoding: cached.html, as: UTF8.self).contains("A curve, "))
        // A change to an option that changes the run is a change to the cell.
        let retimed = edited.replacingOccurrences(of: "//| label: fig-curve", with: "//| label: fig-curve\n//| timeout: 30")
        #expect(!(try render(retimed, in: folder, cache: true)).err.contains("cell 2 (fig-curve): from the cache"))
    }

    /// A check and a drawing call inside a function the first cell declares, made by the second
    /// cell: their lines are in the first cell, and move with it, not with the second.
    @Test func linesInAnEarlierCellMoveWithThatCell() throws {
        let folder = try scratchFolder([:])
        let text = """
            ```swift
            func verify(_ x: Double, _ figure: inout Figure) {
                check(x < 0, "negative")
                figure.line([1.0, Double.nan, x], label: "y")
            }
            ```

            Prose.

            ```swift
            var fig = Figure(title: "f")
            verify(2, &fig)
            show(fig)
            ```
            """
        _ = try render(text, in: folder, cache: true)
        let edited = text.replacingOccurrences(of: "Prose.", with: "Prose,\n\nnow four lines\n\nlonger.")
        let cached = try render(edited, in: folder, cache: true)
        let clean = try render(edited, in: folder, cache: false)
        #expect(cached.err.contains("from the cache"))
        #expect(cached.html == clean.html)
        #expect(messages(cached.err) == messages(clean.err))
        #expect(messages(cached.err).contains { $0.contains("n.md:3:") && $0.contains("negative") })
    }

    @Test func anEditedCellRunsAgainAndSoDoesEveryCellAfterIt() throws {
        let folder = try scratchFolder([:])
        _ = try render(Self.notebook, in: folder, cache: true)
        let edited = Self.notebook.replacingOccurrences(of: "print(sum(X))", with: "print(sum(X) + 1)")
        let cached = try render(edited, in: folder, cache: true)
        #expect(!cached.err.contains("from the cache"))
        #expect(cached.html == (try render(edited, in: folder, cache: false)).html)
        let reseeded = Self.notebook.replacingOccurrences(of: "seed: 7", with: "seed: 8")
        #expect(!(try render(reseeded, in: folder, cache: true)).err.contains("from the cache"))
        // Only the last version's entries stay: one per cell.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".nb-cache/n").path)
            .filter { $0.hasSuffix(".result") }.count == 2)
    }

    @Test func aCorruptEntryIsIgnoredWithAWarningAndReplaced() throws {
        let folder = try scratchFolder([:])
        let clean = try render(Self.notebook, in: folder, cache: true)
        let entries = folder.appendingPathComponent(".nb-cache/n")
        let names = try FileManager.default.contentsOfDirectory(atPath: entries.path).filter { $0.hasSuffix(".result") }.sorted()
        #expect(names.count == 2)
        let victim = entries.appendingPathComponent(names[0])
        var bytes = try Data(contentsOf: victim)
        bytes[bytes.count - 3] ^= 0x5A
        try bytes.write(to: victim)
        let recovered = try render(Self.notebook, in: folder, cache: true)
        #expect(recovered.err.contains("warning: corrupt or foreign results-cache entry ignored"))
        #expect(!recovered.err.contains("from the cache"))
        #expect(recovered.html == clean.html)
        #expect(try render(Self.notebook, in: folder, cache: true).err.contains("from the cache"), "the entry was rewritten")
    }

    @Test func aCellThatFailedIsNeverTakenFromTheCache() throws {
        let folder = try scratchFolder([:])
        let failing = "```swift\nlet xs = [1]\nprint(xs[3])\n```\n"
        let first = try render(failing, in: folder, cache: true)
        let second = try render(failing, in: folder, cache: true)
        #expect(first.status == 1 && second.status == 1)
        #expect(!second.err.contains("from the cache"))
        #expect(first.html == second.html)
    }

    @Test func noCacheNeitherReadsNorWrites() throws {
        let folder = try scratchFolder([:])
        _ = try render(Self.notebook, in: folder, cache: false)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".nb-cache").path))
    }
}

/// The cache and the notebook's data files: an entry holds the files' hashes and is used only
/// while each file still has the bytes the cell read.
@Suite struct CachedDataFileTests {
    static let notebook = """
        ```swift
        //| label: data
        let t = readCSV("d.csv")
        print(t.column("x").reduce(0, +))
        check(t.count == 2, "two rows")
        ```
        """

    func render(in folder: URL, cache: Bool) throws -> (html: String, err: String) {
        let recorder = RecordingConsole()
        let pipeline = Pipeline(console: recorder.console, execution: ExecutionOptions(timings: true, useCache: cache))
        let output = folder.appendingPathComponent("n.html").path
        _ = pipeline.render([folder.appendingPathComponent("n.md").path], output: output, unsafeHTML: false, quiet: true)
        return (try String(contentsOfFile: output, encoding: .utf8), recorder.err)
    }

    @Test func aCachedRenderListsTheSameDataFilesAndAChangedFileRunsAgain() throws {
        let folder = try scratchFolder(["n.md": Self.notebook, "d.csv": "x\n1\n2\n"])
        let clean = try render(in: folder, cache: false)
        _ = try render(in: folder, cache: true)
        let cached = try render(in: folder, cache: true)
        #expect(cached.err.contains("from the cache"))
        #expect(cached.html == clean.html, "the run summary lists d.csv and its SHA-256 from the cache too")
        try "x\n1\n5\n".write(to: folder.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        let changed = try render(in: folder, cache: true)
        #expect(!changed.err.contains("from the cache"))
        #expect(changed.html == (try render(in: folder, cache: false)).html)
        #expect(changed.html != clean.html)
    }
}

/// Issue 15's randomized edit sequence: prose and cells inserted, deleted, moved and modified,
/// the seed changed; after every edit the render with the cache must be byte-identical to a
/// clean render of the same text.
@Suite struct CachedEditSequenceTests {
    /// A small deterministic generator (an LCG), so a failure replays.
    struct Steps {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    enum Block { case prose(String), cell(String) }

    func text(_ blocks: [Block], seed: Int) -> String {
        "---\nexecute:\n  seed: \(seed)\n---\n\n" + blocks.map {
            switch $0 {
            case .prose(let words): words + "\n"
            case .cell(let code): "```swift\n" + code + "\n```\n"
            }
        }.joined(separator: "\n")
    }

    @Test func everyEditRendersTheSameBytesFromTheCacheAsClean() throws {
        let folder = try scratchFolder([:])
        let path = folder.appendingPathComponent("n.md").path
        var steps = Steps(state: 2018)
        var blocks: [Block] = [.prose("# Start $x^2$"), .cell("var total = 0.0\nprint(total)"), .prose("Middle."),
                               .cell("let v = randn(2, 2)\ncheck(v.rows == 2, \"rows\")\nv")]
        var seed = 1
        var cellCount = 2
        func render(cache: Bool) throws -> Data {
            let output = folder.appendingPathComponent(cache ? "cached.html" : "clean.html").path
            let pipeline = Pipeline(console: RecordingConsole().console, execution: ExecutionOptions(useCache: cache))
            _ = pipeline.render([path], output: output, unsafeHTML: false, quiet: true)
            return try Data(contentsOf: URL(fileURLWithPath: output))
        }
        for round in 0..<24 {
            switch steps.next(6) {
            case 0: blocks.insert(.prose("Prose \(round) with $y_\(round)$."), at: steps.next(blocks.count + 1))
            case 1 where blocks.count > 2: blocks.remove(at: steps.next(blocks.count))
            case 2:
                cellCount += 1
                blocks.insert(.cell("total += \(round).5\nprint(total)\ncheck(total >= 0, \"non-negative \(cellCount)\")"),
                              at: steps.next(blocks.count + 1))
            case 3 where blocks.count > 1:
                let from = steps.next(blocks.count)
                let moved = blocks.remove(at: from)
                blocks.insert(moved, at: steps.next(blocks.count + 1))
            case 4:
                if let index = blocks.indices.first(where: { if case .cell = blocks[$0] { true } else { false } }),
                   case .cell(let code) = blocks[index] {
                    blocks[index] = .cell(code + "\nprint(\(round))")
                }
            default: seed += 1
            }
            try text(blocks, seed: seed).write(toFile: path, atomically: true, encoding: .utf8)
            let cachedFirst = try render(cache: true)    // fills or uses the cache
            let cachedAgain = try render(cache: true)    // certainly from the cache when no cell failed
            let clean = try render(cache: false)
            #expect(cachedFirst == clean && cachedAgain == clean, "round \(round): the cached report differs from a clean one")
        }
    }
}
