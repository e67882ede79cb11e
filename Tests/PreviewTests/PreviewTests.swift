import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HeadlessBrowser
import Testing

/// `nb preview` as a user runs it: the real command, a real HTTP client, a real browser.
@Suite(.serialized) struct PreviewTests {
    static let notebook = """
        # Live

        Prose one with $x^2$.

        ```swift
        let a = 6 * 7
        print("a is", a)
        check(a == 42, "the answer")
        ```

        ```swift
        print(a + 1)
        ```

        """

    @Test func everyEditArrivesAsAReloadEventAndNewContent() async throws {
        let preview = try await RunningPreview.start(files: ["n.md": Self.notebook])
        defer { preview.stop() }
        var page = try await preview.get("/")
        #expect(page.contains("Prose one") && page.contains("a is 42"))
        #expect(preview.url.hasPrefix("http://127.0.0.1:"))

        let live = try await preview.live()
        #expect(try await live.next() == #"{"kind":"reload","version":1}"#)

        // Prose.
        try preview.edit("n.md") { $0.replacingOccurrences(of: "Prose one", with: "Prose two") }
        try await live.waitFor(#"{"kind":"reload","version":2}"#)
        page = try await preview.get("/")
        #expect(page.contains("Prose two") && !page.contains("Prose one"))

        // A cell.
        try preview.edit("n.md") { $0.replacingOccurrences(of: "print(a + 1)", with: "print(a * 10)") }
        try await live.waitFor(#"{"kind":"reload","version":3}"#)
        page = try await preview.get("/")
        #expect(page.contains("420"))

        // An error: shown in the page and on the terminal, at its place.
        try preview.edit("n.md") { $0.replacingOccurrences(of: "print(a * 10)", with: "print(a * \"x\")") }
        try await live.waitFor(#"{"kind":"reload","version":4}"#)
        page = try await preview.get("/")
        #expect(page.contains("class=\"error"))
        #expect(preview.stderr.contains("n.md:12:9: error:"))

        // Fixed again.
        try preview.edit("n.md") { $0.replacingOccurrences(of: "print(a * \"x\")", with: "print(a - 2)") }
        try await live.waitFor(#"{"kind":"reload","version":5}"#)
        page = try await preview.get("/")
        #expect(page.contains("40") && !page.contains("class=\"error"))
        live.close()
    }

    @Test func onlyThePageAndItsLiveChannelAreServed() async throws {
        let preview = try await RunningPreview.start(files: ["n.md": Self.notebook, "secret.txt": "s3cret"])
        defer { preview.stop() }
        #expect(try await preview.status("/") == 200)
        #expect(try await preview.status("/n.html") == 200)
        for path in ["/n.md", "/secret.txt", "/../n.md", "/etc/passwd", "/%2e%2e/secret.txt", "/live/x"] {
            #expect(try await preview.status(path) == 404, "\(path)")
        }
    }

    @Test func aNotebookThatCannotBeParsedKeepsTheLastGoodPage() async throws {
        let preview = try await RunningPreview.start(files: ["n.md": Self.notebook])
        defer { preview.stop() }
        let live = try await preview.live()
        #expect(try await live.next() == #"{"kind":"reload","version":1}"#)
        try preview.edit("n.md") { "---\ntitle: [unclosed\n---\n" + $0 }
        let failed = try await live.waitFor(prefix: #"{"kind":"failed""#)
        #expect(failed.contains("could not be read or parsed"))
        #expect(try await preview.get("/").contains("Prose one"))
        live.close()
    }

    /// A data file the notebook read is watched as the notebook is: rewriting it renders again,
    /// and the page shows the new data and the new hash.
    @Test func aDataFileTheNotebookReadIsWatched() async throws {
        let notebook = "# Data\n\n```swift\nprint(\"sum\", readCSV(\"d.csv\").column(\"x\").reduce(0, +))\n```\n"
        let preview = try await RunningPreview.start(files: ["n.md": notebook, "d.csv": "x\n1\n2\n"])
        defer { preview.stop() }
        let live = try await preview.live()
        #expect(try await live.next() == #"{"kind":"reload","version":1}"#)
        #expect(try await preview.get("/").contains("sum 3.0"))
        try preview.edit("d.csv") { $0 + "4\n" }
        try await live.waitFor(#"{"kind":"reload","version":2}"#)
        let page = try await preview.get("/")
        #expect(page.contains("sum 7.0"))
        #expect(page.contains("<code class=\"data-path\">d.csv</code> <span class=\"data-size\">8 bytes</span>"))
        live.close()
    }

    @Test func theDeckCanBePreviewedAndReloadsWithAnEdit() async throws {
        let deck = "# Part\n\n## First slide\n\nOne.\n\n## Second slide\n\nTwo.\n"
        let preview = try await RunningPreview.start(files: ["n.md": deck], arguments: ["--to", "slides"])
        defer { preview.stop() }
        let page = try await preview.get("/")
        #expect(page.components(separatedBy: "<section class=\"slide").count - 1 == 3)
        let live = try await preview.live()
        #expect(try await live.next() == #"{"kind":"reload","version":1}"#)
        try preview.edit("n.md") { $0 + "\n## Third slide\n\nThree.\n" }
        _ = try await live.waitFor(prefix: #"{"kind":"reload","version":2"#)
        #expect(try await preview.get("/").components(separatedBy: "<section class=\"slide").count - 1 == 4)
        live.close()
    }

    @Test func ctrlCStopsItCleanly() async throws {
        let preview = try await RunningPreview.start(files: ["n.md": Self.notebook])
        let status = preview.interrupt()
        #expect(status == 0)
    }

    @Test func thePageReloadsItselfInChromiumAndKeepsItsScrollPosition() async throws {
        guard HeadlessChromium.executable != nil else {
            print("skipped: chromium is not installed")
            return
        }
        let long = Self.notebook + (1...80).map { "Paragraph \($0) of filler text that makes the page long enough to scroll.\n" }
            .joined(separator: "\n")
        let preview = try await RunningPreview.start(files: ["n.md": long])
        defer { preview.stop() }
        let page = try await ChromiumPage.open(preview.url, width: 1000, height: 700)
        defer { page.close() }
        try await page.evaluate("window.scrollTo(0, 900)")
        try await page.waitUntil("window.scrollY === 900")
        try preview.edit("n.md") { $0.replacingOccurrences(of: "Prose one", with: "Prose changed") }
        try await page.waitUntil("document.body.textContent.includes('Prose changed')", timeout: 30)
        try await page.waitUntil("window.scrollY === 900", timeout: 5)
        let y = try await page.evaluate("window.scrollY") as? Double
        #expect(y == 900)
    }
}

/// One `nb preview` process in a scratch folder.
final class RunningPreview: @unchecked Sendable {
    let folder: URL
    let process: Process
    let url: String
    private let errors: Pipe
    private let lock = NSLock()
    private var errorText = ""

    var stderr: String { lock.withLock { errorText } }

    static func start(files: [String: String], arguments: [String] = []) async throws -> RunningPreview {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nb-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let process = Process()
        process.executableURL = try nbExecutable()
        process.arguments = ["preview", "n.md"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var line = ""
        let deadline = Date().addingTimeInterval(120)
        while !line.contains("\n"), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += String(decoding: chunk, as: UTF8.self)
        }
        let url = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard url.hasPrefix("http://") else {
            process.terminate()
            throw PreviewFailure("nb preview printed no URL: \(line)")
        }
        let preview = RunningPreview(folder: folder, process: process, url: url, errors: errors)
        errors.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            preview.lock.withLock { preview.errorText += text }
        }
        return preview
    }

    private init(folder: URL, process: Process, url: String, errors: Pipe) {
        self.folder = folder
        self.process = process
        self.url = url
        self.errors = errors
    }

    func get(_ path: String) async throws -> String {
        let (data, _) = try await URLSession.shared.data(from: URL(string: url + path.dropFirst())!)
        return String(decoding: data, as: UTF8.self)
    }

    func status(_ path: String) async throws -> Int {
        let (_, response) = try await URLSession.shared.data(from: URL(string: url + path.dropFirst())!)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    /// Saves a new version of `name`, as an editor does (write a new file, rename it over the old).
    func edit(_ name: String, _ change: (String) -> String) throws {
        let path = folder.appendingPathComponent(name)
        let text = change(try String(contentsOf: path, encoding: .utf8))
        try text.write(to: path, atomically: true, encoding: .utf8)
    }

    func live() async throws -> LiveEvents {
        LiveEvents(socket: try WebSocketClient(url: url.replacingOccurrences(of: "http://", with: "ws://") + "live"))
    }

    /// Sends SIGINT and returns the exit status.
    func interrupt() -> Int32 {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate(); return -1 }
        return process.terminationStatus
    }

    func stop() {
        if process.isRunning { _ = interrupt() }
        errors.fileHandleForReading.readabilityHandler = nil
        try? FileManager.default.removeItem(at: folder)
    }

    /// `nb`, built beside this test bundle (or in the package's .build/debug).
    static func nbExecutable() throws -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var candidates = [Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("nb"),
                          Bundle.main.bundleURL.appendingPathComponent("nb")]
        if let argument = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("nb"))
        }
        candidates.append(root.appendingPathComponent(".build/debug/nb"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw PreviewFailure("nb not found; looked at \(candidates.map(\.path))")
        }
        return found
    }
}

/// The events of one `/live` connection.
final class LiveEvents: @unchecked Sendable {
    let socket: WebSocketClient
    init(socket: WebSocketClient) { self.socket = socket }

    func next() async throws -> String {
        guard let message = try socket.receive() else { throw PreviewFailure("the live channel closed") }
        return message
    }

    /// Reads events until `event` arrives (within 60 s); running/idle events on the way are fine.
    @discardableResult
    func waitFor(_ event: String? = nil, prefix: String? = nil) async throws -> String {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let message = try await next()
            if let event, message == event { return message }
            if let prefix, message.hasPrefix(prefix) { return message }
        }
        throw PreviewFailure("no \(event ?? prefix ?? "") within 60 s")
    }

    func close() { socket.closeConnection() }
}

struct PreviewFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
