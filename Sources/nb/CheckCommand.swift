import ArgumentParser
import Render

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run notebooks and list every check with ✓ or ✗; exit 0 only if all passed.")

    @Argument(help: "Markdown notebooks to check.")
    var files: [String]

    @Flag(help: "Show what each cell printed before its checks.")
    var verbose = false

    @OptionGroup var flags: ExecutionFlags

    func run() throws {
        var options = flags.options
        options.verbose = verbose
        let status = Pipeline(console: .standard, execution: options).check(files)
        if status != 0 { throw NotebookExit(status: status) }
    }
}
