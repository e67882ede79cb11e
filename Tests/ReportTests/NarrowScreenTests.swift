import Foundation
import HeadlessBrowser
import Testing
@testable import Report

/// Issue 14, item 4: on a phone-sized screen, long code lines wrap instead of scrolling sideways.
@Suite(.serialized) struct NarrowScreenTests {
    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: narrow-screen test skipped"))
    func longCodeLinesWrapOnANarrowScreen() async throws {
        let long = "let values = [" + (1...60).map { "\($0).25" }.joined(separator: ", ") + "]"
        let report = try render("# Wide code\n\n```swift\n\(long)\n```\n\n```text\n\(long)\n```\n", path: "wide.md")
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let url = try browser.page(report.html, named: "wide.html")
        for (width, wraps) in [(360, true), (1280, false)] {
            let page = try await ChromiumPage.open(url.absoluteString, width: width, height: 800, timeout: 120)
            defer { page.close() }
            let sideways = try await page.evaluate("""
                Array.from(document.querySelectorAll('pre')).filter(p => p.scrollWidth > p.clientWidth + 1).length
                """) as? Double
            let pres = try await page.evaluate("document.querySelectorAll('pre').length") as? Double
            #expect(pres == 2)
            // Narrow: nothing scrolls sideways. Wide: the desktop keeps long lines whole (and scrollable).
            #expect(sideways == (wraps ? 0 : 2), "at \(width) px, \(sideways ?? -1) of 2 code blocks scroll sideways")
        }
    }
}
