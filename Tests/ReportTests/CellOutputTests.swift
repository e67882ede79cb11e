import Cells
import Linalg
import Notebook
import Plot
import Testing
@testable import Report

@Suite struct CellOutputTests {
    let cellMarkdown = """
        # Cells

        ```swift
        //| label: setup
        let x: Double = 1.5 // one and a half
        print("x = \\(x)")
        ```

        ```swift
        //| echo: false
        hidden()
        ```

        ```swift
        //| eval: false
        neverRun()
        ```
        """

    @Test func codeIsHighlightedFromSwiftSyntax() {
        let html = SwiftHighlighter.html(for: "let x: Double = 1.5 // c\nprint(\"s\", to: &y)")
        #expect(html == """
            <span class="hl-keyword">let</span> <span class="hl-identifier">x</span>: \
            <span class="hl-type">Double</span> = <span class="hl-number">1.5</span> \
            <span class="hl-comment">// c</span>
            <span class="hl-identifier">print</span>(<span class="hl-string">"s"</span>, \
            <span class="hl-label">to</span>: &amp;<span class="hl-identifier">y</span>)
            """)
    }

    @Test func capitalisedNamesAreTypesButMatrixNamesAreNot() {
        let html = SwiftHighlighter.html(for: "let W1 = Matrix(A)")
        #expect(html == """
            <span class="hl-keyword">let</span> <span class="hl-identifier">W1</span> = \
            <span class="hl-type">Matrix</span>(<span class="hl-identifier">A</span>)
            """)
    }

    @Test func withoutResults() throws {
        let html = try render(cellMarkdown).html
        #expect(html.contains(#"<section class="cell" id="setup">"#))
        #expect(html.contains(#"<span class="hl-keyword">let</span>"#))
        #expect(!html.contains("//| label"), "option lines are not shown")
        #expect(!html.contains("hidden()"), "echo: false hides the code")
        #expect(html.contains("neverRun"))
        #expect(!html.contains("<pre class=\"cell-output\"") && !html.contains("id=\"nb:summary\""))
    }

    @Test func outputsChecksAndSummary() throws {
        let results = [
            CellResult(index: 0, ran: true, stdout: "x = 1.5\n", display: .text("1.5"),
                       checks: [CheckOutcome(message: "x is positive", passed: true, line: 5, column: 1),
                                CheckOutcome(message: "x is an integer", passed: false, line: 6, column: 1)]),
            CellResult(index: 1, ran: true, stdout: "secret output\n"),
            CellResult(index: 2, ran: false),
        ]
        let html = try render(cellMarkdown, results: results).html
        #expect(html.contains("<pre class=\"cell-output\">x = 1.5</pre>"))
        #expect(html.contains("<pre class=\"cell-value\">1.5</pre>"))
        #expect(html.contains(#"<li class="check passed" id="nb:check-0-0"><span class="check-mark" aria-hidden="true">✓</span> <span class="check-message">x is positive</span>"#))
        #expect(html.contains(#"<li class="check failed" id="nb:check-0-1"><span class="check-mark" aria-hidden="true">✗</span>"#))
        #expect(html.contains("secret output"), "echo: false hides code, not output")
        #expect(html.contains(#"<section class="cell not-run" id="nb:cell-2">"#))
        // The summary comes before the contents and the body.
        let summary = try #require(html.range(of: "<section class=\"run-summary has-failures\" id=\"nb:summary\">"))
        let toc = try #require(html.range(of: "<nav class=\"toc\""))
        #expect(summary.lowerBound < toc.lowerBound)
        #expect(html.contains("<p>t.md: 1 check passed, 1 failed</p>"))
        #expect(html.contains(##"<a href="#nb:check-0-1">"##))
    }

    @Test func outputFalseHidesOutputButNotFailures() throws {
        let markdown = "```swift\n//| output: false\nprint(1)\n```\n"
        let results = [CellResult(index: 0, ran: true, stdout: "printed\n",
                                  checks: [CheckOutcome(message: "ok", passed: true, line: 3, column: 1),
                                           CheckOutcome(message: "bad", passed: false, line: 3, column: 1)])]
        let html = try render(markdown, results: results).html
        #expect(!html.contains("printed") && !html.contains(">ok<"))
        #expect(html.contains(">bad<"))
    }

    @Test func errorBoxShowsTheFailingLine() throws {
        let markdown = "Intro\n\n```swift\nlet a = 1\nlet b = a +\n```\n"
        let results = [CellResult(index: 0, ran: true,
                                  error: CellError(line: 5, column: 11, kind: .syntax(message: "expected expression")))]
        let html = try render(markdown, results: results).html
        #expect(html.contains("""
            <div class="error-box" role="note">
            <p class="error-message"><span class="error-location">t.md:5:11</span> expected expression</p>
            <pre class="error-source">let b = a +
            <span class="caret">          ^</span></pre>
            </div>
            """))
        #expect(html.contains("<p>t.md: 0 checks passed, 0 failed, 1 cell with errors</p>"))
    }

    @Test func expectedErrorsAreNotFailures() throws {
        let markdown = "```swift\n//| error: true\nlet b = \n```\n"
        let results = [CellResult(index: 0, ran: true, error: CellError(line: 3, column: 9, kind: .syntax(message: "m")))]
        let html = try render(markdown, results: results).html
        #expect(html.contains(#"<div class="error-box expected" role="note">"#))
        #expect(html.contains(#"<section class="run-summary all-passed" id="nb:summary">"#))
    }

    @Test func figuresAreNumberedAndAnchored() throws {
        let markdown = """
            ```swift
            //| label: fig-loss
            //| fig-cap: Loss per step
            show(a); show(b)
            ```

            ```swift
            fig
            ```

            ```swift
            //| fig-cap: Second
            fig
            ```
            """
        let results = [
            CellResult(index: 0, ran: true, figures: [Figure(), Figure()]),
            CellResult(index: 1, ran: true, display: .figure(Figure())),
            CellResult(index: 2, ran: true, display: .figure(Figure())),
        ]
        let html = try render(markdown, results: results).html
        #expect(html.contains(#"<figure class="cell-figure" id="fig-loss">"#))
        #expect(html.contains(#"<figcaption><span class="figure-number">Figure 1:</span> Loss per step</figcaption>"#))
        #expect(html.contains(#"<figcaption><span class="figure-number">Figure 2:</span> Second</figcaption>"#))
        #expect(html.occurrences(of: "<figcaption>") == 2)
        #expect(html.occurrences(of: "<figure") == 3)
        // Each figure's SVG gets its own id prefix.
        let prefixes = ["nb-c0-f0-", "nb-c0-f1-", "nb-c1-f0-", "nb-c2-f0-"]
        for prefix in prefixes { #expect(html.contains(prefix), "\(prefix)") }
    }

    @Test func captionsAreMarkdownWithMath() throws {
        let markdown = """
            ```swift
            //| fig-cap: Loss of $x^2$, *per step*
            fig
            ```
            """
        let html = try render(markdown, results: [CellResult(index: 0, ran: true, display: .figure(Figure()))]).html
        let caption = try #require(html.components(separatedBy: "<figcaption>").dropFirst().first?
            .components(separatedBy: "</figcaption>").first)
        // The comma stays with its formula (a `math-nowrap` span).
        #expect(caption.hasPrefix(#"<span class="figure-number">Figure 1:</span> Loss of <span class="math-nowrap"><math"#))
        #expect(caption.contains("<msup><mi>x</mi><mn>2</mn></msup>"))
        #expect(caption.hasSuffix("</math>,</span> <em>per step</em>"))
    }

    @Test func smallMatrixIsTypeset() {
        let html = MatrixRenderer.html(Matrix([[1.5, -2], [0.000012345, 1e6]]), labels: ReportLabels())
        #expect(html.contains("<math display=\"block\"><mrow><mo>(</mo><mtable class=\"matrix\">"))
        #expect(html.contains("<mtd><mn>1.5</mn></mtd><mtd><mn>−2</mn></mtd>"))
        #expect(html.contains("<mtd><mrow><mn>1.234</mn><mo>×</mo><msup><mn>10</mn><mrow><mo>−</mo><mn>5</mn></mrow></msup></mrow></mtd>"))
        #expect(html.contains("<mtd><mrow><mn>1</mn><mo>×</mo><msup><mn>10</mn><mn>6</mn></msup></mrow></mtd>"))
    }

    @Test func largeMatrixIsATruncatedTable() {
        let rows = (0..<30).map { i in (0..<12).map { j in Double(i * 100 + j) } }
        let html = MatrixRenderer.html(Matrix(rows), labels: ReportLabels())
        #expect(html.contains("<caption>Matrix 30 × 12</caption>"))
        #expect(html.occurrences(of: "<tr>") == 21)
        #expect(html.occurrences(of: "⋮") == 12 && !html.contains("⋯"))
        #expect(html.contains("<td>2911</td>") && !html.contains("<td>1011</td>"))
    }

    @Test func compactNumbers() {
        #expect(MatrixRenderer.numberText(3) == "3")
        #expect(MatrixRenderer.numberText(-0.5) == "−0.5")
        #expect(MatrixRenderer.numberText(1 / 3) == "0.3333")
        #expect(MatrixRenderer.numberText(1e-5) == "1×10⁻⁵")
        #expect(MatrixRenderer.numberText(-0.0) == "0")
        #expect(MatrixRenderer.numberText(.nan) == "NaN")
        #expect(MatrixRenderer.numberText(-.infinity) == "−∞")
    }
}
