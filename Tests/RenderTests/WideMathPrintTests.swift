import Foundation
import HeadlessBrowser
import Testing
@testable import Render

/// Display formulas wider than the text block (issue 23, item 5): in the PDF handout and the
/// deck's PDF every glyph lies inside the text block (broken at a top-level relation, or scaled),
/// the prose keeps its size (Chromium shrinks a whole page whose content is too wide); on screen
/// the formula is one line in a box that scrolls. The PDFs are read back with poppler-utils.
@Suite(.serialized, .enabled(if: HeadlessChromium.executable != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"),
                             "chromium or poppler-utils missing: wide math print tests skipped (.ci/setup --browser installs them)"))
struct WideMathPrintTests {
    static let notebook = #"""
        ---
        title: Wide formulas
        ---

        # Wide formulas

        A paragraph of prose long enough to fill its lines from margin to margin, so that the width of
        the text block can be read from the page, and so that a page shrunk to fit a formula shows in
        the size of its words. The formulas below are all wider than an A4 page's text block.

        A chain of equalities, broken before a relation:

        $$
        W_3 W_2 W_1 = U S V^\top = \sum_{\alpha=1}^{N} s_\alpha u^\alpha v^{\alpha\top} = s_1 u^1 v^{1\top} + s_2 u^2 v^{2\top} + s_3 u^3 v^{3\top} + s_4 u^4 v^{4\top} + s_5 u^5 v^{5\top} + s_6 u^6 v^{6\top} = s_7 u^7 v^{7\top} + s_8 u^8 v^{8\top} + s_9 u^9 v^{9\top}
        $$

        A sum with no relation, scaled to the text block:

        $$
        a_1 x + a_2 x^2 + a_3 x^3 + a_4 x^4 + a_5 x^5 + a_6 x^6 + a_7 x^7 + a_8 x^8 + a_9 x^9 + a_{10} x^{10} + a_{11} x^{11} + a_{12} x^{12} + a_{13} x^{13} + a_{14} x^{14} + a_{15} x^{15}
        $$

        A numbered one:

        $$
        \frac{\partial L}{\partial W_1} = \frac{1}{n} \sum_{i=1}^{n} \left( W_2 W_1 x_i - y_i \right) x_i^\top + \lambda W_1 = \frac{1}{n} \sum_{i=1}^{n} W_2^\top \left( W_2 W_1 x_i - y_i \right) x_i^\top + \lambda W_1 + \mu \mathbf{1} = \lambda W_1 + \frac{1}{n} \sum_{i=1}^{n} W_2^\top W_2 W_1 x_i x_i^\top - \frac{1}{n} \sum_{i=1}^{n} W_2^\top y_i x_i^\top
        $$ {#eq-gradient}

        One whose left side is long, continued under its first line:

        $$
        \mathcal{L}(W_1, W_2, W_3) + \frac{\lambda}{2} \lVert W_1 \rVert_F^2 + \frac{\lambda}{2} \lVert W_2 \rVert_F^2 + \frac{\lambda}{2} \lVert W_3 \rVert_F^2 = \frac{1}{2n} \sum_{i=1}^{n} \lVert W_3 W_2 W_1 x_i - y_i \rVert^2 + \frac{\lambda}{2} \sum_{l=1}^{3} \lVert W_l \rVert_F^2 \leq \frac{1}{2n} \sum_{i=1}^{n} \lVert y_i \rVert^2 + \frac{\lambda}{2} \sum_{l=1}^{3} \lVert W_l \rVert_F^2
        $$

        And a short one, as it always was:

        $$
        E = mc^2
        $$
        """#

    /// Rendered once for the suite: handout, deck and both PDFs, in a scratch folder.
    static let rendered: (folder: URL, status: Int32, err: String) = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nb-wide-math-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("wide.md")
        try? Data(notebook.utf8).write(to: file)
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).render([file.path], output: nil, unsafeHTML: false,
                                                                request: RenderRequest(formats: [.html, .slides, .pdf]))
        return (folder, status, recorder.err)
    }()

    typealias Word = Poppler.Word

    /// The handout's margins (`PrintSetup.handout`): 2 cm left and right.
    static let margin = 2 / 2.54 * 72

    @Test func everyGlyphOfTheHandoutLiesInTheTextBlock() throws {
        #expect(Self.rendered.status == 0, "\(Self.rendered.err)")
        let pages = try Poppler.words(of: Self.rendered.folder.appendingPathComponent("wide.pdf"))
        let words = pages.flatMap(\.words)
        try #require(!pages.isEmpty && words.count > 100, "no text read from the PDF")
        for page in pages {
            // pdftotext's boxes are the font's, a little wider than a glyph's advance.
            let left = Self.margin - 1, right = page.width - Self.margin + 1
            let outside = page.words.filter { $0.xMin < left || $0.xMax > right }
            #expect(outside.isEmpty, "outside the text block [\(left), \(right)]: \(outside.prefix(8).map { "\($0.text) \($0.xMin)…\($0.xMax)" })")
            print("handout page: text block \(left)…\(right) pt; glyphs span \(page.words.map(\.xMin).min() ?? 0)…\(page.words.map(\.xMax).max() ?? 0) pt")
        }
        // The prose has its full size: its lines reach across the text block (a page that
        // Chromium shrank to fit an overflowing formula would end well short of it).
        let page = try #require(pages.first { $0.words.contains { $0.text == "paragraph" } })
        let prose = page.words.filter { $0.text.allSatisfy(\.isLetter) && $0.text.count > 1 }
        let proseRight = try #require(prose.map(\.xMax).max())
        #expect(proseRight > page.width - Self.margin - 40, "prose ends at \(proseRight) pt of \(page.width - Self.margin)")

        // Each formula as it should be, found by a letter only it has (math italic; pdftotext
        // makes a word of glyphs that touch).
        func glyphs(_ character: String) -> [Word] { words.filter { $0.text.contains(character) } }
        func baselines(_ found: [Word]) -> [Double] { Set(found.map { ($0.yMax * 4).rounded() / 4 }).sorted() }
        // The chain is broken: on two lines or more, each continued line starting with a
        // relation right under the first relation.
        let s = glyphs("\u{1D460}"), equals = words.filter { $0.text == "=" }
        #expect(baselines(s).count >= 2, "the chain stands on \(baselines(s).count) line(s)")
        let chainEquals = equals.filter { baselines(s).contains(($0.yMax * 4).rounded() / 4) }
        let firstRelation = try #require(chainEquals.min { ($0.yMax, $0.xMin) < ($1.yMax, $1.xMin) })
        let lineStarts = Dictionary(grouping: chainEquals, by: { ($0.yMax * 4).rounded() }).values
            .compactMap { $0.min { $0.xMin < $1.xMin } }.filter { $0.yMax > firstRelation.yMax + 1 }
        #expect(!lineStarts.isEmpty && lineStarts.allSatisfy { abs($0.xMin - firstRelation.xMin) < 0.5 },
                "continued lines start at \(lineStarts.map(\.xMin)), the first relation at \(firstRelation.xMin)")
        // The sum, which has no relation, is one line, scaled to about the text block's width.
        let a = glyphs("\u{1D44E}")
        #expect(baselines(a).count == 1, "the sum stands on \(baselines(a).count) lines")
        let textBlock = page.width - 2 * Self.margin
        let sumWidth = (a.map(\.xMax).max() ?? 0) - (a.map(\.xMin).min() ?? 0)
        #expect(sumWidth > 0.9 * textBlock, "the sum spans \(sumWidth) pt of \(textBlock)")
        // The numbered formula is broken; its number stays at the right margin.
        let lambda = glyphs("\u{1D706}")
        #expect(baselines(lambda).count >= 2, "the numbered formula stands on \(baselines(lambda).count) line(s)")
        // The one with a long left side continues under its first line, indented.
        let script = try #require(glyphs("\u{2112}").first), lessEqual = try #require(glyphs("≤").first)
        #expect(lessEqual.yMin > script.yMax && lessEqual.xMin > script.xMin + 5,
                "≤ at \(lessEqual.xMin), \(lessEqual.yMin); ℒ at \(script.xMin), \(script.yMax)")
        print("handout: chain on \(baselines(s).count) lines, sum \(sumWidth) pt wide of a \(textBlock) pt text block")
    }

    @Test func theDecksPDFKeepsEveryGlyphOnItsSlide() throws {
        let pages = try Poppler.words(of: Self.rendered.folder.appendingPathComponent("wide.slides.pdf"))
        try #require(!pages.isEmpty)
        for (index, page) in pages.enumerated() {
            // Inside the slide's padding, 72 px of 1280 each side (the slide number, in the
            // bottom padding, excepted), and all inside the page.
            let inset = page.width * 72 / 1280 - 1, bottom = page.height * (1 - 56.0 / 720)
            let outside = page.words.filter {
                $0.xMin < 0 || $0.xMax > page.width || $0.yMax < bottom && ($0.xMin < inset || $0.xMax > page.width - inset)
            }
            #expect(outside.isEmpty, "slide \(index + 1): \(outside.prefix(8).map { "\($0.text) \($0.xMin)…\($0.xMax)" })")
        }
    }

    @Test func onScreenTheFormulaIsOneLineThatScrolls() async throws {
        let html = Self.rendered.folder.appendingPathComponent("wide.html")
        let page = try await ChromiumPage.open(html.absoluteString, width: 900, height: 800, timeout: 60)
        defer { page.close() }
        let state = try await page.evaluate("""
            JSON.stringify(Array.from(document.querySelectorAll('.math-display.wide')).map(d => ({
              scrolls: d.scrollWidth > d.clientWidth + 1,
              math: d.querySelector(':scope > math').getBoundingClientRect().height > 0,
              lines: d.querySelector('.math-lines') ? d.querySelector('.math-lines').getBoundingClientRect().height : 0
            })))
            """) as? String
        struct State: Decodable { var scrolls: Bool; var math: Bool; var lines: Double }
        let displays = try JSONDecoder().decode([State].self, from: Data((state ?? "[]").utf8))
        #expect(displays.count == 4, "wide displays: \(displays.count)")
        for display in displays {
            #expect(display.scrolls && display.math && display.lines == 0, "\(display)")
        }
        // The short formula is not marked wide.
        #expect(try await page.evaluate("document.querySelectorAll('.math-display:not(.wide)').length") as? Double == 1)
    }
}
