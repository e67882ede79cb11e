import Cells
import Diagnostics
import Foundation
import Notebook
import Report

/// The work behind `nb render`, `nb run` and `nb check`: read a notebook,
/// check all its cells, run them from a clean state, and report.
///
/// Every command returns DESIGN §1's exit status: 0 all good; 1 a cell or a
/// check failed (a report is still written); 2 usage or unreadable input.
public struct Pipeline: Sendable {
    public var console: Console

    public init(console: Console) {
        self.console = console
    }

    /// `nb render`: writes `FILE.html` beside each `FILE.md` (or `output`).
    public func render(_ files: [String], output: String?, unsafeHTML: Bool) -> Int32 {
        var status: Int32 = 0
        for file in files {
            guard let notebook = load(file) else { status = max(status, 2); continue }
            let execution = execute(notebook)
            let report = ReportWriter(options: ReportOptions(unsafeHTML: unsafeHTML))
                .render(notebook: notebook, results: execution.results)
            for warning in report.warnings {
                let message = switch warning.kind {
                case .math(let error): Messages.text(for: error.kind)
                case .document(let kind): Messages.text(for: kind)
                }
                emit(Diagnostic(file: file, line: warning.line, column: warning.column,
                                severity: .warning, message: message), source: notebook.source)
            }
            let target = output ?? Self.reportPath(for: file)
            do {
                try AtomicFile.write(report.html, to: target)
            } catch {
                emit(Diagnostic(file: target, line: 1, column: 1, severity: .error,
                                message: Messages.cannotWrite(errno: error.errno)), source: nil)
                status = max(status, 2)
                continue
            }
            if console.errIsTerminal { console.err("wrote \(target)\n") }
            status = max(status, execution.status)
        }
        return status
    }

    /// `nb run`: the cells' standard output, in order, is the only thing on stdout.
    public func run(_ file: String) -> Int32 {
        guard let notebook = load(file) else { return 2 }
        return execute(notebook, echoOutput: true).status
    }

    /// `nb check`: every check with ✓ or ✗ and its place, then a summary.
    public func check(_ files: [String]) -> Int32 {
        var status: Int32 = 0
        for file in files {
            guard let notebook = load(file) else { status = max(status, 2); continue }
            let execution = execute(notebook)
            let checks = execution.results.flatMap(\.checks)
            for check in checks {
                console.out("\(check.passed ? "✓" : "✗") \(file):\(check.line): \(check.message)\n")
            }
            let failed = checks.filter { !$0.passed }.count
            console.out(Messages.checkSummary(file: file, passed: checks.count - failed, failed: failed,
                                              cellErrors: execution.unexpectedErrors) + "\n")
            status = max(status, execution.status)
        }
        return status
    }

    /// `FILE.md` → `FILE.html`, beside it.
    public static func reportPath(for file: String) -> String {
        let url = URL(fileURLWithPath: file)
        let base = url.pathExtension.isEmpty ? file : String(file.dropLast(url.pathExtension.count + 1))
        return base + ".html"
    }

    // MARK: - Steps

    /// Reads and parses a notebook; on failure reports why and returns nil.
    func load(_ file: String) -> Notebook? {
        guard let data = FileManager.default.contents(atPath: file) else {
            let reason = FileManager.default.fileExists(atPath: file) ? EACCES : ENOENT
            emit(Diagnostic(file: file, line: 1, column: 1, severity: .error,
                            message: Messages.cannotRead(errno: reason)), source: nil)
            return nil
        }
        guard let source = String(data: data, encoding: .utf8) else {
            emit(Diagnostic(file: file, line: 1, column: 1, severity: .error,
                            message: Messages.notUTF8), source: nil)
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
        return notebook.errors.isEmpty ? notebook : nil
    }

    /// Checks every cell, then (only if all are well-formed) runs them in order.
    /// With `echoOutput`, what the cells printed goes to stdout, in cell order.
    func execute(_ notebook: Notebook, echoOutput: Bool = false) -> Execution {
        let sources = notebook.cells.map { cell in
            CellSource(index: cell.index, label: cell.options.label, code: cell.code, firstLine: cell.line,
                       eval: cell.options.eval, errorExpected: cell.options.error, timeout: cell.options.timeout)
        }
        var configuration = RunConfiguration()
        configuration.seed = notebook.frontMatter.seed
        if let timeout = notebook.frontMatter.timeout { configuration.defaultTimeout = timeout }
        let program = CellProgram(cells: sources, configuration: configuration)

        let total = sources.count
        let (rejections, results) = program.checkAndRun { index in
            if console.errIsTerminal {
                console.err("\u{1B}[2K\r[\(index + 1)/\(total)] running cell \(index + 1)")
            }
        }
        if console.errIsTerminal && total > 0 { console.err("\u{1B}[2K\r") }
        if !rejections.isEmpty {
            // Rejected before anything ran: every error, in order.
            for problem in rejections { emitCellError(problem, in: notebook) }
            return Execution(results: results, status: 1, unexpectedErrors: rejections.count)
        }
        if echoOutput { results.forEach { console.out($0.stdout) } }

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
        }
        return Execution(results: results, status: status, unexpectedErrors: unexpectedErrors)
    }

    private func emitCellError(_ error: CellError, in notebook: Notebook, expected: Bool = false) {
        emit(Diagnostic(file: notebook.path, line: error.line, column: error.column,
                        severity: expected ? .note : .error, message: Messages.text(for: error.kind)),
             source: notebook.source)
    }

    private func emit(_ diagnostic: Diagnostic, source: String?) {
        console.err(DiagnosticFormatter.format(diagnostic, source: source) + "\n")
    }
}

/// The outcome of running one notebook.
struct Execution {
    var results: [CellResult]
    var status: Int32
    /// Cells that failed without `//| error: true`.
    var unexpectedErrors: Int
}
