import Cells
import DataFiles
import Digest
import Foundation
import Plot

/// What the results cache keeps of one cell (docs/ARCHITECTURE.md, "The results cache"): what
/// it printed, showed and checked. Lines are stored relative to the first line of the cell they
/// are in (`CellLines`: a check in a function an earlier cell declared is in that cell) and placed
/// again where the cells stand now, so an edit to the prose above a cell keeps its entry.
///
/// A cell that stopped with an error is not stored (its error is found again by running it), so
/// a notebook with a failing or `error: true` cell always runs. The data files a cell read are
/// stored with their SHA-256; an entry is used only while every one of them still has it.
struct CachedCell: Codable {
    var ran: Bool
    var stdout: String
    var figures: [Figure]
    var display: DisplayValue?
    var checks: [CheckOutcome]
    var dataFiles: [DataFileRecord]

    /// Nil for a result the cache does not keep (one with an error).
    init?(_ result: CellResult) {
        guard result.error == nil else { return nil }
        ran = result.ran
        stdout = result.stdout
        figures = result.figures
        display = result.display
        checks = result.checks
        dataFiles = result.dataFiles
    }

    func result(index: Int) -> CellResult {
        var result = CellResult(index: index, ran: ran, stdout: stdout, figures: figures, display: display, checks: checks)
        result.dataFiles = dataFiles
        return result
    }

    /// Whether every data file the cell read still has the bytes it read (read again, under the
    /// same confinement and limit as a cell's read).
    func dataFilesUnchanged(in folder: DataFolder?) -> Bool {
        dataFiles.allSatisfy { record in
            guard let folder, let file = try? folder.read(record.path) else { return false }
            return file.record.sha256 == record.sha256
        }
    }

    /// nb's binary values (`BinaryValueEncoder.swift`): every `Double` kept exactly (NaN, ±∞ and
    /// -0.0 included), and read back without a property list's parsing.
    func encoded(lines: CellLines) throws -> Data {
        Data(try BinaryValues.encode(self, userInfo: [CallSite.lineOrigin: lines]))
    }

    static func decode(_ data: Data, lines: CellLines) throws -> CachedCell {
        try BinaryValues.decode(CachedCell.self, from: [UInt8](data), userInfo: [CallSite.lineOrigin: lines])
    }
}

extension ResultsCache {
    /// Every cell's result from the cache, or nil when any cell has no valid entry (then all
    /// cells run: a cell's state comes from the cells above it). `onInvalid` hears of each
    /// corrupt, truncated or foreign entry met (it is ignored and will be overwritten).
    func results(for cells: [CellSource], configuration: RunConfiguration,
                 onInvalid: (String) -> Void) -> [CellResult]? {
        let keys = Self.keys(for: cells, configuration: configuration)
        let lines = CellLines(cells.map(\.firstLine))
        let dataFolder = configuration.dataFolder.map { DataFolder(path: $0, limitBytes: configuration.dataLimitBytes) }
        var results: [CellResult] = []
        for (cell, key) in zip(cells, keys) {
            let payload: Data
            do {
                payload = try load(key)
            } catch {
                if case .invalid(let path) = error { onInvalid(path) }
                return nil
            }
            guard let cached = try? CachedCell.decode(payload, lines: lines) else {
                onInvalid(path(for: key).path)
                return nil
            }
            // A changed data file: this cell and every one after it run again (all of them, here).
            guard cached.dataFilesUnchanged(in: dataFolder) else { return nil }
            results.append(cached.result(index: cell.index))
        }
        return results
    }

    /// Stores each cell's result that the cache keeps, up to the first one it does not, and
    /// removes the entries of earlier versions of the notebook (the cache holds one version, as
    /// Quarto's freeze does; a render of another version at the same moment only loses reuse).
    /// With `keepingEntries`, an entry already there is left as it is: for results that did not
    /// come from reading it (a kept run's, in `nb preview`), which would only write the same bytes.
    func store(_ results: [CellResult], for cells: [CellSource], configuration: RunConfiguration,
               keepingEntries: Bool = false) {
        let keys = Self.keys(for: cells, configuration: configuration)
        let lines = CellLines(cells.map(\.firstLine))
        for (cell, key) in zip(cells, keys) {
            if keepingEntries, FileManager.default.fileExists(atPath: path(for: key).path) { continue }
            guard let result = results.first(where: { $0.index == cell.index }), let cached = CachedCell(result),
                  let payload = try? cached.encoded(lines: lines) else { break }
            store(payload, for: key)
        }
        let current = Set(keys.map { $0.hex + ".result" })
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasSuffix(".result") && !current.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
