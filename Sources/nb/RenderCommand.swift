import ArgumentParser
import Render

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Run notebooks from a clean state and write each as one HTML file.")

    @Argument(help: "Markdown notebooks to render ('-' reads standard input and writes standard output).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Where to write the HTML (one notebook only; default: FILE.html beside FILE.md; '-' is standard output).")
    var output: String?

    @Flag(help: "Keep raw HTML from the Markdown in the report (only for notebooks you trust).")
    var unsafeHTML = false

    @Flag(name: .shortAndLong, help: "Do not name each file written on stderr.")
    var quiet = false

    @OptionGroup var flags: ExecutionFlags

    func validate() throws {
        if output != nil && files.count > 1 {
            throw ValidationError("-o/--output takes one notebook; got \(files.count).")
        }
    }

    func run() throws {
        let status = Pipeline(console: .standard, execution: flags.options).render(files, output: output, unsafeHTML: unsafeHTML, quiet: quiet)
        if status != 0 { throw NotebookExit(status: status) }
    }
}
