/// A message about a place in a notebook, ready to be printed on stderr or
/// shown in the report. Every module reports problems as typed error values;
/// this module is the one place that turns them into words (`Messages`).
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    /// The notebook's path as the user gave it.
    public var file: String
    /// 1-based line and column in `file`.
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }
}
