import Foundation
import HeadlessBrowser
import Testing
import TeX

/// The width the TeX module estimates for a display formula (`MathResult.width`, from Latin
/// Modern Math's advance widths) against the width Chromium draws it, and the pieces a
/// formula is cut into at its top-level relations (issue 23, item 5).
@Suite(.serialized) struct MathWidthTests {
    static let formulas: [(id: String, tex: String)] = [
        ("sum-terms", #"a_1 x + a_2 x^2 + a_3 x^3 + a_4 x^4 + a_5 x^5 + a_6 x^6 + a_7 x^7 + a_8 x^8"#),
        ("chain", #"f(x) = (x + 1)^2 = x^2 + 2x + 1 \geq 2x + 1 > 0"#),
        ("fractions", #"\frac{\partial L}{\partial W_1} = \frac{1}{n} \sum_{i=1}^{n} \left( W_2 W_1 x_i - y_i \right) x_i^\top"#),
        ("radicals", #"\sqrt{x^2 + y^2} + \sqrt[3]{z} \leq \sqrt{\frac{a}{b}} + \lVert v \rVert_2"#),
        ("operators", #"\log p(x) = \max_{\theta \in \Theta} \sin\theta + \operatorname{tr}(A^\top B) - \exp(-\lambda t)"#),
        ("text", #"\mathcal{L}(\theta) = \mathbb{E}_{x \sim p}\left[\ell(x)\right] \quad \text{for all } \theta \in \mathbb{R}^d"#),
        ("integral", #"\int_0^1 \int_0^1 e^{-(x^2 + y^2)} \, dx \, dy = \prod_{k=1}^{K} \frac{\Gamma(\alpha_k)}{\Gamma(\beta_k)}"#),
        ("matrix", #"\begin{pmatrix} a & b \\ c & d \end{pmatrix} \begin{pmatrix} x \\ y \end{pmatrix} = \begin{bmatrix} ax + by \\ cx + dy \end{bmatrix}"#),
        ("delimiters", #"\Big( x \Big) + \left\{ \frac{a}{b} \right\} + \left\lVert \frac{x}{y} \right\rVert + \bigl[ z \bigr] + |x| = \langle u, v \rangle"#),
        ("cases", #"|x| = \begin{cases} x & \text{if } x \geq 0 \\ -x & \text{otherwise} \end{cases}"#),
        ("constructs", #"\boxed{x + y} + \underbrace{a + b + c}_{\text{three terms}} \xrightarrow{\text{limit}} \hat{x} + \vec{v} + \overline{z} + \binom{n}{k} + \mathbf{W}^\top \mathbf{x}"#),
        ("aligned", #"\begin{aligned} f(x) &= (x + 1)^2 \\ &= x^2 + 2x + 1 \end{aligned} \qquad \begin{array}{c|c} a & b \\ \hline c & d \end{array}"#),
        ("greek", #"\alpha + \beta + \gamma + \delta + \epsilon + \zeta + \eta + \theta + \Sigma + \Omega + \Delta"#),
        ("long", #"W_3 W_2 W_1 = U S V^\top = \sum_{\alpha=1}^{N} s_\alpha u^\alpha v^{\alpha\top} = s_1 u^1 v^{1\top} + s_2 u^2 v^{2\top} + s_3 u^3 v^{3\top} + s_4 u^4 v^{4\top}"#),
    ]

    /// Each formula's display MathML, laid out inline (a display `math` box is as wide as its
    /// line), measured in em of the math font.
    static let script = #"""
        <script>
        (function () {
          const out = {};
          for (const p of document.querySelectorAll("p[id]")) {
            const math = p.querySelector("math");
            out[p.id] = math.getBoundingClientRect().width / parseFloat(getComputedStyle(math).fontSize);
          }
          const pre = document.createElement("pre");
          pre.id = "nb-widths";
          pre.textContent = JSON.stringify(out);
          document.body.appendChild(pre);
        })();
        </script>
        """#

    static func page(_ results: [(id: String, result: MathResult)]) -> String {
        let paragraphs = results.map { "<p id=\"\($0.id)\">\($0.result.mathML)</p>" }
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>
            body { font-family: "Latin Modern Roman", serif; font-size: 20px; }
            math { font-family: "Latin Modern Math", math; font-size: 1.05em; display: inline math; }
            </style></head><body>
            \(paragraphs.joined(separator: "\n"))
            </body></html>
            """
    }

    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: width test skipped (CI installs it)"))
    func estimateIsCloseToChromiumsWidth() throws {
        var converter = MathConverter()
        let results = Self.formulas.map { ($0.id, converter.convert($0.tex, display: true)) }
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let measured = try browser.measure(html: Self.page(results), script: Self.script, resultID: "nb-widths",
                                           as: [String: Double].self)
        for (id, result) in results {
            let width = try #require(measured[id], "no width for \(id)")
            #expect(result.errors.isEmpty, "\(id): \(result.errors)")
            // Within 3 % either way: the report raises the estimate by 4 % before it scales, so an
            // estimate short by that much still fits.
            #expect(abs(result.width - width) <= 0.03 * width, "\(id): estimated \(result.width) em, drawn \(width) em")
            print("width \(id): estimated \(result.width) em, Chromium \(width) em")
        }
    }

    @Test func piecesAreTheFormulaCutBeforeItsRelations() {
        var converter = MathConverter()
        let chain = converter.convert(#"f(x) = (x + 1)^2 = x^2 + 2x + 1 \geq 2x + 1 > 0"#, display: true)
        let texts = chain.pieces.map { Self.characters(of: $0.mathML) }
        #expect(texts == ["f(x)", "=(x+1)2", "=x2+2x+1", "≥2x+1", ">0"])
        // Set side by side, the pieces are the formula: the same characters, the same widths.
        #expect(texts.joined() == Self.characters(of: chain.mathML))
        #expect(abs(chain.pieces.map(\.width).reduce(0, +) - chain.width) < 1e-9)
        #expect(chain.pieces.allSatisfy { $0.mathML.hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" displaystyle=\"true\">") })

        // A run of relations stays together; a relation at the start does not make a piece.
        #expect(converter.convert(#"x \leq = y"#, display: true).pieces.map { Self.characters(of: $0.mathML) } == ["x", "≤=y"])
        #expect(converter.convert(#"= y + z"#, display: true).pieces.isEmpty)
        // Relations inside a group, a fraction or delimiters do not break.
        #expect(converter.convert(#"\left( a = b \right) + \frac{c = d}{2} + {e = f}"#, display: true).pieces.isEmpty)
        // A condition after \quad is a piece of its own, not broken at its relations.
        #expect(converter.convert(#"f(x) = x^2, \quad \text{for } x > 0 \text{ and } x < 1"#, display: true).pieces
                    .map { Self.characters(of: $0.mathML) } == ["f(x)", "=x2,", "forx>0andx<1"])
        // Inline math and tables have no pieces and no width.
        #expect(converter.convert(#"a = b"#, display: false).pieces.isEmpty)
        #expect(converter.convert(#"a = b"#, display: false).width == 0)
        #expect(converter.convert(#"\begin{aligned} a &= b \\ c &= d \end{aligned}"#, display: true).pieces.isEmpty)
    }

    /// The characters a reader sees: element content outside the TeX annotation.
    static func characters(of mathML: String) -> String {
        let visible = mathML.replacing(/<annotation[^>]*>.*?<\/annotation>/, with: "")
        return visible.replacing(/<[^>]*>/, with: "").replacing("&gt;", with: ">").replacing("&lt;", with: "<")
            .filter { $0 != "\u{2061}" && !$0.isWhitespace }
    }
}
