import ArgumentParser
import Render

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Run notebooks from a clean state and write each as one HTML file.")

    @Argument(help: "Markdown notebooks to render.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Where to write the HTML (one notebook only; default: FILE.html beside FILE.md).")
    var output: String?

    @Flag(help: "Keep raw HTML from the Markdown in the report (only for notebooks you trust).")
    var unsafeHTML = false

    func validate() throws {
        if output != nil && files.count > 1 {
            throw ValidationError("-o/--output takes one notebook; got \(files.count).")
        }
    }

    func run() throws {
        let status = Pipeline(console: .standard).render(files, output: output, unsafeHTML: unsafeHTML)
        if status != 0 { throw NotebookExit(status: status) }
    }
}
