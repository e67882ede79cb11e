import Foundation
import HeadlessBrowser
import Notebook
import Report
import Testing
@testable import Render

/// In print a link's address follows its text, so a reader of paper can follow it; a reference's
/// DOI or URL is a link whose text is already that address, and must not print it twice.
/// nb's PDF printer (Chromium) prints the report and `pdftotext` reads back what is on the page.
@Suite(.serialized, .enabled(if: HeadlessChromium.executable != nil && Poppler.installed,
                             "chromium or pdftotext is missing: printed-link test skipped (CI installs them)"))
struct PrintedLinksTests {
    @Test func aReferenceAddressIsPrintedOnceAndAProseLinkKeepsItsAddress() throws {
        let notebook = try Notebook.parse(source: """
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
            """, path: "t.md")
        let report = ReportWriter().render(notebook: notebook, results: nil)
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("nb-printed-links-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: pdf) }
        try PDFPrinter().print(html: report.html, folder: FileManager.default.temporaryDirectory.path).write(to: pdf)
        let text = try Poppler.run("pdftotext", [pdf.path, "-"]).replacingOccurrences(of: "\n", with: " ")
        #expect(!text.isEmpty, "Chromium printed nothing")
        // The references' addresses appear once each: as the link's own text.
        #expect(text.occurrences(of: "https://ex.org/du") == 1, "\(text)")
        #expect(text.occurrences(of: "https://doi.org/10.1/dln") == 1, "\(text)")
        // A prose link's address, which its text does not show, is still printed after it.
        #expect(text.contains("the notes"))
        #expect(text.occurrences(of: "https://ex.org/notes") == 1, "\(text)")
    }
}
