import Foundation
import HeadlessBrowser
import Testing
@testable import Report

/// Headless Chromium (Debian's `chromium`) opens a rendered report and
/// confirms that the math really lays out: every `<math>` element has a
/// non-zero box, no raw TeX is visible, and the screenshot is not blank.
@Suite(.serialized) struct BrowserLayoutTests {
    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: browser layout test skipped (CI installs it)"))
    func mathLaysOutInChromium() throws {
        let report = try render(try fixture("math-heavy.md"), path: "math-heavy.md")
        #expect(report.mathErrors.isEmpty, "\(report.mathErrors)")
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }

        // 1. Every formula has a box.
        let measurement = try browser.mathLayout(of: report.html)
        let expected = report.html.occurrences(of: "<math")
        #expect(measurement.boxes.count == expected)
        #expect(expected >= 35)
        // Only the print copies of wide formulas (`math-lines`, cut at their relations) are
        // hidden on screen.
        let printCopies = Self.mathIndices(in: report.html, insideElementsStartingWith: "<div class=\"math-lines")
        #expect(!printCopies.isEmpty, "the fixture has no wide formula with relations")
        #expect(measurement.printOnly == printCopies)
        #expect(printCopies.allSatisfy { measurement.boxes[$0] == "0x0" }, "a print copy shows on screen")
        #expect(measurement.emptyBoxes.isEmpty, "math elements without a box: \(measurement.emptyBoxes)")
        #expect(measurement.rawTeX.isEmpty, "raw TeX visible: \(measurement.rawTeX)")

        // 2. The screenshot is not blank: a blank page of the same size, in
        // the same run, compresses to a fraction of the report's PNG.
        let (reportBytes, blankBytes, shot) = try browser.screenshotBytes(of: report.html, named: "report")
        #expect(reportBytes > 10 * blankBytes, "report PNG \(reportBytes) bytes, blank PNG \(blankBytes) bytes")

        // Kept for a human look when NB_KEEP_SCREENSHOT names a path.
        if let keep = ProcessInfo.processInfo.environment["NB_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep))
            try? FileManager.default.removeItem(atPath: keep + ".html")
            try report.html.write(toFile: keep + ".html", atomically: true, encoding: .utf8)
        }
    }

    /// The indices, among all `<math` elements of `html`, of those inside a `div` whose start
    /// tag begins with `prefix` (such a div holds no other div).
    static func mathIndices(in html: String, insideElementsStartingWith prefix: String) -> [Int] {
        var indices: [Int] = []
        var index = 0
        var start = html.startIndex
        while let math = html.range(of: "<math", range: start..<html.endIndex) {
            let before = html[..<math.lowerBound]
            if let open = before.range(of: prefix, options: .backwards),
               before[open.upperBound...].range(of: "</div>") == nil {
                indices.append(index)
            }
            index += 1
            start = math.upperBound
        }
        return indices
    }
}
