import Foundation
import Plot
import Testing

/// Golden files: the exact SVG of a few small figures, reviewed by eye
/// (rendered with Chromium) when they were written. A change in output
/// makes these fail; regenerate with `PLOT_UPDATE_GOLDEN=1` and look at the
/// new files before committing them.
@Suite struct GoldenFigureTests {
    @Test(arguments: SampleFigures.all.map(\.name))
    func figureMatchesGoldenFile(name: String) throws {
        let figure = try #require(SampleFigures.all.first { $0.name == name }?.figure)
        let svg = figure.svg(idPrefix: "\(name)-")
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
}
