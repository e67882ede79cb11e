import Foundation
@testable import Plot
import Testing

/// Large series are reduced to what the pixels show, without changing the picture.
@Suite struct ReductionTests {
    /// A deterministic noisy loss curve (no global random state in tests).
    static func noisyLoss(_ n: Int) -> [Double] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<n).map { i in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let noise = Double(state >> 11) / Double(1 << 53)
            return exp(-Double(i) / 20_000) * (1 + 0.3 * noise)
        }
    }

    @Test func aHundredThousandPointCurveStaysSmall() {
        var fig = Figure(title: "Loss", xlabel: "step", ylabel: "loss", yscale: .log)
        fig.line(Self.noisyLoss(100_000), label: "train")
        let svg = fig.svg(idPrefix: "big")
        #expect(svg.utf8.count < 30_000, "\(svg.utf8.count) bytes")
        if let directory = ProcessInfo.processInfo.environment["PLOT_DUMP_DIR"] {
            try? svg.write(toFile: directory + "/loss-100k.svg", atomically: true, encoding: .utf8)
        }
    }

    @Test func reductionKeepsAtMostFourPointsPerPixelColumn() {
        let points = Self.noisyLoss(50_000).enumerated().map { PixelPoint(x: 50 + Double($0.offset) / 125, y: 100 * $0.element) }
        let reduced = PolylineReduction.reduce(points)
        let columns = Set(points.map { $0.x.rounded(.down) }).count
        #expect(reduced.count <= 4 * columns)
        #expect(reduced.first == points.first && reduced.last == points.last)
    }

    /// The reduced polyline covers, in every pixel column, exactly the
    /// vertical range the full one covers (its points are a subset, and each
    /// column's extremes are kept).
    @Test(arguments: [7, 1000, 20_000])
    func reductionPreservesEachColumnsExtremes(n: Int) {
        let ys = Self.noisyLoss(n)
        let points = ys.enumerated().map { PixelPoint(x: Double($0.offset) * 300 / Double(n), y: 400 * $0.element) }
        let reduced = PolylineReduction.reduce(points)
        func extremes(_ ps: [PixelPoint]) -> [Double: (Double, Double)] {
            var result: [Double: (Double, Double)] = [:]
            for p in ps {
                let c = p.x.rounded(.down)
                let (lo, hi) = result[c] ?? (p.y, p.y)
                result[c] = (min(lo, p.y), max(hi, p.y))
            }
            return result
        }
        let full = extremes(points), kept = extremes(reduced)
        #expect(full.count == kept.count)
        for (column, range) in full {
            #expect(kept[column]?.0 == range.0 && kept[column]?.1 == range.1)
        }
    }

    @Test func reductionWorksForCurvesThatGoBackwards() {
        // A circle: x is not monotonic.
        let points = (0...10_000).map { i -> PixelPoint in
            let t = Double(i) / 10_000 * 2 * Double.pi
            return PixelPoint(x: 200 + 100 * cos(t), y: 200 + 100 * sin(t))
        }
        let reduced = PolylineReduction.reduce(points)
        #expect(reduced.count < 2_000)
        #expect(reduced.allSatisfy { p in points.contains(p) })
    }

    @Test func overlappingScatterDotsAreDrawnOnce() {
        let points = (0..<10_000).map { PixelPoint(x: Double($0 % 100) / 10, y: Double($0 % 37) / 10) }
        let dots = PolylineReduction.distinctDots(points)
        #expect(dots.count < 1000)
        var fig = Figure()
        fig.scatter(x: (0..<100_000).map { Double($0 % 1000) }, y: (0..<100_000).map { Double($0 % 7) })
        #expect(fig.svg(idPrefix: "s").utf8.count < 120_000)
    }

    @Test func heatmapImageIsOneBytePerCell() {
        var fig = Figure()
        fig.heatmap((0..<100).map { i in (0..<100).map { j in sin(Double(i * j)) } })
        let svg = fig.svg(idPrefix: "h")
        #expect(svg.utf8.count < 20_000, "\(svg.utf8.count) bytes")
    }

    @Test func pngIsWellFormed() {
        let png = PalettePNG.encode(width: 2, height: 1, indices: [0, 1], palette: [(0, 0, 0), (255, 255, 255)],
                                    transparentIndex: nil)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(PalettePNG.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(PalettePNG.base64(Array("any carnal pleas".utf8)) == "YW55IGNhcm5hbCBwbGVhcw==")
        #expect(PalettePNG.zlibStored([1, 2, 3]).suffix(4) == [0x00, 0x0D, 0x00, 0x07])
    }
}
