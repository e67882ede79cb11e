import Foundation
import HeadlessBrowser
import Testing

/// In print a link's address follows its text, so a reader of paper can follow it; a reference's
/// DOI or URL is a link whose text is already that address, and must not print it twice.
/// Chromium prints the report and `pdftotext` reads back what is on the page.
@Suite(.serialized, .enabled(if: HeadlessChromium.executable != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"),
                             "chromium or pdftotext is missing: printed-link test skipped (CI installs them)"))
struct PrintedLinksTests {
    @Test func aReferenceAddressIsPrintedOnceAndAProseLinkKeepsItsAddress() throws {
        let report = try render("""
            ---
            references:
              - id: du2018
                type: paper-conference
                author: [{family: Du, given: Simon}]
                title: Layers are balanced
                issued: {date-parts: [[2018]]}
                URL: https://ex.org/du
              - id: menon2024
                type: article
                author: [{family: Menon, given: Govind}]
                title: Geometry
                issued: {date-parts: [[2024]]}
                DOI: 10.1/dln
            ---
            As in [@du2018; @menon2024], see [the notes](https://ex.org/notes).
            """)
        let text = try printedText(of: report.html)
        // The references' addresses appear once each: as the link's own text.
        #expect(text.occurrences(of: "https://ex.org/du") == 1, "\(text)")
        #expect(text.occurrences(of: "https://doi.org/10.1/dln") == 1, "\(text)")
        // A prose link's address, which its text does not show, is still printed after it.
        #expect(text.contains("the notes"))
        #expect(text.occurrences(of: "https://ex.org/notes") == 1, "\(text)")
    }

    /// The report printed to PDF by headless Chromium, as `pdftotext` reads it (lines joined).
    private func printedText(of html: String) throws -> String {
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let page = try browser.page(html, named: "printed.html")
        let pdf = browser.folder.appendingPathComponent("printed.pdf")
        try run(browser.executable, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                     "--user-data-dir=\(browser.folder.appendingPathComponent("profile").path)",
                                     "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let text = try run(URL(fileURLWithPath: "/usr/bin/pdftotext"), [pdf.path, "-"])
        #expect(!text.isEmpty, "Chromium printed nothing")
        return text.replacingOccurrences(of: "\n", with: " ")
    }

    @discardableResult
    private func run(_ executable: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
