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
            text += "\n" + line + "\n" + caretLine(under: line, column: diagnostic.column)
        }
        return text
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
