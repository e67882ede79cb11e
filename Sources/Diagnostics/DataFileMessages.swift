import Foundation
import DataFiles

extension Messages {
    /// The message for a data file that could not be read or used: the path first, then the
    /// rule it broke or the place in the file (line, row, column) and the text found there.
    ///
    /// ```
    /// ../x.csv: a data file must stay inside the notebook's folder ('..' and symbolic links are resolved first)
    /// data/losses.csv:5: row 4, column "loss": "abc" is not a number
    /// ```
    public static func text(for error: DataFileError) -> String {
        let path = error.path
        return switch error.kind {
        case .noFolder:
            "\(path): this notebook has no folder to read data files from (it was read from standard input)"
        case .emptyPath:
            "a data file's path is empty; give a path relative to the notebook's folder"
        case .absolutePath:
            "\(path): a data file's path must be relative to the notebook's folder, not absolute"
        case .escapesFolder:
            "\(path): a data file must stay inside the notebook's folder ('..' and symbolic links are resolved first)"
        case .notFound:
            "\(path): no such file in the notebook's folder"
        case .notRegularFile(let kind):
            "\(path): is \(describe(kind)), not a regular file; only regular files can be read as data"
        case .tooLarge(let bytes, let limit):
            "\(path): the file is \(bytes.formattedBytes), over the data limit of \(limit.formattedBytes) "
                + "(raise it with 'execute: data-limit:' in the front matter)"
        case .unreadable(let number):
            "\(path): cannot be read (\(String(cString: strerror(number))))"
        case .changedWhileReading:
            "\(path): the file changed while it was being read; render again once it is written"
        case .changedDuringRun(let first, let now):
            "\(path): the file changed during this run: an earlier cell read SHA-256 \(first.prefix(12))…, "
                + "this one \(now.prefix(12))…; render again once it is written"
        case .notUTF8(let line):
            "\(path):\(line): the file is not UTF-8 text"
        case .invalidDelimiter(let delimiter):
            "\(path): \(String(reflecting: String(delimiter))) cannot be a delimiter; use one character such as \",\", \";\" or \"\\t\""
        case .emptyFile:
            "\(path): the file is empty; a CSV file starts with a header row naming its columns"
        case .misplacedQuote(let line):
            "\(path):\(line): a quote inside a field that is not quoted, or text after a closing quote "
                + "(a quoted field is \"…\", with \"\" for a quote inside it)"
        case .unterminatedQuote:
            "\(path): a quoted field is not closed before the end of the file"
        case .raggedRow(let line, let expected, let found):
            "\(path):\(line): this row has \(found) field\(found == 1 ? "" : "s"), the header has \(expected)"
        case .duplicateColumn(let name, let first, let second):
            "\(path): columns \(first) and \(second) are both named \(quoted(name))"
        case .unknownColumn(let name, let names):
            "\(path): no column named \(quoted(name)); the columns are " + names.map(quoted).joined(separator: ", ")
        case .notANumber(let line, let row, let column, let text):
            "\(path):\(line): row \(row), column \(quoted(column)): \(quoted(text)) is not a number"
        case .emptyEntry(let line, let row, let column):
            "\(path):\(line): row \(row), column \(quoted(column)) is empty (readCSV(…, missing: .nan) reads empty entries as NaN)"
        case .noColumns:
            "\(path): Matrix(table, columns:) needs at least one column"
        }
    }

    /// A data file's size in the report's run summary: exact, since the summary identifies the file.
    public static func dataFileSize(_ bytes: Int) -> String {
        "\(bytes) byte\(bytes == 1 ? "" : "s")"
    }

    private static func describe(_ kind: DataFileError.FileKind) -> String {
        switch kind {
        case .directory: "a folder"
        case .fifo: "a FIFO (named pipe)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .other: "a special file"
        }
    }

    /// `"loss"`, with quotes and backslashes escaped as Swift writes a string literal.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r") + "\""
    }
}
