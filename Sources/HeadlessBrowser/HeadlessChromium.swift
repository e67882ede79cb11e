import Foundation

/// Debian's `chromium`, run headless, for tests that must see what a reader
/// sees: whether math lays out, whether figures stay inside their boxes.
///
/// Reports need no script, so to measure a page the tests render a copy
/// with a small script appended that writes its findings (as JSON) into a
/// `<pre id=…>` element; `--dump-dom` prints the DOM after the script ran and
/// ``measure(html:script:resultID:as:)`` reads the JSON back.
///
/// ```swift
/// guard let browser = HeadlessChromium() else { return }   // not installed: skip
/// let boxes = try browser.measure(html: page, script: script, resultID: "nb-measure", as: [String].self)
/// ```
public struct HeadlessChromium: Sendable {
    /// The executable, if `chromium` or `chromium-browser` is on PATH.
    public static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }()

    /// Why a measurement could not be read from the dumped DOM.
    public struct MissingResult: Error {
        public let resultID: String
    }

    public let executable: URL
    /// A scratch folder for pages, screenshots and Chromium's profile.
    public let folder: URL

    /// Nil when Chromium is not installed (the caller skips, with a message).
    public init?() {
        guard let executable = Self.executable else { return nil }
        self.executable = executable
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("nb-chromium-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `html` to a file in ``folder`` and returns its URL.
    public func page(_ html: String, named name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try html.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// The DOM after the page loaded and its scripts ran.
    public func dumpDOM(of page: URL) throws -> String {
        try run(["--virtual-time-budget=5000", "--dump-dom", page.absoluteString])
    }

    /// A PNG of the page's first `height` pixels at `width`.
    public func screenshot(of page: URL, to png: URL, width: Int = 1000, height: Int = 3000) throws {
        _ = try run(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", page.absoluteString])
    }

    /// Loads `html` with `script` appended before `</body>`, and decodes the
    /// JSON the script wrote as the text of `<pre id="resultID">`.
    public func measure<Result: Decodable>(html: String, script: String, resultID: String,
                                           as type: Result.Type) throws -> Result {
        let instrumented = html.contains("</body>")
            ? html.replacingOccurrences(of: "</body>", with: script + "\n</body>")
            : html + script
        let dom = try dumpDOM(of: try page(instrumented, named: "measured-\(UUID().uuidString).html"))
        let opening = "<pre id=\"\(resultID)\">"
        guard let json = dom.components(separatedBy: opening).dropFirst().first?
            .components(separatedBy: "</pre>").first else { throw MissingResult(resultID: resultID) }
        return try JSONDecoder().decode(Result.self, from: Data(Self.unescape(json).utf8))
    }

    /// Text content as `--dump-dom` serializes it, back to characters.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&nbsp;", with: "\u{A0}")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
