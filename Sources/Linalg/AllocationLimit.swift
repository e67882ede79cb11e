import Foundation

/// The process-wide ceiling on the size of one matrix, so that a host with a
/// memory budget (the notebook interpreter) gets ``LinalgError/tooLarge(rows:cols:)``
/// instead of an out-of-memory kill.
///
/// Every operation whose result can be larger than its inputs (constructors,
/// products, `hstack`/`vstack`, `kron`-like growth) checks the size of its
/// result before allocating. A host can also ask ahead of time:
///
/// ```swift
/// AllocationLimit.maximumElements = 50_000_000          // 400 MB of Doubles
/// try AllocationLimit.check(rows: 100_000, cols: 100_000) // throws .tooLarge
/// ```
///
/// The default is 2³⁰ elements (8 GiB). Reads and writes are lock-protected. Matrices of
/// at most ``alwaysAllowedElements`` (2¹⁶ elements, 512 KiB) are always allowed, so that
/// the small matrices of everyday code never take the lock.
public enum AllocationLimit {
    private static let state = LockedValue<Int>(1 << 30)

    /// The largest number of elements one matrix may have.
    public static var maximumElements: Int {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = Swift.max(0, newValue) } }
    }

    /// Sizes up to this many elements pass ``check(rows:cols:)`` without consulting the limit.
    public static let alwaysAllowedElements = 1 << 16

    /// Throws ``LinalgError/tooLarge(rows:cols:)`` when a `rows × cols` matrix would
    /// exceed ``maximumElements`` (or its size overflows `Int`), and
    /// ``LinalgError/negativeDimension(operation:rows:cols:)`` for negative sizes.
    public static func check(rows: Int, cols: Int) throws(LinalgError) {
        guard rows >= 0 && cols >= 0 else {
            throw .negativeDimension(operation: "Matrix", rows: rows, cols: cols)
        }
        let (size, overflow) = rows.multipliedReportingOverflow(by: cols)
        if !overflow && size <= alwaysAllowedElements { return }
        guard !overflow && size <= maximumElements else { throw .tooLarge(rows: rows, cols: cols) }
    }
}

/// A value behind a lock: the one way this module keeps process-wide state
/// (the current random stream, the check log, the allocation limit) safe under
/// Swift 6 strict concurrency.
final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
