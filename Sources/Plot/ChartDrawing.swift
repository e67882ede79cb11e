import Foundation

/// Bands, bars, stems and error bars in pixel space.
extension MarkDrawing {
    /// Each run as one polygon: the upper bound left to right, the lower back.
    func drawBand(_ segments: [[BandPoint]], color: String, svg: inout SVGWriter, obstacles: inout [PixelPoint]) {
        var d = ""
        for segment in segments {
            let upper = segment.map { pixel(DataPoint(x: $0.x, y: $0.upper)) }
            let lower = segment.map { pixel(DataPoint(x: $0.x, y: $0.lower)) }
            sampleAlong(upper, into: &obstacles)
            sampleAlong(lower, into: &obstacles)
            d += segment.count == 1 ? Self.path(upper + lower) : Self.polygon(upper + lower.reversed())
        }
        svg.element("path", [("d", .text(d)), ("fill", .text(color)), ("fill-opacity", .number(Self.bandOpacity)),
                             ("stroke", .text("none"))])
    }

    /// Bars 0.8 wide from the baseline (0, or the frame's bottom on a log axis).
    func drawBars(_ bars: [DataPoint], color: String, opacity: Double, svg: inout SVGWriter,
                  obstacles: inout [PixelPoint]) {
        let base = y.scale == .linear ? y.pixel(0) : plot.maxY + 1
        var d = ""
        for bar in bars {
            let left = x.pixel(bar.x - 0.4), right = x.pixel(bar.x + 0.4), top = y.pixel(bar.y)
            d += "M\(SVGNumber.format(left)) \(SVGNumber.format(base))V\(SVGNumber.format(top))"
                + "H\(SVGNumber.format(right))V\(SVGNumber.format(base))Z"
            let y0 = max(min(top, base), plot.y), y1 = min(max(top, base), plot.maxY)
            for px in stride(from: max(left, plot.x), through: min(right, plot.maxX), by: 6) {
                for py in stride(from: y0, through: y1, by: 6) { obstacles.append(PixelPoint(x: px, y: py)) }
            }
        }
        var attributes: [(String, SVGWriter.Value)] = [("d", .text(d)), ("fill", .text(color))]
        if opacity < 1 { attributes.append(("fill-opacity", .number(opacity))) }
        svg.element("path", attributes)
    }

    /// A line from the baseline to each value with a dot at its end, and the baseline itself.
    func drawStems(_ points: [DataPoint], color: String, svg: inout SVGWriter, obstacles: inout [PixelPoint]) {
        let base = y.scale == .linear ? y.pixel(0) : plot.maxY + 1
        if y.scale == .linear, let first = points.map(\.x).min(), let last = points.map(\.x).max() {
            svg.element("path", [
                ("d", .text("M\(SVGNumber.format(x.pixel(first))) \(SVGNumber.format(base))H\(SVGNumber.format(x.pixel(last)))")),
                ("stroke", .text("#888888")), ("stroke-width", .number(Typography.spineWidth)),
            ])
        }
        var stems = "", dots = ""
        for point in points {
            let p = pixel(point)
            stems += "M\(SVGNumber.format(p.x)) \(SVGNumber.format(base))V\(SVGNumber.format(p.y))"
            dots += "M\(SVGNumber.format(p.x)) \(SVGNumber.format(p.y))h0"
            sampleAlong([PixelPoint(x: p.x, y: base), p], into: &obstacles)
        }
        svg.element("path", [("d", .text(stems)), ("stroke", .text(color)), ("stroke-width", .number(Typography.lineWidth))])
        svg.element("path", [("d", .text(dots)), ("stroke", .text(color)), ("stroke-width", .number(Typography.dotDiameter + 1)),
                             ("stroke-linecap", .text("round"))])
    }

    /// Vertical bars from y − error to y + error with 6-pixel caps, and a dot at y.
    func drawErrorbars(_ points: [ErrorbarPoint], color: String, svg: inout SVGWriter, obstacles: inout [PixelPoint]) {
        let cap = 3.0
        var bars = "", dots = ""
        for point in points {
            let px = x.pixel(point.x), py = y.pixel(point.y)
            let top = y.pixel(point.y + point.error)
            let bottom = y.scale == .log && point.y - point.error <= 0 ? plot.maxY + 1 : y.pixel(point.y - point.error)
            bars += "M\(SVGNumber.format(px)) \(SVGNumber.format(bottom))V\(SVGNumber.format(top))"
            if point.error > 0 {
                for end in [top, bottom] {
                    bars += "M\(SVGNumber.format(px - cap)) \(SVGNumber.format(end))h\(SVGNumber.format(2 * cap))"
                }
            }
            dots += "M\(SVGNumber.format(px)) \(SVGNumber.format(py))h0"
            sampleAlong([PixelPoint(x: px, y: bottom), PixelPoint(x: px, y: top)], into: &obstacles)
        }
        svg.element("path", [("d", .text(bars)), ("stroke", .text(color)), ("stroke-width", .number(1.2))])
        svg.element("path", [("d", .text(dots)), ("stroke", .text(color)), ("stroke-width", .number(Typography.dotDiameter)),
                             ("stroke-linecap", .text("round"))])
    }
}
