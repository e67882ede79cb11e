import Foundation
import HeadlessBrowser
import Testing
@testable import Render

/// `nb render --to html,slides,pdf notebooks/session1.md`: the lecture as handout, deck and PDFs,
/// the deck driven in Chromium and the PDFs read back with poppler-utils (pdfinfo, pdftotext, pdffonts).
@Suite(.serialized, .enabled(if: HeadlessChromium.executable != nil && Poppler.installed,
                             "chromium or poppler-utils missing: slides and PDF tests skipped (.ci/setup --browser installs them)"))
struct Session1SlidesAndPDFTests {
    /// Rendered once for the suite, in a scratch copy of the notebook's folder.
    static let rendered: (folder: URL, status: Int32, err: String) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nb-session1-all-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("session1.md")
        try? FileManager.default.removeItem(at: copy)
        try? FileManager.default.copyItem(at: Session1Tests.notebook, to: copy)
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).render([copy.path], output: nil, unsafeHTML: false,
                                                                request: RenderRequest(formats: [.html, .slides, .pdf]))
        return (folder, status, recorder.err)
    }()

    static func file(_ name: String) -> URL { rendered.folder.appendingPathComponent(name) }

    @Test func allFourFilesAreWritten() {
        #expect(Self.rendered.status == 0, "\(Self.rendered.err)")
        for name in ["session1.html", "session1.slides.html", "session1.pdf", "session1.slides.pdf"] {
            #expect(FileManager.default.fileExists(atPath: Self.file(name).path), "\(name) missing")
        }
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: Self.rendered.folder.path))?
            .filter { $0.hasPrefix(".nb-") && $0 != ".nb-cache" } ?? []
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    @Test func theDeckHasASlidePerHeadingAndNoneOverflowsAt1280x720() async throws {
        let source = try String(contentsOf: Session1Tests.notebook, encoding: .utf8)
        // Counted from the Markdown itself: the title slide, then one per heading of levels 1–3
        // (session1 sets `slide-level: 3`) and per `---` rule, outside code fences and fenced divs
        // (a heading inside a `::: {.proof}` stays in it, as in pandoc).
        var expected = 1, inFence = false, inFrontMatter = true, divDepth = 0
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index == 0 { continue }
            if inFrontMatter { if line == "---" { inFrontMatter = false }; continue }
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            if line.hasPrefix(":::") { divDepth += line.trimmingCharacters(in: CharacterSet(charactersIn: ": ")).isEmpty ? -1 : 1; continue }
            if divDepth > 0 { continue }
            if line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### ") || line == "---" { expected += 1 }
        }
        let page = try await ChromiumPage.open(Self.file("session1.slides.html").absoluteString, width: 1280, height: 720,
                                                timeout: 120)
        defer { page.close() }
        try await page.waitUntil("document.documentElement.hasAttribute('data-deck-ready')", timeout: 120)
        #expect(try await page.evaluate("document.querySelectorAll('section.slide').length") as? Double == Double(expected))
        // Every slide, shown in turn by its URL: its content's box lies inside the frame.
        let overflowing = try await page.evaluate("""
            (async () => {
              const bad = [];
              const slides = Array.from(document.querySelectorAll('section.slide'));
              for (let i = 0; i < slides.length; i++) {
                location.hash = '#/' + (i + 1);
                await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                const frame = slides[i].getBoundingClientRect();
                const content = slides[i].querySelector('.slide-content').getBoundingClientRect();
                if (getComputedStyle(slides[i]).display === 'none' || content.bottom > frame.bottom + 1
                    || content.right > frame.right + 1 || content.left < frame.left - 1 || content.top < frame.top - 1)
                  bad.push(i + 1);
              }
              return bad;
            })()
            """) as? [Any]
        #expect(overflowing?.isEmpty == true, "slides past their frame: \(overflowing ?? [])")
        // Notes are never shown to the audience.
        #expect(try await page.evaluate("Array.from(document.querySelectorAll('.notes')).every(n => n.getBoundingClientRect().height === 0)") as? Bool == true)
    }

    @Test func theHandoutPDFReadsBack() throws {
        let pdf = Self.file("session1.pdf")
        let info = try Poppler.run("pdfinfo", [pdf.path])
        let pages = Int(info.firstMatch(of: /Pages:\s+(\d+)/)?.1 ?? "") ?? 0
        #expect((12...45).contains(pages), "session1 printed on \(pages) A4 pages")
        #expect(info.contains("(A4)"), "A4 by default: \(info)")

        let text = try Poppler.run("pdftotext", ["-layout", pdf.path, "-"])
        for heading in ["Two key problems", "Result 1: exact autobalancing", "Summary of findings", "References"] {
            #expect(text.contains(heading), "heading '\(heading)' not in the PDF's text")
        }
        for symbol in ["∇", "‖", "∈", "𝑊"] {
            #expect(text.contains(symbol), "math character \(symbol) not in the PDF's text")
        }
        #expect(text.contains("Deep Linear Networks"), "the title in the running head")
        #expect(text.contains("2 / \(pages)"), "page numbers in the margin")

        let fonts = try Poppler.run("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 5 && columns[columns.count - 5] == "yes", "not embedded: \(font)")
        }
    }

    /// Word boxes from `pdftotext -bbox`: nothing past the right margin, and no page less than a
    /// third full but the last (session1 has no level-1 sections, the only forced page breaks).
    @Test func noTextPastTheMarginAndNoNearlyEmptyPage() throws {
        let layout = try Poppler.words(of: Self.file("session1.pdf"))
        let margin = 2 / 2.54 * 72.0   // the 2 cm side margins of PrintSetup
        var fill: [Double] = []
        for page in layout {
            let beyond = page.words.filter { $0.xMax > page.width - margin + 1 }
            #expect(beyond.isEmpty, "page \(fill.count + 1): text past the right margin: \(beyond.prefix(5).map(\.text))")
            // The text area lies between the running head and the page number (2 cm / 2.2 cm margins).
            let top = margin, bottom = page.height - 2.2 / 2.54 * 72
            let body = page.words.filter { $0.yMin > top - 1 && $0.yMax < bottom + 1 }
            fill.append(((body.map(\.yMax).max() ?? top) - top) / (bottom - top))
        }
        let sparse = fill.enumerated().dropLast().filter { $0.element < 1.0 / 3 }.map { $0.offset + 1 }
        #expect(sparse.isEmpty, "pages less than a third full: \(sparse) (fill \(fill.map { Int($0 * 100) }))")
    }

    @Test func theSlidesPDFHasOneSlidePerPage() throws {
        let info = try Poppler.run("pdfinfo", [Self.file("session1.slides.pdf").path])
        let pages = Int(info.firstMatch(of: /Pages:\s+(\d+)/)?.1 ?? "") ?? 0
        let deck = try String(contentsOf: Self.file("session1.slides.html"), encoding: .utf8)
        #expect(pages == deck.components(separatedBy: "<section class=\"slide").count - 1)
        #expect(info.contains("960 x 540"), "16:9 pages: \(info)")
    }

    @Test func theSameHTMLPrintsToTheSameBytes() throws {
        let html = try String(contentsOf: Self.file("session1.html"), encoding: .utf8)
        let page = PrintSetup.adding(PrintSetup.handout(paper: .letter, title: "Deep Linear Networks"), to: html)
        let first = try PDFPrinter().print(html: page, folder: Self.rendered.folder.path)
        let second = try PDFPrinter().print(html: page, folder: Self.rendered.folder.path)
        #expect(first == second)
        let letter = Self.rendered.folder.appendingPathComponent("letter.pdf")
        try first.write(to: letter)
        #expect(try Poppler.run("pdfinfo", [letter.path]).contains("(letter)"), "--paper letter")
    }
}

/// poppler-utils, as a reader's tools see a PDF.
enum Poppler {
    static let installed = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo")

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    struct Word { var text: String; var xMin, xMax, yMin, yMax: Double }
    struct Page { var width: Double; var height: Double; var words: [Word] }

    /// Every page's words with their boxes (`pdftotext -bbox`, points from the top left).
    static func words(of pdf: URL) throws -> [Page] {
        let xhtml = try run("pdftotext", ["-bbox", pdf.path, "-"])
        var pages: [Page] = []
        for line in xhtml.split(separator: "\n") {
            func number(_ name: String) -> Double {
                guard let range = line.range(of: name + "=\"") else { return 0 }
                return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? 0
            }
            if line.contains("<page ") {
                pages.append(Page(width: number("width"), height: number("height"), words: []))
            } else if line.contains("<word "), !pages.isEmpty {
                let text = line.split(separator: ">").dropFirst().first?.split(separator: "<").first.map(String.init) ?? ""
                pages[pages.count - 1].words.append(Word(text: text, xMin: number("xMin"), xMax: number("xMax"),
                                                         yMin: number("yMin"), yMax: number("yMax")))
            }
        }
        return pages
    }
}
