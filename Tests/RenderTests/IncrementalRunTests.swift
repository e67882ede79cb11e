import Cells
import Foundation
@testable import Report
import Testing
@testable import Render

/// Incremental runs (`nb preview`'s, docs/ARCHITECTURE.md "Incremental runs"): a pipeline that
/// keeps a `RunMemory` renders each version of a notebook continuing from the last run. After
/// every edit its report must be byte-identical to a clean `nb render --no-cache` of the same
/// text, and it must run only the cells from the first changed one.
@Suite struct IncrementalRunTests {
    /// One notebook being edited, rendered as preview renders it (no results cache, so that
    /// every reuse is the memory's).
    final class Session {
        let folder: URL
        let path: String
        var pipeline: Pipeline
        let memory = RunMemory()
        let reportMemo = ReportMemo()

        init() throws {
            folder = try scratchFolder([:])
            path = folder.appendingPathComponent("n.md").path
            pipeline = Pipeline(console: RecordingConsole().console, execution: ExecutionOptions(useCache: false))
            pipeline.runMemory = memory
            pipeline.reportMemo = reportMemo   // as the preview does: parsed code and SVG kept between renders
        }

        /// Writes `text` and renders it incrementally; returns the report's bytes.
        func render(_ text: String) throws -> Data {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let output = folder.appendingPathComponent("incremental.html").path
            _ = pipeline.render([path], output: output, unsafeHTML: false, quiet: true)
            return try Data(contentsOf: URL(fileURLWithPath: output))
        }

        /// A clean render of the text last written: a new pipeline, no memory, no cache.
        func clean() throws -> Data {
            let output = folder.appendingPathComponent("clean.html").path
            let pipeline = Pipeline(console: RecordingConsole().console, execution: ExecutionOptions(useCache: false))
            _ = pipeline.render([path], output: output, unsafeHTML: false, quiet: true)
            return try Data(contentsOf: URL(fileURLWithPath: output))
        }
    }

    static func notebook(seed: Int = 3, title: String = "Incremental", cells: [String], prose: String = "Some prose.") -> String {
        "---\ntitle: \(title)\nexecute:\n  seed: \(seed)\n---\n\n\(prose)\n\n"
            + cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\nBetween $x$.\n\n")
    }

    /// Functions over the globals, a struct with a mutating method, arrays, a closure, random
    /// draws and a figure: all values, so a run can resume after any cell.
    static let cells = [
        "var total = 1.5\nvar xs: [Double] = []\nfunc scaled(_ x: Double) -> Double { x * total }",
        "struct Counter { var n = 0; mutating func bump() { n += 1 } }\nvar counter = Counter()\ncounter.bump()",
        "let noise = randn(2, 2)\nxs.append(scaled(2))\nlet add = { (x: Double) in x + total }\nprint(xs, add(1))",
        "total += 1\ncounter.bump()\nvar fig = Figure(title: \"xs\")\nfig.line([1.0, 2, total], label: \"t\")\nshow(fig)",
        "print(scaled(3), counter.n, noise.rows)\ncheck(total > 2, \"grew\")\nxs",
    ]

    @Test func anEditToTheLastCellRunsOnlyTheLastCell() throws {
        let session = try Session()
        var cells = Self.cells
        let first = try session.render(Self.notebook(cells: cells))
        #expect(first == (try session.clean()))
        #expect(session.memory.cellsRun == Array(cells.indices))
        cells[4] += "\nprint(\"edited\", add(2))"
        let edited = try session.render(Self.notebook(cells: cells))
        #expect(session.memory.cellsRun == [4])
        #expect(session.memory.cellsReused == [0, 1, 2, 3])
        #expect(edited == (try session.clean()))
        #expect(String(decoding: edited, as: UTF8.self).contains("edited 4.5"))
    }

    /// Issue 15's target on the lecture: an edit to its last cell runs only that cell.
    @Test func anEditToSession1sLastCellRunsOnlyThatCell() throws {
        let session = try Session()
        let notebooks = Session1Tests.notebook.deletingLastPathComponent()
        for name in try FileManager.default.contentsOfDirectory(atPath: notebooks.path) where name.hasPrefix("session1.") && name != "session1.md" {
            try FileManager.default.copyItem(at: notebooks.appendingPathComponent(name), to: session.folder.appendingPathComponent(name))
        }
        let original = try String(contentsOf: Session1Tests.notebook, encoding: .utf8)
        _ = try session.render(original)
        let cellCount = session.memory.cellsRun.count
        #expect(cellCount >= 20)
        let lastCell = try #require(original.range(of: "```swift", options: .backwards))
        let close = try #require(original.range(of: "\n```", range: lastCell.upperBound..<original.endIndex))
        let edited = original.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: "\nprint(\"edited\")")
        let incremental = try session.render(edited)
        #expect(session.memory.cellsRun == [cellCount - 1])
        #expect(incremental == (try session.clean()))
        // Prose above every cell: no cell runs, and the next cell edit is still incremental.
        let frontMatterEnd = try #require(edited.range(of: "\n---\n", range: edited.index(edited.startIndex, offsetBy: 4)..<edited.endIndex))
        var moved = edited
        moved.insert(contentsOf: "\nA new paragraph.\n", at: frontMatterEnd.upperBound)
        #expect(try session.render(moved) == (try session.clean()))
        #expect(session.memory.cellsRun == [])
        #expect(session.memory.cellsReused.count == cellCount)
    }

    /// The report memo: after a prose edit above them, no figure is drawn again (a figure's
    /// lines, which moved, are left out of its key; its dictionaries are keyed in sorted order).
    @Test func aProseEditDrawsNoFigureAgain() throws {
        let session = try Session()
        var cells = Self.cells
        cells[3] += "\nfig.line([3.0, Double.nan, 1], label: \"u\")\nfig.scatter(x: [1.0, 2], y: [2.0, 1], label: \"v\")\nshow(fig)"
        _ = try session.render(Self.notebook(cells: cells))
        #expect(session.reportMemo.drawnInLastRender == 2)
        let moved = try session.render(Self.notebook(cells: cells, prose: "Some prose,\n\nnow longer."))
        #expect(session.memory.cellsRun == [])
        #expect(session.reportMemo.drawnInLastRender == 0)
        #expect(moved == (try session.clean()))
    }

    @Test func anEditToCellKRunsFromCellKAndProseOrTitleRunsNone() throws {
        let session = try Session()
        var cells = Self.cells
        _ = try session.render(Self.notebook(cells: cells))
        cells[2] = cells[2].replacingOccurrences(of: "scaled(2)", with: "scaled(5)")
        #expect(try session.render(Self.notebook(cells: cells)) == (try session.clean()))
        #expect(session.memory.cellsRun == [2, 3, 4])
        // Prose after the last cell, then the title: the cells stay where they were.
        _ = try session.render(Self.notebook(cells: cells) + "\nMore prose at the end.\n")
        #expect(session.memory.cellsRun == [])
        #expect(try session.render(Self.notebook(title: "Renamed", cells: cells)) == (try session.clean()))
        #expect(session.memory.cellsRun == [])
        // The seed: every cell again.
        #expect(try session.render(Self.notebook(seed: 4, cells: cells)) == (try session.clean()))
        #expect(session.memory.cellsRun == Array(cells.indices))
    }

    @Test func aClassOrAClosureOverLocalsRunsAgainFromWhereItWasMade() throws {
        let session = try Session()
        var cells = Self.cells
        // A class: its instances are not copied, so runs resume only before the cell declaring it.
        cells.insert("final class Box { var v = 0.0 }\nlet box = Box()\nbox.v += total", at: 2)
        _ = try session.render(Self.notebook(cells: cells))
        cells[5] += "\nprint(box.v)"
        #expect(try session.render(Self.notebook(cells: cells)) == (try session.clean()))
        #expect(session.memory.cellsRun == [2, 3, 4, 5])
        // A closure over a function's local variable: state a copy of the globals would not keep.
        cells[2] = "func makeCounter() -> () -> Int { var c = 0; return { c += 1; return c } }\nlet next = makeCounter()\nprint(next())"
        cells[5] = Self.cells[4] + "\nprint(next())"
        _ = try session.render(Self.notebook(cells: cells))
        cells[5] += "\nprint(next(), \"again\")"
        #expect(try session.render(Self.notebook(cells: cells)) == (try session.clean()))
        #expect(session.memory.cellsRun == [2, 3, 4, 5])
    }

    @Test func aChangedDataFileRunsAgainFromTheCellThatReadIt() throws {
        let session = try Session()
        try "x\n1\n2\n".write(to: session.folder.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        var cells = Self.cells
        cells.insert("let column = readCSV(\"d.csv\").column(\"x\")\nprint(column)", at: 3)
        _ = try session.render(Self.notebook(cells: cells))
        try "x\n1\n3\n".write(to: session.folder.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        #expect(try session.render(Self.notebook(cells: cells)) == (try session.clean()))
        #expect(session.memory.cellsRun == [3, 4, 5])
    }

    /// Issue 15's randomized edit sequence, through the incremental path: cells and prose
    /// inserted, deleted, moved and modified, the seed and the title changed; after every edit
    /// the report equals a clean render of the same text, byte for byte.
    @Test func everyEditRendersTheSameBytesIncrementallyAsClean() throws {
        var steps = CachedEditSequenceTests.Steps(state: 1515)
        let session = try Session()
        enum Block { case prose(String), cell(String) }
        var blocks: [Block] = [.prose("# Start $x^2$"), .cell("var total = 0.0\nvar xs: [Double] = []"), .prose("Middle."),
                               .cell("""
                func grow(_ by: Double) { total += by; xs.append(total); check(total < 30, "bounded") }
                func draw(_ figure: inout Figure) { figure.line([Double.nan] + xs, label: "xs") }
                let v = randn(2, 2)
                v
                """)]
        let pool: [(Int) -> String] = [
            { "grow(\($0).5)\nprint(total, xs.count)\ncheck(total >= 0, \"non-negative \($0)\")" },
            { "let m\($0) = randn(2, 3)\nprint(m\($0).cols)\nm\($0)" },
            { "struct P\($0) { var x = \($0); mutating func up() { x += 1 } }\nvar p\($0) = P\($0)()\np\($0).up()\nprint(p\($0).x)" },
            { "final class C\($0) { var n = \($0) }\nlet c\($0) = C\($0)()\nc\($0).n += Int(total)\nprint(c\($0).n)" },
            { "let f\($0) = { (x: Double) in x * total }\nprint(f\($0)(2))" },
            { "func counter\($0)() -> () -> Int { var k = 0; return { k += 1; return k } }\nlet k\($0) = counter\($0)()\nprint(k\($0)(), k\($0)())" },
            { "//| error: true\nlet a\($0) = [1, 2]\nprint(a\($0)[\($0 % 3 + 2)])" },
            { "var fig\($0) = Figure(title: \"r\($0)\")\ndraw(&fig\($0))\nshow(fig\($0))" },
            { "xs = xs.map { $0 + \($0) }\nprint(xs)" },
        ]
        var seed = 1, title = "T"
        func text() -> String {
            "---\ntitle: \(title)\nexecute:\n  seed: \(seed)\n---\n\n" + blocks.map {
                switch $0 {
                case .prose(let words): words + "\n"
                case .cell(let code): "```swift\n" + code + "\n```\n"
                }
            }.joined(separator: "\n")
        }
        var cellIndices: [Int] { blocks.indices.filter { if case .cell = blocks[$0] { true } else { false } } }
        /// Rounds that reused some cells' state and ran others: the path this test is about.
        var resumed = 0
        // The first two cells declare what the others use: they stay first (and are edited), so
        // that most versions run; the other blocks come and go anywhere after them.
        var fixed = blocks.count
        for round in 0..<40 {
            switch steps.next(9) {
            case 0:
                let at = steps.next(blocks.count + 1)
                blocks.insert(.prose("Prose \(round) with $y_\(round)$."), at: at)
                if at < fixed { fixed += 1 }
            case 1:
                // Any prose, or a cell after the first two.
                let at = steps.next(blocks.count)
                if case .prose = blocks[at] {
                    blocks.remove(at: at)
                    if at < fixed { fixed -= 1 }
                } else if at >= fixed {
                    blocks.remove(at: at)
                }
            case 2, 3: blocks.insert(.cell(pool[steps.next(pool.count)](round)), at: fixed + steps.next(blocks.count - fixed + 1))
            case 4 where blocks.count > fixed + 1:
                let moved = blocks.remove(at: fixed + steps.next(blocks.count - fixed))
                blocks.insert(moved, at: fixed + steps.next(blocks.count - fixed + 1))
            case 5, 6:
                // Modify a cell, the last one half the time.
                let cells = cellIndices
                if !cells.isEmpty, case .cell(let code) = blocks[steps.next(2) == 0 ? cells.last! : cells[steps.next(cells.count)]] {
                    let index = blocks.firstIndex { if case .cell(let c) = $0 { c == code } else { false } }!
                    blocks[index] = .cell(code + "\nprint(\(round), total)")
                }
            case 7: title = "T\(round)"
            default: seed += 1
            }
            let incremental = try session.render(text())
            if !session.memory.cellsRun.isEmpty && !session.memory.cellsReused.isEmpty { resumed += 1 }
            let clean = try session.clean()
            #expect(incremental == clean, "round \(round): the incremental report differs from a clean one")
            if incremental != clean { break }
        }
        #expect(resumed >= 8, "only \(resumed) rounds resumed from a kept state")
    }
}
