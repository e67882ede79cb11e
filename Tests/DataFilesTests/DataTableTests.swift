import Foundation
import Testing
@testable import DataFiles

/// CSV as RFC 4180 writes it, read by `DataTable` (SwiftCSV underneath) and compared with
/// Python's `csv` module reading the same bytes: an independent parser, not our own golden.
@Suite struct DataTableTests {
    /// A table read from `bytes` written to a file, as `readCSV` reads it.
    func table(_ bytes: [UInt8], delimiter: Character = ",", missing: MissingEntries = .error,
               header: Bool = true) throws -> DataTable {
        let scratch = try Scratch(["t.csv": bytes])
        return try DataTable(DataFolder(path: scratch.path).read("t.csv"), delimiter: delimiter, missing: missing, header: header)
    }

    func table(_ text: String, delimiter: Character = ",", missing: MissingEntries = .error) throws -> DataTable {
        try table(Array(text.utf8), delimiter: delimiter, missing: missing)
    }

    /// Header and rows as Python's `csv.reader` gives them (blank lines left out, as `DataTable` does).
    func python(_ bytes: [UInt8], delimiter: Character) throws -> [[String]] {
        let scratch = try Scratch(["t.csv": bytes])
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                print(json.dumps([r for r in csv.reader(f, delimiter=sys.argv[2]) if r]))
            """
        let output = try Scratch.run("/usr/bin/python3", ["-c", script, scratch.folder.appendingPathComponent("t.csv").path,
                                                          String(delimiter)])
        return try JSONDecoder().decode([[String]].self, from: Data(output.utf8))
    }

    /// The table's header and rows, as text.
    func rows(_ table: DataTable) throws -> [[String]] {
        let columns = try table.names.map { try table.strings($0) }
        return [table.names] + (0..<table.count).map { row in columns.map { $0[row] } }
    }

    static let rfc4180: [(name: String, bytes: [UInt8], delimiter: Character)] = [
        ("plain", Array("step,loss\n0,1.5\n1,0.75\n".utf8), ","),
        ("quoted fields with a comma, a doubled quote and a line break",
         Array("run,note\n\"a, b\",\"said \"\"hi\"\"\"\n\"two\nlines\",x\n".utf8), ","),
        ("CRLF line ends and a CRLF inside quotes", Array("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n".utf8), ","),
        ("a UTF-8 byte order mark", [0xEF, 0xBB, 0xBF] + Array("step,loss\n0,1\n".utf8), ","),
        ("semicolons", Array("a;b\n1,5;2\n\"x;y\";3\n".utf8), ";"),
        ("tabs", Array("a\tb\n1\t2\n\"x\ty\"\t3\n".utf8), "\t"),
        ("no line break after the last row, with an empty last field", Array("a,b\n1,".utf8), ","),
        ("blank lines", Array("a,b\n\n1,2\n\n".utf8), ","),
        ("unicode", Array("name,value\nσ₁,2\nnaïve,3\n".utf8), ","),
    ]

    @Test(arguments: rfc4180.indices)
    func readsAsPythonsCSVModuleDoes(_ index: Int) throws {
        let (name, bytes, delimiter) = Self.rfc4180[index]
        #expect(try rows(table(bytes, delimiter: delimiter)) == python(bytes, delimiter: delimiter), "\(name)")
    }

    @Test func columnsAreNumbersAsSwiftReadsThem() throws {
        let t = try table("step,loss\n0, 1.5 \n1,1e-3\n2,-inf\n")
        #expect(t.names == ["step", "loss"])
        #expect(t.count == 3)
        #expect(try t.column("step") == [0, 1, 2])
        #expect(try t.column("loss") == [1.5, 1e-3, -.infinity])
        #expect(try t.rowMajor(columns: ["loss", "step"]) == [1.5, 0, 1e-3, 1, -.infinity, 2])
    }

    @Test func anEntryThatIsNotANumberNamesItsLineRowColumnAndText() throws {
        // Line 4 because the quoted field of row 1 spans two lines.
        let t = try table("run,loss\n\"a\nb\",1\nc,oops\n")
        #expect(throws: DataFileError(path: "t.csv", kind: .notANumber(line: 4, row: 2, column: "loss", text: "oops"))) {
            try t.column("loss")
        }
        #expect(try t.strings("loss") == ["1", "oops"])
    }

    @Test func anEmptyEntryIsAnErrorUnlessMissingIsNaN() throws {
        let text = "x,y\n1,\n2,3\n"
        #expect(throws: DataFileError(path: "t.csv", kind: .emptyEntry(line: 2, row: 1, column: "y"))) {
            try table(text).column("y")
        }
        let values = try table(text, missing: .nan).column("y")
        #expect(values.count == 2 && values[0].isNaN && values[1] == 3)
    }

    @Test func malformedFilesAreErrorsAtTheirLine() throws {
        func kind(_ text: String) -> DataFileError.Kind? {
            do { _ = try table(text); return nil } catch let error as DataFileError { return error.kind } catch { return nil }
        }
        #expect(kind("a,b\n1,2\n3\n") == .raggedRow(line: 3, expected: 2, found: 1))
        #expect(kind("a,b\n1,2,3\n") == .raggedRow(line: 2, expected: 2, found: 3))
        #expect(kind("a,b\n1,\"open\n") == .unterminatedQuote)
        #expect(kind("a,b\n1,\"x\"y\n") == .misplacedQuote(line: 2))
        #expect(kind("a,a\n1,2\n") == .duplicateColumn(name: "a", first: 1, second: 2))
        #expect(kind("") == .emptyFile)
        #expect(throws: DataFileError(path: "t.csv", kind: .notUTF8(line: 2))) { try table([0x61, 0x0A, 0xFF, 0x0A]) }
        #expect(throws: DataFileError(path: "t.csv", kind: .invalidDelimiter("\""))) { try table("a\n", delimiter: "\"") }
        #expect(throws: DataFileError(path: "t.csv", kind: .unknownColumn(name: "z", names: ["a"]))) {
            try table("a\n1\n").column("z")
        }
    }

    @Test func aHeaderlessFileIsReadRowByRow() throws {
        let t = try table(Array("1,2\n3,4\n5,6\n".utf8), header: false)
        #expect(t.count == 3)
        #expect(try t.rowMajor() == [1, 2, 3, 4, 5, 6])
    }

    @Test func theCheckpointIsAskedBeforeEachChunk() throws {
        struct Stop: Error {}
        let scratch = try Scratch(text: ["t.csv": "a\n1\n2\n3\n"])
        var calls = 0
        _ = try DataTable(DataFolder(path: scratch.path).read("t.csv"), checkpoint: { calls += 1 })
        #expect(calls == 1)
        // A file of several chunks, one record with a quoted line break straddling a boundary: read
        // whole, as Python reads it.
        let row = "\"x\ny\",1\n"
        let text = "s,n\n" + String(repeating: row, count: DataTable.chunkBytes / row.utf8.count * 3)
        try scratch.write("big.csv", Array(text.utf8))
        calls = 0
        let big = try DataTable(DataFolder(path: scratch.path).read("big.csv"), checkpoint: { calls += 1 })
        #expect(calls == 3 || calls == 4)
        #expect(big.count == DataTable.chunkBytes / row.utf8.count * 3)
        #expect(try big.strings("s").allSatisfy { $0 == "x\ny" })
        #expect(try big.column("n").allSatisfy { $0 == 1 })
        #expect(throws: Stop.self) {
            _ = try DataTable(DataFolder(path: scratch.path).read("t.csv"), checkpoint: { throw Stop() })
        }
    }
}
