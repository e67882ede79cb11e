import Synchronization

/// The bytes one run may hold at once, and the bytes it holds now.
///
/// A host (the notebook interpreter) makes one budget per run and installs it with
/// ``RunLimits/installed(_:)``: from then on every matrix allocated on that thread
/// counts its elements (8 bytes each) here, and gives them back when its storage is
/// freed, on whatever thread that happens. Operations that allocate a result check it
/// first and throw ``LinalgError/memoryLimitExceeded(_:)`` instead of allocating past
/// the limit. The host adds its own allocations (arrays, strings, printed output) with
/// ``reserve(_:)`` and ``release(_:)``, so one limit holds for everything the run keeps.
///
/// ```swift
/// let budget = MemoryBudget(limitBytes: 1 << 30)
/// try budget.reserve(4096)     // the host's own buffer
/// budget.liveBytes             // 4096
/// budget.release(4096)
/// ```
///
/// Thread-safe: the counter is atomic.
public final class MemoryBudget: Sendable {
    /// The most bytes the run may hold at once.
    public let limitBytes: Int
    private let live = Atomic<Int>(0)

    /// A budget of `limitBytes` (negative counts as 0).
    public init(limitBytes: Int) {
        self.limitBytes = Swift.max(0, limitBytes)
    }

    /// The bytes counted now: live matrix elements and what the host reserved.
    public var liveBytes: Int { live.load(ordering: .relaxed) }

    /// Whether more is held than the limit allows (possible only through ``charge(_:)``,
    /// which counts allocations that could not be refused).
    public var isExceeded: Bool { liveBytes > limitBytes }

    /// Throws unless `bytes` more fit under the limit; counts nothing. `bytes` is an
    /// `Int128` so that a size computed from two large dimensions cannot overflow.
    public func check(_ bytes: Int128) throws(MemoryLimitExceeded) {
        let current = liveBytes
        guard bytes >= 0, Int128(current) + bytes <= Int128(limitBytes) else {
            throw MemoryLimitExceeded(requestedBytes: bytes, liveBytes: current, limitBytes: limitBytes)
        }
    }

    /// Counts `bytes` if they fit under the limit (check and count are one atomic step),
    /// else throws and counts nothing.
    public func reserve(_ bytes: Int) throws(MemoryLimitExceeded) {
        var current = liveBytes
        while true {
            guard bytes >= 0, bytes <= limitBytes, current <= limitBytes - bytes else {
                throw MemoryLimitExceeded(requestedBytes: Int128(bytes), liveBytes: current, limitBytes: limitBytes)
            }
            let (exchanged, original) = live.compareExchange(expected: current, desired: current + bytes,
                                                             ordering: .relaxed)
            if exchanged { return }
            current = original
        }
    }

    /// Counts `bytes` already allocated, without checking the limit.
    public func charge(_ bytes: Int) {
        live.wrappingAdd(bytes, ordering: .relaxed)
    }

    /// Gives back `bytes` counted by ``reserve(_:)`` or ``charge(_:)``.
    public func release(_ bytes: Int) {
        live.wrappingSubtract(bytes, ordering: .relaxed)
    }
}

/// An allocation a ``MemoryBudget`` refused. Data only; Diagnostics writes the words.
public struct MemoryLimitExceeded: Error, Hashable, Sendable {
    /// The bytes asked for. An `Int128`, since `rows · cols · 8` can overflow `Int`:
    /// `zeros(1 << 32, 1 << 32)` asks for 2⁶⁷ bytes, and says so.
    public var requestedBytes: Int128
    /// The bytes the run held when the request was refused.
    public var liveBytes: Int
    /// The budget's limit.
    public var limitBytes: Int

    public init(requestedBytes: Int128, liveBytes: Int, limitBytes: Int) {
        self.requestedBytes = requestedBytes
        self.liveBytes = liveBytes
        self.limitBytes = limitBytes
    }
}
