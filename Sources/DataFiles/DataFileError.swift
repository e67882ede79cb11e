/// Why a data file could not be read, or a table not made from it. Data only: the words are
/// `Messages.text(for:)` in `Sources/Diagnostics/DataFileMessages.swift`; the position of the
/// call that read the file is added by the cell that made the call (docs/ARCHITECTURE.md,
/// "Data files").
public struct DataFileError: Error, Hashable, Sendable {
    /// The path as the cell wrote it (relative to the notebook's folder).
    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// What is wrong, by rule.
    public enum Kind: Hashable, Sendable {
        // MARK: Confinement: where a data file may be
        /// The notebook has no folder (it was read from standard input).
        case noFolder
        /// An empty path.
        case emptyPath
        /// `/etc/passwd`: data paths are relative to the notebook's folder.
        case absolutePath
        /// `../x.csv`, or a symbolic link, that leads out of the notebook's folder once resolved.
        case escapesFolder
        /// Nothing at that path.
        case notFound
        /// A folder, FIFO, device or socket: only regular files are data.
        case notRegularFile(FileKind)
        /// Larger than the run's data limit (`execute: data-limit:`).
        case tooLarge(bytes: Int, limit: Int)
        /// The file could not be opened or read (`errno`).
        case unreadable(errno: Int32)
        /// The file changed while it was read (its size or modification time moved).
        case changedWhileReading
        /// An earlier cell of the same run read other bytes at this path.
        case changedDuringRun(firstHash: String, nowHash: String)

        // MARK: CSV: what the text of the file is
        /// Bytes that are not UTF-8, first at file line `line`.
        case notUTF8(line: Int)
        /// A delimiter that cannot separate fields (a quote, a newline, more than one scalar).
        case invalidDelimiter(Character)
        /// The file has no header row (it is empty).
        case emptyFile
        /// A quote inside a field that is not quoted, or text after a closing quote (RFC 4180 §2.5–2.7),
        /// in the record starting at file line `line`.
        case misplacedQuote(line: Int)
        /// A quoted field still open at the end of the file.
        case unterminatedQuote
        /// A record with `found` fields where the header has `expected`.
        case raggedRow(line: Int, expected: Int, found: Int)
        /// Two header fields with the same name.
        case duplicateColumn(name: String, first: Int, second: Int)

        // MARK: Columns: what a cell asked of a table
        /// No column has this name.
        case unknownColumn(name: String, names: [String])
        /// An entry that is not a number: file line, 1-based data row, column name, the text.
        case notANumber(line: Int, row: Int, column: String, text: String)
        /// An empty entry in a numeric column without `missing: .nan`.
        case emptyEntry(line: Int, row: Int, column: String)
        /// `Matrix(table, columns: [])`.
        case noColumns
    }

    /// What kind of file a path names, when it is not a regular file.
    public enum FileKind: Hashable, Sendable {
        case directory, fifo, characterDevice, blockDevice, socket, other
    }
}

/// What an empty entry of a numeric column means.
public enum MissingEntries: Int, Hashable, Sendable {
    /// An error naming the row and column (the default: a hole in the data is a question, not a number).
    case error
    /// NaN, which statistics propagate and figures leave out.
    case nan
}
