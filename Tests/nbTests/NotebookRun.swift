import Foundation

/// A corpus program wrapped as a notebook with a single ```swift cell, and where the
/// program's lines land in the Markdown file.
struct OneCellNotebook {
    /// `Program.md` for `Program.swift`.
    let fileName: String
    let markdown: String
    /// Markdown line = program line + `lineOffset` (columns are unchanged: the fence is
    /// not indented).
    let lineOffset: Int

    init(program source: String, named name: String) {
        let stem = name.hasSuffix(".swift") ? String(name.dropLast(".swift".count)) : name
        fileName = stem + ".md"
        let opening = "# \(stem)\n\nThe whole program as one cell.\n\n```swift\n"
        let body = source.hasSuffix("\n") ? source : source + "\n"
        markdown = opening + body + "```\n"
        lineOffset = opening.filter { $0 == "\n" }.count
    }
}

/// Runs `nb run` the way a user would: on a notebook file in its own directory.
enum NotebookRun {
    /// The outcome of `nb run` on the one-cell notebook made from a program.
    struct Result {
        let notebook: OneCellNotebook
        let output: ProcessOutput
    }

    static func run(program source: String, named name: String) async throws -> Result {
        let notebook = OneCellNotebook(program: source, named: name)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("nb-corpus-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try notebook.markdown.write(to: directory.appendingPathComponent(notebook.fileName),
                                    atomically: true, encoding: .utf8)
        let output = try await ProcessRun.run(
            try NBExecutable.url(), ["run", notebook.fileName], in: directory, timeLimit: 120)
        return Result(notebook: notebook, output: output)
    }
}

/// Finds the `nb` executable built alongside this test bundle.
///
/// SwiftPM puts every product of a build in one products directory (e.g. `.build/debug/`):
/// the `nb` executable, the test bundle, and this target's resource bundle. Searched in
/// order: `$NB_EXECUTABLE`; beside the resource bundle; beside and inside the main
/// bundle; beside the running test executable; `.build/debug/nb` of this package.
enum NBExecutable {
    static func url() throws -> URL {
        let candidates = candidatePaths()
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
        }
        throw HarnessError.toolNotFound(
            "nb", looked: "looked at " + candidates.map(\.path).joined(separator: ", ") + " (set NB_EXECUTABLE)")
    }

    private static func candidatePaths() -> [URL] {
        var paths: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["NB_EXECUTABLE"] {
            paths.append(URL(fileURLWithPath: explicit))
        }
        paths.append(Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("nb"))
        paths.append(Bundle.main.bundleURL.appendingPathComponent("nb"))
        paths.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("nb"))
        if let executable = Bundle.main.executableURL {
            var directory = executable.deletingLastPathComponent()
            // Up out of a macOS `.xctest/Contents/MacOS` bundle to the products directory.
            for _ in 0..<4 {
                paths.append(directory.appendingPathComponent("nb"))
                directory = directory.deletingLastPathComponent()
            }
        }
        paths.append(Corpus.packageRoot.appendingPathComponent(".build/debug/nb"))
        return paths
    }
}
