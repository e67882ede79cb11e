import Foundation

/// Where a command's words go. Cells' output goes to `out` (and only there,
/// for `nb run`); progress and diagnostics go to `err`. Tests swap in a
/// console that records both.
public struct Console: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void
    /// Whether `err` is a terminal, where progress lines are worth showing.
    public var errIsTerminal: Bool

    public init(out: @escaping @Sendable (String) -> Void,
                err: @escaping @Sendable (String) -> Void,
                errIsTerminal: Bool = false) {
        self.out = out
        self.err = err
        self.errIsTerminal = errIsTerminal
    }

    /// The process's stdout and stderr, unbuffered.
    public static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) },
        errIsTerminal: isatty(STDERR_FILENO) == 1)
}

/// Thrown by a command to leave with a notebook's exit status (1 or 2)
/// after everything has been reported.
public struct NotebookExit: Error {
    public let status: Int32
    public init(status: Int32) { self.status = status }
}
