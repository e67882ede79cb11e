import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one run of library code may use: a ``MemoryBudget`` and a cancellation check.
/// Per run, never per process: two notebooks run at once on two threads each install
/// their own, and neither sees the other's.
///
/// A host installs the limits on the thread that runs the code, for the duration of a
/// closure (a run has a thread of its own):
///
/// ```swift
/// let limits = RunLimits(memoryLimitBytes: 2 << 30)
/// let results = limits.installed { runTheCells() }
/// // per cell: let period = limits.startPeriod()
/// //           a timer on another thread, when the cell's time is up: limits.cancel(period: period)
/// ```
///
/// While installed:
/// - every matrix allocated on the thread counts its elements in ``memory`` until its
///   storage is freed, and the throwing operations (the ``Throwing`` twins) check the
///   budget before they allocate a result (``checkAllocation(rows:cols:)``);
/// - long computations (the squarings of `expm`, each LAPACK call, every step of an
///   integrator) call ``checkpoint(_:)`` between BLAS/LAPACK calls, which throws
///   ``LinalgError/cancelled(operation:)`` once the current period is cancelled (or the
///   optional ``isCancelled`` check says so).
///
/// Code that installs nothing (a natively compiled program) has no budget beyond what
/// `Int` can count, and is never cancelled.
///
/// The random stream is not here: drawing functions take it explicitly
/// (`randn(3, 3, using: &stream)`), and the argument-less forms draw from a process
/// default (``Random``), which is fine for a compiled program.
public final class RunLimits: Sendable {
    /// The bytes the run may hold.
    public let memory: MemoryBudget
    /// The period (a host's cell) running now, and the last period a timer cancelled: a
    /// checkpoint costs two relaxed atomic loads, so it can sit on hot paths (a closure
    /// behind a lock there made session1 25–40× slower). A timer of an earlier period that
    /// fires late cancels a period that is over.
    private let period = Atomic<Int>(0)
    private let cancelledPeriod = Atomic<Int>(-1)
    private let cancellation: Mutex<(@Sendable () -> Bool)?>
    private let hasCancellationCheck: Atomic<Bool>

    /// Limits with a budget of `memoryLimitBytes` and an optional cancellation check.
    public init(memoryLimitBytes: Int = .max, isCancelled: (@Sendable () -> Bool)? = nil) {
        memory = MemoryBudget(limitBytes: memoryLimitBytes)
        cancellation = Mutex(isCancelled)
        hasCancellationCheck = Atomic(isCancelled != nil)
    }

    /// Starts a new period (a cell) and returns its number, for ``cancel(period:)``.
    /// Called on the run's thread.
    @discardableResult
    public func startPeriod() -> Int {
        period.add(1, ordering: .relaxed).newValue
    }

    /// Cancels `period` if it is still the current one (from any thread: a timer's).
    public func cancel(period cancelled: Int) {
        cancelledPeriod.store(cancelled, ordering: .relaxed)
    }

    /// Whether the current period was cancelled, or the optional check says so.
    public var isCurrentPeriodCancelled: Bool {
        if cancelledPeriod.load(ordering: .relaxed) == period.load(ordering: .relaxed) { return true }
        guard hasCancellationCheck.load(ordering: .relaxed), let check = isCancelled else { return false }
        return check()
    }

    /// Asked at every ``checkpoint(_:)``: `true` stops the computation with
    /// ``LinalgError/cancelled(operation:)``. A host sets it per cell (e.g. to read the
    /// cell's alarm), or to nil for no cancellation.
    public var isCancelled: (@Sendable () -> Bool)? {
        get { cancellation.withLock { $0 } }
        set {
            cancellation.withLock { $0 = newValue }
            hasCancellationCheck.store(newValue != nil, ordering: .relaxed)
        }
    }

    /// Runs `body` with these limits installed on the current thread; the limits that
    /// were installed before (if any) are back when it returns or throws.
    public func installed<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        let previous = pthread_getspecific(RunLimits.key)
        pthread_setspecific(RunLimits.key, Unmanaged.passUnretained(self).toOpaque())
        defer { pthread_setspecific(RunLimits.key, previous) }
        return try body()
    }

    /// The limits installed on the current thread, if any.
    public static var current: RunLimits? {
        guard let pointer = pthread_getspecific(key) else { return nil }
        return Unmanaged<RunLimits>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// The installed budget, read by every matrix allocation.
    @usableFromInline
    static var currentMemory: MemoryBudget? { current?.memory }

    /// Throws ``LinalgError/cancelled(operation:)`` when the installed limits' current
    /// period is cancelled; free when nothing is installed. Called between BLAS/LAPACK calls
    /// of long computations (Autodiff's integrators call it once per step). A single
    /// BLAS/LAPACK call cannot be interrupted: its host reports the overrun when it returns.
    public static func checkpoint(_ operation: String) throws(LinalgError) {
        guard let limits = current, limits.isCurrentPeriodCancelled else { return }
        throw .cancelled(operation: operation)
    }

    /// Throws when a `rows × cols` matrix cannot be allocated: a negative dimension
    /// (``LinalgError/negativeDimension(operation:rows:cols:)``), or more bytes than the
    /// installed budget has left (``LinalgError/memoryLimitExceeded(_:)``, its size
    /// computed without overflow). With nothing installed, only sizes past `Int.max`
    /// bytes are refused.
    public static func checkAllocation(rows: Int, cols: Int) throws(LinalgError) {
        guard rows >= 0 && cols >= 0 else {
            throw .negativeDimension(operation: "Matrix", rows: rows, cols: cols)
        }
        try checkAllocation(bytes: Int128(rows) * Int128(cols) * Int128(MemoryLayout<Double>.stride))
    }

    /// Throws ``LinalgError/memoryLimitExceeded(_:)`` unless `bytes` more fit the installed
    /// budget (or, with nothing installed, `Int.max`).
    static func checkAllocation(bytes: Int128) throws(LinalgError) {
        if let budget = currentMemory {
            do { try budget.check(bytes) } catch { throw .memoryLimitExceeded(error) }
        } else if bytes > Int128(Int.max) {
            throw .memoryLimitExceeded(MemoryLimitExceeded(requestedBytes: bytes, liveBytes: 0, limitBytes: .max))
        }
    }

    /// The thread-local slot holding the installed limits (unretained: `installed(_:)`
    /// keeps them alive while they are installed).
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key, nil)
        precondition(status == 0, "pthread_key_create failed")
        return key
    }()
}
