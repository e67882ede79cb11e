import Testing
import TeX

/// Nothing from the formula becomes markup: text, symbols, errors and the TeX
/// annotation are all escaped.
@Suite struct EscapingTests {
    @Test func textCannotInjectMarkup() {
        let result = convert(#"\text{<script>alert("x")</script>}"#)
        #expect(!result.mathML.contains("<script"))
        #expect(presentation(result) == "<mtext>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</mtext>")
        #expect(result.mathML.contains(#"<annotation encoding="application/x-tex">\text{&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;}</annotation>"#))
    }

    @Test func lessThanInMathIsEscaped() {
        let result = convert("a<b")
        #expect(result.mathML == #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>a</mi><mo lspace="0.2778em" rspace="0.2778em">&lt;</mo><mi>b</mi></mrow><annotation encoding="application/x-tex">a&lt;b</annotation></semantics></math>"#)
    }

    @Test func errorTextIsEscaped() {
        let result = convert(#"\x<y"#)
        #expect(presentation(result).hasPrefix(#"<mrow><merror style="color:#b00020"><mtext>\x</mtext></merror><mo lspace="0.2778em" rspace="0.2778em">&lt;</mo>"#))
        let ampersand = convert("a&b")
        #expect(presentation(ampersand).contains("<mtext>&amp;</mtext>"))
    }

    @Test func colorCannotEscapeItsAttribute() {
        let result = convert(#"\color{red" onload="x}{a}"#)
        #expect(!result.mathML.contains("onload=\""))
    }

    @Test func displayAttributeOnlyForDisplayMath() {
        #expect(convert("x", display: true).mathML.hasPrefix(#"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics>"#))
        #expect(convert("x").mathML.hasPrefix(#"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics>"#))
    }

    @Test func sameInputSameBytes() throws {
        let tex = try SeedFormulas.extract(from: SeedFormulas.lecture()).map(\.tex).joined(separator: " ")
        let once = convert(tex, display: true, macros: ["grad": #"\operatorname{grad}"#])
        let twice = convert(tex, display: true, macros: ["grad": #"\operatorname{grad}"#])
        #expect(once == twice)
    }
}

/// `\href` goes through the report's one URL policy (issue 10).
@Suite struct LinkTests {
    @Test func allowedLinkBecomesAnHref() {
        let result = convert(#"\href{https://arxiv.org/abs/1810.02281}{x}"#)
        #expect(result.errors.isEmpty)
        #expect(presentation(result) == #"<mrow href="https://arxiv.org/abs/1810.02281"><mi>x</mi></mrow>"#)
    }

    @Test(arguments: [#"javascript:alert(1)"#, "java\tscript:alert(1)", "&#1;javascript:alert(1)", "data:text/html,x"])
    func refusedLinkKeepsItsTextAndWarns(_ url: String) {
        let result = convert("a + \\href{" + url + "}{x}")
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.offset == 4)
        if case .refusedURL = result.errors.first?.kind {} else { Issue.record("\(result.errors)") }
        #expect(!result.mathML.contains("href="))
        #expect(presentation(result).hasSuffix("<mi>x</mi></mrow>"))
    }

    @Test func urlShowsItsAddress() {
        #expect(mathML(#"\url{mailto:a@b.org}"#)
            == #"<mrow href="mailto:a@b.org"><mtext style="font-family:monospace">mailto:a@b.org</mtext></mrow>"#)
    }
}
