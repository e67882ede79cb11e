import ArgumentParser
import Dispatch
import Foundation
import Preview
import Render
import Report

struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve a notebook's live report on 127.0.0.1 and re-render it on every save.",
        discussion: """
            Prints the page's URL on stdout (it never opens a browser itself). The page reloads \
            itself when the notebook changes, keeping its scroll position. Ctrl-C stops.
            """)

    @Argument(help: "The Markdown notebook to preview.")
    var file: String

    @Option(help: "The port on 127.0.0.1 (0, the default, picks a free one).")
    var port: UInt16 = 0

    @Option(help: "What to preview: html (the handout, the default) or slides (the deck; a reload keeps the slide).")
    var to: String = "html"

    func validate() throws {
        guard ["html", "slides"].contains(to) else {
            throw ValidationError("--to: '\(to)' cannot be previewed; choose html or slides.")
        }
    }

    func run() throws {
        let server = PreviewServer(path: file, port: port, console: .standard, form: to == "slides" ? .deck : .handout)
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let file = file
        // Signals are routed before the server starts, so a Ctrl-C that arrives at any moment
        // (even while the first render runs) is a clean stop.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let task = Task {
            do {
                try await server.run { url in
                    FileHandle.standardError.write(Data("nb preview: serving \(file) at \(url) (Ctrl-C stops)\n".utf8))
                    FileHandle.standardOutput.write(Data((url + "\n").utf8))
                }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        let interrupts = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .global()) }
        for source in interrupts {
            source.setEventHandler {
                outcome.interrupted = true
                task.cancel()
            }
            source.resume()
        }
        // The sources must outlive the wait: an optimized build may release them after their
        // last use, and a released source never fires (Ctrl-C was ignored in release builds).
        withExtendedLifetime(interrupts) { done.wait() }
        // After Ctrl-C, whatever the server threw while its sockets closed is part of stopping
        // (FlyingFox may report a closed socket rather than CancellationError).
        if let error = outcome.error, !outcome.interrupted, !(error is CancellationError) {
            throw ValidationError("cannot serve the preview: \(error)")
        }
    }
}

/// What the server task ended with, written by the task and the signal handler, read after `done`.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var _error: Error?
    private var _interrupted = false
    var error: Error? {
        get { lock.withLock { _error } }
        set { lock.withLock { _error = newValue } }
    }
    var interrupted: Bool {
        get { lock.withLock { _interrupted } }
        set { lock.withLock { _interrupted = newValue } }
    }
}
