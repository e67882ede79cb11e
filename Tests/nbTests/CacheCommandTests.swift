import Foundation
import Testing

/// `nb cache clear` as a user runs it: it drops a notebook's cached results (the next render
/// runs every cell again), and a path that names no notebook and no cache is a typo, said so.
@Suite struct CacheCommandTests {
    @Test func clearDropsTheResultsAndAMistypedNameIsAnError() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nb-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "```swift\nprint(6 * 7)\n```\n".write(to: folder.appendingPathComponent("n.md"), atomically: true, encoding: .utf8)
        let nb = try NBExecutable.url()

        let render = try await ProcessRun.run(nb, ["render", "n.md"], in: folder)
        #expect(render.status == 0, "\(render.stderr)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".nb-cache/n").path)
        #expect(entries.filter { $0.hasSuffix(".result") }.count == 1)

        let cleared = try await ProcessRun.run(nb, ["cache", "clear", "n.md"], in: folder)
        #expect(cleared.status == 0)
        #expect(cleared.stderr == "n.md: removed 1 cached result\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".nb-cache/n").path))

        let typo = try await ProcessRun.run(nb, ["cache", "clear", "nn.md"], in: folder)
        #expect(typo.status == 2)
        #expect(typo.stderr == "nn.md: error: no such notebook, and no cached results for one\n")
    }
}
