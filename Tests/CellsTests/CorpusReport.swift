import Foundation
import Testing
@testable import Cells

/// Not an assertion: with `NB_CORPUS_DIR` set, runs every `.swift` file there as one cell and
/// writes its output (or first error as `ERROR line:col kind`) to `NB_CORPUS_OUT`, for
/// comparing with swiftc by hand. Skipped otherwise.
@Test(.enabled(if: ProcessInfo.processInfo.environment["NB_CORPUS_DIR"] != nil))
func corpusReport() throws {
    let environment = ProcessInfo.processInfo.environment
    let directory = URL(fileURLWithPath: environment["NB_CORPUS_DIR"]!)
    let output = URL(fileURLWithPath: environment["NB_CORPUS_OUT"] ?? "/tmp/nbout")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let filter = environment["NB_CORPUS_FILTER"] ?? ""
    for file in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    where file.hasSuffix(".swift") && (filter.isEmpty || file.contains(filter)) {
        let code = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        let program = CellProgram(cells: [CellSource(index: 0, code: code, firstLine: 1)])
        var text = ""
        let errors = program.diagnose()
        if let first = errors.first {
            text = "ERROR \(first.line):\(first.column) \(first.kind)\n"
        } else {
            let result = program.run()[0]
            text = result.stdout
            if let error = result.error { text += "RUNTIME ERROR \(error.line):\(error.column) \(error.kind)\n" }
        }
        try text.write(to: output.appendingPathComponent(file.replacingOccurrences(of: ".swift", with: ".out")),
                       atomically: true, encoding: .utf8)
    }
}
