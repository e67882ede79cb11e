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

    /// Issue 19: an unclosed run of a million backticks printed the 1 MB line twice.
    @Test func aLongLineIsQuotedAsAWindowAroundTheCaret() {
        let line = String(repeating: "`", count: 1_000_000) + "x"
        let diagnostic = Diagnostic(file: "a.md", line: 1, column: 500_000, severity: .error, message: "m")
        let text = DiagnosticFormatter.format(diagnostic, source: line)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[1].unicodeScalars.count == DiagnosticFormatter.quotedWidth + 2)   // with a … at each end
        #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix("…"))
        #expect(lines[2].unicodeScalars.count == lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) + 1 })
        // The caret stands under the same character it names in the full line.
        let caretColumn = lines[2].unicodeScalars.count
        #expect(Array(lines[1].unicodeScalars)[caretColumn - 1] == "`")

        let end = Diagnostic(file: "a.md", line: 1, column: 1_000_001, severity: .error, message: "m")
        let atEnd = DiagnosticFormatter.format(end, source: line).split(separator: "\n")
        #expect(atEnd[1].hasPrefix("…") && !atEnd[1].hasSuffix("…"))
        #expect(Array(atEnd[1].unicodeScalars)[atEnd[2].unicodeScalars.count - 1] == "x")

        let short = Diagnostic(file: "a.md", line: 1, column: 3, severity: .error, message: "m")
        #expect(DiagnosticFormatter.format(short, source: "abcdef") == "a.md:1:3: error: m\nabcdef\n  ^")
    }
}

