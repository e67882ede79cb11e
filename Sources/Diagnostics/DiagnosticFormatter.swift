/// Writes diagnostics the way the Swift compiler does, so editors and
/// terminals recognise them:
///
/// ```
/// session1.md:42:17: error: cannot find 'W3' in scope
///     let y = W3 * x
///             ^
/// ```
public enum DiagnosticFormatter {
    /// The one-line header, `file:line:column: severity: message`.
    public static func header(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
    }

    /// The header, then the source line and a caret under the column, when
    /// `source` (the whole file) has that line.
    public static func format(_ diagnostic: Diagnostic, source: String?) -> String {
        var text = header(diagnostic)
        if let line = source.flatMap({ sourceLine(diagnostic.line, in: $0) }) {
            let (shown, column) = window(of: line, around: diagnostic.column)
            text += "\n" + shown + "\n" + caretLine(under: shown, column: column)
        }
        return text
    }

    /// The most of a source line a diagnostic quotes, in Unicode scalars: a line longer
    /// than this (a million backticks) is quoted as a window around the caret.
    public static let quotedWidth = 200

    /// `line`, or a window of ``quotedWidth`` scalars of it around `column` with `…` where it was
    /// cut, and the caret's column in what is shown.
    static func window(of line: String, around column: Int) -> (line: String, column: Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > quotedWidth else { return (line, column) }
        let caret = min(max(column - 1, 0), scalars.count)
        let start = max(0, min(caret - quotedWidth / 2, scalars.count - quotedWidth))
        let end = min(scalars.count, start + quotedWidth)
        var shown = String.UnicodeScalarView()
        if start > 0 { shown.append("…") }
        shown.append(contentsOf: scalars[start..<end])
        if end < scalars.count { shown.append("…") }
        return (String(shown), caret - start + (start > 0 ? 1 : 0) + 1)
    }

    /// Line `number` (1-based) of `source`, without its line break.
    public static func sourceLine(_ number: Int, in source: String) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return String(line.hasSuffix("\r") ? line.dropLast() : line) }
            current += 1
        }
        return nil
    }

    /// Spaces (tabs kept, so the caret lines up) up to `column`, then `^`.
    /// Columns count Unicode scalars from 1.
    public static func caretLine(under line: String, column: Int) -> String {
        var prefix = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            prefix.append(scalar == "\t" ? "\t" : " ")
        }
        return prefix + "^"
    }
}
