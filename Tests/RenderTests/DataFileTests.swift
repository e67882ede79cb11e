import Foundation
import Testing
@testable import Render

/// Data files through a notebook's cells, as `nb render` runs them: the run summary names each
/// file with its size and SHA-256 (compared with `sha256sum`), a changed file shows its new hash
/// on the next render, and every rule that refuses a file is an error at the call's line in
/// the words of `Messages` (docs/ARCHITECTURE.md, "Data files").
@Suite struct DataFileTests {
    static let losses = "run,step,loss\nlr=0.1,0,1.0\nlr=0.1,1,0.5\nlr=0.1,2,0.25\n"

    /// `a.md` holding `cells` (one fenced cell each) and `front` front matter, beside `files`.
    func notebook(_ cells: [String], front: String = "", files: [String: String] = [:]) throws -> URL {
        var text = front.isEmpty ? "" : "---\n\(front)\n---\n"
        text += "# Data\n"
        for cell in cells { text += "\n```swift\n\(cell)\n```\n" }
        var all = files
        all["a.md"] = text
        let folder = try scratchFolder([:])
        for (name, contents) in all {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder.appendingPathComponent("a.md")
    }

    func render(_ path: URL) -> (status: Int32, html: String, err: String) {
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).render([path.path], output: nil, unsafeHTML: false, quiet: true)
        let html = (try? String(contentsOf: path.deletingPathExtension().appendingPathExtension("html"), encoding: .utf8)) ?? ""
        return (status, html, recorder.err)
    }

    func sha256sum(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output.prefix(64), as: UTF8.self)
    }

    @Test func theRunSummaryNamesEachDataFileWithItsSizeAndSHA256() throws {
        let path = try notebook([
            "let runs = readCSV(\"data/losses.csv\")\nlet loss = runs.column(\"loss\")\ncheck(loss == [1.0, 0.5, 0.25], \"losses\")",
        ], files: ["data/losses.csv": Self.losses])
        let (status, html, err) = render(path)
        #expect(status == 0, "\(err)")
        let hash = try sha256sum(path.deletingLastPathComponent().appendingPathComponent("data/losses.csv"))
        #expect(html.contains("<code class=\"data-path\">data/losses.csv</code> <span class=\"data-size\">\(Self.losses.utf8.count) bytes</span> "
            + "<span class=\"data-hash\">SHA-256 <code>\(hash)</code></span>"))
    }

    @Test func aDataFileChangedBetweenTwoRendersShowsItsNewHash() throws {
        let path = try notebook(["readCSV(\"data/losses.csv\").count"], files: ["data/losses.csv": Self.losses])
        let data = path.deletingLastPathComponent().appendingPathComponent("data/losses.csv")
        let first = render(path)
        let before = try sha256sum(data)
        #expect(first.html.contains(before))
        try (Self.losses + "lr=0.1,3,0.125\n").write(to: data, atomically: true, encoding: .utf8)
        let second = render(path)
        let after = try sha256sum(data)
        #expect(before != after)
        #expect(second.html.contains(after))
        #expect(!second.html.contains(before))
        #expect(second.html.contains("4"))
    }

    @Test func eachCellRecordsTheFilesItRead() throws {
        let path = try notebook([
            "let x = 1",
            "let a = readCSV(\"data/losses.csv\")\nlet b = readCSV(\"data/losses.csv\", missing: .nan)\nlet m = readMatrix(\"m.csv\")",
        ], files: ["data/losses.csv": Self.losses, "m.csv": "1,2\n3,4\n"])
        let notebook = try #require(Pipeline(console: RecordingConsole().console).load(path.path))
        let execution = Pipeline(console: RecordingConsole().console).execute(notebook)
        #expect(execution.results[0].dataFiles == [])
        #expect(execution.results[1].dataFiles.map(\.path) == ["data/losses.csv", "m.csv"])
        #expect(execution.results[1].dataFiles[0].bytes == Self.losses.utf8.count)
        #expect(execution.dataFiles.map(\.path) == ["data/losses.csv", "m.csv"])
    }

    /// Each refused read: the diagnostic `nb` prints for it (line 4 is the call's line in `a.md`;
    /// a method's error is at the method's name, as swiftc places it).
    static let refusals: [(cell: String, files: [String: String], front: String, message: String)] = [
        ("readCSV(\"../x.csv\")", [:], "",
         "a.md:4:1: error: ../x.csv: a data file must stay inside the notebook's folder ('..' and symbolic links are resolved first)"),
        ("readCSV(\"/etc/passwd\")", [:], "",
         "a.md:4:1: error: /etc/passwd: a data file's path must be relative to the notebook's folder, not absolute"),
        ("readCSV(\"missing.csv\")", [:], "", "a.md:4:1: error: missing.csv: no such file in the notebook's folder"),
        ("readCSV(\"data\")", ["data/x.csv": "a\n"], "",
         "a.md:4:1: error: data: is a folder, not a regular file; only regular files can be read as data"),
        ("readCSV(\"big.csv\")", ["big.csv": String(repeating: "1\n", count: 40)], "execute:\n  data-limit: 64",
         "a.md:8:1: error: big.csv: the file is 80 bytes, over the data limit of 64 bytes (raise it with 'execute: data-limit:' in the front matter)"),
        ("readCSV(\"t.csv\").column(\"loss\")", ["t.csv": "run,loss\n\"a\nb\",1\nc,oops\n"], "",
         "a.md:4:18: error: t.csv:4: row 2, column \"loss\": \"oops\" is not a number"),
        ("readCSV(\"t.csv\").column(\"y\")", ["t.csv": "x,y\n1,\n"], "",
         "a.md:4:18: error: t.csv:2: row 1, column \"y\" is empty (readCSV(…, missing: .nan) reads empty entries as NaN)"),
        ("readCSV(\"t.csv\").column(\"z\")", ["t.csv": "x,y\n1,2\n"], "",
         "a.md:4:18: error: t.csv: no column named \"z\"; the columns are \"x\", \"y\""),
        ("readCSV(\"t.csv\")", ["t.csv": "x,y\n1,2\n3\n"], "", "a.md:4:1: error: t.csv:3: this row has 1 field, the header has 2"),
        ("readCSV(\"t.csv\")", ["t.csv": "x,y\n1,\"2\n"], "", "a.md:4:1: error: t.csv: a quoted field is not closed before the end of the file"),
        ("readCSV(\"t.csv\")", ["t.csv": "x,y\n1,\"2\"3\n"], "",
         "a.md:4:1: error: t.csv:2: a quote inside a field that is not quoted, or text after a closing quote (a quoted field is \"…\", with \"\" for a quote inside it)"),
        ("readCSV(\"t.csv\", delimiter: \";\").column(\"y\")", ["t.csv": "x;y\n1;2,5\n"], "",
         "a.md:4:34: error: t.csv:2: row 1, column \"y\": \"2,5\" is not a number"),
        ("Matrix(readCSV(\"t.csv\"), columns: [])", ["t.csv": "x\n1\n"], "",
         "a.md:4:1: error: t.csv: Matrix(table, columns:) needs at least one column"),
    ]

    @Test(arguments: refusals.indices)
    func aRefusedReadIsAnErrorAtTheCallInTheWordsOfMessages(_ index: Int) throws {
        let refusal = Self.refusals[index]
        let path = try notebook([refusal.cell], front: refusal.front, files: refusal.files)
        let (status, html, err) = render(path)
        #expect(status == 1)
        let firstLine = err.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasSuffix(refusal.message), "\(err)")
        // A file that was read is listed even when what the cell asked of it failed: its bytes made the error.
        let read = refusal.message.contains("error: t.csv")
        #expect(html.contains("<code class=\"data-path\">t.csv</code>") == read)
        #expect(html.contains("<p class=\"data-files-title\">") == read)
    }

    @Test func aFIFOInTheFolderIsRefusedWithoutBlocking() throws {
        let path = try notebook(["readCSV(\"pipe.csv\")"])
        #expect(mkfifo(path.deletingLastPathComponent().appendingPathComponent("pipe.csv").path, 0o600) == 0)
        let (status, _, err) = render(path)
        #expect(status == 1)
        #expect(err.contains("a.md:4:1: error: pipe.csv: is a FIFO (named pipe), not a regular file; only regular files can be read as data"))
    }

    @Test func aSymbolicLinkOutOfTheFolderIsRefused() throws {
        let path = try notebook(["readCSV(\"passwd.csv\")"])
        try FileManager.default.createSymbolicLink(atPath: path.deletingLastPathComponent().appendingPathComponent("passwd.csv").path,
                                                   withDestinationPath: "/etc/passwd")
        let (status, _, err) = render(path)
        #expect(status == 1)
        #expect(err.contains("a.md:4:1: error: passwd.csv: a data file must stay inside the notebook's folder"))
    }

    @Test func aNotebookFromStandardInputHasNoDataFolder() {
        #expect(Pipeline.dataFolder(of: "-") == nil)
        #expect(Pipeline.dataFolder(of: "notes/a.md") == URL(fileURLWithPath: "notes").path)
    }

    static let notebooks = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("notebooks")

    /// The checked-in data is exactly what its generating notebook prints today.
    @Test func theExampleDataIsWhatItsNotebookPrints() throws {
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).run(Self.notebooks.appendingPathComponent("data/losses.md").path)
        #expect(status == 0, "\(recorder.err)")
        let committed = try String(contentsOf: Self.notebooks.appendingPathComponent("data/losses.csv"), encoding: .utf8)
        #expect(recorder.out == committed, "regenerate: nb run notebooks/data/losses.md > notebooks/data/losses.csv")
    }

    /// The example notebook reads the data, and every check of its fit passes.
    @Test func theExampleNotebookReadsFitsAndChecks() throws {
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).check([Self.notebooks.appendingPathComponent("data-example.md").path])
        #expect(status == 0, "\(recorder.err)")
        #expect(recorder.out.contains("8 checks passed, 0 failed"))
    }
}
