import Foundation

/// Level lines (labelled in place), filled contours, arrows and streamlines in pixel space.
extension MarkDrawing {
    static let levelLabelFont = 9.0
    /// At most three labels a level, and this many for all levels of one call.
    static let maximumLevelLabels = 40
    /// Clear space along a line on each side of its label.
    static let levelLabelGap = 2.0

    /// Each level's lines in its colour, its value written on the longest
    /// stretches that have room for it (as matplotlib's `clabel(inline=True)`):
    /// along the line, turned with it, and the line cut where the text is.
    func drawContourLines(_ contour: ContourLines, svg: inout SVGWriter, obstacles: inout [PixelPoint],
                          placed: inout [Rect]) {
        var texts: [(text: StyledText, at: PixelPoint, angle: Double, color: String)] = []
        for level in contour.levels {
            var pieces: [[PixelPoint]] = []
            let width = level.text.width(fontSize: Self.levelLabelFont)
            var labelsForLevel = 0
            // Longest lines first: they have the most room, and get the label if only one fits.
            let lines = level.lines.map { PolylineSimplification.simplify($0.map(pixel)) }
                .sorted { Self.length($0) > Self.length($1) }
            for line in lines {
                if labelsForLevel < 3, texts.count < Self.maximumLevelLabels,
                   let spot = labelSpot(line, width: width, placed: placed) {
                    placed.append(spot.box)
                    labelsForLevel += 1
                    texts.append((level.text, spot.center, spot.angle, level.color))
                    pieces += Self.cut(line, from: spot.along - width / 2 - Self.levelLabelGap,
                                       to: spot.along + width / 2 + Self.levelLabelGap)
                } else {
                    pieces.append(line)
                }
            }
            var d = ""
            for piece in pieces {
                sampleAlong(piece, into: &obstacles)
                d += Self.path(piece)
            }
            svg.element("path", [("d", .text(d)), ("fill", .text("none")), ("stroke", .text(level.color)),
                                 ("stroke-width", .number(1.2)), ("stroke-linejoin", .text("round"))])
        }
        guard !texts.isEmpty else { return }
        svg.open("g", [("font-size", .number(Self.levelLabelFont)), ("text-anchor", .text("middle"))])
        for item in texts {
            let cx = SVGNumber.format(item.at.x), cy = SVGNumber.format(item.at.y)
            svg.open("text", [("x", .number(item.at.x)), ("y", .number(item.at.y + Self.levelLabelFont * 0.35)),
                              ("fill", .text(item.color)),
                              ("transform", .text("rotate(\(SVGNumber.format(item.angle, digits: 1)) \(cx) \(cy))"))])
            item.text.write(to: &svg, fontSize: Self.levelLabelFont)
            svg.close("text")
        }
        svg.close("g")
    }

    /// Where on `line` a label `width` wide fits: a fairly straight stretch
    /// whose box is inside the plot and clear of `placed`. Tries the middle
    /// first, then towards the ends.
    private func labelSpot(_ line: [PixelPoint], width: Double, placed: [Rect])
        -> (along: Double, center: PixelPoint, angle: Double, box: Rect)? {
        let total = Self.length(line)
        guard total >= 2.5 * width + 4 * Self.levelLabelGap else { return nil }
        let height = Self.levelLabelFont * 1.2
        for fraction in [0.5, 0.35, 0.65, 0.2, 0.8] {
            let along = fraction * total
            guard let start = Self.point(line, at: along - width / 2), let end = Self.point(line, at: along + width / 2),
                  let center = Self.point(line, at: along) else { continue }
            let dx = end.x - start.x, dy = end.y - start.y
            // A chord much shorter than the text means the line bends under it.
            guard hypot(dx, dy) >= 0.9 * width else { continue }
            var angle = atan2(dy, dx) * 180 / .pi
            if angle > 90 { angle -= 180 } else if angle <= -90 { angle += 180 }
            let c = abs(cos(angle * .pi / 180)), s = abs(sin(angle * .pi / 180))
            let boxWidth = width * c + height * s, boxHeight = width * s + height * c
            let box = Rect(x: center.x - boxWidth / 2, y: center.y - boxHeight / 2, width: boxWidth, height: boxHeight)
            let inside = box.x >= plot.x + 1 && box.maxX <= plot.maxX - 1 && box.y >= plot.y + 1 && box.maxY <= plot.maxY - 1
            guard inside, !placed.contains(where: { $0.intersects(box) }) else { continue }
            return (along, center, angle, box)
        }
        return nil
    }

    static func length(_ line: [PixelPoint]) -> Double {
        zip(line, line.dropFirst()).reduce(0) { $0 + hypot($1.1.x - $1.0.x, $1.1.y - $1.0.y) }
    }

    /// The point `distance` pixels along `line` (nil beyond its ends).
    static func point(_ line: [PixelPoint], at distance: Double) -> PixelPoint? {
        guard distance >= 0 else { return nil }
        var travelled = 0.0
        for (a, b) in zip(line, line.dropFirst()) {
            let d = hypot(b.x - a.x, b.y - a.y)
            if travelled + d >= distance, d > 0 {
                let t = (distance - travelled) / d
                return PixelPoint(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))
            }
            travelled += d
        }
        return nil
    }

    /// `line` without the stretch between `from` and `to` pixels along it: the
    /// pieces before and after (a closed line's two pieces are one path after the cut).
    static func cut(_ line: [PixelPoint], from: Double, to: Double) -> [[PixelPoint]] {
        var before: [PixelPoint] = [], after: [PixelPoint] = []
        var travelled = 0.0
        if let first = line.first, from > 0 { before.append(first) }
        for (a, b) in zip(line, line.dropFirst()) {
            let d = hypot(b.x - a.x, b.y - a.y)
            let next = travelled + d
            func at(_ s: Double) -> PixelPoint {
                let t = d > 0 ? (s - travelled) / d : 0
                return PixelPoint(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))
            }
            if travelled < from && next >= from { before.append(at(from)) } else if next < from { before.append(b) }
            if travelled <= to && next > to { after.append(at(to)) }
            if next > to { after.append(b) }
            travelled = next
        }
        let closed = line.count > 2 && line.first == line.last
        if closed && !before.isEmpty && !after.isEmpty { return [after + before.dropFirst()] }
        return [before, after].filter { $0.count >= 2 }
    }

    /// Bands painted bottom first, each its region's polygons under the even-odd rule.
    func drawFilledContour(_ filled: FilledContour, svg: inout SVGWriter) {
        for band in filled.bands {
            let d = band.polygons.map { Self.polygon(PolylineSimplification.simplify($0.map(pixel))) }.joined()
            guard !d.isEmpty else { continue }
            svg.element("path", [("d", .text(d)), ("fill", .text(band.color)), ("fill-rule", .text("evenodd")),
                                 ("stroke", .text("none"))])
        }
    }

    /// Arrows centred on the sample points, scaled together so that the
    /// longest is 0.9 of the distance to the next sample (none overlaps a
    /// neighbour); direction and length in data units, as matplotlib's
    /// `quiver(angles="xy")` draws them, so arrows are tangent to trajectories.
    func drawVectorField(_ field: SampledField, color: String, svg: inout SVGWriter, obstacles: inout [PixelPoint]) {
        let nodes = field.nodes
        var arrows: [(center: PixelPoint, vector: (Double, Double))] = []
        for i in 0..<nodes.rows {
            for j in 0..<nodes.cols {
                let k = i * nodes.cols + j
                let xd = nodes.xNode(j), yd = nodes.yNode(i)
                let v = (field.u[k] * x.derivative(at: xd), field.v[k] * y.derivative(at: yd))
                guard v.0.isFinite, v.1.isFinite else { continue }
                arrows.append((PixelPoint(x: x.pixel(xd), y: y.pixel(yd)), v))
            }
        }
        let spacingX = abs(x.pixel(nodes.xNode(1)) - x.pixel(nodes.xNode(0)))
        let spacingY = abs(y.pixel(nodes.yNode(1)) - y.pixel(nodes.yNode(0)))
        let longest = arrows.map { hypot($0.vector.0, $0.vector.1) }.max() ?? 0
        guard longest > 0 else { return }
        let scale = 0.9 * min(spacingX, spacingY) / longest
        var shafts = "", heads = ""
        for arrow in arrows {
            let dx = arrow.vector.0 * scale, dy = arrow.vector.1 * scale
            let length = hypot(dx, dy)
            guard length >= 0.5 else { continue }
            let tail = PixelPoint(x: arrow.center.x - dx / 2, y: arrow.center.y - dy / 2)
            let tip = PixelPoint(x: arrow.center.x + dx / 2, y: arrow.center.y + dy / 2)
            let head = Arrowhead(tip: tip, direction: (dx / length, dy / length), length: min(0.4 * length, 5))
            shafts += Self.path([tail, head.base])
            heads += Self.polygon(head.corners)
            sampleAlong([tail, tip], into: &obstacles)
        }
        svg.element("path", [("d", .text(shafts)), ("stroke", .text(color)), ("stroke-width", .number(1))])
        svg.element("path", [("d", .text(heads)), ("fill", .text(color))])
    }

    /// Evenly spaced streamlines (``StreamlineTracer``), each with an arrowhead
    /// at the middle pointing along the flow.
    func drawStreamlines(_ mark: StreamlinesMark, color: String, svg: inout SVGWriter, obstacles: inout [PixelPoint]) {
        let separation = max(3, plot.width / 30 / mark.density)
        let lines = StreamlineTracer(field: mark.field, x: x, y: y, plot: plot, separation: separation).trace()
        var d = "", heads = ""
        for line in lines {
            let simplified = PolylineSimplification.simplify(line, tolerance: 0.2)
            sampleAlong(simplified, into: &obstacles)
            d += Self.path(simplified)
            let total = Self.length(line)
            guard total >= 2 * separation, let middle = Self.point(line, at: total / 2),
                  let ahead = Self.point(line, at: total / 2 + 1) else { continue }
            let dx = ahead.x - middle.x, dy = ahead.y - middle.y, length = hypot(dx, dy)
            guard length > 0 else { continue }
            let size = min(6, separation * 0.6)
            let head = Arrowhead(tip: PixelPoint(x: middle.x + dx / length * size / 2, y: middle.y + dy / length * size / 2),
                                 direction: (dx / length, dy / length), length: size)
            heads += Self.polygon(head.corners)
        }
        svg.element("path", [("d", .text(d)), ("fill", .text("none")), ("stroke", .text(color)),
                             ("stroke-width", .number(1.1)), ("stroke-linejoin", .text("round"))])
        if !heads.isEmpty { svg.element("path", [("d", .text(heads)), ("fill", .text(color))]) }
    }
}

/// A filled triangular arrowhead with its point at `tip`.
struct Arrowhead {
    var tip: PixelPoint
    /// Unit vector along the arrow.
    var direction: (Double, Double)
    var length: Double
    /// Half the width of the base, relative to the length.
    var spread = 0.45

    /// Where the shaft should end (under the head, so it does not poke through the tip).
    var base: PixelPoint { PixelPoint(x: tip.x - direction.0 * length * 0.8, y: tip.y - direction.1 * length * 0.8) }

    var corners: [PixelPoint] {
        let bx = tip.x - direction.0 * length, by = tip.y - direction.1 * length
        let nx = -direction.1 * length * spread, ny = direction.0 * length * spread
        return [tip, PixelPoint(x: bx + nx, y: by + ny), PixelPoint(x: bx - nx, y: by - ny)]
    }
}
