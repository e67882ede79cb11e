import Foundation
@testable import Cells

/// Runs `code` as one cell starting at .md line 1 and returns what it printed and its error.
func runCell(_ code: String, configuration: RunConfiguration = RunConfiguration()) -> (output: String, error: CellError?) {
    let results = CellProgram(cells: [CellSource(index: 0, code: code, firstLine: 1)], configuration: configuration).run()
    return (results[0].stdout, results[0].error)
}

/// Runs several cells (each given its own first line) and returns the results.
func runCells(_ codes: [String], configuration: RunConfiguration = RunConfiguration()) -> [CellResult] {
    var line = 1
    var cells: [CellSource] = []
    for (index, code) in codes.enumerated() {
        cells.append(CellSource(index: index, code: code, firstLine: line))
        line += code.split(separator: "\n", omittingEmptySubsequences: false).count + 2
    }
    return CellProgram(cells: cells, configuration: configuration).run()
}

/// The first error `diagnose()` reports for one cell.
func firstError(_ code: String) -> CellError? {
    CellProgram(cells: [CellSource(index: 0, code: code, firstLine: 1)]).diagnose().first
}

/// Types written as Swift spells them, for expected error kinds: `"[Int]"`, `"(min: Int, max: Int)"`,
/// `"Node?"`. Names that are not the standard library's are taken as cells' nominal types.
extension CellType: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral,
                    ExpressibleByExtendedGraphemeClusterLiteral {
    public init(stringLiteral written: String) {
        let names = written.matches(of: /[A-Za-z_][A-Za-z0-9_.]*/).map { String($0.output) }
        var resolver = TypeResolver(nominals: Set(names.filter { IntegerType.named($0) == nil }), protocols: ["Error"])
        do {
            self = try resolver.resolve(written: written)
        } catch {
            fatalError("not a type: \(written)")
        }
    }
}
