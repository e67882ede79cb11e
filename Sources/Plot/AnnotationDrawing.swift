import Foundation

/// Text and arrows placed in data coordinates.
extension MarkDrawing {
    static let annotationFont = Typography.labelFont
    static let arrowheadLength = 8.0

    /// A text's place: baseline point, anchor, and the box it covers (kept
    /// inside the plot: a text that would stick out is moved in).
    struct TextPlacement {
        var label: LabelText
        var x: Double
        var baseline: Double
        var anchor: TextAnchor
        var box: Rect
        var color: String
    }

    /// Where a text mark's text, or an arrow's, goes (nil for other marks and
    /// arrows without text).
    func textPlacement(_ mark: PreparedMark) -> TextPlacement? {
        switch mark {
        case .text(let m, let color):
            let anchor: TextAnchor = m.align == .left ? .start : m.align == .center ? .middle : .end
            return placement(LabelText(m.content), at: pixel(DataPoint(x: m.x, y: m.y)), anchor: anchor, color: color)
        case .arrow(let m, let color):
            guard let text = m.text else { return nil }
            let tail = pixel(DataPoint(x: m.from.x, y: m.from.y)), tip = pixel(DataPoint(x: m.to.x, y: m.to.y))
            let dx = tip.x - tail.x, dy = tip.y - tail.y
            let label = LabelText(text)
            // Beside the tail, on the side away from where the arrow goes.
            if abs(dx) >= 0.3 * abs(dy) {
                return placement(label, at: PixelPoint(x: tail.x + (dx >= 0 ? -4 : 4), y: tail.y),
                                 anchor: dx >= 0 ? .end : .start, color: color)
            }
            let shift = Self.annotationFont * 0.9
            return placement(label, at: PixelPoint(x: tail.x, y: tail.y + (dy > 0 ? -shift : shift)),
                             anchor: .middle, color: color)
        default:
            return nil
        }
    }

    private func placement(_ label: LabelText, at point: PixelPoint, anchor: TextAnchor, color: String) -> TextPlacement {
        let font = Self.annotationFont
        let width = label.width(fontSize: font), height = font * 1.3
        var left = anchor == .start ? point.x : anchor == .middle ? point.x - width / 2 : point.x - width
        var top = point.y - height / 2
        // Moved inside the plot when it would stick out (and it fits).
        if width <= plot.width - 4 { left = min(max(left, plot.x + 2), plot.maxX - 2 - width) }
        if height <= plot.height - 4 { top = min(max(top, plot.y + 2), plot.maxY - 2 - height) }
        let x = anchor == .start ? left : anchor == .middle ? left + width / 2 : left + width
        return TextPlacement(label: label, x: x, baseline: top + height / 2 + font * 0.35, anchor: anchor,
                             box: Rect(x: left, y: top, width: width, height: height), color: color)
    }

    /// The text of a text mark or an arrow, unclipped, in the mark's group.
    func drawText(_ mark: PreparedMark, svg: inout SVGWriter, obstacles: inout [PixelPoint]) {
        guard let place = textPlacement(mark) else { return }
        svg.open("g", [("aria-label", .text(mark.call.rawValue))])
        // A light backing, as matplotlib's annotation box: the text stays readable over lines.
        svg.element("rect", [("x", .number(place.box.x - 2)), ("y", .number(place.box.y)),
                             ("width", .number(place.box.width + 4)), ("height", .number(place.box.height)),
                             ("rx", .number(2)), ("fill", .text("#fff")), ("fill-opacity", .number(0.8))])
        labels.draw(place.label, x: place.x, y: place.baseline, fontSize: Self.annotationFont, anchor: place.anchor,
                    color: place.color, svg: &svg)
        svg.close("g")
        for px in stride(from: place.box.x, through: place.box.maxX, by: 4) {
            for py in stride(from: place.box.y, through: place.box.maxY, by: 4) { obstacles.append(PixelPoint(x: px, y: py)) }
        }
    }

    /// A straight arrow with a filled head at its end.
    func drawArrow(_ arrow: ArrowMark, color: String, svg: inout SVGWriter, obstacles: inout [PixelPoint]) {
        let tail = pixel(DataPoint(x: arrow.from.x, y: arrow.from.y)), tip = pixel(DataPoint(x: arrow.to.x, y: arrow.to.y))
        let dx = tip.x - tail.x, dy = tip.y - tail.y, length = hypot(dx, dy)
        guard length > 0 else { return }
        let head = Arrowhead(tip: tip, direction: (dx / length, dy / length), length: min(Self.arrowheadLength, length),
                             spread: 0.4)
        svg.element("path", [("d", .text(Self.path([tail, head.base]))), ("stroke", .text(color)),
                             ("stroke-width", .number(1.2))])
        svg.element("path", [("d", .text(Self.polygon(head.corners))), ("fill", .text(color))])
        sampleAlong([tail, tip], into: &obstacles)
    }
}
