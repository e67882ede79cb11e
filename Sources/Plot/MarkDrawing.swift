import Foundation

/// Turns one prepared mark into SVG in pixel space, each in a group named
/// by its call (`<g aria-label="contour">`), and reports the pixels it covers
/// (sampled) so the legend can avoid them.
struct MarkDrawing {
    let x: AxisMap
    let y: AxisMap
    let plot: Rect
    /// For text with math (annotations).
    let labels: LabelDrawing

    /// Largest matrix side drawn at full resolution; bigger heat maps are
    /// sampled (nearest) down to this, still several cells per screen pixel.
    static let maxImageSide = 1000
    /// A band's fill: translucent, so what it spans stays visible.
    static let bandOpacity = 0.3

    /// Draws the mark's shapes (everything but annotation text) in its group.
    /// `placed`: rectangles taken by text so far (contour labels avoid them).
    func draw(_ mark: PreparedMark, svg: inout SVGWriter, obstacles: inout [PixelPoint], placed: inout [Rect]) {
        if case .text = mark { return }
        svg.open("g", [("aria-label", .text(mark.call.rawValue))])
        drawShapes(mark, svg: &svg, obstacles: &obstacles, placed: &placed)
        svg.close("g")
    }

    private func drawShapes(_ mark: PreparedMark, svg: inout SVGWriter, obstacles: inout [PixelPoint],
                            placed: inout [Rect]) {
        switch mark {
        case .line(let segments, let color, let style, _):
            var d = ""
            for segment in segments {
                let pixels = PolylineReduction.reduce(segment.map(pixel))
                sampleAlong(pixels, into: &obstacles)
                d += Self.path(pixels)
            }
            var attributes: [(String, SVGWriter.Value)] = [
                ("d", .text(d)), ("fill", .text("none")), ("stroke", .text(color)),
                ("stroke-width", .number(Typography.lineWidth)), ("stroke-linejoin", .text("round")),
                ("stroke-linecap", .text(style == .solid ? "round" : "butt")),
            ]
            if let dash = style.dashArray { attributes.append(("stroke-dasharray", .text(dash))) }
            svg.element("path", attributes)
        case .scatter(let points, let color, _):
            let dots = PolylineReduction.distinctDots(points.map(pixel))
            obstacles += dots
            // A tenth of a pixel is plenty for a 5-pixel dot, and scatter plots can be large.
            let d = dots.map { "M\(SVGNumber.format($0.x, digits: 1)) \(SVGNumber.format($0.y, digits: 1))h0" }.joined()
            svg.element("path", [("d", .text(d)), ("stroke", .text(color)),
                                 ("stroke-width", .number(Typography.dotDiameter)), ("stroke-linecap", .text("round"))])
        case .histogram(let edges, let counts, let color, let opacity, _):
            drawHistogram(edges: edges, counts: counts, color: color, opacity: opacity, svg: &svg, obstacles: &obstacles)
        case .heatmap(let matrix, let low, let high):
            drawHeatmap(matrix, low: low, high: high, svg: &svg)
        case .reference(let axis, let value, let color, let style, _):
            let ends = axis == .y
                ? [PixelPoint(x: plot.x, y: y.pixel(value)), PixelPoint(x: plot.maxX, y: y.pixel(value))]
                : [PixelPoint(x: x.pixel(value), y: plot.y), PixelPoint(x: x.pixel(value), y: plot.maxY)]
            sampleAlong(ends, into: &obstacles)
            var attributes: [(String, SVGWriter.Value)] = [
                ("d", .text(Self.path(ends))), ("stroke", .text(color)), ("stroke-width", .number(1.2)),
            ]
            if let dash = style.dashArray { attributes.append(("stroke-dasharray", .text(dash))) }
            svg.element("path", attributes)
        case .contourLines(let lines):
            drawContourLines(lines, svg: &svg, obstacles: &obstacles, placed: &placed)
        case .filledContour(let filled):
            drawFilledContour(filled, svg: &svg)
        case .vectorField(let field, let color, _):
            drawVectorField(field, color: color, svg: &svg, obstacles: &obstacles)
        case .streamlines(let mark, let color):
            drawStreamlines(mark, color: color, svg: &svg, obstacles: &obstacles)
        case .band(let segments, let color, _):
            drawBand(segments, color: color, svg: &svg, obstacles: &obstacles)
        case .bar(let bars, let color, let opacity, _):
            drawBars(bars, color: color, opacity: opacity, svg: &svg, obstacles: &obstacles)
        case .stem(let points, let color, _):
            drawStems(points, color: color, svg: &svg, obstacles: &obstacles)
        case .errorbar(let points, let color, _):
            drawErrorbars(points, color: color, svg: &svg, obstacles: &obstacles)
        case .arrow(let arrow, let color):
            drawArrow(arrow, color: color, svg: &svg, obstacles: &obstacles)
        case .text:
            break
        }
    }

    func pixel(_ p: DataPoint) -> PixelPoint { PixelPoint(x: x.pixel(p.x), y: y.pixel(p.y)) }

    /// `M x y x y …` (implicit line-tos); a lone point becomes a dot (`h0`
    /// with a round cap), so an isolated valid value between NaNs stays visible.
    static func path(_ points: [PixelPoint]) -> String {
        guard let first = points.first else { return "" }
        var d = "M" + SVGNumber.format(first.x) + " " + SVGNumber.format(first.y)
        if points.count == 1 { return d + "h0" }
        for p in points.dropFirst() { d += " " + SVGNumber.format(p.x) + " " + SVGNumber.format(p.y) }
        return d
    }

    /// `M x y x y … Z`: a closed polygon.
    static func polygon(_ points: [PixelPoint]) -> String {
        points.count < 3 ? "" : path(points) + "Z"
    }

    /// Points every ≤ 4 px along a polyline (inside the plot).
    func sampleAlong(_ points: [PixelPoint], into obstacles: inout [PixelPoint]) {
        guard let first = points.first else { return }
        if plot.contains(first) { obstacles.append(first) }
        for (a, b) in zip(points, points.dropFirst()) {
            let steps = min(Int((hypot(b.x - a.x, b.y - a.y) / 4).rounded(.up)), 500)
            for s in stride(from: 1, through: max(steps, 1), by: 1) {
                let t = Double(s) / Double(max(steps, 1))
                let p = PixelPoint(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))
                if plot.contains(p) { obstacles.append(p) }
            }
        }
    }

    private func drawHistogram(edges: [Double], counts: [Double], color: String, opacity: Double,
                               svg: inout SVGWriter, obstacles: inout [PixelPoint]) {
        let base = y.scale == .linear ? y.pixel(0) : plot.maxY + 1
        func top(_ count: Double) -> Double { count > 0 ? y.pixel(count) : base }
        var d = "M\(SVGNumber.format(x.pixel(edges[0]))) \(SVGNumber.format(base))"
        for (i, count) in counts.enumerated() {
            let left = x.pixel(edges[i]), right = x.pixel(edges[i + 1]), t = top(count)
            d += "V\(SVGNumber.format(t))H\(SVGNumber.format(right))"
            // Sample the visible part of the bar only (bars may reach far outside the plot).
            let x0 = max(min(left, right), plot.x), x1 = min(max(left, right), plot.maxX)
            let y0 = max(min(t, base), plot.y), y1 = min(max(t, base), plot.maxY)
            if x0 <= x1 && y0 <= y1 {
                for px in stride(from: x0, through: x1, by: 6) {
                    for py in stride(from: y0, through: y1, by: 6) { obstacles.append(PixelPoint(x: px, y: py)) }
                }
            }
        }
        d += "V\(SVGNumber.format(base))Z"
        var attributes: [(String, SVGWriter.Value)] = [("d", .text(d)), ("fill", .text(color))]
        if opacity < 1 { attributes.append(("fill-opacity", .number(opacity))) }
        svg.element("path", attributes)
    }

    private func drawHeatmap(_ m: HeatmapMark, low: Double, high: Double, svg: inout SVGWriter) {
        let range = AxisMap.domain(extent: DataExtent(low: low, high: high), limits: nil, scale: .linear, padded: false)
        let rowStep = (m.rows + Self.maxImageSide - 1) / Self.maxImageSide
        let colStep = (m.cols + Self.maxImageSide - 1) / Self.maxImageSide
        let rows = stride(from: 0, to: m.rows, by: rowStep).map { $0 }
        let cols = stride(from: 0, to: m.cols, by: colStep).map { $0 }
        let transparent: UInt8 = 255
        var indices: [UInt8] = []
        indices.reserveCapacity(rows.count * cols.count)
        var hasNaN = false
        for i in rows {
            for j in cols {
                let v = m.values[i * m.cols + j]
                if v.isFinite {
                    // Halves: no overflow for a colour range near ±Double.max.
                    let t = (v / 2 - range.low / 2) / (range.high / 2 - range.low / 2)
                    indices.append(t.isNaN ? 127 : UInt8(min(max(t, 0), 1) * 254 + 0.5))
                } else {
                    indices.append(transparent)
                    hasNaN = true
                }
            }
        }
        var palette = (0...254).map { Viridis.rgb(Double($0) / 254) }
        palette.append((255, 255, 255))
        let png = PalettePNG.encode(width: cols.count, height: rows.count, indices: indices, palette: palette,
                                    transparentIndex: hasNaN ? transparent : nil)
        let left = x.pixel(-0.5), top = y.pixel(-0.5)
        svg.element("image", [
            ("x", .number(left)), ("y", .number(top)),
            ("width", .number(x.pixel(Double(m.cols) - 0.5) - left)),
            ("height", .number(y.pixel(Double(m.rows) - 0.5) - top)),
            ("preserveAspectRatio", .text("none")), ("style", .text("image-rendering:pixelated")),
            ("xlink:href", .text("data:image/png;base64," + PalettePNG.base64(png))),
        ])
    }
}
