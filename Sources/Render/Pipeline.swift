import Cells
import DataFiles
import Diagnostics
import Digest
import Foundation
import HeadlessBrowser
import Notebook
import Plot
import Report

/// The work behind `nb render`, `nb run` and `nb check`: read a notebook,
/// check all its cells, run them from a clean state, and report.
///
/// Every command returns DESIGN §1's exit status: 0 all good; 1 a cell or a
/// check failed (a report is still written); 2 usage or unreadable input.
public struct Pipeline: Sendable {
    public var console: Console
    /// How cells run for every command of this pipeline.
    public var execution = ExecutionOptions()
    /// For a notebook rendered as part of a course: links to the index and its neighbours.
    public var navigation: CourseNavigation?
    /// Where `render` writes a JSON summary of its outcome (for a parent `nb render DIR`).
    public var summaryPath: String?
    /// How many diagnostics each notebook has printed.
    let budget = DiagnosticBudget()
    /// The state of the last run, for a run of the next version to continue from (`nb preview`
    /// keeps one for its notebook; docs/ARCHITECTURE.md, "Incremental runs"). Nil: every run
    /// runs every cell that the results cache does not have.
    public var runMemory: RunMemory?
    /// Parsed code and figures' SVG kept from the last report of the same notebook (`nb preview`).
    public var reportMemo: ReportMemo?

    public init(console: Console, execution: ExecutionOptions = ExecutionOptions()) {
        self.console = console
        self.execution = execution
    }

    /// `nb render`: writes each notebook's outputs beside it (`request`: `FILE.html`,
    /// `FILE.slides.html`, `FILE.pdf`, `FILE.slides.pdf`; docs/ARCHITECTURE.md, "Slides and PDF"),
    /// all from one run of its cells; `output` names the one output when there is one (`-` is
    /// standard output, the default for a notebook read from standard input). Each file written
    /// is named on stderr with its checks and time, unless `quiet`.
    public func render(_ files: [String], output: String?, unsafeHTML: Bool, quiet: Bool = false,
                       request: RenderRequest = RenderRequest()) -> Int32 {
        var status: Int32 = 0
        for file in files {
            let started = ContinuousClock.now
            if let output, Self.isSameFile(file, output) {
                emit(Diagnostic(file: file, line: 1, column: 1, severity: .error, message: Messages.outputIsInput(output)),
                     source: nil)
                status = max(status, 2)
                continue
            }
            guard let notebook = read(file) else { status = max(status, 2); continue }
            let outputs = request.outputs(for: notebook)
            if outputs.count > 1, output != nil || file == NotebookFile.standardInputPath {
                emit(Diagnostic(file: file, line: 1, column: 1, severity: .error,
                                message: Messages.oneOutputOnly(outputs.map { $0.path(for: "FILE.md") })), source: nil)
                status = max(status, 2)
                continue
            }
            let targets = outputs.map { (output: $0, path: output ?? $0.path(for: file)) }
            if let same = targets.first(where: { Self.isSameFile(file, $0.path) }) {
                emit(Diagnostic(file: file, line: 1, column: 1, severity: .error, message: Messages.outputIsInput(same.path)),
                     source: nil)
                status = max(status, 2)
                continue
            }
            // With the results cache, the report's memo is kept beside it: a render after a prose
            // edit parses no code and draws no figure again (docs/ARCHITECTURE.md, "The results cache").
            let cache = execution.useCache && reportMemo == nil && file != NotebookFile.standardInputPath
                ? ResultsCache(notebookPath: file) : nil
            var pipeline = self
            pipeline.reportMemo = cache.map { cache in
                cache.reportMemo(onInvalid: { path in
                    emit(Diagnostic(file: path, line: 1, column: 1, severity: .warning, message: Messages.reportMemoIgnored), source: nil)
                })
            } ?? reportMemo
            defer { if let cache, let memo = pipeline.reportMemo { cache.store(memo) } }
            // A notebook with errors is still written, with no cell run (exit status 2 as before).
            let execution = notebook.errors.isEmpty ? pipeline.execute(notebook) : Execution(results: [], status: 2, unexpectedErrors: 0)
            let checks = execution.results.flatMap(\.checks)
            var handout: RenderedReport?, deck: RenderedReport?
            if outputs.contains(where: { $0 == .handout || $0 == .handoutPDF }) {
                handout = pipeline.report(notebook, execution: execution, unsafeHTML: unsafeHTML, form: .handout)
            }
            if outputs.contains(where: { $0 == .deck || $0 == .deckPDF }) {
                // The deck converts the same formulas: its warnings are the handout's, said once.
                deck = pipeline.report(notebook, execution: execution, unsafeHTML: unsafeHTML, form: .deck, warn: handout == nil)
                for slide in SlideFitProbe(chromium: HeadlessChromium.executable)
                    .shrunkSlides(deck: deck!.html, folder: Self.folder(of: file)) {
                    emit(Diagnostic(file: notebook.path, line: slide.line, column: 1, severity: .warning,
                                    message: Messages.slideTooTall(percent: Int((slide.factor * 100).rounded()))),
                         source: notebook.source)
                }
            }
            for (kind, target) in targets {
                let content: Data
                do throws(PDFPrinter.Failure) {
                    switch kind {
                    case .handout: content = Data(handout!.html.utf8)
                    case .deck: content = Data(deck!.html.utf8)
                    case .handoutPDF:
                        let page = PrintSetup.adding(PrintSetup.handout(paper: request.paper, title: handout!.title), to: handout!.html)
                        content = try PDFPrinter().print(html: page, folder: Self.folder(of: file))
                    case .deckPDF:
                        content = try PDFPrinter().print(html: PrintSetup.adding(PrintSetup.deck, to: deck!.html),
                                                         folder: Self.folder(of: file))
                    }
                } catch {
                    emit(Diagnostic(file: target, line: 1, column: 1, severity: .error, message: Self.message(for: error)),
                         source: nil)
                    status = max(status, 2)
                    continue
                }
                do {
                    try AtomicFile.write(content, to: target)
                } catch {
                    emit(Diagnostic(file: target, line: 1, column: 1, severity: .error,
                                    message: Messages.cannotWrite(errno: error.errno)), source: nil)
                    status = max(status, 2)
                    continue
                }
                if !quiet {
                    console.err(Messages.wrote(target == AtomicFile.standardOutputPath ? "standard output" : target,
                                               passed: checks.filter(\.passed).count, failed: checks.filter { !$0.passed }.count,
                                               cellErrors: execution.unexpectedErrors,
                                               seconds: Self.seconds(since: started),
                                               cellsNotRun: !notebook.errors.isEmpty) + "\n")
                }
            }
            if let summaryPath {
                Self.writeSummary(RenderSummary(status: execution.status, passed: checks.filter(\.passed).count,
                                                failed: checks.filter { !$0.passed }.count, cellErrors: execution.unexpectedErrors),
                                  to: summaryPath)
            }
            status = max(status, execution.status)
        }
        return status
    }

    static func message(for failure: PDFPrinter.Failure) -> String {
        switch failure {
        case .chromiumMissing: Messages.chromiumMissing
        case .printFailed(let status): Messages.printFailed(status: status)
        case .timedOut(let seconds): Messages.printTimedOut(seconds: seconds)
        case .io(let errno): Messages.cannotWrite(errno: errno)
        }
    }

    /// The folder a notebook's relative links start from.
    static func folder(of file: String) -> String {
        file == NotebookFile.standardInputPath ? FileManager.default.currentDirectoryPath
            : (file as NSString).deletingLastPathComponent
    }

    /// Runs `notebook` and writes its report (warnings about the report's own content, such as
    /// formulas that did not convert, go to stderr). `onCellStart(index, count)` before each cell runs.
    public func report(_ notebook: Notebook, unsafeHTML: Bool, form: ReportForm = .handout,
                       onCellStart: (Int, Int) -> Void = { _, _ in }) -> (report: RenderedReport, execution: Execution) {
        let execution = execute(notebook, onCellStart: onCellStart)
        return (report(notebook, execution: execution, unsafeHTML: unsafeHTML, form: form), execution)
    }

    /// Writes the `form` of a notebook that ran; with `warn`, its warnings go to stderr.
    public func report(_ notebook: Notebook, execution: Execution, unsafeHTML: Bool, form: ReportForm,
                       warn: Bool = true) -> RenderedReport {
        let writer = ReportWriter(options: ReportOptions(unsafeHTML: unsafeHTML, navigation: navigation))
        let write = {
            switch form {
            case .handout: writer.render(notebook: notebook, results: execution.results)
            case .deck: writer.renderSlides(notebook: notebook, results: execution.results)
            }
        }
        let report = reportMemo.map { $0.during(resultKeys: execution.resultKeys, write) } ?? write()
        for warning in report.warnings where warn {
            let message = switch warning.kind {
            case .math(let error): Messages.text(for: error.kind)
            case .document(let kind): Messages.text(for: kind)
            }
            emit(Diagnostic(file: notebook.path, line: warning.line, column: warning.column,
                            severity: .warning, message: message), source: notebook.source)
        }
        return report
    }

    /// Whether `output` names the notebook itself (after following links): never written.
    static func isSameFile(_ input: String, _ output: String) -> Bool {
        guard input != NotebookFile.standardInputPath, output != AtomicFile.standardOutputPath else { return false }
        var a = stat(), b = stat()
        guard stat(input, &a) == 0, stat(output, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// Fills `runMemory` for the notebook at `path` when its last report came from the results
    /// cache (no cell ran, so nothing was kept): one silent run of every cell, so that the next
    /// cell edit runs only from that cell. Returns whether it ran.
    @discardableResult
    public func warmRunMemory(_ path: String) -> Bool {
        guard let runMemory, runMemory.isEmpty else { return false }
        var quiet = self
        quiet.console = Console(out: { _ in }, err: { _ in })
        quiet.execution.useCache = false
        guard let notebook = quiet.load(path) else { return false }
        _ = quiet.execute(notebook)
        return true
    }

    /// `nb run`: the cells' standard output, in order, is the only thing on stdout.
    public func run(_ file: String) -> Int32 {
        guard let notebook = load(file) else { return 2 }
        return execute(notebook, echoOutput: true).status
    }

    /// `nb check`: every check with ✓ or ✗ and its place, then a summary. With
    /// `execution.verbose`, each cell's printed output comes before its checks.
    public func check(_ files: [String]) -> Int32 {
        var status: Int32 = 0
        var total = (passed: 0, failed: 0, cellErrors: 0, notChecked: 0)
        for file in files {
            guard let notebook = load(file) else {
                // Its problems are on stderr; the summary still names it, so none goes missing.
                console.out(Messages.notChecked(file: file) + "\n")
                total.notChecked += 1
                status = max(status, 2)
                continue
            }
            let execution = execute(notebook)
            for result in execution.results {
                if self.execution.verbose { console.out(result.stdout) }
                for check in result.checks {
                    console.out("\(check.passed ? "✓" : "✗") \(file):\(check.line): \(check.message)\n")
                }
            }
            let checks = execution.results.flatMap(\.checks)
            let failed = checks.filter { !$0.passed }.count
            console.out(Messages.checkSummary(file: file, passed: checks.count - failed, failed: failed,
                                              cellErrors: execution.unexpectedErrors) + "\n")
            total.passed += checks.count - failed
            total.failed += failed
            total.cellErrors += execution.unexpectedErrors
            status = max(status, execution.status)
        }
        if files.count > 1 {
            console.out(Messages.checkTotal(notebooks: files.count, passed: total.passed, failed: total.failed,
                                            cellErrors: total.cellErrors, notChecked: total.notChecked) + "\n")
        }
        return status
    }

    /// The folder a notebook's data files are read from: its own (nil for standard input,
    /// which has none; docs/ARCHITECTURE.md, "Data files").
    public static func dataFolder(of notebookPath: String) -> String? {
        guard notebookPath != NotebookFile.standardInputPath else { return nil }
        return URL(fileURLWithPath: notebookPath).deletingLastPathComponent().path
    }

    /// `FILE.md` → `FILE.html`, beside it.
    public static func reportPath(for file: String) -> String {
        RenderOutput.handout.path(for: file)
    }

    // MARK: - Steps

    /// Reads and parses a notebook (`-` is standard input); on failure reports why and returns nil.
    /// A notebook with errors (a duplicate label, a bad front-matter value) is reported and is nil
    /// too: its cells are not run.
    public func load(_ file: String) -> Notebook? {
        guard let notebook = read(file) else { return nil }
        return notebook.errors.isEmpty ? notebook : nil
    }

    /// Reads and parses a notebook and reports every problem it has; nil only when it cannot be
    /// read. A notebook with errors is returned (the rest of its document can still be written).
    func read(_ file: String) -> Notebook? {
        let source: String
        do {
            source = try NotebookFile.read(file)
        } catch {
            emit(Diagnostic(file: file, line: 1, column: 1, severity: .error, message: Messages.text(for: error)),
                 source: nil)
            return nil
        }
        // Every problem of the notebook at once, in `.md` order; with errors it is not run.
        let notebook = Notebook.read(source: source, path: file)
        var diagnostics = notebook.errors.map {
            Diagnostic(file: file, line: $0.line, column: $0.column, severity: .error, message: Messages.text(for: $0.kind))
        }
        diagnostics += notebook.warnings.map {
            Diagnostic(file: file, line: $0.line, column: $0.column, severity: .warning, message: Messages.text(for: $0.kind))
        }
        diagnostics.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        for diagnostic in diagnostics { emit(diagnostic, source: notebook.source) }
        return notebook
    }

    /// Checks every cell, then (only if all are well-formed) runs them in order.
    /// With `echoOutput`, what the cells printed goes to stdout, in cell order.
    func execute(_ notebook: Notebook, echoOutput: Bool = false,
                 onCellStart: (Int, Int) -> Void = { _, _ in }) -> Execution {
        var sources = Self.cellSources(notebook)
        if let until = self.execution.until {
            // `--until LABEL`: every cell is checked; those after LABEL do not run.
            guard let last = sources.firstIndex(where: { $0.label == until }) else {
                emit(Diagnostic(file: notebook.path, line: 1, column: 1, severity: .error,
                                message: Messages.unknownUntilLabel(until, labels: sources.compactMap(\.label))), source: nil)
                return Execution(results: [], status: 2, unexpectedErrors: 0)
            }
            for index in sources.indices where index > last { sources[index].eval = false }
        }
        let configuration = Self.runConfiguration(notebook)
        let cache = self.execution.useCache && notebook.path != NotebookFile.standardInputPath
            ? ResultsCache(notebookPath: notebook.path) : nil
        let rejections: [CellError]
        let results: [CellResult]
        // A kept run (`nb preview`, after its first run) serves every unchanged cell itself, without
        // reading an entry; the cache then only gains the entries it lacks (docs/ARCHITECTURE.md,
        // "Incremental runs").
        let memoryKept = runMemory.map { !$0.isEmpty } ?? false
        if !memoryKept, let cached = cache?.results(for: sources, configuration: configuration, onInvalid: { path in
            emit(Diagnostic(file: path, line: 1, column: 1, severity: .warning, message: Messages.cacheEntryIgnored), source: nil)
        }) {
            // No cell changed since these results were computed (docs/ARCHITECTURE.md, "The results cache").
            (rejections, results) = ([], cached)
            if self.execution.timings {
                for cell in sources where cell.eval {
                    console.err(Messages.cellFromCache(file: notebook.path, line: cell.firstLine, index: cell.index, label: cell.label) + "\n")
                }
            }
        } else {
            (rejections, results) = run(sources, configuration: configuration, in: notebook, onCellStart: onCellStart)
            if rejections.isEmpty { cache?.store(results, for: sources, configuration: configuration, keepingEntries: memoryKept) }
        }
        if !rejections.isEmpty {
            // Rejected before anything ran: every error, in order.
            for problem in rejections { emitCellError(problem, in: notebook) }
            let cellsRejected = Set(rejections.map { error in sources.last { $0.firstLine <= error.line }?.index ?? 0 })
            return Execution(results: results, status: 1, unexpectedErrors: cellsRejected.count)
        }
        if echoOutput { results.forEach { console.out($0.stdout) } }
        let resultKeys = reportMemo == nil ? [:] : Self.resultKeys(sources, configuration: configuration, results: results)

        var status: Int32 = 0
        var unexpectedErrors = 0
        for result in results {
            if let error = result.error {
                emitCellError(error, in: notebook, expected: sources[result.index].errorExpected)
                if !sources[result.index].errorExpected {
                    status = 1
                    unexpectedErrors += 1
                }
            }
            for check in result.checks where !check.passed {
                emit(Diagnostic(file: notebook.path, line: check.line, column: check.column, severity: .error,
                                message: Messages.checkFailed(check.message)), source: notebook.source)
                status = 1
            }
            emitFigureNotes(of: result, cell: sources[result.index], in: notebook)
            warnIfCaptionHasNoFigure(result, in: notebook)
        }
        return Execution(results: results, status: status, unexpectedErrors: unexpectedErrors, resultKeys: resultKeys)
    }

    /// The notebook's cells as they are checked, run and keyed in the results cache.
    static func cellSources(_ notebook: Notebook) -> [CellSource] {
        notebook.cells.map { cell in
            CellSource(index: cell.index, label: cell.options.label, code: cell.code, firstLine: cell.line,
                       eval: cell.options.eval, errorExpected: cell.options.error, timeout: cell.options.timeout)
        }
    }

    /// The execution options of the notebook's front matter, and its data folder.
    static func runConfiguration(_ notebook: Notebook) -> RunConfiguration {
        var configuration = RunConfiguration()
        configuration.seed = notebook.frontMatter.seed
        if let timeout = notebook.frontMatter.timeout { configuration.defaultTimeout = timeout }
        configuration.dataFolder = dataFolder(of: notebook.path)
        if let limit = notebook.frontMatter.dataLimit { configuration.dataLimitBytes = limit }
        return configuration
    }

    /// The key each cell's result is a function of, for the report's memo: the results cache's
    /// chained key of the cell (nb, the execution options, every cell's code up to it) with the
    /// data files read up to it (path and SHA-256). Only up to the first cell that stopped with an
    /// error (a timeout depends on the machine) or did not run.
    static func resultKeys(_ cells: [CellSource], configuration: RunConfiguration, results: [CellResult]) -> [Int: String] {
        let byIndex = Dictionary(results.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        var keys: [Int: String] = [:]
        var dataFiles = SHA256()
        for (cell, key) in zip(cells, ResultsCache.keys(for: cells, configuration: configuration)) {
            guard let result = byIndex[cell.index], result.error == nil else { break }
            for record in result.dataFiles { dataFiles.update(field: "\(record.path)\n\(record.sha256)") }
            keys[cell.index] = key.hex + " " + dataFiles.finalize().hex
        }
        return keys
    }

    /// Checks and runs the cells (no cache), reporting progress on a terminal and, with
    /// `--timings`, each cell's wall time.
    private func run(_ sources: [CellSource], configuration: RunConfiguration, in notebook: Notebook,
                     onCellStart: (Int, Int) -> Void) -> (rejections: [CellError], results: [CellResult]) {
        let program = CellProgram(cells: sources, configuration: configuration)
        let total = sources.count
        var starts: [(index: Int, at: ContinuousClock.Instant)] = []
        let outcome = program.checkAndRun(memory: runMemory) { index in
            starts.append((index, .now))
            onCellStart(index, total)
            if console.errIsTerminal {
                console.err("\u{1B}[2K\r[\(index + 1)/\(total)] running cell \(index + 1)")
            }
        }
        if console.errIsTerminal && total > 0 { console.err("\u{1B}[2K\r") }
        if self.execution.timings, let runMemory, outcome.rejections.isEmpty {
            for index in runMemory.cellsReused where sources[index].eval {
                let cell = sources[index]
                console.err(Messages.cellFromCache(file: notebook.path, line: cell.firstLine, index: cell.index, label: cell.label) + "\n")
            }
        }
        if self.execution.timings {
            let ends = starts.dropFirst().map(\.at) + [ContinuousClock.now]
            for (start, end) in zip(starts, ends) {
                let elapsed = end - start.at
                console.err(Messages.cellTiming(file: notebook.path, line: sources[start.index].firstLine, index: start.index,
                                                label: sources[start.index].label,
                                                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18) + "\n")
            }
        }
        return outcome
    }

    /// What the cell's figures could not draw as asked (skipped NaN or non-positive points, a
    /// contour level outside the data, …): warnings at the drawing call, or at the cell when the
    /// figure has no call to name. They do not change the exit status: the figure is drawn.
    private func emitFigureNotes(of result: CellResult, cell: CellSource, in notebook: Notebook) {
        for note in result.figureNotes(mathMacros: notebook.frontMatter.macros) {
            let (place, message): (CallSite?, String) = switch note.kind {
            case .warning(let warning): (warning.callSite, Messages.text(for: warning))
            case .problem(let problem): (nil, Messages.text(for: problem))
            }
            emit(Diagnostic(file: notebook.path, line: place?.line ?? cell.firstLine, column: place?.column ?? 1,
                            severity: .warning, message: message), source: notebook.source)
        }
    }

    /// A `fig-cap` on a cell that ran and showed no figure: the caption has nothing to caption and
    /// is not shown, though it took a figure number. A warning at the option's line.
    private func warnIfCaptionHasNoFigure(_ result: CellResult, in notebook: Notebook) {
        guard result.ran, result.error == nil, result.figures.isEmpty,
              let cell = notebook.cells.first(where: { $0.index == result.index }), cell.options.figCap != nil else { return }
        if case .figure? = result.display { return }
        let lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false)
        let offset = lines.prefix(cell.optionLineCount).firstIndex { $0.contains("fig-cap") } ?? 0
        emit(Diagnostic(file: notebook.path, line: cell.line + offset, column: 1, severity: .warning,
                        message: Messages.captionWithoutFigure(number: notebook.crossReferences.figureNumbers[cell.index])),
             source: notebook.source)
    }

    private func emitCellError(_ error: CellError, in notebook: Notebook, expected: Bool = false) {
        emit(Diagnostic(file: notebook.path, line: error.line, column: error.column,
                        severity: expected ? .note : .error, message: Messages.text(for: error.kind)),
             source: notebook.source)
        for note in error.notes {
            emit(Diagnostic(file: notebook.path, line: note.line, column: note.column, severity: .note,
                            message: Messages.text(for: note.kind)),
                 source: note.inNotebook ? notebook.source : nil)
        }
    }

    /// Prints a diagnostic, unless its notebook already printed ``DiagnosticBudget``'s worth of
    /// its severity (5,000 broken formulas are not 5,000 messages worth reading).
    func emit(_ diagnostic: Diagnostic, source: String?) {
        switch budget.admit(diagnostic) {
        case .print:
            console.err(DiagnosticFormatter.format(diagnostic, source: source) + "\n")
        case .printLast:
            console.err(DiagnosticFormatter.format(diagnostic, source: source) + "\n")
            console.err(DiagnosticFormatter.header(Diagnostic(
                file: diagnostic.file, line: diagnostic.line, column: diagnostic.column, severity: .note,
                message: Messages.moreDiagnosticsNotShown(diagnostic.severity, shown: DiagnosticBudget.limit(diagnostic.severity)))) + "\n")
        case .suppress:
            break
        }
    }
}

/// How many diagnostics of each severity one notebook prints; the count starts again for each
/// notebook a command reads.
final class DiagnosticBudget: @unchecked Sendable {
    enum Verdict { case print, printLast, suppress }

    static func limit(_ severity: Diagnostic.Severity) -> Int {
        switch severity {
        case .error: 100
        case .warning: 50
        case .note: 100
        }
    }

    private let lock = NSLock()
    private var file = ""
    private var printed: [Diagnostic.Severity: Int] = [:]

    func admit(_ diagnostic: Diagnostic) -> Verdict {
        lock.withLock {
            if diagnostic.file != file {
                file = diagnostic.file
                printed = [:]
            }
            let count = printed[diagnostic.severity, default: 0] + 1
            printed[diagnostic.severity] = count
            let limit = Self.limit(diagnostic.severity)
            return count < limit ? .print : count == limit ? .printLast : .suppress
        }
    }
}

/// How cells run, the same for every command: `--until`, `--timings`, `--verbose`.
public struct ExecutionOptions: Sendable {
    /// Run the cells up to and including the one with this label; check all of them.
    public var until: String?
    /// Print each cell's wall time on stderr.
    public var timings = false
    /// `nb check`: show what each cell printed before its checks.
    public var verbose = false
    /// Reuse and keep results in `.nb-cache/` beside the notebook (`--no-cache`: off).
    public var useCache = true

    public init(until: String? = nil, timings: Bool = false, verbose: Bool = false, useCache: Bool = true) {
        self.until = until
        self.timings = timings
        self.verbose = verbose
        self.useCache = useCache
    }
}

/// The outcome of running one notebook.
public struct Execution: Sendable {
    public var results: [CellResult]
    /// DESIGN's exit status: 0 all good, 1 a cell or a check failed.
    public var status: Int32
    /// Cells that failed without `//| error: true`.
    public var unexpectedErrors: Int
    /// What each cell's result is a function of (see `Pipeline.resultKeys`), when a memo keeps
    /// figures between reports (`nb preview`); else empty.
    public var resultKeys: [Int: String] = [:]

    /// Every data file the run read, once per path and contents, in the order first read.
    public var dataFiles: [DataFileRecord] {
        var seen = Set<DataFileRecord>()
        return results.flatMap(\.dataFiles).filter { seen.insert($0).inserted }
    }
}
