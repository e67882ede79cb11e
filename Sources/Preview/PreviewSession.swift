import Cells
import Diagnostics
import Foundation
import Notebook
import Render
import Report
import DataFiles

/// One notebook being previewed: its current page, and the clients waiting to hear of the
/// next one (docs/ARCHITECTURE.md, "Preview").
///
/// A change to the notebook (or a file it reads) starts a render on a background thread;
/// changes that arrive while one runs are folded into one more render after it. Until a
/// new page is ready the old one is served, and clients hear `running` events; a notebook
/// that cannot be read or parsed keeps the last good page and sends `failed`.
actor PreviewSession {
    let path: String
    let pipeline: Pipeline
    /// The handout, or the slide deck (`nb preview --to slides`).
    let form: ReportForm
    private(set) var page = ""
    private(set) var version = 0
    /// `page` with the live script, as served: made once per version, not once per request.
    private var served = Data(LivePage.html(report: "", version: 0).utf8)
    private var rendering = false
    private var dirty = false
    private var clients: [UUID: AsyncStream<String>.Continuation] = [:]
    /// The last event that said what is happening (`running`/`failed`/`idle`), for clients that join.
    private var lastStatus = #"{"kind":"idle"}"#
    /// Called after each render with its outcome (the command prints a line per render).
    private let onRendered: @Sendable (RenderOutcome) -> Void

    /// What one render produced, for the terminal.
    struct RenderOutcome: Sendable {
        var version: Int
        var status: Int32
        var seconds: Double
        var checks: (passed: Int, failed: Int)
        /// The data files the render read, as paths the watcher can stat: a change to one
        /// renders again, as a change to the notebook does.
        var dataFiles: [String] = []
    }

    init(path: String, pipeline: Pipeline, form: ReportForm = .handout,
         onRendered: @escaping @Sendable (RenderOutcome) -> Void) {
        self.path = path
        var pipeline = pipeline
        // Each render continues from the last one's state (docs/ARCHITECTURE.md, "Incremental runs").
        pipeline.runMemory = RunMemory()
        pipeline.reportMemo = ReportMemo()
        self.pipeline = pipeline
        self.form = form
        self.onRendered = onRendered
    }

    /// The page for a request, with the live script.
    func currentPage() -> Data { served }

    /// A new client of the live channel: receives the current state at once, then every event.
    func subscribe() -> (id: UUID, events: AsyncStream<String>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream()
        clients[id] = continuation
        continuation.yield(Self.reload(version))
        continuation.yield(lastStatus)
        return (id, stream)
    }

    func unsubscribe(_ id: UUID) {
        clients.removeValue(forKey: id)?.finish()
    }

    /// The first render, before the page is served (so the first request gets a report).
    func renderFirst() async {
        rendering = true
        await renderLoop()
    }

    /// Asks for a render; if one is running, one more follows it.
    func changed() {
        if rendering { dirty = true; return }
        rendering = true
        Task.detached(priority: .userInitiated) { [self] in await self.renderLoop() }
    }

    /// Renders until no change is pending. A page that came from the results cache ran no
    /// cell and left no state to continue from: one silent run of the cells keeps it, so that
    /// the first cell edit runs only from that cell (a change arriving meanwhile waits for it).
    private func renderLoop() async {
        repeat {
            repeat {
                dirty = false
                let outcome = await renderOnce()
                broadcast(outcome)
            } while dirty
            await warmRunMemory()
        } while dirty
        rendering = false
    }

    private func warmRunMemory() async {
        let pipeline = pipeline, path = path
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                pipeline.warmRunMemory(path)
                continuation.resume()
            }
        }
    }

    /// One render off the actor (cells run on their own thread inside the pipeline).
    private func renderOnce() async -> (html: String?, status: Int32, seconds: Double, checks: (Int, Int), dataFiles: [String]) {
        let pipeline = pipeline, path = path, form = form
        let progress: @Sendable (Int, Int) -> Void = { [weak self] index, count in
            guard let self else { return }
            Task { await self.send(#"{"kind":"running","cell":\#(index + 1),"of":\#(count)}"#) }
        }
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let started = ContinuousClock.now
                guard let notebook = pipeline.load(path) else {
                    continuation.resume(returning: (nil, 2, 0, (0, 0), []))
                    return
                }
                let (report, execution) = pipeline.report(notebook, unsafeHTML: false, form: form, onCellStart: progress)
                let elapsed = ContinuousClock.now - started
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                let checks = execution.results.flatMap(\.checks)
                let passed = checks.filter(\.passed).count
                let folder = Pipeline.dataFolder(of: path).map { URL(fileURLWithPath: $0) }
                let dataFiles = folder.map { folder in execution.dataFiles.map { folder.appendingPathComponent($0.path).path } } ?? []
                continuation.resume(returning: (report.html, execution.status, seconds, (passed, checks.count - passed), dataFiles))
            }
        }
    }

    private func broadcast(_ outcome: (html: String?, status: Int32, seconds: Double, checks: (Int, Int), dataFiles: [String])) {
        if let html = outcome.html {
            // A render of what is already served (a save in two events, a touched file) reloads no page.
            if html != page || version == 0 {
                page = html
                version += 1
                served = Data(LivePage.html(report: page, version: version).utf8)
                send(Self.reload(version))
            }
            send(#"{"kind":"idle"}"#)
        } else {
            send(#"{"kind":"failed","message":\#(Self.jsonString(Messages.previewFailed(path)))}"#)
        }
        onRendered(RenderOutcome(version: version, status: outcome.status, seconds: outcome.seconds,
                                 checks: (outcome.checks.0, outcome.checks.1), dataFiles: outcome.dataFiles))
    }

    private func send(_ event: String) {
        if !event.contains(#""kind":"reload""#) { lastStatus = event }
        for continuation in clients.values { continuation.yield(event) }
    }

    func finishAll() {
        for continuation in clients.values { continuation.finish() }
        clients.removeAll()
    }

    static func reload(_ version: Int) -> String { #"{"kind":"reload","version":\#(version)}"# }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "<": out += "\\u003c"   // never `</script>` in anything that reaches a page
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
