/// Horizontal alignment of a label at its anchor point (SVG `text-anchor`).
enum TextAnchor: String {
    case start, middle, end
}

/// Draws titles, axis labels and legend entries. Plain labels are one
/// `<text>`; labels with math are a `<switch>`: an XHTML `<foreignObject>`
/// holding the text and the MathML (browsers: real typeset math), and a
/// `<text>` with the plain reading for viewers without HTML (Inkscape,
/// image converters), so the raw TeX is never what a reader sees.
struct LabelDrawing {
    var typesetter: MathTypesetter

    /// Draws `label` with its baseline through `(x, y)`; `rotated`: reading
    /// upwards (a y-axis label), turned about `(x, y)`. `color`: a valid
    /// paint (black when nil).
    func draw(_ label: LabelText, x: Double, y: Double, fontSize: Double, anchor: TextAnchor,
              rotated: Bool = false, bold: Bool = false, color: String? = nil, svg: inout SVGWriter) {
        if rotated { svg.open("g", [("transform", .text("rotate(-90 \(SVGNumber.format(x)) \(SVGNumber.format(y)))"))]) }
        var textAttributes: [(String, SVGWriter.Value)] = [("x", .number(x)), ("y", .number(y))]
        if anchor != .start { textAttributes.append(("text-anchor", .text(anchor.rawValue))) }
        textAttributes.append(("font-size", .number(fontSize)))
        if bold { textAttributes.append(("font-weight", .text("bold"))) }
        if let color { textAttributes.append(("fill", .text(color))) }

        if let markup = xhtml(label, fontSize: fontSize, anchor: anchor, bold: bold, color: color ?? "#000") {
            let width = label.width(fontSize: fontSize) + 8, height = fontSize * 2.4
            let left = anchor == .middle ? x - width / 2 : anchor == .start ? x : x - width
            svg.open("switch")
            svg.open("foreignObject", [
                ("x", .number(left)), ("y", .number(y - fontSize * 0.35 - height / 2)),
                ("width", .number(width)), ("height", .number(height)),
                ("requiredExtensions", .text("http://www.w3.org/1999/xhtml")), ("overflow", .text("visible")),
            ])
            svg.trusted(markup)
            svg.close("foreignObject")
            svg.element("text", textAttributes, text: label.plain)
            svg.close("switch")
        } else {
            svg.element("text", textAttributes, text: label.plain)
        }
        if rotated { svg.close("g") }
    }

    /// The label as an XHTML fragment with MathML, or nil when it has no
    /// math or its math could not be typeset.
    private func xhtml(_ label: LabelText, fontSize: Double, anchor: TextAnchor, bold: Bool, color: String) -> String? {
        guard label.hasMath else { return nil }
        var inner = SVGWriter()
        for piece in label.pieces {
            switch piece {
            case .text(let t): inner.text(t)
            case .math(let tex):
                guard let math = typesetter.mathML(tex) else { return nil }
                inner.trusted(math)
            }
        }
        let justify = anchor == .middle ? "center" : anchor == .start ? "flex-start" : "flex-end"
        // Margins, padding and background set here so that a page's stylesheet (which reaches
        // into foreignObject content) cannot move or cover the label.
        let style = "display:flex;align-items:center;justify-content:\(justify);width:100%;height:100%;"
            + "margin:0;padding:0;border:0;background:none;"
            + "font-size:\(SVGNumber.format(fontSize))px;line-height:1;color:\(color);white-space:nowrap"
            + (bold ? ";font-weight:bold" : "")
        var outer = SVGWriter()
        outer.open("div", [("xmlns", .text("http://www.w3.org/1999/xhtml")), ("style", .text(style))])
        outer.open("span")
        outer.trusted(inner.output)
        outer.close("span")
        outer.close("div")
        return outer.output
    }
}
