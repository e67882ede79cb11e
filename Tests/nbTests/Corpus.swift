import Foundation

/// The Swift programs under `Fixtures/programs/`, one folder per kind:
///
/// - `accept/`: programs swiftc compiles; `nb run` must print exactly what they print.
/// - `reject/`: programs swiftc rejects with one error; `nb` must reject them before
///   running anything, at swiftc's line.
/// - `library/`: programs that import the package's library modules (Linalg, Autodiff);
///   compiled natively against those modules and compared with `nb run`.
enum Corpus: String, CaseIterable, Sendable {
    case accept, reject, library

    /// The folder holding this kind's programs, inside the test bundle's resources.
    var folder: URL {
        Bundle.module.resourceURL!
            .appendingPathComponent("Fixtures")
            .appendingPathComponent("programs")
            .appendingPathComponent(rawValue)
    }

    /// The file names (`NN-topic.swift`) of this kind's programs, sorted. Used as the
    /// arguments of the parameterized tests, so each program is its own test case.
    var programNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted()
    }

    /// The source text of one program.
    func source(of name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// The package root (the folder holding Package.swift), found from this file's path,
    /// so that library sources can be compiled and the `nb` binary found as a fallback.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent()   // nbTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()
}
