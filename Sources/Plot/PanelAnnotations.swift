/// Text and arrows placed in data coordinates, to point at what a figure shows.
///
/// ```swift
/// fig.text("$u^2 - v^2 = c$", at: (1.6, 0.9))
/// fig.arrow(from: (1.5, 1.9), to: (1, 1), text: "a global minimum")
/// ```
///
/// Their points count in the axes' ranges (as Observable Plot's text marks
/// do), so an annotation is never outside the panel unless `xlim`/`ylim`
/// put it there; then it is left out with a warning.
extension Panel {
    /// `content` centred vertically on `at`, starting there (`.left`), centred
    /// on it or ending there; `$…$` is typeset as in labels.
    public mutating func text(_ content: String, at position: (Double, Double), color: String? = nil,
                              align: TextAlignment = .left) {
        recording { (p: inout Panel) throws(PlotError) in
            try p.addText(content, at: position, color: color, align: align)
        }
    }

    /// An arrow from `from` to `to` with its head at `to`; `text` is written at
    /// the tail, on the side away from the arrow.
    public mutating func arrow(from start: (Double, Double), to end: (Double, Double), text: String? = nil,
                               color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in try p.addArrow(from: start, to: end, text: text, color: color) }
    }

    /// Throwing twin of ``text(_:at:color:align:)``: a finite position.
    public mutating func addText(_ content: String, at position: (Double, Double), color: String? = nil,
                                 align: TextAlignment = .left) throws(PlotError) {
        let check = ArgumentChecks(call: .text)
        try check.finite(position.0, "at.x")
        try check.finite(position.1, "at.y")
        let paint = try check.color(color)
        marks.append(.text(TextMark(content: content, x: position.0, y: position.1, color: paint, align: align)))
    }

    /// Throwing twin of ``arrow(from:to:text:color:)``: finite ends.
    public mutating func addArrow(from start: (Double, Double), to end: (Double, Double), text: String? = nil,
                                  color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .arrow)
        try check.finite(start.0, "from.x")
        try check.finite(start.1, "from.y")
        try check.finite(end.0, "to.x")
        try check.finite(end.1, "to.y")
        let paint = try check.color(color)
        marks.append(.arrow(ArrowMark(from: PlotPoint(x: start.0, y: start.1), to: PlotPoint(x: end.0, y: end.1), text: text, color: paint)))
    }
}
