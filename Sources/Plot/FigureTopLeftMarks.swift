import Linalg

/// The marks for fields, charts and annotations on the top-left panel, as
/// ``Panel`` draws them (see there for what each does): `fig.contour { … }`
/// reads like `plt.contour`.
extension Figure {
    public mutating func contour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: Int = 7, filled: Bool = false,
                                 resolution: Int = 100, label: String? = nil, color: String? = nil,
                                 _ f: (Double, Double) -> Double) {
        panels[0].contour(x: x, y: y, levels: levels, filled: filled, resolution: resolution, label: label,
                          color: color, f)
    }
    public mutating func contour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double], filled: Bool = false,
                                 resolution: Int = 100, label: String? = nil, color: String? = nil,
                                 _ f: (Double, Double) -> Double) {
        panels[0].contour(x: x, y: y, levels: levels, filled: filled, resolution: resolution, label: label,
                          color: color, f)
    }
    public mutating func contour(_ Z: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: Int = 7,
                                 filled: Bool = false, label: String? = nil, color: String? = nil) {
        panels[0].contour(Z, x: x, y: y, levels: levels, filled: filled, label: label, color: color)
    }
    public mutating func contour(_ Z: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double],
                                 filled: Bool = false, label: String? = nil, color: String? = nil) {
        panels[0].contour(Z, x: x, y: y, levels: levels, filled: filled, label: label, color: color)
    }
    public mutating func vectorField(x: ClosedRange<Double>, y: ClosedRange<Double>, count: Int = 20,
                                     label: String? = nil, color: String? = nil,
                                     _ field: (Double, Double) -> (Double, Double)) {
        panels[0].vectorField(x: x, y: y, count: count, label: label, color: color, field)
    }
    public mutating func streamlines(x: ClosedRange<Double>, y: ClosedRange<Double>, density: Double = 1,
                                     label: String? = nil, color: String? = nil,
                                     _ field: (Double, Double) -> (Double, Double)) {
        panels[0].streamlines(x: x, y: y, density: density, label: label, color: color, field)
    }
    public mutating func band(x xs: [Double], lower: [Double], upper: [Double], label: String? = nil,
                              color: String? = nil) {
        panels[0].band(x: xs, lower: lower, upper: upper, label: label, color: color)
    }
    public mutating func bar(_ values: [Double], labels: [String]? = nil, label: String? = nil, color: String? = nil) {
        panels[0].bar(values, labels: labels, label: label, color: color)
    }
    public mutating func bar(_ values: Matrix, labels: [String]? = nil, label: String? = nil, color: String? = nil) {
        panels[0].bar(values, labels: labels, label: label, color: color)
    }
    public mutating func stem(_ values: [Double], label: String? = nil, color: String? = nil) {
        panels[0].stem(values, label: label, color: color)
    }
    public mutating func stem(_ values: Matrix, label: String? = nil, color: String? = nil) {
        panels[0].stem(values, label: label, color: color)
    }
    public mutating func stem(x xs: [Double], _ values: [Double], label: String? = nil, color: String? = nil) {
        panels[0].stem(x: xs, values, label: label, color: color)
    }
    public mutating func errorbar(x xs: [Double], y ys: [Double], error: [Double], label: String? = nil,
                                  color: String? = nil) {
        panels[0].errorbar(x: xs, y: ys, error: error, label: label, color: color)
    }
    public mutating func text(_ content: String, at position: (Double, Double), color: String? = nil,
                              align: TextAlignment = .left) {
        panels[0].text(content, at: position, color: color, align: align)
    }
    public mutating func arrow(from start: (Double, Double), to end: (Double, Double), text: String? = nil,
                               color: String? = nil) {
        panels[0].arrow(from: start, to: end, text: text, color: color)
    }

    // MARK: Throwing twins

    public mutating func addContour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: Int = 7,
                                    filled: Bool = false, resolution: Int = 100, label: String? = nil,
                                    color: String? = nil, _ f: (Double, Double) throws -> Double) throws {
        try panels[0].addContour(x: x, y: y, levels: levels, filled: filled, resolution: resolution, label: label,
                                 color: color, f)
    }
    public mutating func addContour(x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double],
                                    filled: Bool = false, resolution: Int = 100, label: String? = nil,
                                    color: String? = nil, _ f: (Double, Double) throws -> Double) throws {
        try panels[0].addContour(x: x, y: y, levels: levels, filled: filled, resolution: resolution, label: label,
                                 color: color, f)
    }
    public mutating func addContour(_ Z: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: Int = 7,
                                    filled: Bool = false, label: String? = nil,
                                    color: String? = nil) throws(PlotError) {
        try panels[0].addContour(Z, x: x, y: y, levels: levels, filled: filled, label: label, color: color)
    }
    public mutating func addContour(_ Z: Matrix, x: ClosedRange<Double>, y: ClosedRange<Double>, levels: [Double],
                                    filled: Bool = false, label: String? = nil,
                                    color: String? = nil) throws(PlotError) {
        try panels[0].addContour(Z, x: x, y: y, levels: levels, filled: filled, label: label, color: color)
    }
    public mutating func addVectorField(x: ClosedRange<Double>, y: ClosedRange<Double>, count: Int = 20,
                                        label: String? = nil, color: String? = nil,
                                        _ field: (Double, Double) throws -> (Double, Double)) throws {
        try panels[0].addVectorField(x: x, y: y, count: count, label: label, color: color, field)
    }
    public mutating func addStreamlines(x: ClosedRange<Double>, y: ClosedRange<Double>, density: Double = 1,
                                        label: String? = nil, color: String? = nil,
                                        _ field: (Double, Double) throws -> (Double, Double)) throws {
        try panels[0].addStreamlines(x: x, y: y, density: density, label: label, color: color, field)
    }
    public mutating func addBand(x xs: [Double], lower: [Double], upper: [Double], label: String? = nil,
                                 color: String? = nil) throws(PlotError) {
        try panels[0].addBand(x: xs, lower: lower, upper: upper, label: label, color: color)
    }
    public mutating func addBar(_ values: [Double], labels: [String]? = nil, label: String? = nil,
                                color: String? = nil) throws(PlotError) {
        try panels[0].addBar(values, labels: labels, label: label, color: color)
    }
    public mutating func addBar(_ values: Matrix, labels: [String]? = nil, label: String? = nil,
                                color: String? = nil) throws(PlotError) {
        try panels[0].addBar(values, labels: labels, label: label, color: color)
    }
    public mutating func addStem(_ values: [Double], label: String? = nil, color: String? = nil) throws(PlotError) {
        try panels[0].addStem(values, label: label, color: color)
    }
    public mutating func addStem(_ values: Matrix, label: String? = nil, color: String? = nil) throws(PlotError) {
        try panels[0].addStem(values, label: label, color: color)
    }
    public mutating func addStem(x xs: [Double], _ values: [Double], label: String? = nil,
                                 color: String? = nil) throws(PlotError) {
        try panels[0].addStem(x: xs, values, label: label, color: color)
    }
    public mutating func addErrorbar(x xs: [Double], y ys: [Double], error: [Double], label: String? = nil,
                                     color: String? = nil) throws(PlotError) {
        try panels[0].addErrorbar(x: xs, y: ys, error: error, label: label, color: color)
    }
    public mutating func addText(_ content: String, at position: (Double, Double), color: String? = nil,
                                 align: TextAlignment = .left) throws(PlotError) {
        try panels[0].addText(content, at: position, color: color, align: align)
    }
    public mutating func addArrow(from start: (Double, Double), to end: (Double, Double), text: String? = nil,
                                  color: String? = nil) throws(PlotError) {
        try panels[0].addArrow(from: start, to: end, text: text, color: color)
    }
}
