import Foundation
import Testing
@testable import Report

/// Headless Chromium (Debian's `chromium`) opens a rendered report and
/// confirms that the math really lays out: every `<math>` element has a
/// non-zero box, no raw TeX is visible, and the screenshot is not blank.
///
/// The report needs no script; to measure, the test renders a copy with a
/// small script appended that writes each `<math>` element's
/// `getBoundingClientRect()` into the DOM, which `--dump-dom` then prints.
@Suite(.serialized) struct BrowserLayoutTests {
    /// `chromium` (or `chromium-browser`) on PATH, if any.
    static let chromium: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }()

    static let measuringScript = #"""
        <script>
        (function () {
          const boxes = Array.from(document.querySelectorAll("math")).map(function (m) {
            const r = m.getBoundingClientRect();
            return [Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10].join("x");
          });
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const rawTeX = [];
          while (walker.nextNode()) {
            const node = walker.currentNode;
            if (node.parentElement.closest("annotation, pre, code, style, script")) continue;
            const match = node.data.match(/\\[A-Za-z]+|\$/);
            if (match) rawTeX.push(match[0]);
          }
          const out = document.createElement("pre");
          out.id = "nb-measure";
          out.textContent = JSON.stringify({ boxes: boxes, rawTeX: rawTeX });
          document.body.appendChild(out);
        })();
        </script>
        """#

    struct Measurement: Decodable {
        var boxes: [String]
        var rawTeX: [String]
    }

    /// Runs chromium with `arguments` and returns its standard output.
    func runChromium(_ arguments: [String], profile: URL) throws -> String {
        let process = Process()
        process.executableURL = Self.chromium
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--hide-scrollbars", "--user-data-dir=\(profile.path)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: chromium != nil, "chromium is not on PATH: browser layout test skipped (CI installs it)"))
    func mathLaysOutInChromium() throws {
        let report = try render(try fixture("math-heavy.md"), path: "math-heavy.md")
        #expect(report.mathErrors.isEmpty, "\(report.mathErrors)")
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("nb-browser-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let profile = directory.appendingPathComponent("profile")

        let page = directory.appendingPathComponent("report.html")
        try report.html.write(to: page, atomically: true, encoding: .utf8)
        let measured = directory.appendingPathComponent("measured.html")
        let withScript = report.html.replacingOccurrences(of: "</body>", with: Self.measuringScript + "\n</body>")
        try withScript.write(to: measured, atomically: true, encoding: .utf8)

        // 1. Every formula has a box.
        let dom = try runChromium(["--dump-dom", measured.absoluteString], profile: profile)
        let json = try #require(dom.components(separatedBy: "<pre id=\"nb-measure\">").dropFirst().first?
            .components(separatedBy: "</pre>").first)
        let unescaped = json.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        let measurement = try JSONDecoder().decode(Measurement.self, from: Data(unescaped.utf8))
        let expected = report.html.occurrences(of: "<math")
        #expect(measurement.boxes.count == expected)
        #expect(expected >= 35)
        let empty = measurement.boxes.enumerated().filter { _, box in
            let sides = box.split(separator: "x").compactMap { Double($0) }
            return sides.count != 2 || sides[0] <= 0 || sides[1] <= 0
        }
        #expect(empty.isEmpty, "math elements without a box: \(empty)")
        #expect(measurement.rawTeX.isEmpty, "raw TeX visible: \(measurement.rawTeX)")

        // 2. The screenshot is not blank: a blank page of the same size, in
        // the same run, compresses to a fraction of the report's PNG.
        let shot = directory.appendingPathComponent("report.png")
        _ = try runChromium(["--screenshot=\(shot.path)", "--window-size=1000,3000", page.absoluteString], profile: profile)
        let blankPage = directory.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><body></body></html>".write(to: blankPage, atomically: true, encoding: .utf8)
        let blankShot = directory.appendingPathComponent("blank.png")
        _ = try runChromium(["--screenshot=\(blankShot.path)", "--window-size=1000,3000", blankPage.absoluteString], profile: profile)
        let reportBytes = try Data(contentsOf: shot).count
        let blankBytes = try Data(contentsOf: blankShot).count
        #expect(reportBytes > 10 * blankBytes, "report PNG \(reportBytes) bytes, blank PNG \(blankBytes) bytes")

        // Kept for a human look when NB_KEEP_SCREENSHOT names a path.
        if let keep = ProcessInfo.processInfo.environment["NB_KEEP_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: shot, to: URL(fileURLWithPath: keep))
            try? FileManager.default.removeItem(atPath: keep + ".html")
            try FileManager.default.copyItem(at: page, to: URL(fileURLWithPath: keep + ".html"))
        }
    }
}
