import Foundation
import HeadlessBrowser
import Notebook
import Testing
@testable import Report

/// Callouts, theorem-like blocks, proofs, cross-references and citations in
/// the report: what a reader of a lecture expects to read.
@Suite struct DocumentFeaturesTests {
    private func html(_ markdown: String, files: [String: String] = [:]) -> String {
        let notebook = Notebook.read(source: markdown, path: "t.md", files: .files(files))
        return ReportWriter().render(notebook: notebook, results: nil).html
    }

    @Test func aReferenceIntoAnotherNotebookLinksToItsReport() {
        let page = html("By @session1#thm-balance, …\n", files: ["session1.md": "::: {#thm-a}\nA.\n:::\n\n::: {#thm-balance}\nB.\n:::\n"])
        #expect(page.contains("<a class=\"xref\" href=\"session1.html#thm-balance\">Theorem 2 (session1)</a>"))
    }

    @Test func calloutsHaveTheirDefaultOrOwnTitle() {
        let page = html("""
            ::: {.callout-warning}
            Mind the step size.
            :::

            ::: {.callout-tip title="Try $\\eta = 0.1$"}
            It converges.
            :::
            """)
        #expect(page.contains("<aside class=\"callout callout-warning\">\n<p class=\"callout-title\">Warning</p>\n<p>Mind the step size.</p>\n</aside>"))
        #expect(page.contains("<aside class=\"callout callout-tip\">\n<p class=\"callout-title\">Try <math"))
    }

    @Test func theoremsAreNumberedPerKindWithNamesAndProofsEndWithQED() {
        let page = html("""
            ::: {#lem-a}
            First lemma.
            :::

            ::: {#thm-b name="Balance"}
            The theorem.
            :::

            ::: {.proof}
            By @lem-a.
            :::

            ::: {#thm-c}
            ## Second
            Another.
            :::

            Then @thm-c follows from @thm-b.
            """)
        #expect(page.contains("<div id=\"lem-a\" class=\"theorem lemma\">\n<p><span class=\"theorem-title\"><strong>Lemma 1</strong>.</span> First lemma.</p>"))
        #expect(page.contains("<strong>Theorem 1</strong> (Balance).</span> The theorem.</p>"))
        #expect(page.contains("<strong>Theorem 2</strong> (Second).</span> Another.</p>"))
        #expect(page.contains("<div class=\"proof\">\n<p><span class=\"proof-title\"><em>Proof</em>.</span> By <a class=\"xref\" href=\"#lem-a\">Lemma 1</a>.<span class=\"qed\" aria-label=\"end of proof\">∎</span></p>"))
        #expect(page.contains("<a class=\"xref\" href=\"#thm-c\">Theorem 2</a> follows from <a class=\"xref\" href=\"#thm-b\">Theorem 1</a>"))
    }

    @Test func equationsAreNumberedAndReferenced() {
        let page = html("""
            By @eq-flow,

            $$
            \\dot W = -\\nabla L(W)
            $$ {#eq-flow}

            and unknown @eq-none.
            """)
        #expect(page.contains("<a class=\"xref\" href=\"#eq-flow\">Equation (1)</a>"))
        #expect(page.contains("<div class=\"math-display numbered\" id=\"eq-flow\"><math"))
        #expect(page.contains("<span class=\"equation-number\">(1)</span></div>"))
        #expect(page.contains("<span class=\"xref unknown\">?@eq-none</span>"))
    }

    @Test func figureNumbersComeFromTheNotebook() {
        let page = html("""
            See @fig-b.

            ```swift
            //| fig-cap: First
            let a = 1
            ```

            ```swift
            //| label: fig-b
            //| fig-cap: Second
            let b = 2
            ```
            """)
        #expect(page.contains("<a class=\"xref\" href=\"#fig-b\">Figure 2</a>"))
    }

    @Test func sectionReferencesLinkTheHeading() {
        let page = html("# Gradient flow {#sec-flow}\n\nAs in @sec-flow.\n")
        #expect(page.contains("<h1 id=\"sec-flow\">Gradient flow<a class=\"anchor\""))
        #expect(page.contains("<a class=\"xref\" href=\"#sec-flow\">Section Gradient flow</a>"))
    }

    @Test func citationsAuthorYearAndTheReferenceList() {
        let page = html("""
            ---
            bibliography: refs.bib
            ---
            @du2018 prove it [see @du2018, p. 4; @menon2024]; also [-@menon2024] and [@ghost].
            """, files: ["refs.bib": """
                @inproceedings{du2018, author = {Du, Simon S. and Hu, Wei and Lee, Jason D.},
                  title = {Algorithmic Regularization in Learning Deep Homogeneous Models},
                  booktitle = {Advances in Neural Information Processing Systems}, volume = 31, year = 2018,
                  doi = {10.48550/arXiv.1806.00900}}
                @misc{menon2024, author = {Govind Menon}, title = {The Geometry of the Deep Linear Network},
                  year = 2024, eprint = {2411.09004}, archiveprefix = {arXiv}, url = {https://arxiv.org/abs/2411.09004}}
                @misc{unused, author = {Nobody}, title = {Not cited}, year = 1900}
                """])
        // Chicago author-date, pandoc's default style: three authors named in full.
        #expect(page.contains("<span class=\"citation\">Du, Hu, and Lee (<a href=\"#ref-du2018\">2018</a>)</span> prove it"))
        #expect(page.contains("<span class=\"citation\">(see Du, Hu, and Lee <a href=\"#ref-du2018\">2018</a>, p. 4; Menon <a href=\"#ref-menon2024\">2024</a>)</span>"))
        #expect(page.contains("<span class=\"citation\">(<a href=\"#ref-menon2024\">2024</a>)</span>"))
        #expect(page.contains("<span class=\"citation\">(<span class=\"citation unknown\">?@ghost</span>)</span>"))
        // The list at the end: cited works only, by first author, DOI and URL as links.
        #expect(page.contains("<section class=\"references\" id=\"references\">\n<h2>References</h2>"))
        #expect(!page.contains("Not cited"))
        let du = page.range(of: "id=\"ref-du2018\"")
        let menon = page.range(of: "id=\"ref-menon2024\"")
        #expect(du != nil && menon != nil && du!.lowerBound < menon!.lowerBound)
        #expect(page.contains("Du, Simon S., Wei Hu, and Jason D. Lee. 2018. “Algorithmic Regularization in Learning Deep Homogeneous Models.” <em>Advances in Neural Information Processing Systems</em> 31."))
        #expect(page.contains("<a href=\"https://doi.org/10.48550/arXiv.1806.00900\">"))
        #expect(page.contains("<a href=\"https://arxiv.org/abs/2411.09004\">"))
    }

    @Test func aTheoremNamedByACitationReadsAsAmsthmSetsIt() {
        let page = html("""
            ---
            references:
            - id: du2018
              author: [{family: Du}, {family: Hu}, {family: Lee}]
              issued: 2018
            ---
            ::: {#thm-a name="[@du2018, Theorem 2.1]"}
            Balanced.
            :::
            """)
        // One pair of parentheses, as `\\begin{theorem}[\\cite[Theorem 2.1]{du2018}]` in LaTeX.
        #expect(page.contains("<strong>Theorem 1</strong> (<span class=\"citation\">Du, Hu, and Lee <a href=\"#ref-du2018\">2018</a>, Theorem 2.1</span>).</span> Balanced."))
        #expect(page.contains("id=\"ref-du2018\""))
    }

    @Test func aCitationInTheAbstractIsCited() {
        let page = html("""
            ---
            title: T
            abstract: Following @a, we show it.
            references:
            - id: a
              author: [{family: Alpha}]
              issued: 2000
            ---
            Body.
            """)
        #expect(page.contains("Following <span class=\"citation\">Alpha (<a href=\"#ref-a\">2000</a>)</span>, we show it."))
        #expect(page.contains("<li id=\"ref-a\">Alpha. 2000.</li>"))
    }

    @Test func referencesGoWhereRefsDivStands() {
        let page = html("""
            ---
            references:
            - id: a
              author: [{family: Alpha}]
              issued: 2000
              title: T
              URL: "javascript:alert(1)"
            ---
            [@a]

            # Works cited

            ::: {#refs}
            :::

            # Appendix
            """)
        let list = page.range(of: "<ul class=\"reference-list\">")
        let appendix = page.range(of: "<h1 id=\"appendix\">")
        #expect(list != nil && appendix != nil && list!.lowerBound < appendix!.lowerBound)
        #expect(!page.contains("<h2>References</h2>"))
        // A URL the policy refuses is text, never a link.
        #expect(!page.contains("href=\"javascript:"))
    }

    @Test func speakerNotesAreLeftOutAndOtherDivsKeepTheirIdAndClasses() {
        let page = html("""
            ::: notes
            Say this aloud.
            :::

            ::: {#box .wide onclick="alert(1)"}
            Inside.
            :::
            """)
        #expect(!page.contains("Say this aloud"))
        #expect(page.contains("<div id=\"box\" class=\"wide\">\n<p>Inside.</p>\n</div>"))
        #expect(!page.contains("onclick"))
    }
}

/// Where the equation number lands in Chromium: on the formula's line, at the right margin.
@Suite(.serialized) struct NumberedEquationLayoutTests {
    struct Boxes: Decodable {
        var mathLeft, mathRight, mathTop, mathBottom: Double
        var numberLeft, numberRight, numberTop, numberBottom: Double
        var mainRight: Double
    }

    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: browser layout test skipped (CI installs it)"))
    func equationNumberSitsAtTheRightMarginOnTheFormulasLine() throws {
        let notebook = Notebook.read(source: "Text.\n\n$$ a^2 + b^2 = c^2 $$ {#eq-p}\n", path: "t.md", files: .files([:]))
        let page = ReportWriter().render(notebook: notebook, results: nil).html
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let script = """
            <script>
            const m = document.querySelector('#eq-p math').getBoundingClientRect();
            const n = document.querySelector('#eq-p .equation-number').getBoundingClientRect();
            const main = document.querySelector('main').getBoundingClientRect();
            const pre = document.createElement('pre'); pre.id = 'result';
            pre.textContent = JSON.stringify({mathLeft: m.left, mathRight: m.right, mathTop: m.top, mathBottom: m.bottom,
              numberLeft: n.left, numberRight: n.right, numberTop: n.top, numberBottom: n.bottom, mainRight: main.right});
            document.body.appendChild(pre);
            </script>
            """
        let boxes = try browser.measure(html: page, script: script, resultID: "result", as: Boxes.self)
        // The number ends at the text column's right edge (within a pixel) …
        #expect(abs(boxes.numberRight - boxes.mainRight) < 1.5, "\(boxes)")
        // … right of the formula, which stays centred in the space left of it …
        #expect(boxes.numberLeft > boxes.mathRight, "\(boxes)")
        // … and on the same line: their vertical extents overlap.
        #expect(boxes.numberTop < boxes.mathBottom && boxes.numberBottom > boxes.mathTop, "\(boxes)")
    }
}
