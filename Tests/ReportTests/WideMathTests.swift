import Foundation
import Testing
import TeX
@testable import Report

/// The HTML of a display formula that may not fit a printed page (issue 23, item 5): marked
/// `wide` with the width it needs, followed by a copy broken at its top-level relations that
/// only print shows. The PDFs themselves are measured in RenderTests/WideMathPrintTests.
@Suite struct WideMathTests {
    static let chain = #"W_3 W_2 W_1 = U S V^\top = s_1 u^1 v^{1\top} + s_2 u^2 v^{2\top} + s_3 u^3 v^{3\top} + s_4 u^4 v^{4\top} = s_5 u^5 v^{5\top}"#
    static let sum = #"a_1 x + a_2 x^2 + a_3 x^3 + a_4 x^4 + a_5 x^5 + a_6 x^6 + a_7 x^7 + a_8 x^8 + a_9 x^9"#

    static func display(_ html: String) -> String {
        guard let start = html.range(of: "<div class=\"math-display"),
              let end = html.range(of: "</div>\n", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func aShortFormulaIsAsItWas() throws {
        let html = try render("$$E = mc^2$$\n").html
        var converter = MathConverter()
        #expect(Self.display(html) == "<div class=\"math-display\">" + converter.convert("E = mc^2", display: true).mathML + "</div>\n")
    }

    @Test func aWideChainCarriesItsBrokenCopy() throws {
        let html = try render("$$\(Self.chain)$$\n").html
        let display = Self.display(html)
        var converter = MathConverter()
        let result = converter.convert(Self.chain, display: true)
        #expect(result.width >= DocumentRenderer.wideMath)
        // The width it needs: its first piece beside its widest other piece, raised by the margin.
        let needed = (result.pieces[0].width + result.pieces.dropFirst().map(\.width).max()!) * DocumentRenderer.widthMargin
        let declared = try #require(display.firstMatch(of: /--math-width:([0-9.]+)"/).flatMap { Double($0.1) })
        #expect(declared >= needed && declared < needed + 0.1, "declared \(declared), needed \(needed)")
        #expect(display.hasPrefix("<div class=\"math-display wide breakable\" style=\"--math-width:"))
        // The formula itself first, whole, then the copy: the first piece, the others in a row.
        #expect(display.contains(">" + result.mathML + "<div class=\"math-lines\" aria-hidden=\"true\">"
                                 + result.pieces[0].mathML + "<span class=\"math-rest\">"
                                 + result.pieces.dropFirst().map(\.mathML).joined() + "</span></div></div>\n"))
        #expect(result.pieces.count == 4)
    }

    @Test func aWideFormulaWithoutRelationsIsOnlyScaled() throws {
        let display = Self.display(try render("$$\n\(Self.sum)\n$$\n").html)
        #expect(display.hasPrefix("<div class=\"math-display wide\" style=\"--math-width:"))
        #expect(!display.contains("math-lines"))
    }

    @Test func aLongLeftSideHangsAndTheNumberComesLast() throws {
        let tex = #"\frac{\lambda}{2} \lVert W_1 \rVert_F^2 + \frac{\lambda}{2} \lVert W_2 \rVert_F^2 + \frac{\lambda}{2} \lVert W_3 \rVert_F^2 = \frac{1}{2n} \sum_{i=1}^{n} \lVert y_i \rVert^2 + \frac{\mu}{2} \lVert W \rVert^2"#
        let display = Self.display(try render("$$\n\(tex)\n$$ {#eq-long}\n\nSee @eq-long.\n").html)
        #expect(display.hasPrefix("<div class=\"math-display numbered wide breakable\" id=\"eq-long\" style=\"--math-width:"))
        #expect(display.contains("<div class=\"math-lines hanging\" aria-hidden=\"true\"><math"))
        #expect(display.hasSuffix("</div><span class=\"equation-number\">(1)</span></div>\n"))
    }

    @Test func printAndSlidesBreakOrScaleTheScreenScrolls() throws {
        let css = Stylesheet.css
        let print = try #require(css.range(of: "@media print {"))
        let wide = try #require(css.range(of: Stylesheet.wideMath))
        #expect(wide.lowerBound > print.upperBound, "the rules for wide math are print-only in the handout")
        #expect(css.contains(".math-lines { display: none; }"))
        let inDeck = try #require(SlidesStylesheet.css.range(of: Stylesheet.wideMath))
        #expect(!SlidesStylesheet.css[..<inDeck.lowerBound].contains("@media"),
                "the deck applies them on screen too: a slide does not scroll")
    }

    @Test func anAbsurdWidthIsCappedNotATrap() throws {
        let first = Self.display(try render("$$a = \\hspace{99999999999999999999999999pt} b$$\n").html)
        #expect(first.contains("--math-width:100000\""))
        for tex in [#"a = \hspace{99999999999999999999999999pt} b"#, #"x \hspace{1e400pt} y"#,
                    #"a \hspace{-99999999999999999999999pt} \hspace{99999999999999999999999pt} = b"#] {
            let display = Self.display(try render("$$\(tex)$$\n").html)
            if let width = display.firstMatch(of: /--math-width:([0-9.]+)"/).flatMap({ Double($0.1) }) {
                #expect(width <= DocumentRenderer.maxWidth, "\(tex): \(width)")
            }
            #expect(display.hasPrefix("<div class=\"math-display"))
        }
    }
}
