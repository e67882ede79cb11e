import Testing
import TeX
@testable import Diagnostics

@Suite struct DiagnosticFormatterTests {
    let source = "# Title\n\n```swift\nlet y = W3 * x\n```\n"

    @Test func writesTheCompilersFormWithLineAndCaret() {
        let diagnostic = Diagnostic(file: "session1.md", line: 4, column: 9, severity: .error,
                                    message: "cannot find 'W3' in scope")
        #expect(DiagnosticFormatter.format(diagnostic, source: source) == """
            session1.md:4:9: error: cannot find 'W3' in scope
            let y = W3 * x
                    ^
            """)
    }

    @Test func withoutTheSourceLineOnlyTheHeaderIsWritten() {
        let diagnostic = Diagnostic(file: "a.md", line: 99, column: 1, severity: .warning, message: "m")
        #expect(DiagnosticFormatter.format(diagnostic, source: source) == "a.md:99:1: warning: m")
    }

    @Test func caretKeepsTabsSoItLinesUp() {
        #expect(DiagnosticFormatter.caretLine(under: "\tlet x = é + 1", column: 10) == "\t        ^")
    }

    @Test func texMessagesNameTheCommand() {
        #expect(Messages.text(for: TeXErrorKind.unknownCommand("foo")) == "unknown TeX command '\\foo'")
        #expect(Messages.text(for: TeXErrorKind.missingArgument(command: "^")) == "missing script after '^'")
    }
}
