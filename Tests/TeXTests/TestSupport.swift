import Testing
import TeX

/// Converts one formula with a fresh converter.
func convert(_ tex: String, display: Bool = false, macros: [String: String] = [:]) -> MathResult {
    var converter = MathConverter(macros: macros)
    return converter.convert(tex, display: display)
}

/// The presentation part of a conversion: what sits between `<semantics>` and the
/// TeX annotation, so goldens stay small.
func presentation(_ result: MathResult) -> String {
    let text = result.mathML
    guard let start = text.range(of: "<semantics>"), let end = text.range(of: "<annotation") else { return text }
    return String(text[start.upperBound..<end.lowerBound])
}

/// `presentation(convert(tex))`.
func mathML(_ tex: String, display: Bool = false, macros: [String: String] = [:]) -> String {
    presentation(convert(tex, display: display, macros: macros))
}

/// One golden case: a formula and the MathML it must give.
struct Golden: Sendable, CustomTestStringConvertible {
    var tex: String
    var display: Bool
    var expected: String

    init(_ tex: String, display: Bool = false, _ expected: String) {
        self.tex = tex
        self.display = display
        self.expected = expected
    }

    var testDescription: String { (display ? "display " : "") + tex }
}
