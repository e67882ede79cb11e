/// A panel's legend: one row per labelled series, placed inside the plot
/// where it hides the least data.
struct Legend {
    enum Handle {
        case line(LineStyle)
        case dot
        case patch(opacity: Double)
    }

    struct Entry {
        var label: LabelText
        var handle: Handle
        var color: String
    }

    var entries: [Entry]

    static let rowHeight = Typography.legendFont * 1.5
    static let handleWidth = 20.0
    static let padding = 6.0
    /// Distance between the legend and the plot's edges.
    static let inset = 6.0

    init(_ prepared: PreparedPanel) {
        entries = prepared.marks.compactMap { mark in
            guard let label = mark.label, !label.isEmpty else { return nil }
            let handle: Handle, color: String
            switch mark {
            case .line(_, let c, let style, _), .reference(_, _, let c, let style, _): (handle, color) = (.line(style), c)
            case .scatter(_, let c, _), .errorbar(_, let c, _): (handle, color) = (.dot, c)
            case .stem(_, let c, _): (handle, color) = (.line(.solid), c)
            case .histogram(_, _, let c, let opacity, _), .bar(_, let c, let opacity, _):
                (handle, color) = (.patch(opacity: opacity), c)
            case .band(_, let c, _): (handle, color) = (.patch(opacity: MarkDrawing.bandOpacity), c)
            case .contourLines(let c): (handle, color) = (.line(.solid), c.legendColor)
            case .filledContour(let c): (handle, color) = (.patch(opacity: 1), c.bands[c.bands.count / 2].color)
            case .vectorField(_, let c, _), .streamlines(_, let c): (handle, color) = (.line(.solid), c)
            case .heatmap, .text, .arrow: return nil
            }
            return Entry(label: LabelText(label), handle: handle, color: color)
        }
    }

    var width: Double {
        let labels = entries.map { $0.label.width(fontSize: Typography.legendFont) }.max() ?? 0
        return 2 * Self.padding + Self.handleWidth + 6 + labels
    }

    /// The room a legend placed outside takes (nil without entries).
    var frameWidth: Double? { entries.isEmpty ? nil : width }

    var height: Double { 2 * Self.padding + Double(entries.count) * Self.rowHeight - 4 }

    /// The legend's rectangle, or nil for no legend. `.best` tries
    /// matplotlib's candidate positions in its order and takes the first
    /// that covers the fewest of `obstacles` (pixels the data is drawn at).
    /// `.outside`: at `outsideX` (right of the plot and its colour bar), top-aligned.
    func frame(_ placement: LegendPlacement, plot: Rect, outsideX: Double, obstacles: [PixelPoint]) -> Rect? {
        guard !entries.isEmpty, placement != .hidden else { return nil }
        let w = width, h = height
        let left = plot.x + Self.inset, right = plot.maxX - Self.inset - w
        let top = plot.y + Self.inset, bottom = plot.maxY - Self.inset - h
        let centerX = plot.midX - w / 2, centerY = plot.midY - h / 2
        func at(_ x: Double, _ y: Double) -> Rect { Rect(x: x, y: y, width: w, height: h) }
        switch placement {
        case .upperRight: return at(right, top)
        case .upperLeft: return at(left, top)
        case .lowerLeft: return at(left, bottom)
        case .lowerRight: return at(right, bottom)
        case .hidden: return nil
        case .outside: return at(outsideX, plot.y)
        case .best:
            let candidates = [at(right, top), at(left, top), at(left, bottom), at(right, bottom),
                              at(right, centerY), at(left, centerY), at(centerX, bottom), at(centerX, top),
                              at(centerX, centerY)]
            var best = candidates[0], fewest = Int.max
            for candidate in candidates {
                let covered = obstacles.reduce(0) { $0 + (candidate.contains($1) ? 1 : 0) }
                if covered < fewest { (best, fewest) = (candidate, covered) }
            }
            return best
        }
    }

    func draw(in frame: Rect, labels: LabelDrawing, svg: inout SVGWriter) {
        svg.open("g", [("class", .text("legend"))])
        svg.element("rect", [
            ("x", .number(frame.x)), ("y", .number(frame.y)), ("width", .number(frame.width)),
            ("height", .number(frame.height)), ("rx", .number(2.5)), ("fill", .text("#fff")),
            ("fill-opacity", .number(0.8)), ("stroke", .text("#cccccc")), ("stroke-width", .number(0.8)),
        ])
        for (row, entry) in entries.enumerated() {
            let midY = frame.y + Self.padding + (Double(row) + 0.5) * Self.rowHeight - 2
            let x0 = frame.x + Self.padding
            switch entry.handle {
            case .line(let style):
                var attributes: [(String, SVGWriter.Value)] = [
                    ("d", .text("M\(SVGNumber.format(x0)) \(SVGNumber.format(midY))h\(SVGNumber.format(Self.handleWidth))")),
                    ("stroke", .text(entry.color)), ("stroke-width", .number(Typography.lineWidth)),
                ]
                if let dash = style.dashArray { attributes.append(("stroke-dasharray", .text(dash))) }
                svg.element("path", attributes)
            case .dot:
                svg.element("circle", [("cx", .number(x0 + Self.handleWidth / 2)), ("cy", .number(midY)),
                                       ("r", .number(Typography.dotDiameter / 2)), ("fill", .text(entry.color))])
            case .patch(let opacity):
                svg.element("rect", [("x", .number(x0 + 2)), ("y", .number(midY - 4.5)),
                                     ("width", .number(Self.handleWidth - 4)), ("height", .number(9)),
                                     ("fill", .text(entry.color)), ("fill-opacity", .number(opacity))])
            }
            labels.draw(entry.label, x: x0 + Self.handleWidth + 6, y: midY + Typography.legendFont * 0.35,
                        fontSize: Typography.legendFont, anchor: .start, svg: &svg)
        }
        svg.close("g")
    }
}
