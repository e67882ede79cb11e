import Foundation

/// A live page in headless Chromium, driven over the DevTools protocol: for tests that must
/// interact with a page as a reader does (press keys in a slide deck, scroll, watch a preview
/// page reload itself) rather than read one DOM after load.
///
/// ```swift
/// let page = try await ChromiumPage.open("http://127.0.0.1:8080/")
/// _ = try await page.evaluate("window.scrollTo(0, 600)")
/// try await page.press("ArrowRight")
/// let y = try await page.evaluate("window.scrollY") as? Double
/// page.close()
/// ```
public final class ChromiumPage: @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case noDevToolsEndpoint(String)
        case protocolError(String)
        case timedOut(String)

        public var description: String {
            switch self {
            case .notInstalled: "chromium is not installed"
            case .noDevToolsEndpoint(let output): "chromium did not announce its DevTools endpoint: \(output)"
            case .protocolError(let message): "DevTools: \(message)"
            case .timedOut(let what): "timed out waiting for \(what)"
            }
        }
    }

    private let process: Process
    private let socket: WebSocketClient
    private let profile: URL
    /// The DevTools session of the page target (commands are sent on the browser's socket).
    private var session = ""
    private var nextID = 0

    /// Starts Chromium with a `width`×`height` window and opens `url` in it, waiting up to
    /// `timeout` seconds for it to load (a large page on a loaded machine takes a while).
    public static func open(_ url: String, width: Int = 1280, height: Int = 800,
                            timeout: TimeInterval = 20) async throws -> ChromiumPage {
        guard let executable = HeadlessChromium.executable else { throw Failure.notInstalled }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("nb-cdp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                             "--remote-debugging-port=0", "--window-size=\(width),\(height)",
                             "--user-data-dir=\(profile.path)", "about:blank"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID"
        var announced = ""
        let deadline = Date().addingTimeInterval(20)
        var endpoint: String?
        while endpoint == nil, Date() < deadline {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            announced += String(decoding: chunk, as: UTF8.self)
            if let range = announced.range(of: #"ws://127\.0\.0\.1:\d+/devtools/browser/[0-9a-f-]+"#, options: .regularExpression) {
                endpoint = String(announced[range])
            }
        }
        guard let endpoint else {
            process.terminate()
            throw Failure.noDevToolsEndpoint(announced)
        }
        // Keep draining stderr so Chromium never blocks on a full pipe.
        errors.fileHandleForReading.readabilityHandler = { _ = $0.availableData }
        let page = ChromiumPage(process: process, socket: try WebSocketClient(url: endpoint), profile: profile)
        let targets = try await page.command("Target.getTargets", [:])
        guard let list = targets["targetInfos"] as? [[String: Any]],
              let target = list.first(where: { $0["type"] as? String == "page" })?["targetId"] as? String else {
            page.close()
            throw Failure.protocolError("no page target in \(targets)")
        }
        let attached = try await page.command("Target.attachToTarget", ["targetId": target, "flatten": true])
        guard let session = attached["sessionId"] as? String else {
            page.close()
            throw Failure.protocolError("could not attach to the page: \(attached)")
        }
        page.session = session
        try await page.navigate(url, timeout: timeout)
        return page
    }

    private init(process: Process, socket: WebSocketClient, profile: URL) {
        self.process = process
        self.socket = socket
        self.profile = profile
    }

    /// Loads `url` and waits until its document has loaded.
    public func navigate(_ url: String, timeout: TimeInterval = 20) async throws {
        _ = try await command("Page.navigate", ["url": url])
        try await waitUntil("document.readyState === 'complete' && location.href !== 'about:blank'", timeout: timeout)
    }

    /// The value of a JavaScript expression (JSON-like: numbers as Double, strings, Bools, arrays, dictionaries).
    @discardableResult
    public func evaluate(_ expression: String) async throws -> Any? {
        let reply = try await command("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        guard let result = reply["result"] as? [String: Any] else { return nil }
        if let exception = reply["exceptionDetails"] as? [String: Any] {
            throw Failure.protocolError("exception in \(expression): \(exception)")
        }
        return result["value"]
    }

    /// Polls `condition` (a JavaScript expression) every 25 ms until it is true.
    public func waitUntil(_ condition: String, timeout: TimeInterval = 10) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if (try? await evaluate("Boolean(\(condition))")) as? Bool == true { return }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw Failure.timedOut(condition)
    }

    /// Presses and releases a key, as the keyboard does: `"ArrowRight"`, `" "`, `"PageDown"`, `"Home"`, `"End"`, `"a"`.
    public func press(_ key: String) async throws {
        let codes: [String: (code: String, keyCode: Int)] = [
            "ArrowRight": ("ArrowRight", 39), "ArrowLeft": ("ArrowLeft", 37), "ArrowDown": ("ArrowDown", 40),
            "ArrowUp": ("ArrowUp", 38), " ": ("Space", 32), "PageDown": ("PageDown", 34), "PageUp": ("PageUp", 33),
            "Home": ("Home", 36), "End": ("End", 35), "Enter": ("Enter", 13), "Escape": ("Escape", 27),
        ]
        let code = codes[key] ?? ("Key" + key.uppercased(), Int(key.uppercased().unicodeScalars.first?.value ?? 0))
        for type in ["keyDown", "keyUp"] {
            var parameters: [String: Any] = ["type": type, "key": key, "code": code.code,
                                             "windowsVirtualKeyCode": code.keyCode, "nativeVirtualKeyCode": code.keyCode]
            if type == "keyDown", key.count == 1 { parameters["text"] = key }
            _ = try await command("Input.dispatchKeyEvent", parameters)
        }
    }

    /// A PNG of what the window shows.
    public func screenshot() async throws -> Data {
        let reply = try await command("Page.captureScreenshot", ["format": "png"])
        guard let base64 = reply["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw Failure.protocolError("no screenshot data")
        }
        return data
    }

    /// Ends Chromium and removes its profile.
    public func close() {
        socket.closeConnection()
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: profile)
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    // MARK: The protocol

    private func command(_ method: String, _ parameters: [String: Any]) async throws -> [String: Any] {
        nextID += 1
        let id = nextID
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if !session.isEmpty { message["sessionId"] = session }
        try socket.send(text: String(decoding: try JSONSerialization.data(withJSONObject: message), as: UTF8.self))
        while true {
            guard let reply = try socket.receive() else { throw Failure.protocolError("the browser closed the connection") }
            guard let object = try JSONSerialization.jsonObject(with: Data(reply.utf8)) as? [String: Any],
                  object["id"] as? Int == id else { continue }   // events and other replies
            if let error = object["error"] as? [String: Any] { throw Failure.protocolError("\(method): \(error)") }
            return object["result"] as? [String: Any] ?? [:]
        }
    }

}
