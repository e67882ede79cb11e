import Foundation

/// Draws one panel: grid, marks (clipped to the plot area), frame, ticks,
/// labels, legend and colour bar, following matplotlib's look (black frame,
/// outward ticks, tab10 colours, 1.5 px lines).
struct PanelRenderer {
    let panel: Panel
    let prepared: PreparedPanel
    let layout: PanelLayout
    let title: String?
    let frame: Rect
    let clipID: String
    let gradientID: String
    let labels: LabelDrawing
    /// An animation's frames for this panel (drawn in turn instead of `prepared`'s marks).
    var frames: [PreparedPanel] = []
    /// The CSS class of frame groups; frame k also has `frameClass`-k.
    var frameClass = ""

    func draw(into svg: inout SVGWriter) {
        let plot = layout.plot
        svg.open("g", [("class", .text("panel"))])
        svg.open("defs")
        svg.open("clipPath", [("id", .text(clipID))])
        svg.element("rect", Self.rect(plot))
        svg.close("clipPath")
        if case .continuous? = layout.colorbar?.scale { writeGradient(&svg) }
        svg.close("defs")
        svg.newline()
        if panel.grid { drawGrid(&svg) }

        var obstacles: [PixelPoint] = []
        let drawing = MarkDrawing(x: layout.x, y: layout.y, plot: plot, labels: labels)
        // Each frame's marks as markup, one piece per mark: shapes (clipped to the plot) and text (not).
        var shapes: [[String]] = [], texts: [[String]] = []
        for marks in frames.isEmpty ? [prepared.drawingOrder] : frames.map(\.drawingOrder) {
            // Text goes where its call put it; contour labels keep clear of it.
            var placed = marks.compactMap { drawing.textPlacement($0)?.box }
            var frameShapes: [String] = [], frameTexts: [String] = []
            for mark in marks {
                var piece = SVGWriter()
                drawing.draw(mark, svg: &piece, obstacles: &obstacles, placed: &placed)
                if !piece.output.isEmpty { frameShapes.append(piece.output) }
            }
            for mark in marks {
                var piece = SVGWriter()
                drawing.drawText(mark, svg: &piece, obstacles: &obstacles)
                if !piece.output.isEmpty { frameTexts.append(piece.output) }
            }
            shapes.append(frameShapes)
            texts.append(frameTexts)
        }
        svg.open("g", [("clip-path", .text("url(#\(clipID))"))])
        writeFrames(shapes, into: &svg)
        svg.close("g")
        writeFrames(texts, into: &svg)
        svg.element("rect", Self.rect(plot) + [("fill", .text("none")), ("stroke", .text("#000")),
                                                ("stroke-width", .number(Typography.spineWidth))])
        svg.newline()
        drawTicks(&svg)
        if let colorbar = layout.colorbar { drawColorbar(colorbar, &svg) }
        drawLabels(&svg)
        if !prepared.hasData {
            svg.element("text", [("x", .number(plot.midX)), ("y", .number(plot.midY + 4)),
                                 ("text-anchor", .text("middle")), ("font-size", .number(Typography.noteFont)),
                                 ("fill", .text("#888"))], text: "no data")
        }
        let legend = Legend(prepared)
        let outsideX = (layout.colorbar.map { colorbar in
            colorbar.bar.maxX + Typography.majorTick + Typography.tickGap
                + (colorbar.ticks.major.map { $0.label.width(fontSize: Typography.tickFont) }.max() ?? 0)
        } ?? plot.maxX) + PanelLayout.outsideLegendGap
        if let legendFrame = legend.frame(panel.legend, plot: plot, outsideX: outsideX, obstacles: obstacles) {
            legend.draw(in: legendFrame, labels: labels, svg: &svg)
        }
        svg.close("g")
        svg.newline()
    }

    /// A still figure's marks as they are; an animation's in one group per
    /// frame, except what every frame draws alike (an axis curve, a level set),
    /// which is drawn once beneath them: the SVG grows with what changes only.
    private func writeFrames(_ pieces: [[String]], into svg: inout SVGWriter) {
        guard !frames.isEmpty else {
            for piece in pieces.joined() {
                svg.trusted(piece)
                svg.newline()
            }
            return
        }
        var shared: [String] = []
        var remaining = pieces
        for piece in pieces[0] where remaining.allSatisfy({ $0.contains(piece) }) {
            shared.append(piece)
            for k in remaining.indices { remaining[k].remove(at: remaining[k].firstIndex(of: piece)!) }
        }
        for piece in shared {
            svg.trusted(piece)
            svg.newline()
        }
        for (k, frame) in remaining.enumerated() where !frame.isEmpty {
            svg.open("g", [("class", .text("\(frameClass) \(frameClass)-\(k)"))])
            for piece in frame { svg.trusted(piece) }
            svg.close("g")
            svg.newline()
        }
    }

    static func rect(_ r: Rect) -> [(String, SVGWriter.Value)] {
        [("x", .number(r.x)), ("y", .number(r.y)), ("width", .number(r.width)), ("height", .number(r.height))]
    }

    private func writeGradient(_ svg: inout SVGWriter) {
        svg.open("linearGradient", [("id", .text(gradientID)), ("x1", .number(0)), ("y1", .number(1)),
                                    ("x2", .number(0)), ("y2", .number(0))])
        let last = Viridis.anchors.count - 1
        for i in 0...last {
            svg.element("stop", [("offset", .number(Double(i) / Double(last))),
                                 ("stop-color", .text(Viridis.anchorHex(i)))])
        }
        svg.close("linearGradient")
    }

    private func drawGrid(_ svg: inout SVGWriter) {
        let plot = layout.plot
        var d = ""
        for tick in layout.xTicks.major { d += "M\(SVGNumber.format(layout.x.pixel(tick.value))) \(SVGNumber.format(plot.y))V\(SVGNumber.format(plot.maxY))" }
        for tick in layout.yTicks.major { d += "M\(SVGNumber.format(plot.x)) \(SVGNumber.format(layout.y.pixel(tick.value)))H\(SVGNumber.format(plot.maxX))" }
        guard !d.isEmpty else { return }
        svg.element("path", [("d", .text(d)), ("stroke", .text("#dddddd")), ("stroke-width", .number(0.8)),
                             ("fill", .text("none"))])
    }

    private func drawTicks(_ svg: inout SVGWriter) {
        let plot = layout.plot
        var major = "", minor = ""
        for tick in layout.xTicks.major { major += "M\(SVGNumber.format(layout.x.pixel(tick.value))) \(SVGNumber.format(plot.maxY))v\(SVGNumber.format(Typography.majorTick))" }
        for v in layout.xTicks.minor { minor += "M\(SVGNumber.format(layout.x.pixel(v))) \(SVGNumber.format(plot.maxY))v\(SVGNumber.format(Typography.minorTick))" }
        for tick in layout.yTicks.major { major += "M\(SVGNumber.format(plot.x)) \(SVGNumber.format(layout.y.pixel(tick.value)))h\(SVGNumber.format(-Typography.majorTick))" }
        for v in layout.yTicks.minor { minor += "M\(SVGNumber.format(plot.x)) \(SVGNumber.format(layout.y.pixel(v)))h\(SVGNumber.format(-Typography.minorTick))" }
        for (d, width) in [(major, Typography.spineWidth), (minor, Typography.spineWidth * 0.75)] where !d.isEmpty {
            svg.element("path", [("d", .text(d)), ("stroke", .text("#000")), ("stroke-width", .number(width))])
        }
        svg.newline()
        let font = Typography.tickFont
        let xSuperscript = layout.xTicks.major.contains { $0.label.hasSuperscript }
        let xBaseline = plot.maxY + Typography.majorTick + Typography.tickGap + font * (xSuperscript ? 1.1 : 0.8)
        svg.open("g", [("font-size", .number(font)), ("text-anchor", .text("middle"))])
        for tick in layout.xTicks.major {
            tickLabel(tick.label, x: layout.x.pixel(tick.value), y: xBaseline, &svg)
        }
        svg.close("g")
        svg.open("g", [("font-size", .number(font)), ("text-anchor", .text("end"))])
        for tick in layout.yTicks.major {
            tickLabel(tick.label, x: plot.x - Typography.majorTick - Typography.tickGap,
                      y: layout.y.pixel(tick.value) + font * 0.35, &svg)
        }
        svg.close("g")
        svg.newline()
    }

    private func tickLabel(_ label: StyledText, x: Double, y: Double, _ svg: inout SVGWriter) {
        guard !label.plain.isEmpty else { return } // thinned out: tick mark only
        svg.open("text", [("x", .number(x)), ("y", .number(y))])
        label.write(to: &svg, fontSize: Typography.tickFont)
        svg.close("text")
    }

    private func drawColorbar(_ colorbar: PanelLayout.Colorbar, _ svg: inout SVGWriter) {
        let bar = colorbar.bar
        switch colorbar.scale {
        case .continuous:
            svg.element("rect", Self.rect(bar) + [("fill", .text("url(#\(gradientID))")), ("stroke", .text("#000")),
                                                   ("stroke-width", .number(Typography.spineWidth))])
        case .bands(let levels, let colors):
            for (k, color) in colors.enumerated() {
                let top = colorbar.map.pixel(levels[k + 1]), bottom = colorbar.map.pixel(levels[k])
                svg.element("rect", Self.rect(Rect(x: bar.x, y: top, width: bar.width, height: bottom - top))
                            + [("fill", .text(color))])
            }
            svg.element("rect", Self.rect(bar) + [("fill", .text("none")), ("stroke", .text("#000")),
                                                   ("stroke-width", .number(Typography.spineWidth))])
        }
        var d = ""
        for tick in colorbar.ticks.major {
            d += "M\(SVGNumber.format(bar.maxX)) \(SVGNumber.format(colorbar.map.pixel(tick.value)))h\(SVGNumber.format(Typography.majorTick))"
        }
        if !d.isEmpty {
            svg.element("path", [("d", .text(d)), ("stroke", .text("#000")), ("stroke-width", .number(Typography.spineWidth))])
        }
        svg.open("g", [("font-size", .number(Typography.tickFont))])
        for tick in colorbar.ticks.major {
            tickLabel(tick.label, x: bar.maxX + Typography.majorTick + Typography.tickGap,
                      y: colorbar.map.pixel(tick.value) + Typography.tickFont * 0.35, &svg)
        }
        svg.close("g")
        svg.newline()
    }

    private func drawLabels(_ svg: inout SVGWriter) {
        let plot = layout.plot
        if let title {
            labels.draw(LabelText(title), x: plot.midX, y: frame.y + Typography.outerPad + Typography.titleFont,
                        fontSize: Typography.titleFont, anchor: .middle, svg: &svg)
        }
        if let xlabel = panel.xlabel {
            let superscript = layout.xTicks.major.contains { $0.label.hasSuperscript }
            let y = plot.maxY + Typography.majorTick + Typography.tickGap
                + Typography.tickFont * (superscript ? 1.3 : 1.0) + 4 + Typography.labelFont * 0.95
            labels.draw(LabelText(xlabel), x: plot.midX, y: y, fontSize: Typography.labelFont, anchor: .middle, svg: &svg)
        }
        if let ylabel = panel.ylabel {
            // Beside the y tick labels, as `PanelLayout` leaves room for it: at the frame's left
            // edge only when the plot starts where that room ends (an equal-aspect plot or a
            // heat map is narrowed and centred, and the label moves in with it).
            let tickLabels = layout.yTicks.major.map { $0.label.width(fontSize: Typography.tickFont) }.max() ?? 0
            let x = plot.x - (Typography.majorTick + Typography.tickGap) - tickLabels - 4 - Typography.labelFont * 0.35
            labels.draw(LabelText(ylabel), x: max(x, frame.x + Typography.outerPad + Typography.labelFont * 0.85),
                        y: plot.midY, fontSize: Typography.labelFont, anchor: .middle, rotated: true, svg: &svg)
        }
        svg.newline()
    }
}
