import Foundation

extension Messages {
    public static func cannotRead(errno: Int32) -> String {
        "cannot read the notebook: \(String(cString: strerror(errno)))"
    }

    public static func cannotWrite(errno: Int32) -> String {
        "cannot write the report: \(String(cString: strerror(errno)))"
    }

    public static let notUTF8 = "the notebook is not valid UTF-8 text"

    public static func checkFailed(_ message: String) -> String {
        message.isEmpty ? "check failed" : "check failed: \(message)"
    }

    /// `session1.md: 17 checks passed, 0 failed` (and cell errors when there were any).
    public static func checkSummary(file: String, passed: Int, failed: Int, cellErrors: Int) -> String {
        var text = "\(file): \(passed) check\(passed == 1 ? "" : "s") passed, \(failed) failed"
        if cellErrors > 0 { text += ", \(cellErrors) cell\(cellErrors == 1 ? "" : "s") with errors" }
        return text
    }
}
