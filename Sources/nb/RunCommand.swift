import ArgumentParser
import Render

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a notebook; the cells' output goes to stdout, everything else to stderr.")

    @Argument(help: "The Markdown notebook to run.")
    var file: String

    @Option(help: "Stop after the cell with this label (every cell is still checked).")
    var until: String?

    @OptionGroup var flags: ExecutionFlags

    func run() throws {
        var options = flags.options
        options.until = until
        let status = Pipeline(console: .standard, execution: options).run(file)
        if status != 0 { throw NotebookExit(status: status) }
    }
}
