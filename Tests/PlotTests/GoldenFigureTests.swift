import Foundation
import Plot
import Testing

/// Golden files: the exact SVG of a few small figures, reviewed by eye
/// (rendered with Chromium) when they were written, math aside. A change in output
/// makes these fail; regenerate with `PLOT_UPDATE_GOLDEN=1` and look at the
/// new files before committing them.
@Suite struct GoldenFigureTests {
    @Test(arguments: SampleFigures.all.map(\.name))
    func figureMatchesGoldenFile(name: String) throws {
        let figure = try #require(SampleFigures.all.first { $0.name == name }?.figure)
        let svg = Self.withoutMathML(figure.svg(idPrefix: "\(name)-"))
        let fileName = "\(name).svg"
        if ProcessInfo.processInfo.environment["PLOT_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures").appendingPathComponent(fileName)
            try svg.write(to: source, atomically: true, encoding: .utf8)
        }
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(fileName)", withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: "svg", subdirectory: "Fixtures"))
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(svg == expected)
    }

    /// The MathML inside labels is the TeX module's output, tested there;
    /// here each `<math>` element is replaced by a marker so that these files
    /// pin down Plot's own output only (and still display).
    static func withoutMathML(_ svg: String) -> String {
        svg.replacing(try! Regex("<math [^>]*>.*?</math>"),
                      with: "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>TeX</mi></math>")
    }
}
