import FlyingFox
import FlyingSocks
import Foundation
import Render
import Report

/// `nb preview`: serves one notebook's live report on 127.0.0.1 (never another interface),
/// re-rendering it when the notebook changes (docs/ARCHITECTURE.md, "Preview").
///
/// Routes: `GET /` (and `/index.html`, `/FILE.html`) is the page; `GET /live` is the
/// WebSocket of reload and progress events (see `LivePage`). Anything else is 404: the
/// server exposes no file of the machine.
public struct PreviewServer: Sendable {
    public var path: String
    public var port: UInt16
    public var console: Console
    /// The handout (`--to html`, the default) or the slide deck (`--to slides`).
    public var form: ReportForm

    public init(path: String, port: UInt16 = 0, console: Console, form: ReportForm = .handout) {
        self.path = path
        self.port = port
        self.console = console
        self.form = form
    }

    /// Serves until the task is cancelled (Ctrl-C). `onListening` gets the page's URL.
    public func run(onListening: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        let console = console
        let path = path
        let watcher = NotebookWatcher(paths: [path])
        let session = PreviewSession(path: path, pipeline: Pipeline(console: console), form: form) { outcome in
            // The notebook and the data files its last render read (a failed render keeps the last set).
            if outcome.status != 2 { watcher.watch([path] + outcome.dataFiles) }
            var line = "rendered \(String(format: "%.2f s", outcome.seconds))"
            let total = outcome.checks.passed + outcome.checks.failed
            if total > 0 {
                line += outcome.checks.failed == 0 ? " — \(total) check\(total == 1 ? "" : "s") ✓"
                    : " — \(outcome.checks.failed) of \(total) checks ✗"
            }
            console.err(line + "\n")
        }
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        let pageName = "/" + (URL(fileURLWithPath: Pipeline.reportPath(for: path)).lastPathComponent)
        let page: @Sendable (HTTPRequest) async throws -> HTTPResponse = { _ in
            HTTPResponse(statusCode: .ok,
                         headers: [.contentType: "text/html; charset=utf-8", .init("Cache-Control"): "no-store"],
                         body: await session.currentPage())
        }
        for route in ["GET /", "GET /index.html", "GET \(pageName)"] {
            await server.appendRoute(HTTPRoute(route), handler: page)
        }
        await server.appendRoute("GET /live", to: .webSocket(LiveChannel(session: session)))

        let changes = watcher.changes()   // watching from now: an edit during the first render is not lost
        await session.renderFirst()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                try await server.waitUntilListening()
                if case .ip4(_, let port) = await server.listeningAddress {
                    onListening("http://127.0.0.1:\(port)/")
                }
            }
            group.addTask {
                for await _ in changes { await session.changed() }
            }
            defer { watcher.stop() }
            try await group.waitForAll()
        }
        await session.finishAll()
    }
}

/// The `/live` WebSocket: the session's events, as text messages.
struct LiveChannel: WSMessageHandler {
    let session: PreviewSession

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let (id, events) = await session.subscribe()
        let session = session
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        let forward = Task {
            for await event in events { continuation.yield(.text(event)) }
            continuation.finish()
        }
        Task {
            for await _ in client {}   // the page sends nothing; its stream ends when it goes
            forward.cancel()
            await session.unsubscribe(id)
            continuation.finish()
        }
        return messages
    }
}
