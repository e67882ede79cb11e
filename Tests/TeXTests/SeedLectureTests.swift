import Testing
import TeX

/// Every formula of the seed lecture (session 1, deep linear networks) converts
/// without a single error, with its front-matter macro `\grad`.
@Suite struct SeedLectureTests {
    static let macros = ["grad": "\\operatorname{grad}"]

    @Test func everyFormulaConvertsCleanly() throws {
        let formulas = SeedFormulas.extract(from: try SeedFormulas.lecture())
        #expect(formulas.count > 150, "the scan should find the lecture's formulas")
        #expect(formulas.contains { $0.tex.hasPrefix("\\begin{align*}") })
        var converter = MathConverter(macros: Self.macros)
        for formula in formulas {
            let result = converter.convert(formula.tex, display: formula.display)
            #expect(result.errors.isEmpty, "\(formula.tex)")
            #expect(!result.mathML.contains("<merror"), "\(formula.tex)")
        }
    }

    @Test func alignWithRowSpacingIsOneTable() throws {
        let formulas = SeedFormulas.extract(from: try SeedFormulas.lecture())
        let align = try #require(formulas.first { $0.tex.hasPrefix("\\begin{align*}") })
        let output = mathML(align.tex, display: true, macros: Self.macros)
        #expect(output.hasPrefix("<mtable displaystyle=\"true\">"))
        #expect(output.components(separatedBy: "<mtr>").count - 1 == 5)
        #expect(output.components(separatedBy: "calc(0.7ex + 10pt)").count - 1 == 8)
    }

    @Test func gradMacroBecomesANamedOperator() {
        #expect(mathML(#"\grad_p E"#, macros: Self.macros)
            == "<mrow><msub><mi>grad</mi><mi>p</mi></msub><mo lspace=\"0\" rspace=\"0.1667em\">\u{2061}</mo><mi>E</mi></mrow>")
    }
}
