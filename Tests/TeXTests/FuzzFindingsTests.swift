import Foundation
import Testing
import TeX

/// Every input the TeX fuzz target flagged (`fuzz/findings/tex/`), fed through the harness's
/// steps: one converter for the input's lines, as a document's formulas are. Each must convert
/// with the harness's invariants (one `<math>` element, errors inside their formula). The two
/// found so far were flagged as slow while the machine was loaded (a recursive `\def` meeting the
/// expansion limit, ~1.5 s under AddressSanitizer); they are kept so a real slowdown shows here.
@Suite struct FuzzFindingsTests {
    static let findings = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fuzz/findings/tex")

    static var inputs: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: findings, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func thereAreFindingsToReplay() {
        #expect(Self.inputs.count >= 2)
    }

    @Test(arguments: inputs)
    func aFindingConvertsWithinTheLimits(_ input: URL) throws {
        let bytes = try Data(contentsOf: input)
        var converter = MathConverter(macros: ["R": "\\mathbb{R}", "norm": "\\left\\|#1\\right\\|"])
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let tex = String(decoding: line, as: UTF8.self)
            let result = converter.convert(tex, display: line.first.map { $0 & 1 == 1 } ?? false)
            #expect(result.mathML.hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\""))
            #expect(result.mathML.hasSuffix("</semantics></math>"))
            #expect(result.errors.count <= TeXLimits.errors + 1)
            for error in result.errors { #expect((0...tex.utf8.count).contains(error.offset)) }
        }
    }
}
