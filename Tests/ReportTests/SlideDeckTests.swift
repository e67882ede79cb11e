import Foundation
import HeadlessBrowser
import Notebook
import Testing
@testable import Report

/// The deck: where slides are cut (pandoc's rules), pauses, and a reader pressing keys in Chromium.
@Suite(.serialized) struct SlideDeckTests {
    static let source = """
        ---
        title: "A deck"
        ---

        # Part one

        ## Build-up

        Alpha

        . . .

        Beta $x^2$

        . . .

        Gamma

        ---

        An untitled slide.

        ## Last

        ### A subheading stays on its slide

        Done.

        ::: notes
        Say this aloud, never show it.
        :::

        """

    func deck(_ markdown: String = SlideDeckTests.source) throws -> RenderedReport {
        let notebook = try Notebook.parse(source: markdown, path: "deck.md")
        return ReportWriter().renderSlides(notebook: notebook, results: nil)
    }

    @Test func headingsAndRulesCutTheSlides() throws {
        let notebook = try Notebook.parse(source: Self.source, path: "deck.md")
        let cut = SlideDeck(blocks: notebook.blocks, hasTitle: true)
        #expect(cut.slides.map(\.kind) == [.title, .section, .content, .content, .content])
        // Warnings name a slide by its heading's line in the .md file.
        #expect(cut.slides.map(\.line) == [1, 5, 7, 7, 23])
        let html = try deck().html
        #expect(html.occurrences(of: "<section class=\"slide") == 5)
        #expect(html.contains("aria-label=\"5 / 5\""))
        #expect(html.contains("<h3"), "a level-3 heading stays inside its slide")
    }

    @Test func slideLevelMovesTheCut() throws {
        let notebook = try Notebook.parse(source: "---\nslide-level: 3\n---\n\n## Section\n\n### One\n\nA\n\n### Two\n\nB\n", path: "d.md")
        #expect(notebook.frontMatter.slideLevel == 3)
        let cut = SlideDeck(blocks: notebook.blocks, hasTitle: false, slideLevel: 3)
        #expect(cut.slides.map(\.kind) == [.section, .content, .content])
    }

    @Test func aParagraphOfSpacedDotsIsAPause() throws {
        let html = try deck().html
        #expect(html.occurrences(of: "class=\"fragment\"") == 2)
        #expect(html.contains("data-step=\"1\"") && html.contains("data-step=\"2\""))
        #expect(!html.contains(". . ."), "a pause is not shown as text")
        // Dots with other words are prose.
        let prose = try Notebook.parse(source: "Wait . . . for it\n", path: "p.md")
        #expect(!SlideDeck.isPause(prose.blocks[0]))
    }

    @Test func theOnlyScriptIsTheDecksOwn() throws {
        let html = try deck("## Hostile\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2)) <img src=x onerror=alert(3)>\n").html
        #expect(html.occurrences(of: "<script") == 1)
        #expect(html.contains(SlidesScript.source))
        #expect(!html.contains("alert("))
        #expect(!html.contains("http://") && !html.contains("https://"), "nothing is fetched from the network")
    }

    @Test func speakerNotesTravelWithTheirSlideHidden() throws {
        let html = try deck().html
        #expect(html.occurrences(of: "<aside class=\"notes\"") == 1)
        let last = try #require(html.components(separatedBy: "id=\"slide-5\"").last)
        #expect(last.contains("Say this aloud"), "the notes sit in the slide they were written on")
    }

    /// Chromium shows the deck at 1280×720 and a reader steps through it with the keys.
    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: deck browser test skipped"))
    func aReaderStepsThroughTheDeckWithTheKeys() async throws {
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let url = try browser.page(try deck().html, named: "deck.html")
        let page = try await ChromiumPage.open(url.absoluteString, width: 1280, height: 720)
        defer { page.close() }
        try await page.waitUntil("document.documentElement.hasAttribute('data-deck-ready')")

        func state() async throws -> String {
            try await page.evaluate("""
                location.hash + ' ' + Array.from(document.querySelectorAll('section.slide.current .fragment'))
                  .map(f => getComputedStyle(f).visibility === 'visible' ? 'v' : 'h').join('')
                """) as? String ?? ""
        }
        #expect(try await page.evaluate("document.querySelectorAll('section.slide').length") as? Double == 5)
        #expect(try await page.evaluate("Array.from(document.querySelectorAll('section.slide')).filter(s => getComputedStyle(s).display !== 'none').length") as? Double == 1)
        #expect(try await state() == "#/1 ")
        // Speaker notes are hidden from the audience on every slide.
        #expect(try await page.evaluate("Array.from(document.querySelectorAll('.notes')).map(n => getComputedStyle(n).display).join()") as? String == "none")
        try await page.press("ArrowRight")
        #expect(try await state() == "#/2 ")
        try await page.press(" ")
        #expect(try await state() == "#/3 hh", "a slide opens with its pauses hidden")
        try await page.press("ArrowRight")
        #expect(try await state() == "#/3 vh")
        try await page.press("PageDown")
        #expect(try await state() == "#/3 vv")
        try await page.press("ArrowLeft")
        #expect(try await state() == "#/3 vh", "back hides the last step again")
        try await page.press("ArrowRight")
        try await page.press("ArrowRight")
        #expect(try await state() == "#/4 ")
        try await page.press("PageUp")
        #expect(try await state() == "#/3 vv", "back to a built slide shows it whole")
        try await page.press("End")
        #expect(try await state() == "#/5 ")
        try await page.press("ArrowRight")
        #expect(try await state() == "#/5 ", "past the end stays on the last slide")
        // `s`: the presenter's view shows the current slide's notes below it; `s` again hides them.
        try await page.press("s")
        #expect(try await page.evaluate("document.querySelector('.presenter-notes').textContent.trim()") as? String
            == "Say this aloud, never show it.")
        #expect(try await page.evaluate("getComputedStyle(document.querySelector('section.slide.current .notes')).display") as? String == "none",
                "the notes stay hidden on the slide itself")
        try await page.press("ArrowLeft")
        #expect(try await page.evaluate("document.querySelector('.presenter-notes').textContent") as? String == "")
        try await page.press("s")
        #expect(try await page.evaluate("document.querySelector('.presenter-notes') === null") as? Bool == true)
        try await page.press("Home")
        #expect(try await state() == "#/1 ")
        // The 16:9 frame is scaled to the window: as large as fits, touching two of its sides.
        let fit = try await page.evaluate("""
            (() => { const r = document.querySelector('section.slide.current').getBoundingClientRect();
              return [r.width, r.height, innerWidth, innerHeight]; })()
            """) as? [Double] ?? []
        #expect(fit.count == 4 && abs(fit[0] / fit[1] - 16.0 / 9) < 0.01, "\(fit)")
        #expect(fit.count == 4 && fit[0] <= fit[2] + 1 && fit[1] <= fit[3] + 1, "\(fit)")
        #expect(fit.count == 4 && (abs(fit[0] - fit[2]) < 1 || abs(fit[1] - fit[3]) < 1), "\(fit)")
        // A #/n URL opens on slide n.
        try await page.navigate(url.absoluteString + "#/4")
        try await page.waitUntil("document.documentElement.hasAttribute('data-deck-ready')")
        #expect(try await state() == "#/4 ")
    }

    /// Without script the deck is a vertical sequence of slides, all shown.
    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: deck browser test skipped"))
    func withoutScriptTheSlidesReadInSequence() throws {
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let html = try deck().html.replacingOccurrences(of: SlidesScript.source, with: "")
        let tops = try browser.measure(html: html, script: """
            <script>
            if (Array.from(document.querySelectorAll('.notes')).some(n => n.getBoundingClientRect().height > 0)) throw 'notes shown';
            const tops = Array.from(document.querySelectorAll('section.slide')).map(s => s.getBoundingClientRect().top);
            const visible = Array.from(document.querySelectorAll('.fragment')).every(f => getComputedStyle(f).visibility === 'visible');
            const pre = document.createElement('pre'); pre.id = 'nb-deck';
            pre.textContent = JSON.stringify(visible ? tops : []); document.body.appendChild(pre);
            </script>
            """, resultID: "nb-deck", as: [Double].self)
        #expect(tops.count == 5)
        #expect(tops == tops.sorted() && Set(tops).count == 5, "one under another: \(tops)")
    }
}
