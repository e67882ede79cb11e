import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Linalg
import Plot
import Testing

/// Whatever data a cell throws at a figure, the result is a well-formed SVG
/// document: random series mixing huge, tiny, negative, NaN and infinite
/// values, on every combination of scales, through every kind of mark.
@Suite struct RobustnessTests {
    /// A small deterministic generator (tests must not depend on global randomness).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        mutating func value() -> Double {
            switch next() % 10 {
            case 0: return .nan
            case 1: return next() % 2 == 0 ? .infinity : -.infinity
            case 2: return 0
            case 3: return Double(next() % 1000) * pow(10, Double(Int(next() % 600) - 300))
            case 4: return -Double(next() % 1000) * pow(10, Double(Int(next() % 40) - 20))
            default: return Double(next() % 10_000) / 100
            }
        }
    }

    static func isWellFormedXML(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    @Test func sampleFiguresAreWellFormedXML() {
        for (name, figure) in SampleFigures.all {
            #expect(Self.isWellFormedXML(figure.svg(idPrefix: name)), "\(name)")
        }
    }

    @Test(arguments: 0..<24)
    func randomDataNeverBreaksTheDocument(seed: Int) {
        var g = Generator(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        let n = Int(g.next() % 40) + 1
        let xs = (0..<n).map { _ in g.value() }, ys = (0..<n).map { _ in g.value() }
        var fig = Figure(rows: 1, cols: 2, title: "seed \(seed) <&>")
        fig[0, 0].xscale = seed % 2 == 0 ? .linear : .log
        fig[0, 0].yscale = seed % 3 == 0 ? .linear : .log
        fig[0, 0].line(x: xs, ys, label: "line")
        fig[0, 0].scatter(x: ys, y: xs, label: "dots")
        fig[0, 0].hline(ys.first { $0.isFinite } ?? 1, label: "ref")
        fig[0, 1].histogram(xs + ys, bins: Int(g.next() % 30) + 1, label: "hist")
        fig[0, 1].heatmap(Matrix(rows: 1, cols: n, rowMajor: ys))
        let svg = fig.svg(idPrefix: "r\(seed)")
        #expect(Self.isWellFormedXML(svg))
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }
}
