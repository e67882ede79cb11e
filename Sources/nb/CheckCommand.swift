import ArgumentParser
import Render

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run notebooks and list every check with ✓ or ✗; exit 0 only if all passed.")

    @Argument(help: "Markdown notebooks to check.")
    var files: [String]

    func run() throws {
        let status = Pipeline(console: .standard).check(files)
        if status != 0 { throw NotebookExit(status: status) }
    }
}
