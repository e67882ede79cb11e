import Testing
import TeX

/// Macros from the front matter (`math.macros`) and from `\newcommand` in the notebook.
@Suite struct MacroTests {
    @Test func initializerMacrosExpand() {
        let macros = ["R": #"\mathbb{R}"#, "grad": #"\operatorname{grad}"#, "\\norm": #"\left\|#1\right\|"#]
        #expect(mathML(#"x \in \R^n"#, macros: macros)
            == #"<mrow><mi>x</mi><mo lspace="0.2778em" rspace="0.2778em">∈</mo><msup><mi>ℝ</mi><mi>n</mi></msup></mrow>"#)
        #expect(mathML(#"\norm{v}"#, macros: macros)
            == #"<mrow><mo form="prefix" fence="true" stretchy="false" lspace="0" rspace="0">‖</mo><mi>v</mi><mo form="postfix" fence="true" stretchy="false" lspace="0" rspace="0">‖</mo></mrow>"#)
    }

    @Test func newcommandWithArgumentsPersistsAcrossCalls() {
        var converter = MathConverter()
        let definition = converter.convert(#"\newcommand{\pair}[2]{\langle #1, #2 \rangle}"#, display: false)
        #expect(definition.errors.isEmpty)
        #expect(presentation(definition) == "<mrow></mrow>")
        let use = converter.convert(#"\pair{a}{b}"#, display: false)
        #expect(use.errors.isEmpty)
        #expect(presentation(use)
            == #"<mrow><mo stretchy="false" lspace="0" rspace="0">⟨</mo><mi>a</mi><mo lspace="0" rspace="0.1667em">,</mo><mi>b</mi><mo stretchy="false" lspace="0" rspace="0">⟩</mo></mrow>"#)
    }

    @Test func optionalFirstArgumentTakesItsDefault() {
        var converter = MathConverter()
        _ = converter.convert(#"\newcommand{\e}[1][x]{e^{#1}}"#, display: false)
        #expect(presentation(converter.convert(#"\e"#, display: false)) == "<msup><mi>e</mi><mi>x</mi></msup>")
        #expect(presentation(converter.convert(#"\e[y]"#, display: false)) == "<msup><mi>e</mi><mi>y</mi></msup>")
    }

    @Test func renewcommandDefAndLetRedefine() {
        var converter = MathConverter(macros: ["v": #"\mathbf{v}"#])
        _ = converter.convert(#"\renewcommand{\v}{\vec{v}}"#, display: false)
        #expect(presentation(converter.convert(#"\v"#, display: false)).hasPrefix("<mover accent=\"true\">"))
        _ = converter.convert(#"\def\sq#1{#1^2}\let\lto\to"#, display: false)
        #expect(presentation(converter.convert(#"\sq{y} \lto"#, display: false))
            == #"<mrow><msup><mi>y</mi><mn>2</mn></msup><mo lspace="0.2778em" rspace="0">→</mo></mrow>"#)
    }

    @Test func macrosAreLocalToTheirConverter() {
        var first = MathConverter()
        _ = first.convert(#"\newcommand{\k}{K}"#, display: false)
        var second = MathConverter()
        #expect(second.convert(#"\k"#, display: false).errors == [TeXError(offset: 0, kind: .unknownCommand("k"))])
    }

    @Test func recursiveMacroStopsWithAnError() {
        var converter = MathConverter()
        let result = converter.convert(#"\newcommand{\a}{\a}\a + 1"#, display: false)
        #expect(result.errors == [TeXError(offset: 19, kind: .tooManyMacroExpansions(limit: TeXLimits.macroExpansions))])
        #expect(presentation(result).hasSuffix(#"<mo lspace="0.2222em" rspace="0.2222em">+</mo><mn>1</mn></mrow>"#))
        // The definition stays; a later use fails the same way and does not hang.
        #expect(converter.convert(#"\a"#, display: false).errors.map(\.kind) == [.tooManyMacroExpansions(limit: TeXLimits.macroExpansions)])
    }

    @Test func exponentialMacroStopsWithAnError() {
        let macros = ["b": "\\c\\c", "c": "\\d\\d", "d": "\\e\\e", "e": "\\f\\f", "f": "\\g\\g", "g": "\\h\\h",
                      "h": "\\i\\i", "i": "\\j\\j", "j": "\\k\\k", "k": "\\l\\l", "l": "x"]
        let result = convert(#"\b"#, macros: macros)
        #expect(result.errors.map(\.kind).contains(.tooManyMacroExpansions(limit: TeXLimits.macroExpansions)))
    }

    @Test func missingMacroArgumentIsReported() {
        let result = convert(#"\pair{a}"#, macros: ["pair": "(#1, #2)"])
        #expect(result.errors == [TeXError(offset: 0, kind: .missingArgument(command: "pair"))])
    }

    @Test func errorsInsideAnExpansionPointAtTheMacroUse() {
        let result = convert(#"x + \bad"#, macros: ["bad": #"\nosuch"#])
        #expect(result.errors == [TeXError(offset: 4, kind: .unknownCommand("nosuch"))])
    }
}
