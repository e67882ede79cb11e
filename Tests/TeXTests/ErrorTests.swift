import Testing
import TeX

/// Problems never stop a conversion: each is reported with its UTF-8 byte offset and
/// shown in place, in red, while the rest of the formula converts.
@Suite struct ErrorTests {
    static let red = #"<merror style="color:#b00020"><mtext>"#

    @Test func unknownCommandIsShownInPlaceAndTheRestConverts() {
        let result = convert(#"a + \foo{x} = \frac{1}{2}"#)
        #expect(result.errors == [TeXError(offset: 4, kind: .unknownCommand("foo"))])
        #expect(presentation(result) == #"<mrow><mi>a</mi><mo lspace="0.2222em" rspace="0.2222em">+</mo>"# + Self.red
            + #"\foo</mtext></merror><mi>x</mi><mo lspace="0.2778em" rspace="0.2778em">=</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow>"#)
    }

    @Test func offsetsCountUTF8Bytes() {
        // "α" is two bytes, "→" three.
        let result = convert(#"α → \nope"#)
        #expect(result.errors == [TeXError(offset: 7, kind: .unknownCommand("nope"))])
    }

    @Test func everyUnknownCommandIsReported() {
        let result = convert(#"\foo + \bar{x} + \baz"#)
        #expect(result.errors.map(\.kind) == [.unknownCommand("foo"), .unknownCommand("baz")])
        #expect(result.errors.map(\.offset) == [0, 17])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var tex: String
        var errors: [TeXError]
        var shown: String
        var testDescription: String { tex }
    }

    static let cases: [Case] = [
        Case(tex: #"\frac{a}"#, errors: [TeXError(offset: 0, kind: .missingArgument(command: "frac"))], shown: #"\frac{a}"#),
        Case(tex: "x^", errors: [TeXError(offset: 1, kind: .missingArgument(command: "^"))], shown: "^"),
        Case(tex: "{a", errors: [TeXError(offset: 0, kind: .unbalancedBrace)], shown: "{"),
        Case(tex: "a}", errors: [TeXError(offset: 1, kind: .unbalancedBrace)], shown: "}"),
        Case(tex: #"\left( x"#, errors: [TeXError(offset: 0, kind: .missingRight)], shown: #"\left("#),
        Case(tex: #"x \right)"#, errors: [TeXError(offset: 2, kind: .unexpectedRight)], shown: #"\right)"#),
        Case(tex: #"\left x \right)"#, errors: [TeXError(offset: 0, kind: .invalidDelimiter), TeXError(offset: 8, kind: .unexpectedRight)], shown: #"\left"#),
        Case(tex: #"\begin{foo}a\end{foo}"#, errors: [TeXError(offset: 0, kind: .unknownEnvironment("foo"))], shown: #"\begin{foo}"#),
        Case(tex: #"\begin{align}a\end{gather}"#, errors: [TeXError(offset: 14, kind: .mismatchedEnd(expected: "align", found: "gather"))], shown: #"\end{gather}"#),
        Case(tex: #"\begin{pmatrix}a"#, errors: [TeXError(offset: 0, kind: .missingEnd("pmatrix"))], shown: #"\begin{pmatrix}"#),
        Case(tex: #"a\end{cases}"#, errors: [TeXError(offset: 1, kind: .unexpectedEnd("cases"))], shown: #"\end{cases}"#),
        Case(tex: "x^a^b", errors: [TeXError(offset: 3, kind: .doubleSuperscript)], shown: "^b"),
        Case(tex: "x_a_b", errors: [TeXError(offset: 3, kind: .doubleSubscript)], shown: "_b"),
        Case(tex: #"x\limits"#, errors: [TeXError(offset: 1, kind: .misplacedLimits)], shown: #"\limits"#),
        Case(tex: "a & b", errors: [TeXError(offset: 2, kind: .misplacedAlignment)], shown: "&amp;"),
        Case(tex: #"{a \\ b}"#, errors: [TeXError(offset: 3, kind: .misplacedRowBreak)], shown: #"\\"#),
        Case(tex: #"a \hline b"#, errors: [TeXError(offset: 2, kind: .misplacedRule)], shown: #"\hline"#),
        Case(tex: "a $ b", errors: [TeXError(offset: 2, kind: .unexpectedMathShift)], shown: "$"),
        Case(tex: "a # b", errors: [TeXError(offset: 2, kind: .unexpectedParameter)], shown: "#"),
        Case(tex: #"a\hspace{wide}b"#, errors: [TeXError(offset: 1, kind: .invalidLength)], shown: #"\hspace{wide}"#),
        Case(tex: #"\begin{array}{lq}a\end{array}"#, errors: [TeXError(offset: 0, kind: .invalidColumnSpecification)], shown: #"\begin{array}{lq}"#),
        // The definition is read up to where it went wrong; the rest is then ordinary (bad) input.
        Case(tex: #"\newcommand{x}{y}"#, errors: [TeXError(offset: 0, kind: .invalidMacroDefinition(command: "newcommand")),
                                                  TeXError(offset: 13, kind: .unbalancedBrace)], shown: #"\newcommand{x"#),
        Case(tex: #"\text{\textbf x}"#, errors: [TeXError(offset: 6, kind: .missingArgument(command: "textbf"))], shown: #"\textbf"#),
        Case(tex: #"\text{a \foo b}"#, errors: [TeXError(offset: 8, kind: .unknownCommand("foo"))], shown: #"\foo"#),
        Case(tex: #"a\"#, errors: [TeXError(offset: 1, kind: .trailingBackslash)], shown: #"\"#),
    ]

    @Test(arguments: cases)
    func reportsAndShows(_ example: Case) {
        let result = convert(example.tex)
        #expect(result.errors == example.errors)
        #expect(result.mathML.contains("<merror"))
        if !example.shown.isEmpty {
            #expect(result.mathML.contains(Self.red + example.shown + "</mtext></merror>"))
        }
    }

    @Test func missingEndKeepsTheTable() {
        let result = convert(#"\begin{pmatrix}a & b"#)
        #expect(presentation(result).contains(#"<mtd style="padding:0.5ex 0 0.5ex 0.5em"><mi>b</mi></mtd>"#))
    }

    @Test func nestingPastTheLimitIsAnErrorNotACrash() {
        let deep = String(repeating: "{", count: 5_000) + "x" + String(repeating: "}", count: 5_000)
        let result = convert(deep)
        #expect(result.errors.contains { $0.kind == .nestingTooDeep(limit: TeXLimits.nesting) })
        let fractions = String(repeating: #"\frac"#, count: 3_000) + "ab"
        #expect(convert(fractions).errors.contains { $0.kind == .nestingTooDeep(limit: TeXLimits.nesting) })
        let scripts = String(repeating: "x^{", count: 4_000) + String(repeating: "}", count: 4_000)
        #expect(convert(scripts).errors.contains { $0.kind == .nestingTooDeep(limit: TeXLimits.nesting) })
        for opener in [#"\left("#, #"\begin{pmatrix}"#, #"\text{$"#, #"\sqrt[\sqrt["#, #"x_{\underbrace{"#, #"\displaystyle{"#] {
            let nested = String(repeating: opener, count: 2_000) + "x"
            #expect(convert(nested).errors.contains { $0.kind == .nestingTooDeep(limit: TeXLimits.nesting) }, "\(opener)")
        }
        let overs = Array(repeating: #"a \over"#, count: 3_000).joined(separator: " ") + " b"
        #expect(convert(overs).errors.contains { $0.kind == .nestingTooDeep(limit: TeXLimits.nesting) })
        let shallow = String(repeating: "{", count: 20) + "x" + String(repeating: "}", count: 20)
        #expect(convert(shallow).errors.isEmpty)
    }

    @Test func garbageNeverTraps() {
        let pieces = [#"\left"#, #"\right"#, "{", "}", "^", "_", "&", #"\\"#, #"\begin{align}"#, #"\end{x}"#, "$",
                      "#", "'", #"\frac"#, #"\sqrt["#, "]", #"\text{"#, #"\newcommand"#, #"\def"#, "x", "%", "~", #"\"#]
        var generator = SplitMix(seed: 7)
        var converter = MathConverter()
        for _ in 0..<300 {
            let tex = (0..<Int(generator.next() % 24)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let result = converter.convert(tex, display: generator.next() % 2 == 0)
            #expect(result.mathML.hasPrefix("<math"))
            #expect(result.mathML.hasSuffix("</math>"))
            for error in result.errors { #expect((0...tex.utf8.count).contains(error.offset)) }
        }
    }
}

/// A tiny deterministic generator for the robustness test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
