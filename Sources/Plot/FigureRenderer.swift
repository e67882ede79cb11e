/// Lays out a figure's panels in their grid and writes the root `<svg>`
/// with its accessible name and description.
struct FigureRenderer {
    let figure: Figure
    /// `idPrefix` made safe for XML ids.
    let prefix: String
    let prepared: [PreparedPanel]
    let labels: LabelDrawing

    static let defaultSize = (width: 480.0, height: 320.0)

    init(figure: Figure, idPrefix: String) {
        self.figure = figure
        prefix = Self.sanitizedPrefix(idPrefix)
        prepared = figure.panels.enumerated().map { index, panel in
            PreparedPanel(panel: panel, row: index / figure.cols, col: index % figure.cols)
        }
        labels = LabelDrawing(typesetter: MathTypesetter(macros: figure.mathMacros))
    }

    var firstPanelWithoutData: Int? { prepared.firstIndex { !$0.hasData } }

    var warnings: [PlotWarning] {
        let math = allLabels.flatMap { label in
            label.pieces.compactMap { piece -> PlotWarning? in
                guard case .math(let tex) = piece, labels.typesetter.mathML(tex) == nil else { return nil }
                return .mathNotRendered(tex: tex)
            }
        }
        return prepared.flatMap(\.warnings) + math
    }

    private var allLabels: [LabelText] {
        var texts = [figure.title]
        for panel in figure.panels {
            texts += [panel.title, panel.xlabel, panel.ylabel] + panel.marks.map(\.label)
        }
        return texts.compactMap { $0 }.map(LabelText.init)
    }

    /// A one-panel figure's title is drawn as the panel's title (centred on
    /// the plot, as matplotlib's `plt.title`) unless the panel has its own.
    private var hasSuperTitle: Bool {
        figure.title != nil && !(figure.panels.count == 1 && figure.panels[0].title == nil)
    }

    func svg() -> String {
        let valid = Figure.isValidSize(figure.width, figure.height)
        let width = valid ? figure.width : Self.defaultSize.width
        let height = valid ? figure.height : Self.defaultSize.height
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
                          clipID: "\(prefix)clip\(index)", gradientID: "\(prefix)viridis\(index)", labels: labels)
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
        return parts.joined(separator: " ")
    }

    private static func summary(_ prepared: PreparedPanel) -> String {
        guard prepared.hasData else { return "no data" }
        var counts: [(String, Int)] = [("line", 0), ("scatter series", 0), ("histogram", 0),
                                       ("heat map", 0), ("reference line", 0)]
        for mark in prepared.marks {
            switch mark {
            case .line: counts[0].1 += 1
            case .scatter: counts[1].1 += 1
            case .histogram: counts[2].1 += 1
            case .heatmap: counts[3].1 += 1
            case .reference: counts[4].1 += 1
            }
        }
        let nonEmpty = counts.filter { $0.1 > 0 }
        return nonEmpty.map { name, n in
            "\(n) \(name)" + (n > 1 ? (name.hasSuffix("series") ? "" : "s") : "")
        }.joined(separator: ", ")
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
