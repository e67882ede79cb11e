import ArgumentParser
import Render

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run notebooks and list every check with ✓ or ✗; exit 0 only if all passed.")

    @Argument(help: "Markdown notebooks to check, or one folder of them (a course).")
    var files: [String]

    @Flag(help: "Show what each cell printed before its checks.")
    var verbose = false

    @OptionGroup var flags: ExecutionFlags

    func run() throws {
        var options = flags.options
        options.verbose = verbose
        let pipeline = Pipeline(console: .standard, execution: options)
        let status = files.count == 1 && isFolder(files[0]) ? pipeline.checkCourse(files[0]) : pipeline.check(files)
        if status != 0 { throw NotebookExit(status: status) }
    }
}
