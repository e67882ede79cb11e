import Synchronization
import Foundation
import Linalg
import Plot
import CellValues
import DataFiles

/// Everything a run shares: the global frame, what the current cell printed,
/// its checks and figures, and the limits.
final class Runtime {
    /// Room for every global of a notebook (a checked limit: `globalCapacity`).
    let globals = Frame.make(size: Runtime.globalCapacity, parent: nil)
    static let globalCapacity = 1 << 15
    var output = ""
    var figures: [Figure] = []
    var checks: [CheckOutcome] = []
    var configuration: RunConfiguration
    /// The current cell's random stream (derived from the notebook's seed and the cell's
    /// label, see `CellProgram.execute`): the run's own, never the process default.
    var random = RandomStream(seed: Random.defaultSeed, key: "")

    /// The current cell's time limit, raised by a timer on another thread so
    /// that even a loop whose every iteration is slow stops on time.
    @exclusivity(unchecked) private var alarm: CellAlarm {
        didSet { polledAlarm = Unmanaged.passUnretained(alarm) }
    }
    /// `alarm`, unretained, for `tick` (kept in step by `alarm`'s `didSet`): a stored class
    /// reference read on every call and loop step may be retained and released around the use.
    @exclusivity(unchecked) private var polledAlarm: Unmanaged<CellAlarm>
    var timeout: Double = 60
    /// Unchecked exclusivity: touched on every call, only ever from the run thread.
    @exclusivity(unchecked) var depth = 0
    /// The position of the builtin call running now (for `check`'s outcome). Set on every
    /// builtin call, only ever from the run thread: no exclusivity check.
    @exclusivity(unchecked) var callLine = 0
    @exclusivity(unchecked) var callColumn = 0
    /// How values print, knowing every cell's types: made once all cells are compiled,
    /// before any runs (values of `any Error` may hold types declared after the code that
    /// prints them).
    var printer = SwiftDescription(structs: [:], enums: [:])
    /// The data files read in this run (docs/ARCHITECTURE.md, "Data files").
    var data: DataReads
    /// Whether an object whose last reference goes runs its class's `deinit` now: not while
    /// the globals are emptied around a run (a compiled program ends without releasing
    /// its globals, so their `deinit` never prints).
    var runsDeinitializers = true
    /// The first trap inside a `deinit` body, reported when the cell's statements are done.
    var deinitializerError: Error?

    /// Empties the global frame without running `deinit` bodies; they run again afterwards
    /// when `thenRunDeinitializers` (before a run), not after the run's end.
    func clearGlobals(thenRunDeinitializers: Bool) {
        runsDeinitializers = false
        globals.clear()
        runsDeinitializers = thenRunDeinitializers
    }

    /// The run's memory budget and cancellation check, installed on the run's thread for
    /// the library code the cells call (`RunLimits`: per run, never per process).
    let limits: RunLimits

    init(configuration: RunConfiguration) {
        let alarm = CellAlarm()
        self.alarm = alarm
        polledAlarm = Unmanaged.passUnretained(alarm)
        self.configuration = configuration
        limits = RunLimits(memoryLimitBytes: configuration.memoryLimitBytes)
        data = DataReads(folder: configuration.dataFolder.map { DataFolder(path: $0, limitBytes: configuration.dataLimitBytes) })
    }

    /// The process's resident bytes when the run started: the run's arrays, strings and
    /// output are what it holds beyond them (`MemoryWatch`).
    private let residentAtStart = ResidentMemory.bytes()
    /// Samples the process's memory while the current cell runs (replaced per cell).
    private var memoryWatch: MemoryWatch?

    /// Whether the current cell's alarm rang: its time is up, or the run holds more memory
    /// than its limit (for library loops that poll: a CSV's records).
    var timeIsUp: Bool { alarm.rang.load(ordering: .relaxed) }

    /// The error the rung alarm stands for, at a position.
    func alarmError(line: Int, column: Int) -> CellError {
        let held = alarm.heldBytes.load(ordering: .relaxed)
        return CellError(line: line, column: column,
                         kind: held > 0 ? .runMemoryLimitExceeded(heldBytes: held, limit: configuration.memoryLimitBytes)
                                        : .timeLimitExceeded(seconds: timeout))
    }

    /// The memory-limit error for an array of `count` values, or nil when it fits.
    func arrayOverLimit(count: Int) -> CellErrorKind? {
        let limit = configuration.memoryLimitBytes
        guard count > limit / MemoryLayout<Value>.stride else { return nil }
        return .memoryLimitExceeded(bytes: count.multipliedReportingOverflow(by: MemoryLayout<Value>.stride).partialValue,
                                    limit: limit)
    }

    /// The memory-limit error for a string of `count` copies of `piece`, or nil when it
    /// fits (the size computed without overflow: `String(repeating: "x", count: 1 << 40)`).
    func stringOverLimit(_ piece: String, count: Int) -> CellErrorKind? {
        let limit = configuration.memoryLimitBytes
        let bytes = Int128(piece.utf8.count) * Int128(max(0, count))
        guard bytes > Int128(limit) else { return nil }
        return .memoryLimitExceeded(bytes: Int(clamping: bytes), limit: limit)
    }

    /// Called on every loop back-edge and function call: one relaxed atomic load.
    @inline(__always) func tick(line: Int, column: Int) throws {
        if polledAlarm._withUnsafeGuaranteedRef({ $0.rang.load(ordering: .relaxed) }) {
            throw alarmError(line: line, column: column)
        }
    }

    func startCell(timeout: Double) {
        self.timeout = timeout
        output = ""
        figures = []
        checks = []
        data.cell = []
        depth = 0
        // Each cell gets its own alarm, so an earlier cell's timer that fires
        // late only rings an alarm nobody polls any more.
        // The same alarm cancels the cell's period of the run's limits, so that long library
        // computations stop at their next checkpoint (between BLAS/LAPACK calls).
        let period = limits.startPeriod()
        let alarm = CellAlarm(after: timeout) { [limits] in limits.cancel(period: period) }
        self.alarm = alarm
        memoryWatch = residentAtStart.map { baseline in
            MemoryWatch(baselineBytes: baseline, limitBytes: configuration.memoryLimitBytes) { [limits] held in
                alarm.ringForMemory(heldBytes: held)
                limits.cancel(period: period)
            }
        }
    }
}

/// A cell's limits while it runs: a timer on a global queue rings it once the time is up, the
/// run's `MemoryWatch` once the run holds more memory than its limit (then `heldBytes` says
/// how much); the cell's thread polls `rang` on every back-edge and call (one relaxed load).
final class CellAlarm: Sendable {
    let rang = Atomic<Bool>(false)
    let heldBytes = Atomic<Int>(0)

    /// An alarm that never rings by itself.
    init() {}

    /// An alarm that rings after `seconds`, and then calls `also` (on the timer's thread).
    init(after seconds: Double, also: @escaping @Sendable () -> Void) {
        guard seconds.isFinite, seconds < 1e9 else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + max(0, seconds)) { [self] in
            rang.store(true, ordering: .relaxed)
            also()
        }
    }

    /// Rings for memory: the run holds `bytes`, more than its limit.
    func ringForMemory(heldBytes bytes: Int) {
        heldBytes.store(bytes, ordering: .relaxed)
        rang.store(true, ordering: .relaxed)
    }
}

/// Limits and the seed of one run.
public struct RunConfiguration: Sendable {
    /// Seeds the notebook's random streams (front matter `execute.seed`).
    public var seed: UInt64
    /// Seconds a cell may run unless it sets `//| timeout:`.
    public var defaultTimeout: Double
    /// The largest allocation one operation may make (e.g. `zeros(m, n)` needs 8·m·n bytes).
    public var memoryLimitBytes: Int
    /// Nested calls deeper than this are an error instead of a stack overflow.
    public var recursionLimit: Int
    /// The notebook's folder, which data files are read from (nil: the notebook has none,
    /// e.g. it came from standard input, and reading a data file is an error).
    public var dataFolder: String?
    /// The largest data file a cell may read (front matter `execute.data-limit`).
    public var dataLimitBytes: Int

    public init(seed: UInt64 = 42, defaultTimeout: Double = 60,
                memoryLimitBytes: Int = 2 << 30, recursionLimit: Int = 10_000,
                dataFolder: String? = nil, dataLimitBytes: Int = DataFolder.defaultLimitBytes) {
        self.seed = seed
        self.defaultTimeout = defaultTimeout
        self.memoryLimitBytes = memoryLimitBytes
        self.recursionLimit = recursionLimit
        self.dataFolder = dataFolder
        self.dataLimitBytes = dataLimitBytes
    }
}
