import Foundation
import HeadlessBrowser
import Testing
@testable import Render

/// The lecture the project must carry, end to end: `nb render
/// notebooks/session1.md` runs every cell, every check passes, every formula
/// is typeset, and Chromium lays the report out.
@Suite(.serialized) struct Session1Tests {
    static let notebook = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("notebooks/session1.md")

    /// Rendered once for the suite: running the lecture is the slow part.
    static let rendered: (status: Int32, html: String, err: String) = {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("nb-session1-\(getpid()).html")
        defer { try? FileManager.default.removeItem(at: output) }
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console)
            .render([notebook.path], output: output.path, unsafeHTML: false)
        let html = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return (status, html, recorder.err)
    }()

    @Test func everyCellRunsAndEveryCheckPasses() {
        let (status, html, err) = Self.rendered
        #expect(status == 0, "\(err)")
        #expect(!err.contains("warning:") && !err.contains("error:"), "\(err)")
        let passed = html.occurrences(of: "class=\"check passed\"")
        let failed = html.occurrences(of: "class=\"check failed\"")
        #expect(passed >= 15, "only \(passed) checks passed")
        #expect(failed == 0)
        #expect(html.occurrences(of: "<svg") >= 5, "the lecture's figures")
    }

    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: session1 browser test skipped"))
    func theReportLaysOutInChromium() throws {
        let html = Self.rendered.html
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }

        let layout = try browser.mathLayout(of: html)
        #expect(layout.boxes.count == html.occurrences(of: "<math"))
        #expect(layout.boxes.count >= 200)
        #expect(layout.emptyBoxes.isEmpty, "math that laid out to nothing: \(layout.emptyBoxes)")
        #expect(layout.rawTeX.isEmpty, "raw TeX visible: \(layout.rawTeX)")
        #expect(!html.contains("<merror"))

        let (page, blank, shot) = try browser.screenshotBytes(of: html, named: "session1", height: 6000)
        #expect(page > 10 * blank, "screenshot \(page) bytes against a blank page's \(blank)")
        if let keep = ProcessInfo.processInfo.environment["NB_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep))
        }
    }
}

extension String {
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
