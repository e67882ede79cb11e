import ArgumentParser
import Foundation
import Render

/// `nb`: render, run or check literate Swift notebooks.
///
/// The command line stays thin: every subcommand parses its arguments and
/// hands the work to the `Render` module, which owns the pipeline and the
/// exit status (DESIGN §1: 0 all good, 1 a cell or check failed, 2 usage or
/// unreadable input).
@main
struct NB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nb",
        abstract: "Run Markdown notebooks with Swift cells and write them as self-contained HTML reports.",
        discussion: """
            A notebook is CommonMark with LaTeX math and ```swift cells. All cells share one scope \
            and run top to bottom from a clean state.
            """,
        version: NBIdentity.version,
        subcommands: [RenderCommand.self, RunCommand.self, CheckCommand.self, PreviewCommand.self, CacheCommand.self])

    /// Runs the command line, mapping ArgumentParser's errors to DESIGN's
    /// exit statuses: help and version exit 0, any usage error exits 2.
    static func main() {
        // A parent may start nb with signals blocked (a child of a Dispatch worker thread inherits
        // its mask): unblock them, so that Ctrl-C and SIGTERM stop nb as they stop any program.
        var none = sigset_t()
        sigemptyset(&none)
        sigprocmask(SIG_SETMASK, &none, nil)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as NotebookExit {
            Foundation.exit(exit.status)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
