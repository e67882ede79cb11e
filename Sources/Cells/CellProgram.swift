import Foundation
import Linalg
import SwiftSyntax
import CellValues

/// All cells of one notebook: checked together before anything runs, then run
/// top to bottom from a clean state.
///
/// ```swift
/// let program = CellProgram(cells: notebook.cells, configuration: RunConfiguration(seed: 1))
/// let errors = program.diagnose()          // empty: every cell type-checks
/// let results = program.run { index in progress.update(index) }
/// ```
///
/// A cell the Swift compiler would reject is rejected by `diagnose()` (and
/// `run` then runs nothing); runtime errors (overflow, index out of range, a
/// library shape mismatch, a time or memory limit) stop their cell, and the
/// cells after it are not run unless the failing cell expects an error.
public struct CellProgram: Sendable {
    public let cells: [CellSource]
    public let configuration: RunConfiguration

    public init(cells: [CellSource], configuration: RunConfiguration = RunConfiguration()) {
        self.cells = cells
        self.configuration = configuration
    }

    /// Parses and checks every cell; nothing runs. Empty means the notebook may run.
    public func diagnose() -> [CellError] {
        cells.isEmpty ? [] : compile().errors
    }

    /// Runs every cell (after checking all of them). One result per cell, in order.
    /// `onCellStart` is called with a cell's index just before it runs (for progress).
    public func run(onCellStart: (Int) -> Void = { _ in }) -> [CellResult] {
        checkAndRun(onCellStart: onCellStart).results
    }

    /// `diagnose()` and `run` in one pass (each cell parsed and checked once):
    /// every error that kept the notebook from running, in order (empty when
    /// it ran), and one result per cell. A rejected notebook's results carry
    /// each cell's first error and nothing ran.
    public func checkAndRun(onCellStart: (Int) -> Void = { _ in }) -> (rejections: [CellError], results: [CellResult]) {
        checkAndRun(keeping: nil, onCellStart: onCellStart)
    }

    /// `checkAndRun`, continuing from what the last run kept in `memory` (and keeping this
    /// run's state there): every cell is checked, and only the cells from the first changed
    /// one (or from an earlier one, see ``RunMemory``) run. The results are those of a run
    /// from a clean state. With every cell unchanged nothing is checked again and nothing runs.
    public func checkAndRun(memory: RunMemory?,
                            onCellStart: (Int) -> Void = { _ in }) -> (rejections: [CellError], results: [CellResult]) {
        guard let memory, !cells.isEmpty else { return checkAndRun(keeping: memory, onCellStart: onCellStart) }
        // The cells are checked and run at lines of their own, which no prose edit moves (so
        // the functions a kept state holds name the lines the new check would), then the
        // results are placed where the cells stand.
        let lines = CellLines(cells.map(\.firstLine)), canonical = CellLines.canonical(cells.count)
        let program = CellProgram(cells: zip(cells, canonical.firstLines).map { cell, line in
            var cell = cell
            cell.firstLine = line
            return cell
        }, configuration: configuration)
        let (rejections, results) = program.checkAndRun(keeping: memory, onCellStart: onCellStart)
        return (rejections.map { $0.moved(from: canonical, to: lines) }, results.map { $0.moved(from: canonical, to: lines) })
    }

    private func checkAndRun(keeping memory: RunMemory?,
                             onCellStart: (Int) -> Void) -> (rejections: [CellError], results: [CellResult]) {
        // A notebook without cells needs no library surface (parsing it is most of start-up).
        if cells.isEmpty { memory?.reset(); return ([], []) }
        if let memory, memory.cells.count == cells.count,
           memory.reusablePrefix(cells, configuration: configuration, slotCounts: memory.slotCounts) == cells.count {
            // The last run's check found no error in these very cells: it would find none again.
            memory.ran([], reused: Array(cells.indices))
            return ([], memory.results)
        }
        let reusable = memory.flatMap { memory in memory.unchangedPrefix(cells, configuration: configuration) > 0 ? memory.runtime : nil }
        let compiled = compile(into: reusable)
        if !compiled.errors.isEmpty {
            // The memory keeps the last run that ran: the next version may continue from it.
            memory?.ran([], reused: [])
            return (compiled.errors, cells.map { cell in
                CellResult(index: cell.index, ran: false,
                           error: compiled.errors.first { cellIndex(ofLine: $0.line) == cell.index })
            })
        }
        var start = 0
        if let memory, reusable != nil {
            start = memory.resumePoint(cells, configuration: configuration, slotCounts: compiled.slotCounts)
        }
        return ([], runCompiled(compiled, from: start, memory: memory, onCellStart: onCellStart))
    }

    private func runCompiled(_ compiled: CompiledProgram, from start: Int, memory: RunMemory?,
                             onCellStart: (Int) -> Void) -> [CellResult] {
        withoutActuallyEscaping(onCellStart) { onCellStart in
            let box = RunBox(program: self, compiled: compiled, onCellStart: onCellStart)
            let results = Self.onBigStack {
                box.compiled.runtime.limits.installed {
                    box.program.execute(box.compiled, from: start, memory: memory, onCellStart: box.onCellStart ?? { _ in })
                }
            }
            box.onCellStart = nil   // the closure must not outlive this call
            return results
        }
    }

    /// Runs `body` on a thread of its own with a 1 GiB stack and waits for it. Deep but
    /// legal recursion (a cell's recursive function, a long operator chain's checking and
    /// lowering) needs a big stack; the recursion and nesting limits keep it from
    /// overflowing (docs/ARCHITECTURE.md, "Cells: limits").
    static func onBigStack<Result>(_ body: () -> Result) -> Result {
        withoutActuallyEscaping(body) { body in
            let box = ResultBox<Result>(body)
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                box.result = box.body!()
                done.signal()
            }
            thread.stackSize = 1 << 30
            thread.start()
            done.wait()
            box.body = nil
            return box.result!
        }
    }

    /// Runs the cells from `start` (the state before it restored from `memory`, the results
    /// before it taken from there), keeping each cell's state in `memory` when given.
    private func execute(_ compiled: CompiledProgram, from start: Int, memory: RunMemory?,
                         onCellStart: (Int) -> Void) -> [CellResult] {
        let runtime = compiled.runtime
        var results: [CellResult] = []
        var snapshots: [RunSnapshot?] = []
        if start > 0, let memory, let snapshot = memory.snapshots[start - 1] {
            snapshot.restore(into: runtime, slotCount: compiled.globalSlots)
            results = Array(memory.results[..<start])
            snapshots = Array(memory.snapshots[..<start])
        } else {
            runtime.clearGlobals(thenRunDeinitializers: true)
            runtime.data.firstHash = [:]
        }
        var stopped = false
        /// Whether the state after the cells so far may be restored (see `RunMemory`).
        var resumable = snapshots.last.map { $0 != nil } ?? true
        var ran: [Int] = []
        defer {
            if let memory {
                memory.keep(runtime: runtime, cells: cells, configuration: configuration, results: results,
                            slotCounts: compiled.slotCounts, snapshots: snapshots)
                memory.ran(ran, reused: Array(0..<start))
            }
        }
        for position in cells.indices.dropFirst(start) {
            let cell = cells[position], code = compiled.cells[position]
            if memory != nil {
                resumable = resumable && !RunMemory.declaresCheckedRuntimeParts(cell.code)
            }
            func keepState() {
                guard memory != nil else { return }
                snapshots.append(resumable && !stopped
                                 ? RunSnapshot(runtime, slotCount: compiled.slotCounts[position]) : nil)
            }
            guard cell.eval, !stopped, let code else {
                results.append(CellResult(index: cell.index))
                keepState()
                continue
            }
            ran.append(cell.index)
            onCellStart(cell.index)
            runtime.startCell(timeout: cell.timeout ?? configuration.defaultTimeout)
            // Each cell draws from its own stream (by label, else position): inserting a
            // cell changes nothing another one draws.
            runtime.random = RandomStream(seed: configuration.seed, key: cell.label ?? "cell-\(cell.index)")
            var result = CellResult(index: cell.index, ran: true)
            do {
                _ = try code.exec(runtime.globals)
                if let error = runtime.deinitializerError { runtime.deinitializerError = nil; throw error }
                if let (eval, type) = code.display {
                    let value = try eval(runtime.globals)
                    result.display = display(value, type, compiled.printer)
                }
            } catch let error as CellError {
                result.error = error
                if !cell.errorExpected { stopped = true }
            } catch let thrown as ThrownError {
                // Out of the top level uncaught: where Swift's `main` would end with a fatal error.
                result.error = CellError(line: thrown.line ?? cell.firstLine, column: thrown.column ?? 1,
                                         kind: .uncaughtError(error: thrown.reflected(runtime.printer)))
                if !cell.errorExpected { stopped = true }
            } catch {
                result.error = CellError(line: cell.firstLine, column: 1, kind: LibraryErrors.kind(of: error))
                if !cell.errorExpected { stopped = true }
            }
            result.stdout = runtime.output
            result.figures = runtime.figures
            result.checks = runtime.checks
            result.dataFiles = runtime.data.cell
            results.append(result)
            keepState()
        }
        runtime.clearGlobals(thenRunDeinitializers: false)
        return results
    }

    private func display(_ value: Value, _ type: CellType, _ printer: SwiftDescription) -> DisplayValue {
        switch value {
        case .matrix(let matrix) where type == .nominal("Matrix"): return .matrix(matrix)
        case .figure(let figure) where type == .nominal("Figure") || type == .nominal("Animation"): return .figure(figure)
        default: return .text(printer.describe(value, type))
        }
    }

    /// The cell whose code contains .md line `line`.
    func cellIndex(ofLine line: Int) -> Int? {
        cells.filter { $0.firstLine <= line }.max { $0.firstLine < $1.firstLine }?.index
    }

    /// Parses every cell, then checks and lowers them in order into one runtime.
    /// `runtime`: one a run of an earlier version of these cells used (`RunMemory`), so that the
    /// functions that run declared and this check's code share one state; nil for a new one.
    func compile(into runtime: Runtime? = nil) -> CompiledProgram {
        Self.onBigStack { compileOnThisThread(runtime: runtime) }
    }

    private func compileOnThisThread(runtime: Runtime?) -> CompiledProgram {
        let runtime = runtime ?? Runtime(configuration: configuration)
        let checker = Checker(runtime: runtime, surface: Surface.shared)
        var compiledCells: [CompiledCell?] = []
        var slotCounts: [Int] = []
        let operators = ParsedCell.operatorTable(for: cells)
        for source in cells {
            let parsed = ParsedCell(source, operators: operators)
            if !parsed.syntaxErrors.isEmpty {
                checker.errors += parsed.syntaxErrors
                compiledCells.append(nil)
            } else {
                checker.cell = parsed
                compiledCells.append(checker.topLevel(parsed))
            }
            slotCounts.append(checker.globalFunction.slotCount)
        }
        if checker.globalFunction.slotCount > Runtime.globalCapacity, let last = cells.last {
            checker.errors.append(CellError(line: last.firstLine, column: 1,
                                             kind: .notSupported(construct: .globalVariables(limit: Runtime.globalCapacity))))
        }
        runtime.printer = checker.printer
        return CompiledProgram(runtime: runtime, cells: compiledCells, errors: checker.errors,
                               globalSlots: checker.globalFunction.slotCount, slotCounts: slotCounts,
                               printer: runtime.printer)
    }
}

/// The lowered notebook, ready to run.
struct CompiledProgram: @unchecked Sendable {
    var runtime: Runtime
    var cells: [CompiledCell?]
    var errors: [CellError]
    var globalSlots: Int
    /// The global slots declared by the end of each cell.
    var slotCounts: [Int]
    var printer: SwiftDescription
}

struct CompiledCell {
    var exec: Exec
    /// The last bare expression, when it is not Void: shown as the cell's value.
    var display: (Eval, CellType)?
}

/// Carries a closure to a thread of its own and its result back.
private final class ResultBox<Result>: @unchecked Sendable {
    var body: (() -> Result)?
    var result: Result?
    init(_ body: @escaping () -> Result) { self.body = body }
}

/// Carries the program to the run thread (the runtime is confined to it while it runs).
private final class RunBox: @unchecked Sendable {
    let program: CellProgram
    let compiled: CompiledProgram
    var onCellStart: ((Int) -> Void)?

    init(program: CellProgram, compiled: CompiledProgram, onCellStart: @escaping (Int) -> Void) {
        self.program = program
        self.compiled = compiled
        self.onCellStart = onCellStart
    }
}

extension Checker {
    /// A cell's top level: its statements in the global scope. Each failing statement
    /// records its error; names it declared become error-typed so later uses stay quiet.
    func topLevel(_ parsed: ParsedCell) -> CompiledCell {
        let items = Array(parsed.tree.statements)
        var statements: [Statement] = []
        do {
            statements += try declareFunctions(items)
        } catch let error as CellError {
            errors.append(error)
        } catch {}
        var display: (Eval, CellType)?
        /// The cell's `defer`s: each runs when the cell's statements after it are done.
        var defers: [(index: Int, body: Exec)] = []
        for (index, item) in items.enumerated() {
            do {
                if case .stmt(let stmt) = item.item, let deferStmt = stmt.as(DeferStmtSyntax.self) {
                    defers.append((statements.count, try deferBody(deferStmt)))
                    continue
                }
                if index == items.count - 1, case .expr(let expr) = item.item, !expr.is(IfExprSyntax.self),
                   !expr.is(SwitchExprSyntax.self), !isStatementLike(expr) {
                    let compiled = try expression(expr)
                    if compiled.type != .void, !compiled.discardable { display = (compiled.eval, compiled.type); continue }
                    let eval = compiled.eval
                    statements.append(Statement { frame in _ = try eval(frame); return .next })
                    continue
                }
                statements.append(Statement(run: try statement(item.item)))
            } catch let error as CellError {
                errors.append(error)
                recoverDeclarations(item.item)
            } catch {}
        }
        optionalChains.removeAll()
        functionBodies.removeAll()
        breakTargets.removeAll()
        if let libraryCreations { statements.insert(libraryCreations.onEntry, at: 0) }
        return CompiledCell(exec: Lowering.sequence(Lowering.foldingDefers(statements, defers)), display: display)
    }

    private func recoverDeclarations(_ item: CodeBlockItemSyntax.Item) {
        guard case .decl(let decl) = item, let variable = decl.as(VariableDeclSyntax.self) else { return }
        for binding in variable.bindings {
            guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self),
                  scope.names[identifier.identifier.text] == nil else { continue }
            _ = try? declare(identifier.identifier.text, type: .error, mutable: true, at: identifier)
        }
    }
}
