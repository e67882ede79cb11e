import Diagnostics
import Foundation
import Notebook
import Report

/// `nb render DIR` and `nb check DIR`: every notebook of a folder as one course
/// (docs/ARCHITECTURE.md, "Courses").
///
/// Rendering runs each notebook in its own `nb` process (at most one per core), each from a
/// clean state as a single render is; a failure in one does not stop the others; the exit
/// status is the worst of them. Then `index.html` lists the notebooks in the course's order
/// (`_course.yml`, see ``CourseManifest``) with their sections and checks.
extension Pipeline {
    /// The summary a child `nb render --summary FILE` writes for its parent.
    struct RenderSummary: Codable {
        var status: Int32
        var passed: Int
        var failed: Int
        var cellErrors: Int
    }

    /// Renders every notebook of `folder` with the `nb` at `executable`, then writes the index.
    public func renderCourse(_ folder: String, executable: URL, quiet: Bool, extraArguments: [String] = []) -> Int32 {
        guard let manifest = loadManifest(folder) else { return 2 }
        let paths = manifest.notebooks.map { (folder as NSString).appendingPathComponent($0) }
        let reports = paths.map { URL(fileURLWithPath: Self.reportPath(for: $0)).lastPathComponent }
        let started = ContinuousClock.now
        let summaries = runInParallel(paths.indices.map { index in
            var arguments = ["render", paths[index], "--quiet"] + extraArguments
            arguments += ["--course-index", "index.html"]
            if index > 0 { arguments += ["--previous", reports[index - 1]] }
            if index + 1 < paths.count { arguments += ["--next", reports[index + 1]] }
            return arguments
        }, executable: executable)

        var status: Int32 = 0
        var entries: [CourseEntry] = []
        for (index, path) in paths.enumerated() {
            let summary = summaries[index]
            status = max(status, summary?.status ?? 2)
            guard let source = try? NotebookFile.read(path) else { continue }
            let outcome: CourseEntry.Outcome = summary.map { $0.status == 2 ? .notRendered
                : .rendered(passed: $0.passed, failed: $0.failed, cellErrors: $0.cellErrors) } ?? .notRendered
            entries.append(CourseEntry(notebook: Notebook.read(source: source, path: path), reportName: reports[index], outcome: outcome))
        }
        let index = (folder as NSString).appendingPathComponent("index.html")
        let html = CourseIndexWriter().render(title: manifest.title, authors: manifest.authors, entries: entries)
        do {
            try AtomicFile.write(html, to: index)
        } catch {
            emit(Diagnostic(file: index, line: 1, column: 1, severity: .error, message: Messages.cannotWrite(errno: error.errno)), source: nil)
            return 2
        }
        if !quiet {
            let passed = summaries.compactMap { $0?.passed }.reduce(0, +), failed = summaries.compactMap { $0?.failed }.reduce(0, +)
            let cellErrors = summaries.compactMap { $0?.cellErrors }.reduce(0, +)
            console.err(Messages.wroteCourse(index, notebooks: paths.count, passed: passed, failed: failed, cellErrors: cellErrors,
                                             notRendered: summaries.filter { ($0?.status ?? 2) == 2 }.count,
                                             seconds: Self.seconds(since: started)) + "\n")
        }
        return status
    }

    /// `nb check DIR`: each notebook of the course checked in turn, in the course's order.
    public func checkCourse(_ folder: String) -> Int32 {
        guard let manifest = loadManifest(folder) else { return 2 }
        return check(manifest.notebooks.map { (folder as NSString).appendingPathComponent($0) })
    }

    private func loadManifest(_ folder: String) -> CourseManifest? {
        do {
            let manifest = try CourseManifest.read(folder: folder)
            guard !manifest.notebooks.isEmpty else {
                emit(Diagnostic(file: folder, line: 1, column: 1, severity: .error, message: Messages.text(for: .noNotebooks)), source: nil)
                return nil
            }
            return manifest
        } catch {
            let path = (folder as NSString).appendingPathComponent(CourseManifest.fileName)
            emit(Diagnostic(file: path, line: error.line, column: error.column, severity: .error, message: Messages.text(for: error.kind)),
                 source: try? NotebookFile.read(path))
            return nil
        }
    }

    /// Runs one `nb` per argument list, at most one per core at a time; each child's stderr is
    /// passed on whole when it ends, its summary read back from a temporary file.
    private func runInParallel(_ jobs: [[String]], executable: URL) -> [RenderSummary?] {
        let slots = DispatchSemaphore(value: max(1, ProcessInfo.processInfo.activeProcessorCount))
        let results = LockedResults(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            slots.wait()
            defer { slots.signal() }
            let summaryFile = FileManager.default.temporaryDirectory.appendingPathComponent("nb-summary-\(getpid())-\(UUID().uuidString).json")
            defer { try? FileManager.default.removeItem(at: summaryFile) }
            let process = Process()
            process.executableURL = executable
            process.arguments = jobs[index] + ["--summary", summaryFile.path]
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            do {
                try process.run()
            } catch {
                return
            }
            // A child's diagnostics reach the console in one piece, never interleaved with another's.
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if !text.isEmpty { console.err(text) }
            if let data = FileManager.default.contents(atPath: summaryFile.path),
               let summary = try? JSONDecoder().decode(RenderSummary.self, from: data) {
                results.set(index, summary)
            } else {
                results.set(index, RenderSummary(status: process.terminationStatus == 0 ? 2 : max(2, process.terminationStatus),
                                                 passed: 0, failed: 0, cellErrors: 0))
            }
        }
        return results.values
    }

    /// Writes a render's outcome as JSON for a parent `nb render DIR`.
    static func writeSummary(_ summary: RenderSummary, to path: String) {
        guard let data = try? JSONEncoder().encode(summary) else { return }
        try? AtomicFile.write(data, to: path)
    }
}

private final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Pipeline.RenderSummary?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Pipeline.RenderSummary) { lock.withLock { storage[index] = value } }
    var values: [Pipeline.RenderSummary?] { lock.withLock { storage } }
}
