import SwiftCSV

/// A CSV file as a table of text: a header row naming the columns, then one record per row.
/// Numbers are read from the text when a column is asked for (`column(_:)`), so an entry that
/// is not a number is an error naming its line, row, column and text, and only in the column
/// that was asked for.
///
/// ```swift
/// let table = try DataTable(file, delimiter: ",", missing: .error)
/// table.names                        // ["step", "loss"]
/// try table.column("loss")           // [0.93, 0.51, …]
/// ```
///
/// The parsing is SwiftCSV's (RFC 4180: quoted fields with commas, doubled quotes and line
/// breaks in them; CRLF or LF; a UTF-8 byte order mark dropped); what it leaves lenient is
/// made strict here (docs/ARCHITECTURE.md, "Data files"): a record with too few or too many
/// fields, a quote left open at the end, and two columns of one name are errors. Blank lines
/// are skipped; spaces before a field are dropped (SwiftCSV's rule), spaces around a number
/// are ignored.
public struct DataTable: Sendable {
    /// The file's path, as the cell wrote it.
    public let path: String
    /// The header's fields, in order.
    public let names: [String]
    /// What an empty entry of a numeric column is.
    public let missing: MissingEntries
    /// Entries by column, then row.
    let entries: [[String]]
    /// The file line each record starts on (1-based; the header is line 1 or later).
    let lines: [Int]

    /// The number of records (rows below the header).
    public var count: Int { lines.count }

    /// Parses `file`'s bytes; `checkpoint` is called before each chunk of about 64 KB (the run's time limit).
    public init(_ file: DataFile, delimiter: Character = ",", missing: MissingEntries = .error,
                header: Bool = true, checkpoint: () throws -> Void = {}) throws {
        let path = file.record.path
        func fail(_ kind: DataFileError.Kind) -> DataFileError { DataFileError(path: path, kind: kind) }
        guard delimiter.unicodeScalars.count == 1, delimiter != "\"", !delimiter.isNewline else {
            throw fail(.invalidDelimiter(delimiter))
        }
        guard var text = String(validating: file.bytes, as: UTF8.self) else {
            throw fail(.notUTF8(line: Self.lineOfFirstInvalidByte(file.bytes)))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // SwiftCSV drops an empty last field of a last record that has no line break after it.
        if let last = text.last, !last.isNewline { text.append("\n") }
        // A quote left open swallows the rest of the file, which SwiftCSV accepts: every quote of a
        // well-formed file is paired (two around a field, two for each quote inside one).
        guard text.utf8.count(where: { $0 == UInt8(ascii: "\"") }).isMultiple(of: 2) else {
            throw fail(.unterminatedQuote)
        }

        var records: [[String]] = []
        var lines: [Int] = []
        var line = 1
        do {
            try Self.records(text, delimiter: delimiter, checkpoint: checkpoint) { fields in
                let spanned = 1 + fields.reduce(0) { $0 + $1.count(where: \.isNewline) }
                // A blank line is a record of one empty field.
                if fields != [""] {
                    records.append(fields)
                    lines.append(line)
                }
                line += spanned
            }
        } catch is CSVParseError {
            throw fail(.misplacedQuote(line: line))
        }

        var names: [String]
        if header {
            guard !records.isEmpty else { throw fail(.emptyFile) }
            names = records.removeFirst()
            lines.removeFirst()
            for (index, name) in names.enumerated() {
                if let first = names[..<index].firstIndex(of: name) {
                    throw fail(.duplicateColumn(name: name, first: first + 1, second: index + 1))
                }
            }
        } else {
            names = (records.first ?? []).indices.map { "\($0 + 1)" }   // errors name columns 1, 2, …
        }
        var entries = [[String]](repeating: [], count: names.count)
        for column in entries.indices { entries[column].reserveCapacity(records.count) }
        for (record, fields) in records.enumerated() {
            guard fields.count == names.count else {
                throw fail(.raggedRow(line: lines[record], expected: names.count, found: fields.count))
            }
            for (column, field) in fields.enumerated() { entries[column].append(field) }
        }
        self.path = path
        self.names = names
        self.missing = missing
        self.entries = entries
        self.lines = lines
    }

    /// Every record's fields, in order, through SwiftCSV's parser, a chunk of about
    /// `chunkBytes` at a time (SwiftCSV 0.10's callback cannot throw, so the checkpoint runs
    /// between chunks). A chunk ends at a line break outside quotes: with the quotes of a
    /// record balanced, that is a line break after an even number of quotes.
    static func records(_ text: String, delimiter: Character, checkpoint: () throws -> Void,
                        _ body: @escaping ([String]) -> Void) throws {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var quotes = 0
        var index = start
        var length = 0
        while index < utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            length += 1
            if byte == UInt8(ascii: "\"") { quotes += 1 }
            guard (byte == UInt8(ascii: "\n") && quotes.isMultiple(of: 2) && length >= chunkBytes) || index == utf8.endIndex else {
                continue
            }
            try checkpoint()
            let chunk = String(text[start..<index])
            let csv = try CSV<Enumerated>(string: chunk, delimiter: .character(delimiter), loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil, body)
            start = index
            length = 0
        }
    }

    /// About how much text SwiftCSV parses between two checks of the time limit.
    static let chunkBytes = 1 << 16

    /// The column called `name`, as text.
    public func strings(_ name: String) throws(DataFileError) -> [String] {
        entries[try index(of: name)]
    }

    /// The column called `name`, as numbers: each entry as Swift's `Double(_:)` reads it (spaces
    /// around it ignored); an empty entry is NaN with `missing: .nan`, else an error.
    public func column(_ name: String) throws(DataFileError) -> [Double] {
        let column = try index(of: name)
        return try numbers(column)
    }

    /// Column `column` (0-based) as numbers.
    func numbers(_ column: Int) throws(DataFileError) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(count)
        for (row, text) in entries[column].enumerated() {
            let trimmed = text.trimmingSpaces
            if let value = Double(trimmed) {
                values.append(value)
            } else if trimmed.isEmpty, missing == .nan {
                values.append(.nan)
            } else if trimmed.isEmpty {
                throw DataFileError(path: path, kind: .emptyEntry(line: lines[row], row: row + 1, column: names[column]))
            } else {
                throw DataFileError(path: path, kind: .notANumber(line: lines[row], row: row + 1, column: names[column],
                                                                  text: text))
            }
        }
        return values
    }

    /// The named columns side by side, row by row (`count × columns.count` entries, row-major).
    public func rowMajor(columns: [String]) throws(DataFileError) -> [Double] {
        guard !columns.isEmpty else { throw DataFileError(path: path, kind: .noColumns) }
        var byColumn: [[Double]] = []
        for name in columns { byColumn.append(try numbers(try index(of: name))) }
        var values: [Double] = []
        values.reserveCapacity(count * columns.count)
        for row in 0..<count { for column in byColumn { values.append(column[row]) } }
        return values
    }

    /// Every column as numbers, row by row (a header-less numeric file: `readMatrix`).
    public func rowMajor() throws(DataFileError) -> [Double] {
        guard !names.isEmpty else { return [] }
        return try rowMajor(columns: names)
    }

    private func index(of name: String) throws(DataFileError) -> Int {
        guard let index = names.firstIndex(of: name) else {
            throw DataFileError(path: path, kind: .unknownColumn(name: name, names: names))
        }
        return index
    }

    /// The file line (1-based) holding the first byte that is not UTF-8.
    static func lineOfFirstInvalidByte(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return 1 + bytes.count(where: { $0 == 0x0A })
            case .error:
                return 1 + bytes[..<offset].count(where: { $0 == 0x0A })
            }
        }
    }
}

extension String {
    /// Without the spaces and tabs around it.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}

extension DataTable: CustomStringConvertible {
    /// What a cell shows for a table: `DataTable("data/losses.csv", 93 rows, columns: ["run", "loss"])`.
    public var description: String {
        "DataTable(\(String(reflecting: path)), \(count) row\(count == 1 ? "" : "s"), columns: \(names))"
    }
}
