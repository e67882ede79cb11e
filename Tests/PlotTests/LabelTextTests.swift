@testable import Plot
import Testing

/// Labels: `$…$` spans, their plain-text reading, and escaping.
@Suite struct LabelTextTests {
    @Test func mathSpansAreFoundAndUnpairedDollarsStayText() {
        #expect(LabelText("loss $\\|W\\|^2$ (train)").pieces == [.text("loss "), .math("\\|W\\|^2"), .text(" (train)")])
        #expect(LabelText("price: $5").pieces == [.text("price: $5")])
        #expect(LabelText("a \\$ b").pieces == [.text("a $ b")])
        #expect(LabelText("$$x^2$$").pieces == [.math("x^2")])
        #expect(LabelText("$$").pieces == [.text("$$")])
    }

    @Test(arguments: [
        ("\\|W_1\\|_F^2", "‖W₁‖_F²"),
        ("\\alpha \\le 10^{-3}", "α ≤ 10⁻³"),
        ("\\frac{a+b}{2}", "(a+b)/2"),
        ("W^\\top W", "Wᵀ W"),
        ("\\mathrm{tr}(A)", "tr(A)"),
        ("\\sigma_{\\max}", "σₘₐₓ"),
        ("\\left( x \\right)", "( x )"),
        ("\\unknown x", "unknown x"),
    ])
    func plainReadingOfMath(tex: String, plain: String) {
        #expect(TeXPlainText.approximate(tex) == plain)
    }

    @Test func escapingCoversMarkupQuotesAndControlCharacters() {
        #expect(SVGWriter.escape("<a href='x'>\"&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;")
        #expect(SVGWriter.escape("bell\u{7}") == "bell\u{FFFD}")
    }

    @Test func numbersAreFixedPrecisionAndNeverNegativeZero() {
        #expect(SVGNumber.format(1.005) == "1" || SVGNumber.format(1.005) == "1.01")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(12.5) == "12.5")
        #expect(SVGNumber.format(-3.14159) == "-3.14")
        #expect(SVGNumber.format(.nan) == "0")
    }

    @Test func textWidthsFollowHelveticaMetrics() {
        // "Hello" in Helvetica: H 722 + e 556 + l 222 + l 222 + o 556 = 2278 units.
        #expect(abs(TextMetrics.width("Hello", fontSize: 10) - 22.78) < 1e-9)
        #expect(TextMetrics.width("−", fontSize: 10) == TextMetrics.width("+", fontSize: 10))
    }

    @Test func aLabelUsingANotebookMacroIsTypesetWithTheMacrosTheRenderIsGiven() {
        var fig = Figure(ylabel: "$\\mathbb{E}\\,\\Tr D(t)$")
        fig.callSite = CallSite(line: 12, column: 11)
        fig.line([1, 2])
        // Without the notebook's macros, \Tr is unknown: a warning at the figure's call, and plain text.
        #expect(fig.warnings() == [PlotWarning(.mathNotRendered(tex: "\\mathbb{E}\\,\\Tr D(t)"),
                                               callSite: CallSite(line: 12, column: 11))])
        #expect(!fig.svg(idPrefix: "g").contains("<switch>"))
        let macros = ["Tr": "\\operatorname{Tr}"]
        #expect(fig.warnings(mathMacros: macros).isEmpty)
        let svg = fig.svg(idPrefix: "g", mathMacros: macros)
        #expect(svg.contains("<switch>") && svg.contains("<mi>Tr</mi>"))
    }
}
