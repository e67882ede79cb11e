import DataFiles
import Foundation
import Testing
@testable import Cells

/// What a run keeps of the data files it read (docs/ARCHITECTURE.md, "Data files").
@Suite struct DataReadsTests {
    func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nb-data-reads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    /// Cells cannot write files, so this is the run's own state driven directly: a file rewritten
    /// between two reads of one run is an error naming both hashes, not half a report on each.
    @Test func aFileRewrittenBetweenTwoReadsOfOneRunIsAnError() throws {
        let folder = try folder(["d.csv": "x\n1\n"])
        let runtime = Runtime(configuration: RunConfiguration(dataFolder: folder.path))
        let first = try runtime.readDataFile("d.csv")
        // The same file under another spelling is the same file.
        #expect(try runtime.readDataFile("./d.csv").record.sha256 == first.record.sha256)
        try "x\n2\n".write(to: folder.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        do {
            _ = try runtime.readDataFile("d.csv")
            Issue.record("the rewrite was not seen")
        } catch let error as DataFileError {
            guard case .changedDuringRun(let was, let now) = error.kind else { Issue.record("\(error)"); return }
            #expect(was == first.record.sha256 && now != was)
        }
    }

    @Test func aCellRecordsEachFileOnceInTheOrderFirstRead() throws {
        let folder = try folder(["a.csv": "x\n1\n", "b.csv": "y\n2\n", "m.csv": "1,2\n"])
        let cells = ["let a = readCSV(\"a.csv\")", "let b = readCSV(\"b.csv\")\nlet a2 = readCSV(\"a.csv\")\nlet m = readMatrix(\"m.csv\", missing: .nan)"]
        let program = CellProgram(cells: cells.enumerated().map { CellSource(index: $0, code: $1, firstLine: 1 + 10 * $0) },
                                  configuration: RunConfiguration(dataFolder: folder.path))
        let results = program.run()
        #expect(results.allSatisfy { $0.error == nil }, "\(results.map(\.error))")
        #expect(results[0].dataFiles.map(\.path) == ["a.csv"])
        #expect(results[1].dataFiles.map(\.path) == ["b.csv", "a.csv", "m.csv"])
    }

    /// A header-less file's columns are named 1, 2, … in errors.
    @Test func readMatrixNamesColumnsFromOne() throws {
        let folder = try folder(["m.csv": "1,2\n3,x\n"])
        let result = CellProgram(cells: [CellSource(index: 0, code: "readMatrix(\"m.csv\")", firstLine: 1)],
                                 configuration: RunConfiguration(dataFolder: folder.path)).run()[0]
        #expect(result.error?.kind == .dataFile(DataFileError(path: "m.csv", kind: .notANumber(line: 2, row: 2, column: "2", text: "x"))))
    }

    @Test func withoutAFolderNothingIsRead() {
        let result = CellProgram(cells: [CellSource(index: 0, code: "readCSV(\"a.csv\")", firstLine: 1)]).run()[0]
        #expect(result.error?.kind == .dataFile(DataFileError(path: "a.csv", kind: .noFolder)))
        #expect(result.dataFiles == [])
    }
}
