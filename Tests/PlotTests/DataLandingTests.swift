import Foundation
import Plot
import Testing

/// Where data lands in the SVG, read the way a reader reads a figure: the
/// axes are recovered from the tick marks and their labels (two labelled
/// ticks per axis fix the map from data to pixels), and each mark's drawn
/// coordinates are compared with the data put in, mapped independently.
@Suite struct DataLandingTests {
    /// The data → pixel map of one axis, from its labelled ticks.
    struct AxisReading {
        var values: [Double]
        var pixels: [Double]

        func pixel(_ value: Double) -> Double {
            let (v0, v1, p0, p1) = (values[0], values[values.count - 1], pixels[0], pixels[pixels.count - 1])
            return p0 + (value - v0) / (v1 - v0) * (p1 - p0)
        }

        func value(_ pixel: Double) -> Double {
            let (v0, v1, p0, p1) = (values[0], values[values.count - 1], pixels[0], pixels[pixels.count - 1])
            return v0 + (pixel - p0) / (p1 - p0) * (v1 - v0)
        }

        /// One pixel in data units.
        var unit: Double { abs((values[values.count - 1] - values[0]) / (pixels[pixels.count - 1] - pixels[0])) }
    }

    static func numbers(_ text: Substring) -> [Double] {
        text.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
    }

    /// The axes of a one-panel figure: tick marks (`v3.5` down from the x
    /// axis, `h-3.5` left of the y axis) paired in order with their labels.
    static func axes(_ svg: String) throws -> (x: AxisReading, y: AxisReading) {
        let marks = try #require(svg.firstMatch(of: try Regex(##"<path d="(M[^"]*v3\.5[^"]*)" stroke="#000""##)))
        let d = String(marks.output[1].substring!)
        let xPixels = d.matches(of: try Regex(#"M([-0-9.]+) [-0-9.]+v3\.5"#)).map { Double(String($0.output[1].substring!))! }
        let yPixels = d.matches(of: try Regex(#"M[-0-9.]+ ([-0-9.]+)h-3\.5"#)).map { Double(String($0.output[1].substring!))! }
        func labels(_ anchor: String) throws -> [Double] {
            let group = try #require(svg.firstMatch(of: try Regex("<g font-size=\"10\" text-anchor=\"\(anchor)\">(.*?)</g>")))
            return String(group.output[1].substring!).matches(of: try Regex(#"<text [^>]*>([^<]*)</text>"#)).map {
                Double(String($0.output[1].substring!).replacingOccurrences(of: "\u{2212}", with: "-"))!
            }
        }
        let xValues = try labels("middle"), yValues = try labels("end")
        try #require(xValues.count == xPixels.count && yValues.count == yPixels.count && xValues.count >= 2)
        return (AxisReading(values: xValues, pixels: xPixels), AxisReading(values: yValues, pixels: yPixels))
    }

    /// The `d` attributes of the paths in the group named `name`.
    static func paths(_ svg: String, mark name: String) throws -> [String] {
        let group = try #require(svg.firstMatch(of: try Regex("<g aria-label=\"\(name)\">(.*?)</g>")))
        return String(group.output[1].substring!).matches(of: try Regex(#"d="([^"]*)""#)).map { String($0.output[1].substring!) }
    }

    /// Points of a path's `M`/implicit line-to coordinates.
    static func points(_ d: String) -> [(Double, Double)] {
        d.split(separator: "M").flatMap { piece -> [(Double, Double)] in
            let n = numbers(piece.split(separator: "Z")[0])
            return stride(from: 0, to: n.count - 1, by: 2).map { (n[$0], n[$0 + 1]) }
        }
    }

    @Test func aContourLevelLiesOnItsCircle() throws {
        var fig = Figure(width: 400, height: 400)
        fig.contour(x: -2...2, y: -2...2, levels: [1], resolution: 81, color: "black") { u, v in u * u + v * v }
        let svg = fig.svg(idPrefix: "c")
        let (x, y) = try Self.axes(svg)
        let points = try Self.paths(svg, mark: "contour").flatMap(Self.points)
        #expect(points.count > 20)
        for (px, py) in points {
            let r = hypot(x.value(px), y.value(py))
            #expect(abs(r - 1) < 0.05 + 2 * x.unit, "radius \(r) at (\(px), \(py))")
        }
    }

    @Test func arrowsOfAVectorFieldSitAtTheCellCentres() throws {
        var fig = Figure(width: 400, height: 400)
        fig.vectorField(x: 0...4, y: 0...4, count: 4) { _, _ in (1, 0) }
        let svg = fig.svg(idPrefix: "v")
        let (x, y) = try Self.axes(svg)
        let paths = try Self.paths(svg, mark: "vectorField")
        let tails = Self.points(paths[0]).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let tips = paths[1].split(separator: "M").map { Self.numbers($0) }.map { ($0[0], $0[1]) }
        try #require(tails.count == 16 && tips.count == 16)
        // Centres at 0.5, 1.5, 2.5, 3.5 on each axis; all arrows the same length, 0.9 of a cell, pointing right.
        var centres: [(Double, Double)] = []
        for (tail, tip) in zip(tails, tips) {
            centres.append((x.value((tail.0 + tip.0) / 2), y.value((tail.1 + tip.1) / 2)))
            #expect(abs(x.value(tip.0) - x.value(tail.0) - 0.9) < 3 * x.unit)
            #expect(abs(tip.1 - tail.1) < 0.01)
        }
        for (i, c) in [0.5, 1.5, 2.5, 3.5].enumerated() {
            #expect(centres.filter { abs($0.0 - c) < 2 * x.unit }.count == 4, "column \(i)")
            #expect(centres.filter { abs($0.1 - c) < 2 * y.unit }.count == 4, "row \(i)")
        }
    }

    @Test func streamlinesOfARotationStayOnCirclesInTheSVG() throws {
        var fig = Figure(aspect: .equal, width: 400, height: 400)
        fig.streamlines(x: -1...1, y: -1...1) { u, v in (-v, u) }
        let svg = fig.svg(idPrefix: "s")
        let (x, y) = try Self.axes(svg)
        let lines = try Self.paths(svg, mark: "streamlines")[0].split(separator: "M")
        #expect(lines.count >= 8)
        for line in lines {
            let n = Self.numbers(line)
            let radii = stride(from: 0, to: n.count - 1, by: 2).map { hypot(x.value(n[$0]), y.value(n[$0 + 1])) }
            #expect(radii.max()! - radii.min()! < 3 * x.unit, "radius from \(radii.min()!) to \(radii.max()!)")
        }
    }

    @Test func barsStemsAndErrorBarsReachTheirValues() throws {
        var bars = Figure(width: 300, height: 300)
        bars.bar([2, -1, 3])
        var svg = bars.svg(idPrefix: "b")
        var (x, y) = try Self.axes(svg)
        let rects = try Self.paths(svg, mark: "bar")[0].split(separator: "M").map { Self.numbers($0) }
        // M left base V top H right V base Z
        for (i, (value, rect)) in zip([2.0, -1, 3], rects).enumerated() {
            #expect(abs(y.value(rect[2]) - value) < 2 * y.unit)
            #expect(abs(y.value(rect[1])) < 2 * y.unit, "from the axis")
            #expect(abs(x.value((rect[0] + rect[3]) / 2) - Double(i)) < 2 * x.unit)
            #expect(abs(x.value(rect[3]) - x.value(rect[0]) - 0.8) < 2 * x.unit)
        }

        var stems = Figure(width: 300, height: 300)
        stems.stem(x: [1, 2, 4], [0.5, 2, 1])
        svg = stems.svg(idPrefix: "s")
        (x, y) = try Self.axes(svg)
        let stemPaths = try Self.paths(svg, mark: "stem")
        let dots = Self.points(stemPaths[2])
        for ((px, py), (vx, vy)) in zip(dots, [(1.0, 0.5), (2, 2), (4, 1)]) {
            #expect(abs(x.value(px) - vx) < 2 * x.unit && abs(y.value(py) - vy) < 2 * y.unit)
        }

        var errors = Figure(width: 300, height: 300)
        errors.errorbar(x: [1, 2], y: [3, 5], error: [0.5, 1])
        svg = errors.svg(idPrefix: "e")
        (x, y) = try Self.axes(svg)
        let segments = try Self.paths(svg, mark: "errorbar")[0].split(separator: "M").map { Self.numbers($0) }
        // Per point: the bar (x bottom V top), then two caps.
        for (k, (vx, vy, e)) in [(1.0, 3.0, 0.5), (2, 5, 1)].enumerated() {
            let bar = segments[3 * k]
            #expect(abs(x.value(bar[0]) - vx) < 2 * x.unit)
            #expect(abs(y.value(bar[1]) - (vy - e)) < 2 * y.unit && abs(y.value(bar[2]) - (vy + e)) < 2 * y.unit)
        }
    }

    @Test func aBandSpansItsBoundsAndTextAndArrowsSitAtTheirPoints() throws {
        var fig = Figure(width: 400, height: 300)
        fig.band(x: [0, 1, 2], lower: [0, 1, 0], upper: [2, 3, 1])
        fig.arrow(from: (0.5, 2.5), to: (1.5, 0.5))
        fig.text("here", at: (1, 1.5))
        let svg = fig.svg(idPrefix: "a")
        let (x, y) = try Self.axes(svg)
        let polygon = Self.points(try Self.paths(svg, mark: "band")[0]).map { (x.value($0.0), y.value($0.1)) }
        let expected = [(0.0, 2.0), (1, 3), (2, 1), (2, 0), (1, 1), (0, 0)]
        try #require(polygon.count == expected.count)
        for (p, e) in zip(polygon, expected) { #expect(abs(p.0 - e.0) < 2 * x.unit && abs(p.1 - e.1) < 2 * y.unit) }
        let head = try Self.paths(svg, mark: "arrow")[1]
        let tip = Self.numbers(head.split(separator: "M")[0])
        #expect(abs(x.value(tip[0]) - 1.5) < 2 * x.unit && abs(y.value(tip[1]) - 0.5) < 2 * y.unit)
        let text = try #require(svg.firstMatch(of: try Regex(#"<g aria-label="text"><rect [^>]*/><text x="([-0-9.]+)" y="([-0-9.]+)""#)))
        #expect(abs(x.value(Double(String(text.output[1].substring!))!) - 1) < 2 * x.unit, "left-aligned at x = 1")
        // Vertically centred on y = 1.5: the baseline is a third of the font size below.
        let baseline = Double(String(text.output[2].substring!))!
        #expect(abs(y.pixel(1.5) - baseline + 11 * 0.35) < 1)
    }

    /// `density: true`: bar heights are count / (n × width), numpy's definition,
    /// computed here from the data directly.
    @Test func densityHistogramsHaveAreaOne() throws {
        let values = [0.1, 0.2, 0.25, 0.6, 0.7, 0.9, 0.95, 1.0]
        var fig = Figure(width: 300, height: 300)
        fig.histogram(values, edges: [0, 0.5, 0.75, 1], density: true)
        let svg = fig.svg(idPrefix: "h")
        let (x, y) = try Self.axes(svg)
        let d = try Self.paths(svg, mark: "histogram")[0]
        // M x0 base V top0 H x1 V top1 H x2 …
        let tops = d.matches(of: try Regex(#"V([-0-9.]+)H"#)).map { y.value(Double(String($0.output[1].substring!))!) }
        let expected = [3.0 / (8 * 0.5), 2.0 / (8 * 0.25), 3.0 / (8 * 0.25)]
        try #require(tops.count == 3)
        for (top, e) in zip(tops, expected) { #expect(abs(top - e) < 2 * y.unit, "\(top) vs \(e)") }
        let rights = d.matches(of: try Regex(#"H([-0-9.]+)"#)).map { x.value(Double(String($0.output[1].substring!))!) }
        #expect(zip(rights, [0.5, 0.75, 1]).allSatisfy { abs($0 - $1) < 2 * x.unit })
    }

    /// `aspect: .equal`: a unit is as many pixels on x as on y, whatever the ranges.
    @Test func equalAspectGivesBothAxesTheSameUnit() throws {
        var fig = Figure(aspect: .equal, width: 480, height: 320)
        fig.line(x: [0, 10], [0, 2])
        let (x, y) = try Self.axes(fig.svg(idPrefix: "q"))
        #expect(abs(x.unit / y.unit - 1) < 0.01, "\(x.unit) vs \(y.unit) units per pixel")
    }
}
