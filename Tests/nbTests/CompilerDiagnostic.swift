/// One `path:line:col: error: message` line, the form both swiftc (with
/// `-diagnostic-style llvm`) and `nb` use for errors.
struct CompilerDiagnostic: Equatable, Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int
    var message: String

    var description: String { "\(file):\(line):\(column): error: \(message)" }

    /// Every error line in `text`, in order. Notes, warnings and the source/caret lines
    /// that follow a diagnostic are skipped.
    static func errors(in text: String) -> [CompilerDiagnostic] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { parse(String($0)) }
    }

    /// Parses `path:line:col: error: message`; the path may itself contain colons.
    static func parse(_ line: String) -> CompilerDiagnostic? {
        guard let marker = line.range(of: ": error: ") else { return nil }
        let location = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
        guard location.count >= 3,
              let row = Int(location[location.count - 2]),
              let column = Int(location[location.count - 1]) else { return nil }
        return CompilerDiagnostic(
            file: location.dropLast(2).joined(separator: ":"),
            line: row,
            column: column,
            message: String(line[marker.upperBound...]))
    }
}
