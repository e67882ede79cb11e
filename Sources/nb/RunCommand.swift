import ArgumentParser
import Render

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a notebook; the cells' output goes to stdout, everything else to stderr.")

    @Argument(help: "The Markdown notebook to run.")
    var file: String

    func run() throws {
        let status = Pipeline(console: .standard).run(file)
        if status != 0 { throw NotebookExit(status: status) }
    }
}
