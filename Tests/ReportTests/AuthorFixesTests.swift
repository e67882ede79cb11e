import Cells
import Foundation
import HeadlessBrowser
import Notebook
import Testing
@testable import Report

/// What a new author hit (issue 13, items 4 and 6): folded code, math in
/// check labels, punctuation after inline math.
@Suite struct AuthorFixesTests {
    @Test func codeFoldIsADetailsElementWithoutScript() throws {
        let report = try render("""
            ---
            execute:
              code-fold: true
            ---
            ```swift
            let folded = 1
            ```

            ```swift
            //| code-fold: false
            let open = 2
            ```
            """)
        #expect(report.html.contains("<details class=\"code-fold\"><summary>Code</summary>\n<pre class=\"cell-code\">"))
        #expect(report.html.occurrences(of: "<details") == 1)
        #expect(!report.html.contains("<script"))
        let notebook = try Notebook.parse(source: "```swift\n//| code-fold: true\nlet a = 1\n```\n", path: "f.md")
        #expect(notebook.cells[0].options.codeFold)
        #expect(notebook.warnings.isEmpty)
    }

    @Test func checkLabelsTypesetTheirMath() throws {
        let results = [CellResult(index: 0, ran: true, checks: [
            CheckOutcome(message: "$A_{N,W_e}$ is self-adjoint, costs \\$5 and $5", passed: true, line: 2, column: 1),
        ])]
        let report = try render("```swift\ncheck(true, \"…\")\n```\n", results: results)
        let message = try #require(report.html.components(separatedBy: "<span class=\"check-message\">").dropFirst().first?
            .components(separatedBy: "</span><span class=\"check-location\">").first)
        #expect(message.hasPrefix("<math"))
        #expect(message.contains("<msub><mi>A</mi>"))
        // `\$5` is a dollar, and `$5` that closes nothing stays text.
        #expect(message.hasSuffix(" is self-adjoint, costs $5 and $5"))
        #expect(report.warnings.isEmpty)
    }

    @Test func capitalisedVariablesAreNotColouredAsTypes() throws {
        // `We` and `Gu` are declared in one cell and used in the next (cells share one
        // scope): variables, as swiftc sees them; `Matrix` and `Figure` stay types.
        let html = try render("""
            ```swift
            let We = randn(3, 3)
            let f = { (Gu: Double) in Gu * 2 }
            ```

            ```swift
            let M = Matrix(We) + Figure.self
            for Wk in [We] { print(Wk) }
            ```
            """).html
        #expect(html.contains("<span class=\"hl-identifier\">We</span>"))
        #expect(!html.contains("<span class=\"hl-type\">We</span>"))
        #expect(!html.contains("<span class=\"hl-type\">Gu</span>"))
        #expect(!html.contains("<span class=\"hl-type\">Wk</span>"))
        #expect(html.contains("<span class=\"hl-type\">Matrix</span>"))
        #expect(html.contains("<span class=\"hl-type\">Figure</span>"))
    }

    @Test func punctuationAfterInlineMathStaysWithIt() throws {
        let html = try render("Let $x$, then $y_1$. And (of $z$) ends; $w$ alone.").html
        #expect(html.contains("<span class=\"math-nowrap\"><math"))
        #expect(html.occurrences(of: "class=\"math-nowrap\"") == 3)
        #expect(html.contains("</math>,</span> then"))
        #expect(html.contains("</math>.</span> And"))
        #expect(html.contains("</math>)</span> ends;"))
    }
}

/// In Chromium, no line starts with the punctuation that follows a formula.
@Suite(.serialized) struct MathPunctuationLayoutTests {
    struct Placement: Decodable {
        var count: Int
        var wrapped: [String]
        var lines: Int
    }

    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: browser layout test skipped (CI installs it)"))
    func punctuationNeverStartsALineAfterMath() throws {
        // Formulas of varied widths followed by punctuation, many lines long, so that
        // formulas end at many different places of a line.
        var prose = ""
        for k in 1...60 {
            prose += "term \(String(repeating: "w", count: k % 7)) $\\sum_{i=1}^{\(k)} x_i^{\(k % 5)}$, "
        }
        let report = try render(prose + "end.")
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let script = """
            <script>
            const spans = [...document.querySelectorAll('.math-nowrap')];
            const wrapped = [];
            for (const s of spans) {
              const m = s.querySelector('math').getBoundingClientRect();
              const r = document.createRange(); r.selectNodeContents(s.lastChild);
              const p = r.getBoundingClientRect();
              // The comma is on the formula's line, to its right.
              if (!(p.left >= m.right - 1 && p.top < m.bottom && p.bottom > m.top)) wrapped.push(s.textContent);
            }
            const para = document.querySelector('main p:last-of-type').getBoundingClientRect();
            const pre = document.createElement('pre'); pre.id = 'result';
            pre.textContent = JSON.stringify({count: spans.length, wrapped, lines: Math.round(para.height / 20)});
            document.body.appendChild(pre);
            </script>
            """
        let placement = try browser.measure(html: report.html, script: script, resultID: "result", as: Placement.self)
        #expect(placement.count == 60)
        #expect(placement.lines > 15, "the paragraph must wrap many times: \(placement)")
        #expect(placement.wrapped.isEmpty, "\(placement.wrapped)")
    }
}
