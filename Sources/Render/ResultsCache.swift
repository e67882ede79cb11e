import Cells
import Digest
import Foundation
import Report

/// The results cache behind `nb render`, `check` and `run` (Quarto's `freeze`, made exact;
/// docs/ARCHITECTURE.md, "The results cache").
///
/// Cells are deterministic by construction (seeded per-cell streams; no file, clock or network
/// access but data files read through the run), so a cell's result is a function of nb itself,
/// the notebook's execution options, and the source of every cell up to and including it. Each
/// cell's entry is stored under a key chained over exactly those:
///
///     key₀ = SHA-256(format, nb's identity, execution options, cell 0)
///     keyᵢ = SHA-256(keyᵢ₋₁, cell i)
///
/// where a cell is its code (options included), its random-stream key, `eval`, `error` and
/// `timeout` — not its line in the file: the lines a result mentions are stored relative to
/// the cells and placed again where the cells are now, so a prose edit above a cell keeps it.
///
/// Entries live in `.nb-cache/NAME/` beside `NAME.md`, one file per key. Each carries its key
/// and the SHA-256 of its payload and is checked before use: a corrupt, truncated or foreign
/// entry is reported and ignored (recomputed), never trusted. Writes are atomic, so two renders
/// of one notebook at once never corrupt an entry.
public struct ResultsCache: Sendable {
    /// Bumped whenever the payload's meaning changes. It is in every key, so an entry of another
    /// format is never looked up (a miss, without a warning) and goes with the next store's
    /// clean-up. Format 3: payloads are nb's binary values (format 2: binary property lists).
    public static let format = "nb-results-cache/3"

    /// `.nb-cache/NAME/` beside the notebook.
    public let folder: URL

    public init(notebookPath: String) {
        let notebook = URL(fileURLWithPath: notebookPath)
        let name = notebook.deletingPathExtension().lastPathComponent
        folder = notebook.deletingLastPathComponent().appendingPathComponent(".nb-cache").appendingPathComponent(name)
    }

    /// Why an entry was not used.
    public enum Rejection: Error, Equatable {
        /// Not in the cache (the usual case after an edit).
        case missing
        /// Present but not a valid entry for `key`: truncated, corrupted, or written for another key.
        case invalid(path: String)
    }

    /// One key per cell, chained as described above.
    public static func keys(for cells: [CellSource], configuration: RunConfiguration,
                            identity: String = NBIdentity.current, format: String = format) -> [SHA256.Digest] {
        var previous: SHA256.Digest?
        return cells.map { cell in
            var hash = SHA256()
            if let previous {
                hash.update(previous.bytes)
            } else {
                hash.update(field: format)
                hash.update(field: identity)
                hash.update(field: String(describing: configuration))
            }
            hash.update(field: executedCode(cell.code))
            hash.update(field: cell.label ?? "cell-\(cell.index)")
            hash.update(field: "eval=\(cell.eval) error=\(cell.errorExpected) timeout=\(cell.timeout.map { "\($0)" } ?? "-")")
            let key = hash.finalize()
            previous = key
            return key
        }
    }

    /// A cell's code as far as running it goes: its leading `//|` option lines keep their place
    /// (positions inside the cell stay the same) but not their text, since the options that change
    /// a run (label, eval, error, timeout) are hashed on their own and the rest (`fig-cap`, `echo`,
    /// `code-fold`, …) only change how the report shows the result: editing a caption runs no cell.
    static func executedCode(_ code: String) -> String {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        for index in lines.indices {
            guard lines[index].trimmingPrefix(while: { $0 == " " || $0 == "\t" }).hasPrefix("//|") else { break }
            lines[index] = "//|"
        }
        return lines.joined(separator: "\n")
    }

    func path(for key: SHA256.Digest) -> URL { folder.appendingPathComponent(key.hex + ".result") }

    /// The payload stored under `key`, checked.
    public func load(_ key: SHA256.Digest) throws(Rejection) -> Data {
        let url = path(for: key)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .missing }
        guard let entry = Entry(data), entry.key == key.hex, SHA256.hash(of: entry.payload).hex == entry.payloadHash else {
            throw .invalid(path: url.path)
        }
        return entry.payload
    }

    /// Stores `payload` under `key` (atomically; a failure to write only costs a later recompute).
    public func store(_ payload: Data, for key: SHA256.Digest) {
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return }
        try? AtomicFile.write(Entry.encode(key: key.hex, payload: payload), to: path(for: key).path)
    }

    /// `nb cache clear`: removes the notebook's entries (and its report memo). Returns how many
    /// entries there were.
    @discardableResult
    public func clear() throws -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return 0 }
        let entries = names.filter { $0.hasSuffix(".result") }
        for name in entries { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        if names.contains(Self.reportMemoName) { try FileManager.default.removeItem(at: reportMemoPath) }
        if (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? FileManager.default.removeItem(at: folder)
        }
        return entries.count
    }

    /// `report.memo` beside the entries: the report's parsed code and figures' SVG, for the next
    /// render (`Report.ReportMemo`; docs/ARCHITECTURE.md, "The results cache").
    static let reportMemoName = "report.memo"
    var reportMemoPath: URL { folder.appendingPathComponent(Self.reportMemoName) }

    /// The report memo's key: the nb that wrote it (parsed code and drawings are its own).
    static func reportMemoKey(identity: String = NBIdentity.current) -> String {
        var hash = SHA256()
        hash.update(field: "report memo")
        hash.update(field: identity)
        return hash.finalize().hex
    }

    /// The memo the last render left, checked as an entry is (an empty one when there is none,
    /// or when it is another nb's); `onInvalid` hears of one that is corrupt or truncated (it
    /// is ignored, and replaced after the render).
    public func reportMemo(onInvalid: (String) -> Void) -> ReportMemo {
        guard let data = FileManager.default.contents(atPath: reportMemoPath.path), !Entry.isOtherFormat(data) else {
            return ReportMemo.persistent(decoding: nil)!
        }
        guard let entry = Entry(data), SHA256.hash(of: entry.payload).hex == entry.payloadHash else {
            onInvalid(reportMemoPath.path)
            return ReportMemo.persistent(decoding: nil)!
        }
        guard entry.key == Self.reportMemoKey() else { return ReportMemo.persistent(decoding: nil)! }
        guard let memo = ReportMemo.persistent(decoding: entry.payload) else {
            onInvalid(reportMemoPath.path)
            return ReportMemo.persistent(decoding: nil)!
        }
        return memo
    }

    /// Writes `memo` back (atomically), if it changed.
    public func store(_ memo: ReportMemo) {
        guard memo.changedSinceMade,
              (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return }
        try? AtomicFile.write(Entry.encode(key: Self.reportMemoKey(), payload: memo.encoded()), to: reportMemoPath.path)
    }

    /// An entry's bytes: a header of three lines, an empty line, the payload.
    ///
    ///     nb-results-cache/3
    ///     key <64 hex digits>
    ///     sha256 <64 hex digits of the payload>
    ///
    ///     <payload>
    struct Entry {
        var key: String
        var payloadHash: String
        var payload: Data

        static func encode(key: String, payload: Data, format: String = ResultsCache.format) -> Data {
            Data("\(format)\nkey \(key)\nsha256 \(SHA256.hash(of: payload).hex)\n\n".utf8) + payload
        }

        /// Whether `data` is an entry another nb's cache format wrote (`nb-results-cache/2`): not
        /// corrupt, only not ours, so it is a miss without a warning (and replaced when stored).
        static func isOtherFormat(_ data: Data) -> Bool {
            let prefix = Data("nb-results-cache/".utf8)
            return data.starts(with: prefix) && !data.starts(with: Data((ResultsCache.format + "\n").utf8))
        }

        init?(_ data: Data) {
            let bytes = [UInt8](data)
            guard let end = bytes.firstRange(of: [10, 10]) else { return nil }
            let lines = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count == 3, lines[0] == ResultsCache.format, lines[1].hasPrefix("key "), lines[2].hasPrefix("sha256 ") else {
                return nil
            }
            key = String(lines[1].dropFirst(4))
            payloadHash = String(lines[2].dropFirst(7))
            payload = Data(bytes[end.upperBound...])
        }
    }
}

/// What identifies the `nb` that computed a result: its version and its executable (size and
/// modification time, so a rebuilt `nb` never trusts results of the one before).
public enum NBIdentity {
    public static let version = "0.2.0"

    public static let current: String = {
        var info = stat()
        let executable = "/proc/self/exe"
        guard stat(executable, &info) == 0 else { return version }
        return "\(version) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
