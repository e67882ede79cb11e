import ArgumentParser
import Foundation
import Notebook
import Render
import Report

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Run notebooks from a clean state and write each as one HTML file.",
        discussion: """
            A folder renders every notebook in it (in parallel, one process per core) and writes its \
            index.html: the course in the order of the folder's _course.yml.
            """)

    @Argument(help: "Markdown notebooks to render, or one folder of them ('-' reads standard input and writes standard output).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Where to write the HTML (one notebook only; default: FILE.html beside FILE.md; '-' is standard output).")
    var output: String?

    @Option(help: ArgumentHelp("What to write, a comma list of html, slides, pdf (default: the front matter's format:, else html).",
                               valueName: "formats"))
    var to: String?

    @Option(help: "The PDF handout's paper: a4 or letter.")
    var paper: Paper = .a4

    @Flag(help: "Keep raw HTML from the Markdown in the report (only for notebooks you trust).")
    var unsafeHTML = false

    @Flag(name: .shortAndLong, help: "Do not name each file written on stderr.")
    var quiet = false

    @OptionGroup var flags: ExecutionFlags

    // Set by `nb render DIR` for each notebook it renders in a child process.
    @Option(help: .hidden) var summary: String?
    @Option(help: .hidden) var courseIndex: String?
    @Option(help: .hidden) var previous: String?
    @Option(help: .hidden) var next: String?

    func validate() throws {
        if output != nil && files.count > 1 {
            throw ValidationError("-o/--output takes one notebook; got \(files.count).")
        }
        if let formats = try formats(), output != nil, RenderOutput.outputs(for: formats).count > 1 {
            throw ValidationError("-o/--output names one file; --to \(to ?? "") writes \(RenderOutput.outputs(for: formats).count).")
        }
    }

    /// `--to html,slides,pdf` as formats, each once; nil without `--to`.
    func formats() throws -> [OutputFormat]? {
        guard let to else { return nil }
        var formats: [OutputFormat] = []
        for name in to.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let format = OutputFormat(name: trimmed) else {
                throw ValidationError("--to: '\(trimmed)' is not an output; choose among html, slides, pdf.")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    func run() throws {
        var pipeline = Pipeline(console: .standard, execution: flags.options)
        pipeline.summaryPath = summary
        if let courseIndex { pipeline.navigation = CourseNavigation(index: courseIndex, previous: previous, next: next) }
        let status: Int32
        if files.count == 1, let folder = files.first, isFolder(folder) {
            guard output == nil else { throw ValidationError("-o/--output takes one notebook, not a folder.") }
            status = pipeline.renderCourse(folder, executable: try currentExecutable(), quiet: quiet,
                                           extraArguments: (unsafeHTML ? ["--unsafe-html"] : []) + flags.arguments
                                               + (to.map { ["--to", $0] } ?? []) + ["--paper", paper.rawValue])
        } else {
            status = pipeline.render(files, output: output, unsafeHTML: unsafeHTML, quiet: quiet,
                                     request: RenderRequest(formats: try formats(), paper: paper))
        }
        if status != 0 { throw NotebookExit(status: status) }
    }
}

/// Whether `path` is a folder (a course), not a notebook.
func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
}

/// This `nb`'s own executable, to run one render per notebook of a course.
func currentExecutable() throws -> URL {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        return URL(fileURLWithPath: resolved)
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
}

extension Paper: ExpressibleByArgument {}
