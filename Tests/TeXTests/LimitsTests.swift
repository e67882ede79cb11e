import Testing
import TeX

/// Hostile formulas (issue 10): each stops at a limit that is reported, at its place,
/// as a `TeXError` naming the limit, and the rest converts. None of them recurses
/// past the nesting limit or takes more than linear work.
@Suite struct LimitsTests {
    @Test func unclosedLeftDelimiters() {
        let result = convert(String(repeating: #"\left("#, count: 20_000) + "x")
        #expect(result.errors.contains { $0.kind == .nestingTooDeep(limit: TeXLimits.nesting) })
        #expect(result.mathML.hasSuffix("</math>"))
    }

    @Test func nestedMatrices() {
        let result = convert(String(repeating: #"\begin{matrix}"#, count: 5_000) + "x")
        #expect(result.errors.contains { $0.kind == .nestingTooDeep(limit: TeXLimits.nesting) })
    }

    @Test func nestedRadicals() {
        let result = convert(String(repeating: #"\sqrt{"#, count: 4_000) + "x" + String(repeating: "}", count: 4_000))
        #expect(result.errors.first?.kind == .nestingTooDeep(limit: TeXLimits.nesting))
        // The limit is reached at the 25th radical (each is two levels: command, argument).
        #expect((result.errors.first?.offset ?? 0) / #"\sqrt{"#.utf8.count == TeXLimits.nesting / 2)
    }

    @Test func everyFormulaOfADocumentHittingTheExpansionLimitStillConverts() {
        var converter = MathConverter(macros: ["a": #"\a\a"#])
        for index in 0..<5_000 {
            let result = converter.convert(#"x + \a = "# + String(index), display: false)
            #expect(result.errors == [TeXError(offset: 4, kind: .tooManyMacroExpansions(limit: TeXLimits.macroExpansions))])
            #expect(result.mathML.contains("<mn>\(index)</mn>"))
        }
    }

    @Test func tokensPerFormulaAreBounded() {
        let long = String(repeating: "x", count: TeXLimits.tokens + 10)
        let result = convert(long)
        #expect(result.errors == [TeXError(offset: TeXLimits.tokens, kind: .tooManyTokens(limit: TeXLimits.tokens))])
        // A macro that multiplies tokens meets the same limit.
        let growing = convert(#"\b\b\b\b\b\b\b\b\b\b\b\b"#, macros: ["b": String(repeating: "y", count: 20_000)])
        #expect(growing.errors.map(\.kind) == [.tooManyTokens(limit: TeXLimits.tokens)])
    }

    /// NUL, U+0001, U+000C and friends are dropped with a warning at their place; the
    /// annotation does not carry them either (issue 19).
    @Test(arguments: ["\u{0}", "\u{1}", "\u{C}", "\u{7F}", "\u{85}", "\u{FFFE}"])
    func controlCharactersAreDroppedWithAWarning(_ control: String) {
        let tex = "a" + control + #"+ \text{b"# + control + "c}"
        let result = convert(tex)
        let second = tex.utf8.count - control.utf8.count - 2
        let value = control.unicodeScalars.first!.value
        #expect(result.errors == [TeXError(offset: 1, kind: .controlCharacter(value)),
                                  TeXError(offset: second, kind: .controlCharacter(value))])
        #expect(!result.mathML.unicodeScalars.contains(control.unicodeScalars.first!))
        #expect(presentation(result).contains("<mtext>bc</mtext>"))
        #expect(result.mathML.contains(#"<annotation encoding="application/x-tex">a+ \text{bc}</annotation>"#))
    }
}
