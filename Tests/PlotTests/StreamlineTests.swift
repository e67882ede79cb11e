import Foundation
@testable import Plot
import Testing

/// Streamlines checked against the flows they trace.
@Suite struct StreamlineTests {
    /// A 300×300-pixel plot of [−1, 1]² (y up).
    static let x = AxisMap(scale: .linear, low: -1, high: 1, start: 0, end: 300)
    static let y = AxisMap(scale: .linear, low: -1, high: 1, start: 300, end: 0)
    static let plot = Rect(x: 0, y: 0, width: 300, height: 300)

    static func trace(separation: Double, _ field: (Double, Double) -> (Double, Double)) -> [[DataPoint]] {
        let nodes = GridNodes(x: -1...1, y: -1...1, rows: 40, cols: 40)
        let (u, v) = FieldSampling.vector(nodes, field)
        let tracer = StreamlineTracer(field: SampledField(nodes: nodes, u: u, v: v), x: x, y: y, plot: plot,
                                      separation: separation)
        return tracer.trace().map { line in line.map { DataPoint(x: x.value(atPixel: $0.x), y: y.value(atPixel: $0.y)) } }
    }

    /// The rotation (−v, u): its streamlines are circles, so every point of a
    /// line keeps the radius of its first point (to a tenth of a pixel), and
    /// each turns counterclockwise, the way the field goes.
    @Test func streamlinesOfARotationKeepTheirRadius() throws {
        let lines = Self.trace(separation: 12) { u, v in (-v, u) }
        try #require(lines.count >= 8)
        let pixel = 2.0 / 300
        for line in lines {
            let radii = line.map { hypot($0.x, $0.y) }
            #expect(radii.max()! - radii.min()! < 0.1 * pixel, "radius drifts from \(radii.min()!) to \(radii.max()!)")
            for (a, b) in zip(line, line.dropFirst()) { #expect(a.x * b.y - a.y * b.x > 0) }
        }
        // Evenly spaced: the circles' radii are one separation (12 px) apart. (Circles wider than
        // the square are cut into arcs in its corners: arcs of one circle share its radius.)
        var radii: [Double] = []
        for r in lines.map({ hypot($0[0].x, $0[0].y) / pixel }).sorted() where radii.last.map({ r - $0 > 0.5 }) ?? true {
            radii.append(r)
        }
        let gaps = zip(radii, radii.dropFirst()).map { $1 - $0 }
        #expect(radii.count >= 10)
        #expect(gaps.allSatisfy { abs($0 - 12) < 0.5 }, "gaps between neighbouring circles in pixels: \(gaps)")
    }

    /// No point of one line comes closer than half the separation to another
    /// line (Jobard–Lefer's stopping rule), here for a saddle flow.
    @Test func linesKeepTheirDistance() {
        let separation = 15.0
        let lines = Self.trace(separation: separation) { u, v in (u + 0.2 * v, -v) }
        #expect(lines.count > 10)
        let pixels = lines.map { $0.map { PixelPoint(x: Self.x.pixel($0.x), y: Self.y.pixel($0.y)) } }
        var closest = Double.infinity
        for i in pixels.indices {
            for j in pixels.indices where j > i {
                for p in pixels[i] where p.x.truncatingRemainder(dividingBy: 1) < 0.5 {
                    for q in pixels[j] { closest = min(closest, hypot(p.x - q.x, p.y - q.y)) }
                }
            }
        }
        #expect(closest > separation / 2 - 1.5, "closest approach \(closest) px")
    }

    /// Lines stop where the field vanishes: nothing passes through the sink at the origin.
    @Test func linesStopAtAStagnationPoint() {
        let lines = Self.trace(separation: 15) { u, v in (-u, -v) }
        #expect(!lines.isEmpty)
        for line in lines {
            let r = line.map { hypot($0.x, $0.y) }
            // Each line runs towards the sink and stops short of passing it.
            #expect(zip(r, r.dropFirst()).allSatisfy { $1 <= $0 + 1e-9 })
        }
    }
}
