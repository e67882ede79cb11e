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

/// Not an assertion (timings do not belong in unit tests): with `NB_BENCHMARK` set to a
/// Swift file, runs it as one cell five times and writes the median wall time in seconds
/// to `NB_BENCHMARK_OUT`. `benchmarks/scalar-loop/run.sh` compares `nb` with CPython.
@Test(.enabled(if: ProcessInfo.processInfo.environment["NB_BENCHMARK"] != nil))
func benchmarkReport() throws {
    let environment = ProcessInfo.processInfo.environment
    let code = try String(contentsOfFile: environment["NB_BENCHMARK"]!, encoding: .utf8)
    var times: [Double] = []
    var output = ""
    for _ in 0..<5 {
        let start = Date()
        let (printed, _) = runCell(code)
        times.append(Date().timeIntervalSince(start))
        output = printed
    }
    let median = times.sorted()[2]
    try "\(median)\n\(output)".write(toFile: environment["NB_BENCHMARK_OUT"] ?? "/tmp/nb-benchmark.txt",
                                     atomically: true, encoding: .utf8)
}
