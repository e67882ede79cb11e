import DataFiles
import Linalg
import CellValues

/// Data files as cells see them (DESIGN §7 "Data"; docs/ARCHITECTURE.md, "Data files"):
/// `readCSV` gives a `DataTable` whose columns are read as numbers or text, `Matrix(table,
/// columns:)` puts numeric columns side by side, `readMatrix` reads a header-less numeric
/// file. Every read goes through the run (`Runtime.readDataFile`): confined to the notebook's
/// folder, within the data limit and the memory limit, recorded with its hash for the report.
enum SurfaceData {
    /// `MissingEntries`' cases, in `MissingEntries`' raw-value order.
    static let enums: [EnumLayout] = [
        EnumLayout(name: "MissingEntries", cases: [.init(name: "error", payload: []), .init(name: "nan", payload: [])],
                   isLibrary: true),
    ]
    static let nominals: Set<String> = ["DataTable"]

    /// Declarations the checker handles itself, for the reference.
    static let declarations: [LibraryDeclaration] = [
        LibraryDeclaration("struct DataTable",
                           summary: "A CSV file read by `readCSV`: its column `names`, its row `count`, each column as numbers or text.",
                           example: "readCSV(\"data/losses.csv\")"),
        LibraryDeclaration("enum MissingEntries { case error, nan }",
                           summary: "What an empty entry of a numeric column is: an error naming its row and column (the default), or NaN.",
                           example: "readCSV(\"data/losses.csv\", missing: .nan).column(\"loss\").count"),
    ]

    static let entries: [Builtin] = reading + tables

    private static func table(_ value: Value) -> DataTable {
        if case .opaque(let box) = value, let table = box.value as? DataTable { return table }
        preconditionFailure("a DataTable argument that is not one (a checker bug)")
    }
    private static func missing(_ value: Value) -> MissingEntries {
        if case .enumCase(let index, _) = value, let missing = MissingEntries(rawValue: index) { return missing }
        return .error
    }
    private static func delimiter(_ value: Value) -> Character { value.string.first ?? "," }

    /// Parses a data file as CSV, one time-limit check per record.
    private static func parse(_ path: String, delimiter: Character, missing: MissingEntries, header: Bool,
                              _ runtime: Runtime) throws -> DataTable {
        let file = try runtime.readDataFile(path)
        return try DataTable(file, delimiter: delimiter, missing: missing, header: header,
                             checkpoint: { try runtime.dataCheckpoint() })
    }

    /// The memory limit's check for an array of `count` values a column becomes.
    private static func admit(_ count: Int, _ runtime: Runtime) throws {
        if let overLimit = runtime.arrayOverLimit(count: count) { throw Trap(overLimit) }
    }

    static let reading: [Builtin] = [
        Builtin("func readCSV(_ path: String, delimiter: Character = \",\", missing: MissingEntries = .error) -> DataTable",
                summary: "Reads a CSV file with a header row from the notebook's folder (RFC 4180: quoted fields, CRLF, a UTF-8 BOM); the report lists it with its SHA-256.",
                example: "let runs = readCSV(\"data/losses.csv\")\nruns.names") { args, runtime in
            .opaque(AnyOpaque(value: try parse(args[0].string, delimiter: delimiter(args[1]), missing: missing(args[2]),
                                               header: true, runtime)))
        },
        Builtin("func readMatrix(_ path: String, delimiter: Character = \",\", missing: MissingEntries = .error) -> Matrix",
                summary: "Reads a numeric CSV file without a header row as a matrix, one row per line.",
                example: "readMatrix(\"data/points.csv\")") { args, runtime in
            let table = try parse(args[0].string, delimiter: delimiter(args[1]), missing: missing(args[2]), header: false, runtime)
            return .matrix(try Throwing.matrix(rows: table.count, cols: table.names.count, rowMajor: try table.rowMajor()))
        },
    ]

    static let tables: [Builtin] = [
        Builtin(on: "DataTable", "var names: [String]",
                summary: "The header's column names, in order.",
                example: "readCSV(\"data/losses.csv\").names") { args, _ in
            .array(table(args[0]).names.map(Value.string))
        },
        Builtin(on: "DataTable", "var count: Int",
                summary: "The number of rows below the header (blank lines are not rows).",
                example: "readCSV(\"data/losses.csv\").count") { args, _ in
            .int(table(args[0]).count)
        },
        Builtin(on: "DataTable", "var path: String",
                summary: "The file's path as the cell wrote it, relative to the notebook's folder.",
                example: "readCSV(\"data/losses.csv\").path") { args, _ in
            .string(table(args[0]).path)
        },
        Builtin(on: "DataTable", "func column(_ name: String) -> [Double]",
                summary: "A column as numbers; an entry that is not a number is an error naming its line, row, column and text.",
                example: "let losses = readCSV(\"data/losses.csv\").column(\"loss\")\nlosses.prefix(3)") { args, runtime in
            let values = try table(args[0]).column(args[1].string)
            try admit(values.count, runtime)
            return .array(values.map(Value.double))
        },
        Builtin(on: "DataTable", "func strings(_ name: String) -> [String]",
                summary: "A column as text, exactly as the file has it (quotes removed).",
                example: "Set(readCSV(\"data/losses.csv\").strings(\"run\")).sorted()") { args, runtime in
            let values = try table(args[0]).strings(args[1].string)
            try admit(values.count, runtime)
            return .array(values.map(Value.string))
        },
        Builtin(static: "Matrix", "init(_ table: DataTable, columns: [String])",
                summary: "The named numeric columns side by side: one row per table row.",
                example: "let runs = readCSV(\"data/losses.csv\")\nMatrix(runs, columns: [\"step\", \"loss\"]).shape") { args, _ in
            let table = table(args[0])
            let names = args[1].array.map(\.string)
            return .matrix(try Throwing.matrix(rows: table.count, cols: names.count, rowMajor: try table.rowMajor(columns: names)))
        },
    ]
}
