import Foundation

/// One recorded ``check(_:_:)``: its message and whether it passed.
public struct CheckOutcome: Sendable, Hashable {
    /// Whether the condition held.
    public var passed: Bool
    /// The message given to `check` (may be empty).
    public var message: String

    /// An outcome (hosts build them for their own reports, tests to compare).
    public init(passed: Bool, message: String) {
        self.passed = passed
        self.message = message
    }
}

/// The process-wide, lock-protected record of every ``check(_:_:)``, in order, that
/// a host (the notebook runner, a test) reads and resets, e.g. once per cell:
///
/// ```swift
/// CheckLog.reset()
/// check(1 + 1 == 2, "arithmetic")
/// CheckLog.outcomes   // [CheckOutcome(passed: true, message: "arithmetic")]
/// ```
public enum CheckLog {
    private static let log = LockedValue<[CheckOutcome]>([])

    /// Every outcome since the last reset, oldest first.
    public static var outcomes: [CheckOutcome] { log.withLock { $0 } }

    /// Empties the log and returns what it held.
    @discardableResult
    public static func reset() -> [CheckOutcome] {
        log.withLock { outcomes in
            defer { outcomes = [] }
            return outcomes
        }
    }

    static func record(_ outcome: CheckOutcome) {
        log.withLock { $0.append(outcome) }
    }
}

/// Records a claim and returns it: `condition` is logged in ``CheckLog`` with `message`,
/// and `✓ message` or `✗ message` is written to standard error (never standard output,
/// which belongs to what a cell prints). A failed check does not stop the program.
///
/// ```swift
/// check(t1 ≈ t2, "Theorem 2.2: the two derivatives cancel")
/// ```
@discardableResult
public func check(_ condition: Bool, _ message: String = "") -> Bool {
    CheckLog.record(CheckOutcome(passed: condition, message: message))
    let line = (condition ? "✓ " : "✗ ") + message + "\n"
    FileHandle.standardError.write(Data(line.utf8))
    return condition
}
