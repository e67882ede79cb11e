import DataFiles
import Linalg

/// What a run has read from its notebook's folder (docs/ARCHITECTURE.md, "Data files"):
/// the reads of the current cell, for its `CellResult`, and the hash each file had the first
/// time the run read it, so that a file rewritten between two cells' reads is an error and
/// never half the notebook on the old data and half on the new. State of one run, kept by
/// its `Runtime`.
struct DataReads {
    /// Where data files are read from; nil when the notebook has no folder.
    let folder: DataFolder?
    /// The current cell's reads, each file once, in the order first read.
    var cell: [DataFileRecord] = []
    /// The SHA-256 each file had when this run first read it, by resolved path.
    var firstHash: [String: String] = [:]
}

extension Runtime {
    /// Reads a data file for a builtin: confined and size-limited by the folder, its bytes
    /// counted against the run's memory budget before they are allocated, the same bytes
    /// every time one run reads one file, and recorded for the cell.
    func readDataFile(_ path: String) throws -> DataFile {
        guard let folder = data.folder else { throw DataFileError(path: path, kind: .noFolder) }
        let file = try folder.read(path, admit: { bytes in
            if let budget = RunLimits.current?.memory {
                do throws(MemoryLimitExceeded) { try budget.check(Int128(bytes)) } catch {
                    throw Trap(.memoryLimitExceeded(bytes: bytes, limit: error.limitBytes))
                }
            }
        })
        if let first = data.firstHash[file.resolvedPath], first != file.record.sha256 {
            throw DataFileError(path: path, kind: .changedDuringRun(firstHash: first, nowHash: file.record.sha256))
        }
        data.firstHash[file.resolvedPath] = file.record.sha256
        if !data.cell.contains(file.record) { data.cell.append(file.record) }
        return file
    }

    /// Called between chunks of a CSV file: the cell's time limit holds while a large file is parsed.
    func dataCheckpoint() throws {
        if timeIsUp { throw Trap(alarmError(line: 0, column: 0).kind) }
    }
}
