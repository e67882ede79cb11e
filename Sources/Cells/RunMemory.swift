import Autodiff
import CellValues
import DataFiles
import Foundation

/// What one run of a notebook leaves for the next run of an edited version of it, so that
/// an edit to cell k runs only cells k… (`nb preview`; docs/ARCHITECTURE.md, "Incremental runs").
///
/// A run keeps its `Runtime`, every cell's result, and after each cell a snapshot of the
/// global variables (values have value semantics: copying the slots copies the state) and of
/// the data files read so far. The next run checks every cell again, into the same runtime;
/// it then restores the snapshot after the last unchanged cell and runs from the first changed
/// one. The code the restored values refer to (the functions the unchanged cells declared)
/// is the previous check's, of the same source at the same lines, so it behaves as the new
/// check's would.
///
/// The cells are checked and run at lines no prose edit moves (`CellLines.canonical`) and
/// their results placed where the cells stand, so prose edits never end reuse.
///
/// A run can resume after cell i only when the state there is nothing but values:
/// - cells 0…i declare no class, protocol, extension or generic function or type (their
///   run-time parts — a class's method table, a generic's instances for later cells — belong
///   to the check that made them, not to the values). Class instances are therefore never
///   copied: a run resumes at the earliest from the cell after the last such declaration,
///   which re-runs the cell that created any instance;
/// - every global holds a value, or a function whose captured variables are the globals
///   themselves (a closure over a function's local variables shares state a copy would lose);
/// - cell i did not stop the run.
/// Otherwise it resumes from an earlier cell, or from the first. Every cell before the resume
/// point must be unchanged — code, options, label and index — with the same execution options,
/// and every data file those cells read must still have the bytes it had.
///
/// One instance per preview session; not thread-safe (a session renders one version at a time).
public final class RunMemory: @unchecked Sendable {
    var runtime: Runtime?
    var cells: [CellSource] = []
    var configuration = ""
    var results: [CellResult] = []
    /// The global slots the check had after each cell.
    var slotCounts: [Int] = []
    /// The state after each cell, or nil where a run cannot resume.
    var snapshots: [RunSnapshot?] = []

    /// The cells the last run ran (indices), for tests and `--timings`.
    public private(set) var cellsRun: [Int] = []
    /// The cells whose results the last run took from the run before.
    public private(set) var cellsReused: [Int] = []

    public init() {}

    /// Whether no run was kept yet.
    public var isEmpty: Bool { runtime == nil }

    /// Forgets everything (the next run runs every cell).
    public func reset() {
        runtime = nil
        cells = []
        configuration = ""
        results = []
        slotCounts = []
        snapshots = []
    }

    /// How many leading cells of `cells` the last run's results and state serve as they are.
    func unchangedPrefix(_ cells: [CellSource], configuration: RunConfiguration) -> Int {
        guard runtime != nil, self.configuration == String(describing: configuration) else { return 0 }
        var count = 0
        while count < cells.count, count < self.cells.count, Self.same(cells[count], self.cells[count]) { count += 1 }
        return count
    }

    /// How many leading cells of `cells` (whose check declared `slotCounts` globals by the end
    /// of each) keep their last results: unchanged, checked into the same slots, and every data
    /// file they read unchanged (a changed one ends reuse at the cell that read it).
    func reusablePrefix(_ cells: [CellSource], configuration: RunConfiguration, slotCounts: [Int]) -> Int {
        let prefix = unchangedPrefix(cells, configuration: configuration)
        let dataFolder = configuration.dataFolder.map { DataFolder(path: $0, limitBytes: configuration.dataLimitBytes) }
        var count = 0
        while count < prefix, slotCounts[count] == self.slotCounts[count], results[count].dataFiles.allSatisfy({ record in
            guard let dataFolder, let file = try? dataFolder.read(record.path) else { return false }
            return file.record.sha256 == record.sha256
        }) {
            count += 1
        }
        return count
    }

    /// Where a run of `cells` (checked into `slotCounts`) starts: after the last cell of the
    /// reusable prefix that left a state to restore. 0: from the start.
    func resumePoint(_ cells: [CellSource], configuration: RunConfiguration, slotCounts: [Int]) -> Int {
        var point = reusablePrefix(cells, configuration: configuration, slotCounts: slotCounts)
        while point > 0, snapshots[point - 1] == nil { point -= 1 }
        return point
    }

    /// Keeps a run's state for the next run.
    func keep(runtime: Runtime, cells: [CellSource], configuration: RunConfiguration, results: [CellResult],
              slotCounts: [Int], snapshots: [RunSnapshot?]) {
        self.runtime = runtime
        self.cells = cells
        self.configuration = String(describing: configuration)
        self.results = results
        self.slotCounts = slotCounts
        self.snapshots = snapshots
    }

    func ran(_ cells: [Int], reused: [Int]) {
        cellsRun = cells
        cellsReused = reused
    }

    static func same(_ a: CellSource, _ b: CellSource) -> Bool {
        a.index == b.index && a.code == b.code && a.label == b.label && a.firstLine == b.firstLine
            && a.eval == b.eval && a.errorExpected == b.errorExpected && a.timeout == b.timeout
    }

    /// Whether a cell's code declares something whose run-time part belongs to its check (see
    /// the type's comment). Read from the text, so a comment that names one counts too (it only
    /// costs reuse).
    static func declaresCheckedRuntimeParts(_ code: String) -> Bool {
        code.contains(declarationPattern)
    }

    nonisolated(unsafe) static let declarationPattern =
        #/\b(class|protocol|extension|actor)\b|\b(func\s+`?[A-Za-z_][A-Za-z_0-9]*`?|init|subscript|struct\s+`?[A-Za-z_][A-Za-z_0-9]*`?|enum\s+`?[A-Za-z_][A-Za-z_0-9]*`?)\s*</#
}

/// The state after one cell: the global slots and the data files read so far.
struct RunSnapshot {
    var globals: [Value]
    var dataFirstHash: [String: String]

    /// The state of `runtime` now, or nil when it holds anything but values (see `RunMemory`).
    init?(_ runtime: Runtime, slotCount: Int) {
        let globals = runtime.globals
        var slots: [Value] = []
        slots.reserveCapacity(slotCount)
        for index in 0..<slotCount {
            let value = globals.slots[index]
            guard Self.isPlainValue(value, globals: globals) else { return nil }
            slots.append(value)
        }
        self.globals = slots
        dataFirstHash = runtime.data.firstHash
    }

    /// Puts the state back into `runtime`, whose check has `slotCount` global slots.
    func restore(into runtime: Runtime, slotCount: Int) {
        runtime.clearGlobals(thenRunDeinitializers: true)
        for index in 0..<min(globals.count, slotCount) { runtime.globals.slots[index] = globals[index] }
        runtime.data.firstHash = dataFirstHash
        runtime.data.cell = []
    }

    static func isPlainValue(_ value: Value, globals: Frame) -> Bool {
        switch value {
        case .int, .uint, .double, .bool, .string, .character, .stringIndex, .substring, .matrix, .figure, .none, .void:
            return true
        case .array(let values), .tuple(let values), .enumCase(_, let values):
            return values.allSatisfy { isPlainValue($0, globals: globals) }
        case .slice(let values):
            return values.allSatisfy { isPlainValue($0, globals: globals) }
        case .dictionary(let table):
            return table.keys.allSatisfy { isPlainValue($0, globals: globals) }
                && table.values.allSatisfy { isPlainValue($0, globals: globals) }
        case .nested(let inner):
            return isPlainValue(inner, globals: globals)
        case .function(let function):
            return function.captured === globals
        case .opaque(let opaque):
            // The library's values: a trajectory, a data table, an integration method (Sendable
            // structs and enums, copied as values); not `Tracked`, which records on a tape.
            return !(opaque.value is Tracked) && !(type(of: opaque.value) is AnyClass)
        case .object, .existential:
            return false
        }
    }
}
