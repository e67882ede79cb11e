/// `print(fig)` in a cell: a short, stable summary rather than Swift's
/// reflection of the figure's internals.
///
/// ```swift
/// var fig = Figure(title: "Objective")
/// fig.line([3, 2, 1])
/// print(fig)   // Figure(title: "Objective", panels: 1×1, series: 1)
/// ```
extension Figure: CustomStringConvertible {
    public var description: String {
        if let animation { return animation.description }
        let series = panels.reduce(0) { $0 + $1.marks.count }
        let title = self.title.map { "title: \(String(reflecting: $0)), " } ?? ""
        return "Figure(\(title)panels: \(rows)×\(cols), series: \(series))"
    }
}

/// `print(a)` in a cell: `Animation(title: "Flow", frames: 40, duration: 4.0)`.
extension Animation: CustomStringConvertible {
    public var description: String {
        let title = self.title.map { "title: \(String(reflecting: $0)), " } ?? ""
        return "Animation(\(title)frames: \(frames.count), duration: \(duration))"
    }
}
