import Cells
import Digest
import Foundation
import Testing
@testable import Render

@Suite struct ResultsCacheTests {
    let cells = [
        CellSource(index: 0, label: "setup", code: "let a = 1", firstLine: 5),
        CellSource(index: 1, code: "print(a)", firstLine: 12),
        CellSource(index: 2, code: "check(a == 1)", firstLine: 20),
    ]

    func keys(_ cells: [CellSource], seed: UInt64 = 42) -> [String] {
        ResultsCache.keys(for: cells, configuration: RunConfiguration(seed: seed), identity: "test").map(\.hex)
    }

    @Test func aCellsKeyChainsOverEveryCellUpToIt() {
        let base = keys(cells)
        var edited = cells
        edited[1].code = "print(a + 0)"
        let after = keys(edited)
        #expect(after[0] == base[0])
        #expect(after[1] != base[1] && after[2] != base[2])
    }

    @Test func proseAboveACellMovesItWithoutChangingItsKey() {
        let moved = cells.map { cell in var c = cell; c.firstLine += 7; return c }
        #expect(keys(moved) == keys(cells))
    }

    @Test func theSeedTheStreamAndTheOptionsAreInTheKey() {
        let base = keys(cells)
        #expect(keys(cells, seed: 43).allSatisfy { !base.contains($0) })
        var relabelled = cells
        relabelled[0].label = "other"
        #expect(keys(relabelled)[0] != base[0])
        var unevaluated = cells
        unevaluated[2].eval = false
        #expect(keys(unevaluated)[2] != base[2])
        #expect(ResultsCache.keys(for: cells, configuration: RunConfiguration(), identity: "another nb")[0].hex != base[0])
    }

    @Test func anEntryIsUsedOnlyWhenWholeAndForItsKey() throws {
        let folder = try scratchFolder([:])
        let cache = ResultsCache(notebookPath: folder.appendingPathComponent("n.md").path)
        let key = SHA256.hash(of: Array("k".utf8)), other = SHA256.hash(of: Array("o".utf8))
        #expect(throws: ResultsCache.Rejection.missing) { try cache.load(key) }
        cache.store(Data("payload".utf8), for: key)
        #expect(try cache.load(key) == Data("payload".utf8))
        #expect(cache.path(for: key).path.hasSuffix("/.nb-cache/n/\(key.hex).result"))

        let path = cache.path(for: key).path
        let whole = try Data(contentsOf: cache.path(for: key))
        // Truncated, a flipped byte, another key's entry, and garbage: each refused, never trusted.
        for damaged in [whole.dropLast(2), flipping(whole, at: whole.count - 3), Data("garbage".utf8)] {
            try Data(damaged).write(to: cache.path(for: key))
            #expect(throws: ResultsCache.Rejection.invalid(path: path)) { try cache.load(key) }
        }
        cache.store(Data("payload".utf8), for: other)
        try Data(contentsOf: cache.path(for: other)).write(to: cache.path(for: key))
        #expect(throws: ResultsCache.Rejection.invalid(path: path)) { try cache.load(key) }
        #expect(try cache.clear() == 2)
        #expect(!FileManager.default.fileExists(atPath: cache.folder.path))
    }

    @Test func writersAtOnceNeverLeaveAPartialEntry() async throws {
        let folder = try scratchFolder([:])
        let cache = ResultsCache(notebookPath: folder.appendingPathComponent("n.md").path)
        let key = SHA256.hash(of: Array("k".utf8))
        let payload = Data(repeating: 7, count: 1 << 18)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 { group.addTask { cache.store(payload, for: key) } }
            for _ in 0..<8 { group.addTask { _ = try? cache.load(key) } }
        }
        #expect(try cache.load(key) == payload)
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.folder.path)
        #expect(names == [key.hex + ".result"])
    }

    private func flipping(_ data: Data, at index: Int) -> Data {
        var copy = data
        copy[copy.startIndex + index] ^= 0xFF
        return copy
    }
}
