import Foundation
import Testing
@testable import Cells

/// The library reference (`docs/library.md`) is generated from the declared surface: every
/// builtin of Linalg and Autodiff is documented, every example runs as a cell without an
/// error or a failed check, and the committed file is what the surface generates today.
///
/// `NB_UPDATE_REFERENCE=1 swift test --filter LibraryReferenceTests` rewrites the file.
@Suite struct LibraryReferenceTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/library.md")
    /// The folder the data files' examples read from (`notebooks/data/…`).
    static let notebooks = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("notebooks").path

    @Test func everyLibraryBuiltinIsDocumented() {
        #expect(LibraryReference.undocumented == [])
    }

    @Test(arguments: LibraryReference.entries.map(\.example))
    func everyExampleRunsAsACell(_ example: String) {
        let outcome = LibraryReference.run(example, dataFolder: Self.notebooks)
        #expect(outcome.error == nil, "\(example)\n→ \(String(describing: outcome.error))")
        #expect(outcome.failedChecks == [], "\(example)")
    }

    @Test func theCommittedReferenceIsUpToDate() throws {
        let generated = LibraryReference.markdown(dataFolder: Self.notebooks)
        if ProcessInfo.processInfo.environment["NB_UPDATE_REFERENCE"] == "1" {
            try generated.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(committed == generated, "docs/library.md is stale: run NB_UPDATE_REFERENCE=1 swift test --filter LibraryReferenceTests")
    }

    /// Every name the README lists among the most used is in the reference.
    @Test func theReadmesMostUsedNamesAreInTheReference() throws {
        let names = Set(LibraryReference.entries.map(\.name))
        for name in ["Matrix.init", "randn", "svd", "eigh", "powm", "solve", "gradient", "valueWithGradient", "gradientFlow",
                     "solveODE", "solveSDE", "std", "mean", ".+", ".-", ".*", "./", "norm", "kron", "histogramCounts",
                     "readCSV", "readMatrix", "DataTable.column"] {
            #expect(names.contains(name), "\(name)")
        }
    }
}
