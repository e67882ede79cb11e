import Foundation
import Testing
@testable import Render
@testable import Report

/// The report's memo that `nb render` keeps beside the results cache (`.nb-cache/NAME/report.memo`,
/// docs/ARCHITECTURE.md "The results cache"): after a prose edit no figure is drawn again and no
/// code parsed again, and the report is still a clean render's bytes; a memo that is corrupt is
/// a warning and is replaced, and one another nb wrote is not used.
@Suite struct ReportMemoCacheTests {
    let cached = CachedRenderTests()

    func memoFile(in folder: URL) -> URL { folder.appendingPathComponent(".nb-cache/n/report.memo") }

    @Test func aProseEditDrawsNoFigureAgainAndWritesTheCleanBytes() throws {
        let folder = try scratchFolder([:])
        _ = try cached.render(CachedRenderTests.notebook, in: folder, cache: true)
        #expect(FileManager.default.fileExists(atPath: memoFile(in: folder).path))
        let edited = CachedRenderTests.notebook.replacingOccurrences(of: "More prose.", with: "More prose,\n\nand a paragraph with $y$.")
        let path = folder.appendingPathComponent("n.md").path
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        // What `nb render` does, with the memo the last render left.
        let memo = ResultsCache(notebookPath: path).reportMemo(onInvalid: { Issue.record("invalid memo at \($0)") })
        var pipeline = Pipeline(console: RecordingConsole().console)
        pipeline.reportMemo = memo
        let notebook = try #require(pipeline.load(path))
        let report = pipeline.report(notebook, execution: pipeline.execute(notebook), unsafeHTML: false, form: .handout)
        #expect(memo.drawnInLastRender == 0)
        #expect(!memo.added, "every cell's code was parsed before")
        let clean = try cached.render(edited, in: folder, cache: false)
        #expect(Data(report.html.utf8) == clean.html)
        // Drawn afresh, the same figures (and an empty memo draws both).
        let fresh = try #require(ReportMemo.persistent(decoding: nil))
        pipeline.reportMemo = fresh
        #expect(pipeline.report(notebook, execution: pipeline.execute(notebook), unsafeHTML: false, form: .handout).html == report.html)
        #expect(fresh.drawnInLastRender == 2)
    }

    @Test func aCorruptMemoIsIgnoredWithAWarningAndReplaced() throws {
        let folder = try scratchFolder([:])
        let first = try cached.render(CachedRenderTests.notebook, in: folder, cache: true)
        var bytes = try Data(contentsOf: memoFile(in: folder))
        bytes[bytes.count - 5] ^= 0x5A
        try bytes.write(to: memoFile(in: folder))
        let recovered = try cached.render(CachedRenderTests.notebook, in: folder, cache: true)
        #expect(recovered.err.contains("report.memo:1:1: warning: corrupt report memo ignored"))
        #expect(recovered.html == first.html)
        let again = try cached.render(CachedRenderTests.notebook, in: folder, cache: true)
        #expect(!again.err.contains("report.memo"), "the memo was written again")
        #expect(again.html == first.html)
    }

    /// A memo is used only when this nb wrote it: one with the same entries, its drawings replaced,
    /// changes the report when it carries this nb's key (so the memo is what the report is made
    /// from) and is passed over without a word when it carries another's.
    @Test func aMemoAnotherNbWroteIsNotUsed() throws {
        let folder = try scratchFolder([:])
        let first = try cached.render(CachedRenderTests.notebook, in: folder, cache: true)
        let cache = ResultsCache(notebookPath: folder.appendingPathComponent("n.md").path)
        let memo = cache.reportMemo(onInvalid: { Issue.record("invalid memo at \($0)") })
        #expect(memo.svgs.count == 2)
        for key in memo.svgs.keys { memo.svgs[key] = "<svg>forged</svg>" }
        memo.usedSinceMade = (Set(memo.parsed.keys), Set(memo.svgs.keys))
        let forged = memo.encoded()

        try ResultsCache.Entry.encode(key: ResultsCache.reportMemoKey(identity: "another nb"), payload: forged).write(to: memoFile(in: folder))
        let foreign = try cached.render(CachedRenderTests.notebook, in: folder, cache: true)
        #expect(foreign.html == first.html)
        #expect(!foreign.err.contains("report.memo"))

        try ResultsCache.Entry.encode(key: ResultsCache.reportMemoKey(), payload: forged).write(to: memoFile(in: folder))
        let trusted = try cached.render(CachedRenderTests.notebook, in: folder, cache: true)
        #expect(String(decoding: trusted.html, as: UTF8.self).contains("<svg>forged</svg>"))
    }
}

/// Formulas in the memo `nb preview` keeps: a prose edit converts none again, and a formula after a
/// `\newcommand` follows the definition the text has now (its MathML depends on the macros before it).
@Suite struct FormulaMemoTests {
    let cached = CachedRenderTests()

    func rendered(_ text: String, in folder: URL, memo: ReportMemo) throws -> String {
        let path = folder.appendingPathComponent("n.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var pipeline = Pipeline(console: RecordingConsole().console)
        pipeline.reportMemo = memo
        let notebook = try #require(pipeline.load(path))
        return pipeline.report(notebook, execution: pipeline.execute(notebook), unsafeHTML: false, form: .handout).html
    }

    @Test func aProseEditConvertsNoFormulaAgainAndADefinitionEditConvertsWhatFollowsIt() throws {
        let folder = try scratchFolder([:])
        let memo = ReportMemo()
        let text = "# Math\n\nLet $\\newcommand{\\vv}{\\mathbf{x}}\\vv$ be given.\n\nThen $\\vv^2 + y$ and\n\n$$\\int_0^1 \\vv \\, dt$$\n"
        #expect(try rendered(text, in: folder, memo: memo) == String(decoding: try cached.render(text, in: folder, cache: false).html, as: UTF8.self))
        #expect(memo.convertedInLastRender == 3)

        let prose = text.replacingOccurrences(of: "be given.", with: "be given, with more words.")
        #expect(try rendered(prose, in: folder, memo: memo) == String(decoding: try cached.render(prose, in: folder, cache: false).html, as: UTF8.self))
        #expect(memo.convertedInLastRender == 0)

        let redefined = text.replacingOccurrences(of: "\\mathbf{x}", with: "\\mathbf{z}")
        let page = try rendered(redefined, in: folder, memo: memo)
        #expect(page == String(decoding: try cached.render(redefined, in: folder, cache: false).html, as: UTF8.self))
        #expect(memo.convertedInLastRender == 3, "the formulas after the definition are converted again")
        #expect(page.contains("<mi mathvariant=\"bold\">z</mi>") || page.contains("𝐳"))
    }
}
