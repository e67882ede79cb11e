import Foundation
import HeadlessBrowser
import Testing
import TeX

/// Chromium lays out converted formulas and the spacing is measured on the glyphs
/// themselves (a `Range` around each character, in em of the math font), then held
/// to the value TeX gives, within 0.05 em (issue 23). Vertical positions use the
/// ink tops of Latin Modern Math's glyphs, read from the font by
/// `Fixtures/make_latin_modern_metrics.py`: a Range's rectangle is the glyph's
/// advance box, from the font's ascender to its descender.
@Suite(.serialized) struct BrowserSpacingTests {
    static let tolerance = 0.05
    static let thin = 3.0 / 18, thick = 5.0 / 18

    struct Metrics: Decodable {
        var ascender: Double
        var inkTop: [String: Double]
        var texPrimeTop: Double
    }

    struct Glyph: Decodable {
        var c: String
        var l, r, t, b: Double
        /// The glyph's font size: Latin Modern Math's ascender and descender add up to 1 em.
        var size: Double { b - t }
    }

    struct Formula: Decodable {
        var id: String
        var em: Double
        var left: Double
        var glyphs: [Glyph]
        /// The first character after the formula (the sentence's punctuation).
        var after: Glyph

        func glyph(_ character: String, _ occurrence: Int = 0) throws -> Glyph {
            let matches = glyphs.filter { $0.c == character }
            return try #require(matches.indices.contains(occurrence) ? matches[occurrence] : nil,
                                "no '\(character)' #\(occurrence) in \(id): \(glyphs.map(\.c))")
        }

        /// Horizontal space between the advance boxes of two glyphs, in em.
        func gap(_ first: Glyph, _ second: Glyph) -> Double { (second.l - first.r) / em }
    }

    static let formulas: [(id: String, tex: String)] = [
        ("prime-E", #"E'(W)"#), ("prime-Sigma", #"\Sigma''"#), ("prime-x", #"x'"#),
        ("prime-W1", #"W_1'"#), ("prime-bold", #"\mathbf{W}'"#),
        ("colon-set", #"\{x : x > 0\}"#), ("colon-map", #"\phi: M \to N"#),
        ("coloneq", #"f(x) := x^2"#),
        ("log", #"\nabla \log p"#),
        ("leading-relation", #"\approx \epsilon"#),
        ("end-letter", "x"), ("end-sqrt", #"\sqrt{2}"#), ("end-overline", #"\overline{x}"#),
        ("end-hat", #"\hat{x}"#), ("end-right", #"\left(x\right)"#),
        ("dots", #"Q_1, \dots, Q_2"#),
    ]

    static let script = #"""
        <script>
        (function () {
          function box(node, i) {
            const code = node.data.codePointAt(i);
            const range = document.createRange();
            range.setStart(node, i); range.setEnd(node, i + (code > 0xFFFF ? 2 : 1));
            const r = range.getBoundingClientRect();
            return { c: String.fromCodePoint(code), l: r.left, r: r.right, t: r.top, b: r.bottom };
          }
          const out = [];
          for (const p of document.querySelectorAll("p[id]")) {
            const math = p.querySelector("math");
            const glyphs = [];
            const walker = document.createTreeWalker(math, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              if (node.parentElement.closest("annotation")) continue;
              for (let i = 0; i < node.data.length; i += node.data.codePointAt(i) > 0xFFFF ? 2 : 1) {
                glyphs.push(box(node, i));
              }
            }
            out.push({ id: p.id, em: parseFloat(getComputedStyle(math).fontSize),
                       left: math.getBoundingClientRect().left, glyphs: glyphs, after: box(math.nextSibling, 0) });
          }
          const pre = document.createElement("pre");
          pre.id = "nb-spacing";
          pre.textContent = JSON.stringify(out);
          document.body.appendChild(pre);
        })();
        </script>
        """#

    /// The report's type: Latin Modern for prose and math, math at 1.05 em.
    static func page() -> String {
        var converter = MathConverter()
        let paragraphs = formulas.map { formula in
            "<p id=\"\(formula.id)\">A <math>" + presentation(converter.convert(formula.tex, display: false)) + "</math>. B</p>"
        }
        return """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>
            body { font-family: "Latin Modern Roman", serif; font-size: 20px; }
            math { font-family: "Latin Modern Math", math; font-size: 1.05em; }
            </style></head><body>
            \(paragraphs.joined(separator: "\n"))
            </body></html>
            """
    }

    @Test(.enabled(if: HeadlessChromium.executable != nil, "chromium is not on PATH: browser spacing test skipped (CI installs it)"))
    func spacingMatchesTeX() throws {
        let metricsURL = try #require(Bundle.module.url(forResource: "Fixtures/latin-modern-math-metrics", withExtension: "json"))
        let metrics = try JSONDecoder().decode(Metrics.self, from: Data(contentsOf: metricsURL))
        let browser = try #require(HeadlessChromium())
        defer { try? FileManager.default.removeItem(at: browser.folder) }
        let measured = try browser.measure(html: Self.page(), script: Self.script, resultID: "nb-spacing", as: [Formula].self)
        let formula = Dictionary(uniqueKeysWithValues: measured.map { ($0.id, $0) })
        func expectTeX(_ value: Double, _ tex: Double, _ what: String) {
            #expect(abs(value - tex) <= Self.tolerance, "\(what): \(value) em, TeX \(tex) em")
        }
        // The math font is Latin Modern Math (its ascender and descender add up to 1 em).
        let letter = try #require(formula["end-letter"])
        try #require(abs(letter.glyphs[0].size - letter.em) < 0.5, "Latin Modern Math is not the math font")

        // 1. Primes: the prime's ink top above the letter's, as TeX puts a superscript prime.
        func inkTop(_ glyph: Glyph, _ key: String) throws -> Double {
            glyph.t + (metrics.ascender - (try #require(metrics.inkTop[key], "no metric for \(key)"))) * glyph.size
        }
        let primes: [(id: String, base: String, key: String, prime: String)] = [
            ("prime-E", "E", "E", "′"), ("prime-Sigma", "Σ", "Σ", "″"), ("prime-x", "x", "x", "′"),
            ("prime-W1", "W", "W", "′"), ("prime-bold", "𝐖", "𝐖", "′"),
        ]
        for (id, base, key, prime) in primes {
            let f = try #require(formula[id])
            let above = (try inkTop(f.glyph(base), key) - (try inkTop(f.glyph(prime), prime))) / f.em
            expectTeX(above, metrics.texPrimeTop - metrics.inkTop[key]!, "\(id): prime top above the letter's")
        }

        // 2. ':' is a relation: a thick space on both sides.
        let set = try #require(formula["colon-set"])
        expectTeX(set.gap(try set.glyph("x"), try set.glyph(":")), Self.thick, "space before ':' in {x : x > 0}")
        expectTeX(set.gap(try set.glyph(":"), try set.glyph("x", 1)), Self.thick, "space after ':' in {x : x > 0}")
        let map = try #require(formula["colon-map"])
        expectTeX(map.gap(try map.glyph("ϕ"), try map.glyph(":")), Self.thick, "space before ':' in \\phi: M")

        // 3. ':=' is one relation: nothing between its halves.
        let coloneq = try #require(formula["coloneq"])
        expectTeX(coloneq.gap(try coloneq.glyph(":"), try coloneq.glyph("=")), 0, "gap inside :=")
        expectTeX(coloneq.gap(try coloneq.glyph(")"), try coloneq.glyph(":")), Self.thick, "space before :=")

        // 4. An ordinary atom before an operator name: a thin space.
        let log = try #require(formula["log"])
        expectTeX(log.gap(try log.glyph("∇"), try log.glyph("l")), Self.thin, "space before log")
        expectTeX(log.gap(try log.glyph("g"), try log.glyph("p")), Self.thin, "space after log")

        // 5. A relation with nothing on its left takes no space there.
        let leading = try #require(formula["leading-relation"])
        expectTeX((try leading.glyph("≈").l - leading.left) / leading.em, 0, "space before a leading ≈")
        expectTeX(leading.gap(try leading.glyph("≈"), try leading.glyph("ϵ")), Self.thick, "space after a leading ≈")

        // 6. Constructs that end a formula leave no more space before the sentence's
        // punctuation than a letter does.
        let reference = letter.gap(try letter.glyph("x"), letter.after)
        for (id, last) in [("end-sqrt", "2"), ("end-overline", "x"), ("end-hat", "x"), ("end-right", ")")] {
            let f = try #require(formula[id])
            expectTeX(f.gap(try f.glyph(last), f.after), reference, "\(id): space before the period")
        }

        // 7. \dots between commas: low dots, the same thin space on both sides.
        let dots = try #require(formula["dots"])
        let ellipsis = try dots.glyph("…")
        let before = dots.gap(try dots.glyph(","), ellipsis), after = dots.gap(ellipsis, try dots.glyph(",", 1))
        expectTeX(before - after, 0, "difference between the spaces around …")
        expectTeX(before, Self.thin, "space before …")
    }
}
