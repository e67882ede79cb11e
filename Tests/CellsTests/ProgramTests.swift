import Foundation
import Testing
@testable import Cells

/// The programs in `Fixtures/programs`: each is one cell; its `// expect: …` lines
/// are what `swiftc` printed for it (checked when the fixture was written).
struct ProgramTests {
    static let programs: [String] = {
        let directory = Bundle.module.url(forResource: "Fixtures/programs", withExtension: nil)!
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".swift") }.sorted()
    }()

    @Test(arguments: programs)
    func printsWhatSwiftPrints(_ name: String) throws {
        let url = Bundle.module.url(forResource: "Fixtures/programs/\(name)", withExtension: nil)!
        let code = try String(contentsOf: url, encoding: .utf8)
        let expected = code.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.hasPrefix("// expect: ") }
            .map { $0.dropFirst("// expect: ".count) + "\n" }
            .joined()
        let (output, error) = runCell(code)
        #expect(error == nil)
        #expect(output == expected)
    }
}
