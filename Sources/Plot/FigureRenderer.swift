/// Lays out a figure's panels in their grid and writes the root `<svg>`
/// with its accessible name and description. For an animation, `figure` is
/// the first frame (its axes, labels and legend are drawn once) and every
/// frame's marks are drawn in their own group, the axes fitted to all of them.
struct FigureRenderer {
    let figure: Figure
    /// `idPrefix` made safe for XML ids.
    let prefix: String
    /// Per panel: what fixes its layout (for an animation, all frames merged).
    let prepared: [PreparedPanel]
    /// Per frame, per panel (empty for a still figure).
    let frames: [[PreparedPanel]]
    let timing: AnimationTiming?
    let labels: LabelDrawing

    init(figure: Figure, idPrefix: String, mathMacros: [String: String], frames: [Figure] = [],
         timing: AnimationTiming? = nil) {
        self.figure = figure
        prefix = Self.sanitizedPrefix(idPrefix)
        self.timing = timing
        func prepare(_ f: Figure) -> [PreparedPanel] {
            f.panels.enumerated().map { index, panel in PreparedPanel(panel: panel, row: index / f.cols, col: index % f.cols) }
        }
        let framePanels = frames.map(prepare)
        if framePanels.isEmpty {
            prepared = prepare(figure)
            self.frames = []
        } else {
            (prepared, self.frames) = PreparedPanel.shared(framePanels)
        }
        labels = LabelDrawing(typesetter: MathTypesetter(macros: mathMacros))
    }

    var firstPanelWithoutData: Int? { prepared.firstIndex { !$0.hasData } }

    /// Each panel's warnings at the call of the mark they are about, then the
    /// labels whose math the TeX module rejects (at the figure's call for its
    /// own labels, at the mark's call for legend entries and annotations).
    var warnings: [PlotWarning] {
        var out: [PlotWarning] = []
        for (panel, prepared) in zip(figure.panels, prepared) {
            out += prepared.warnings.map { PlotWarning($0.warning, callSite: panel.callSites[$0.series]) }
        }
        for (text, site) in allLabels {
            for case .math(let tex) in LabelText(text).pieces where labels.typesetter.mathML(tex) == nil {
                out.append(PlotWarning(.mathNotRendered(tex: tex), callSite: site))
            }
        }
        return out
    }

    /// Every text the figure typesets, with the call that gave it.
    private var allLabels: [(String, CallSite?)] {
        var texts: [(String?, CallSite?)] = [(figure.title, figure.callSite)]
        for panel in figure.panels {
            texts += [panel.title, panel.xlabel, panel.ylabel].map { ($0, figure.callSite) }
            for (index, mark) in panel.marks.enumerated() {
                texts += [(mark.label, panel.callSites[index]), (mark.annotation, panel.callSites[index])]
            }
        }
        return texts.compactMap { text, site in text.map { ($0, site) } }
    }

    /// A one-panel figure's title is drawn as the panel's title (centred on
    /// the plot, as matplotlib's `plt.title`) unless the panel has its own.
    private var hasSuperTitle: Bool {
        figure.title != nil && !(figure.panels.count == 1 && figure.panels[0].title == nil)
    }

    func svg() -> String {
        let (width, height) = figure.drawnSize
        var svg = SVGWriter()
        svg.open("svg", [
            ("xmlns", .text("http://www.w3.org/2000/svg")), ("xmlns:xlink", .text("http://www.w3.org/1999/xlink")),
            ("width", .number(width)), ("height", .number(height)),
            ("viewBox", .text("0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))")),
            ("role", .text("img")), ("aria-labelledby", .text("\(prefix)title \(prefix)desc")),
            ("font-family", .text(TextMetrics.fontFamily)), ("font-size", .number(Typography.tickFont)),
        ])
        svg.element("title", [("id", .text(prefix + "title"))], text: accessibleTitle)
        svg.element("desc", [("id", .text(prefix + "desc"))], text: description)
        svg.newline()
        svg.element("rect", [("width", .number(width)), ("height", .number(height)), ("fill", .text("#fff"))])
        svg.newline()
        if let timing { svg.element("style", text: timing.style(frameClass: prefix + "frame")) }
        var top = 0.0
        if hasSuperTitle, let title = figure.title {
            top = Typography.titleFont * 1.3 + 8
            labels.draw(LabelText(title), x: width / 2, y: Typography.outerPad + Typography.titleFont,
                        fontSize: Typography.titleFont, anchor: .middle, svg: &svg)
            svg.newline()
        }
        let cellWidth = width / Double(figure.cols), cellHeight = (height - top) / Double(figure.rows)
        for (index, panel) in figure.panels.enumerated() {
            let row = index / figure.cols, col = index % figure.cols
            let frame = Rect(x: Double(col) * cellWidth, y: top + Double(row) * cellHeight,
                             width: cellWidth, height: cellHeight)
            let title = panel.title ?? (hasSuperTitle ? nil : figure.title)
            let layout = PanelLayout(panel: panel, prepared: prepared[index], frame: frame, hasTitle: title != nil)
            PanelRenderer(panel: panel, prepared: prepared[index], layout: layout, title: title, frame: frame,
                          clipID: "\(prefix)clip\(index)", gradientID: "\(prefix)viridis\(index)", labels: labels,
                          frames: frames.map { $0[index] }, frameClass: prefix + "frame")
                .draw(into: &svg)
        }
        svg.close("svg")
        return svg.output
    }

    /// The figure's accessible name: its title, else the first panel title, else "Figure".
    private var accessibleTitle: String {
        let title = figure.title ?? figure.panels.lazy.compactMap(\.title).first
        return title.map { LabelText($0).plain } ?? "Figure"
    }

    /// What a screen reader says about the figure: per panel, what is drawn,
    /// the series names and the axes.
    private var description: String {
        var parts: [String] = []
        for (index, panel) in figure.panels.enumerated() {
            var clauses: [String] = []
            var what = Self.summary(prepared[index])
            let names = panel.marks.compactMap(\.label).map { LabelText($0).plain }
            if !names.isEmpty { what += " (" + names.joined(separator: "; ") + ")" }
            clauses.append(what)
            for (axis, label, scale) in [("x", panel.xlabel, panel.xscale), ("y", panel.ylabel, panel.yscale)]
            where label != nil || scale == .log {
                var text = "\(axis) axis"
                if let label { text += " " + LabelText(label).plain }
                if scale == .log && prepared[index].image == nil { text += " (log scale)" }
                clauses.append(text)
            }
            var sentence = clauses.joined(separator: "; ") + "."
            if let title = panel.title { sentence = LabelText(title).plain + ": " + sentence }
            if figure.panels.count > 1 { sentence = "Panel \(index / figure.cols + 1),\(index % figure.cols + 1): " + sentence }
            parts.append(sentence)
        }
        let still = parts.joined(separator: " ")
        guard let timing else { return still }
        return "Animation of \(timing.frames) frame\(timing.frames == 1 ? "" : "s") over "
            + "\(SVGNumber.format(timing.duration, digits: 3)) s; the last: " + still
    }

    /// "2 lines, 1 set of level lines": how many of each kind of mark, in order of first appearance.
    static func summary(_ prepared: PreparedPanel) -> String {
        guard prepared.hasData else { return "no data" }
        var counts: [(name: (String, String), count: Int)] = []
        for mark in prepared.marks {
            if let index = counts.firstIndex(where: { $0.name == mark.summaryName }) {
                counts[index].count += 1
            } else {
                counts.append((mark.summaryName, 1))
            }
        }
        return counts.map { "\($0.count) " + ($0.count == 1 ? $0.name.0 : $0.name.1) }.joined(separator: ", ")
    }

    /// ASCII letters, digits, `-` and `_` kept; anything else becomes `_`;
    /// a leading non-letter gets an `f` in front (XML ids start with a letter).
    static func sanitizedPrefix(_ prefix: String) -> String {
        var out = String(prefix.unicodeScalars.map { scalar -> Character in
            let ok = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_"
            return ok ? Character(scalar) : "_"
        })
        if let first = out.unicodeScalars.first, !(("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_") {
            out = "f" + out
        }
        return out
    }
}
