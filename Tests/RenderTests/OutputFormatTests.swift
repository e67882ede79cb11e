import Foundation
import HeadlessBrowser
import Notebook
import Testing
@testable import Render

/// `--to`: several outputs from one run of the cells; `-o` only for one; the front matter's default.
@Suite struct OutputFormatTests {
    static let notebook = """
        ---
        title: Formats
        format: [html, slides]
        ---

        ## A slide

        ```swift
        print("from the one run")
        check(1 + 1 == 2)
        ```

        """

    @Test func oneRunWritesEveryOutputAsked() throws {
        let folder = try scratchFolder(["n.md": Self.notebook])
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = RecordingConsole()
        var pipeline = Pipeline(console: recorder.console, execution: ExecutionOptions(timings: true))
        pipeline.summaryPath = nil
        let status = pipeline.render([folder.appendingPathComponent("n.md").path], output: nil, unsafeHTML: false)
        #expect(status == 0, "\(recorder.err)")
        // The front matter's `format: [html, slides]`, from one run: one timing line for the one cell.
        let html = try String(contentsOf: folder.appendingPathComponent("n.html"), encoding: .utf8)
        let deck = try String(contentsOf: folder.appendingPathComponent("n.slides.html"), encoding: .utf8)
        #expect(html.contains("from the one run") && deck.contains("from the one run"))
        #expect(deck.contains("<section class=\"slide"))
        #expect(recorder.err.components(separatedBy: ": cell 1").count - 1 == 1, "\(recorder.err)")
        #expect(recorder.err.components(separatedBy: "wrote ").count - 1 == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("n.pdf").path))
    }

    @Test func toOverridesTheFrontMatter() throws {
        let folder = try scratchFolder(["n.md": Self.notebook])
        defer { try? FileManager.default.removeItem(at: folder) }
        let status = Pipeline(console: RecordingConsole().console)
            .render([folder.appendingPathComponent("n.md").path], output: nil, unsafeHTML: false,
                    request: RenderRequest(formats: [.slides]))
        #expect(status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("n.slides.html").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("n.html").path))
    }

    @Test func dashOTakesOneOutputOnly() throws {
        let folder = try scratchFolder(["n.md": Self.notebook])
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console)
            .render([folder.appendingPathComponent("n.md").path], output: folder.appendingPathComponent("x.html").path,
                    unsafeHTML: false)
        #expect(status == 2)
        #expect(recorder.err.contains("-o and standard input take one"), "\(recorder.err)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.html").path))
    }

    @Test func theOutputsAreNamedBesideTheNotebook() {
        #expect(RenderOutput.outputs(for: [.pdf, .slides, .html]) == [.handout, .deck, .handoutPDF, .deckPDF])
        #expect(RenderOutput.outputs(for: [.pdf]) == [.handoutPDF])
        #expect(RenderOutput.allCases.map { $0.path(for: "a/s1.md") } == ["a/s1.html", "a/s1.slides.html", "a/s1.pdf", "a/s1.slides.pdf"])
    }

    @Test func formatInTheFrontMatter() throws {
        func formats(_ yaml: String) throws -> [OutputFormat] {
            try Notebook.parse(source: "---\n\(yaml)\n---\n\nText\n", path: "f.md").frontMatter.formats
        }
        #expect(try formats("format: pdf") == [.pdf])
        #expect(try formats("format: [html, pdf, html]") == [.html, .pdf])
        #expect(try formats("format:\n  revealjs: default\n  html: default") == [.slides, .html])
        #expect(try formats("title: x") == [])
        let bad = Notebook.read(source: "---\nformat: docx\n---\n\nText\n", path: "f.md")
        #expect(bad.errors.count == 1)
        #expect(bad.errors.first?.line == 2)
    }

    @Test func withoutChromiumThePDFIsAClearError() {
        #expect(throws: PDFPrinter.Failure.chromiumMissing) {
            try PDFPrinter(chromium: nil).print(html: "<p>x</p>", folder: ".")
        }
        #expect(Pipeline.message(for: .chromiumMissing).contains("apt-get install chromium"))
    }

    @Test func thePrintedDateIsFixedInPlace() {
        let pdf = Data("%PDF-1.4\n<< /CreationDate (D:20261207161224+01'00') /ModDate (D:20261207161224Z) >>\n".utf8)
        let fixed = PDFPrinter.fixingDates(pdf)
        #expect(fixed.count == pdf.count, "offsets in the cross-reference table stay right")
        #expect(String(decoding: fixed, as: UTF8.self)
            == "%PDF-1.4\n<< /CreationDate (D:20000101000000+00'00') /ModDate (D:20000101000000Z) >>\n")
    }

    @Test func aTitleCannotLeaveItsCSSString() {
        let literal = PrintSetup.cssString("a\"</style><script>x\\")
        #expect(!literal.dropFirst().dropLast().contains("\""))
        #expect(!literal.contains("<") && !literal.contains(">"))
    }

    /// A level-1 section starts a page of the PDF handout; its title and page numbers are in the margins.
    @Test(.enabled(if: HeadlessChromium.executable != nil && Poppler.installed, "chromium or poppler-utils missing"))
    func aLevelOneSectionStartsAPage() throws {
        let folder = try scratchFolder(["s.md": """
            ---
            title: Two parts
            ---

            # First part

            Short.

            # Second part

            Also short.

            """])
        defer { try? FileManager.default.removeItem(at: folder) }
        let status = Pipeline(console: RecordingConsole().console)
            .render([folder.appendingPathComponent("s.md").path], output: nil, unsafeHTML: false,
                    request: RenderRequest(formats: [.pdf], paper: .letter))
        #expect(status == 0)
        let pdf = folder.appendingPathComponent("s.pdf").path
        #expect(try Poppler.run("pdfinfo", [pdf]).contains("(letter)"))
        let pages = try Poppler.run("pdftotext", [pdf, "-"]).split(separator: "\u{0C}").map(String.init)
        let withText = pages.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(withText.count == 3, "title page, then one page per section: \(withText)")
        if withText.count == 3 {
            #expect(withText[1].contains("First part") && !withText[1].contains("Second part"))
            #expect(withText[2].contains("Second part") && withText[2].contains("Two parts") && withText[2].contains("3 / 3"))
        }
    }
}
