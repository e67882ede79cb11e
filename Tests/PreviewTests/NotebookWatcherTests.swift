import Foundation
import Testing
@testable import Preview

/// The watcher behind `nb preview`, on real files: each way an editor saves is seen, and only the
/// watched file counts (one save may be two finished events: see `NotebookWatcher`).
@Suite struct NotebookWatcherTests {
    /// Counts the changes the watcher reports.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func increment() { lock.withLock { value += 1 } }

        /// Waits until the count reaches `target` (at most 10 s), then `quiet` more.
        func wait(for target: Int, thenQuiet quiet: Duration = .milliseconds(300)) async throws -> Int {
            let deadline = ContinuousClock.now + .seconds(10)
            while count < target, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
            try await Task.sleep(for: quiet)
            return count
        }
    }

    func watching(_ file: String, in folder: URL) -> (NotebookWatcher, Counter) {
        let watcher = NotebookWatcher(paths: [folder.appendingPathComponent(file).path])
        let counter = Counter()
        let changes = watcher.changes()
        Task { for await _ in changes { counter.increment() } }
        return (watcher, counter)
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nb-watcher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try "one".write(to: url.appendingPathComponent("n.md"), atomically: false, encoding: .utf8)
        return url
    }

    @Test func aSaveByRenameIsAChange() async throws {
        let folder = try folder()
        let (watcher, counter) = watching("n.md", in: folder)
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(200))   // the watch is in place
        try "two".write(to: folder.appendingPathComponent("n.md"), atomically: true, encoding: .utf8)
        #expect(try await counter.wait(for: 1) >= 1)
    }

    @Test func aWriteInPlaceIsAChange() async throws {
        let folder = try folder()
        let (watcher, counter) = watching("n.md", in: folder)
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(200))
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("n.md"))
        try handle.write(contentsOf: Data("three".utf8))
        try handle.close()
        #expect(try await counter.wait(for: 1) >= 1)
    }

    @Test func anotherFileInTheFolderIsNoChange() async throws {
        let folder = try folder()
        let (watcher, counter) = watching("n.md", in: folder)
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(200))
        try "x".write(to: folder.appendingPathComponent("other.md"), atomically: true, encoding: .utf8)
        try await Task.sleep(for: .milliseconds(300))
        #expect(counter.count == 0)
        try "two".write(to: folder.appendingPathComponent("n.md"), atomically: true, encoding: .utf8)
        #expect(try await counter.wait(for: 1) >= 1)
    }
}
