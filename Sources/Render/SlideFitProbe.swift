import Foundation

/// Which slides of a deck had to shrink to fit their 16:9 frame (docs/ARCHITECTURE.md,
/// "Slides and PDF"). The deck's own script measures each slide as it lays out and records the
/// factor as `data-fit`; this loads the deck in headless Chromium at 1280×720, beside the
/// notebook (so images have their size), and reads the factors back from the DOM.
struct SlideFitProbe {
    /// A slide shrunk below this is reported: a modest shrink is what fitting is for.
    static let warningFactor = 0.7

    var chromium: URL?
    var timeout = 60

    /// `(line of the slide's heading, factor)` for every slide shrunk below ``warningFactor``;
    /// empty when Chromium is missing or fails (the deck itself is still written).
    func shrunkSlides(deck html: String, folder: String) -> [(line: Int, factor: Double)] {
        guard let chromium else { return [] }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nb-fit-\(getpid())-\(UUID().uuidString)")
        let page = URL(fileURLWithPath: folder.isEmpty ? "." : folder)
            .appendingPathComponent(".nb-fit-\(getpid())-\(UUID().uuidString.prefix(8)).html").standardizedFileURL
        defer {
            try? FileManager.default.removeItem(at: page)
            try? FileManager.default.removeItem(at: scratch)
        }
        guard (try? Data(html.utf8).write(to: page)) != nil else { return [] }
        let process = Process()
        process.executableURL = chromium
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                             "--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND",
                             "--user-data-dir=\(scratch.appendingPathComponent("profile").path)", "--window-size=1280,720",
                             "--virtual-time-budget=10000", "--dump-dom", page.absoluteString]
        let dump = scratch.appendingPathComponent("dom.html")
        guard (try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)) != nil,
              FileManager.default.createFile(atPath: dump.path, contents: nil),
              let output = try? FileHandle(forWritingTo: dump) else { return [] }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        guard (try? process.run()) != nil else { return [] }
        if finished.wait(timeout: .now() + .seconds(timeout)) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            return []
        }
        try? output.close()
        let dom = (try? String(contentsOf: dump, encoding: .utf8)) ?? ""
        return Self.fits(in: dom).filter { $0.factor < Self.warningFactor }
    }

    /// Each slide's `data-line` and `data-fit` from a dumped DOM, in order.
    static func fits(in dom: String) -> [(line: Int, factor: Double)] {
        dom.matches(of: /<section class="slide[^>]*data-line="(\d+)"[^>]*data-fit="([0-9.]+)"/).compactMap { match in
            guard let line = Int(match.1), let factor = Double(match.2) else { return nil }
            return (line, factor)
        }
    }
}
