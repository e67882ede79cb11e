import ArgumentParser
import Dispatch
import Foundation
import Preview
import Render

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

    func run() throws {
        let server = PreviewServer(path: file, port: port, console: .standard)
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let file = file
        let task = Task {
            do {
                try await server.run { url in
                    FileHandle.standardError.write(Data("nb preview: serving \(file) at \(url) (Ctrl-C stops)\n".utf8))
                    FileHandle.standardOutput.write(Data((url + "\n").utf8))
                }
            } catch is CancellationError {
            } catch {
                failure.error = error
            }
            done.signal()
        }
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let interrupts = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .global()) }
        for source in interrupts {
            source.setEventHandler { task.cancel() }
            source.resume()
        }
        done.wait()
        if let error = failure.error {
            throw ValidationError("cannot serve the preview: \(error)")
        }
    }
}

private final class FailureBox: @unchecked Sendable {
    var error: Error?
}
