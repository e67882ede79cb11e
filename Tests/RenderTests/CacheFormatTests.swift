import Cells
import Foundation
import Plot
import Testing
@testable import Render

/// Entries of format 3 (nb's binary values) against those an nb of format 2 left (binary property
/// lists): the old ones are neither read nor warned about, and a format-3 entry whose payload is
/// not a value is refused with a warning, whatever its hash says.
@Suite struct CacheFormatTests {
    let renders = CachedRenderTests()

    func entries(in folder: URL) throws -> [URL] {
        let entries = folder.appendingPathComponent(".nb-cache/n")
        return try FileManager.default.contentsOfDirectory(atPath: entries.path).filter { $0.hasSuffix(".result") }.sorted()
            .map { entries.appendingPathComponent($0) }
    }

    /// The cells of `n.md` in `folder` as the pipeline keys them, and the configuration.
    func cells(in folder: URL) throws -> (cache: ResultsCache, cells: [CellSource], configuration: RunConfiguration) {
        let path = folder.appendingPathComponent("n.md").path
        let notebook = try #require(Pipeline(console: RecordingConsole().console).load(path))
        let (cells, configuration) = (Pipeline.cellSources(notebook), Pipeline.runConfiguration(notebook))
        return (ResultsCache(notebookPath: path), cells, configuration)
    }

    @Test func aFormat2EntryIsAMissWithoutAWarningAndIsCleanedUp() throws {
        let folder = try scratchFolder([:])
        let clean = try renders.render(CachedRenderTests.notebook, in: folder, cache: false)
        _ = try renders.render(CachedRenderTests.notebook, in: folder, cache: true)
        let (cache, cells, configuration) = try cells(in: folder)
        // What format 2 stored for each cell, under format 2's keys; format 3's entries gone.
        let lines = CellLines(cells.map(\.firstLine))
        let results = try cells.indices.map { index in
            try CachedCell.decode(try cache.load(ResultsCache.keys(for: cells, configuration: configuration)[index]), lines: lines)
        }
        for url in try entries(in: folder) { try FileManager.default.removeItem(at: url) }
        let oldKeys = ResultsCache.keys(for: cells, configuration: configuration, format: "nb-results-cache/2")
        for (result, key) in zip(results, oldKeys) {
            let encoder = PropertyListEncoder()
            encoder.outputFormat = .binary
            encoder.userInfo[CallSite.lineOrigin] = lines
            let entry = ResultsCache.Entry.encode(key: key.hex, payload: try encoder.encode(result), format: "nb-results-cache/2")
            try entry.write(to: cache.path(for: key))
        }
        // And the report memo an older nb left: not corrupt, only not ours.
        try ResultsCache.Entry.encode(key: ResultsCache.reportMemoKey(), payload: Data("old memo".utf8),
                                      format: "nb-results-cache/2").write(to: cache.reportMemoPath)
        let again = try renders.render(CachedRenderTests.notebook, in: folder, cache: true)
        #expect(!again.err.contains("from the cache"))
        #expect(!again.err.contains("warning: corrupt or foreign"))
        #expect(!again.err.contains("corrupt report memo"))
        #expect(again.html == clean.html)
        #expect(try entries(in: folder).map(\.lastPathComponent) == ResultsCache.keys(for: cells, configuration: configuration)
            .map { $0.hex + ".result" }.sorted(), "format 2's entries were removed, format 3's written")
    }

    @Test func aFormat3EntryThatIsNotAValueIsAMissWithAWarning() throws {
        let folder = try scratchFolder([:])
        let clean = try renders.render(CachedRenderTests.notebook, in: folder, cache: true)
        let (cache, cells, configuration) = try cells(in: folder)
        let key = ResultsCache.keys(for: cells, configuration: configuration)[1]
        // Cut short, then stored properly: the header and the hash agree, the value does not.
        cache.store(try cache.load(key).dropLast(9), for: key)
        let recovered = try renders.render(CachedRenderTests.notebook, in: folder, cache: true)
        #expect(recovered.err.contains("warning: corrupt or foreign results-cache entry ignored"))
        #expect(!recovered.err.contains("from the cache"))
        #expect(recovered.html == clean.html)
        #expect(try renders.render(CachedRenderTests.notebook, in: folder, cache: true).err.contains("from the cache"),
                "the entry was rewritten")
    }
}
