import Linalg

/// Bands, bars, stems and error bars: a mean ± one standard deviation, a
/// spectrum of singular values, measurements with their uncertainty.
///
/// ```swift
/// fig.band(x: t, lower: mean - sd, upper: mean + sd, label: "mean ± sd")
/// fig.bar(S, labels: ["σ₁", "σ₂", "σ₃"])
/// fig.stem(S)
/// fig.errorbar(x: n, y: estimate, error: halfWidth)
/// ```
extension Panel {
    // MARK: Non-throwing forms

    /// The region between two curves through `(x[i], lower[i])` and
    /// `(x[i], upper[i])`, filled translucent and drawn beneath lines
    /// (matplotlib's `fill_between`). A non-finite value breaks the band.
    public mutating func band(x xs: [Double], lower: [Double], upper: [Double], label: String? = nil,
                              color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in
            try p.addBand(x: xs, lower: lower, upper: upper, label: label, color: color)
        }
    }

    /// Bars of height `values[i]` at x = i, 0.8 wide, from the x axis
    /// (negative values below it), with `labels` as category names under them.
    public mutating func bar(_ values: [Double], labels: [String]? = nil, label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in try p.addBar(values, labels: labels, label: label, color: color) }
    }

    /// Bars of the entries of a row or column vector (e.g. singular values).
    public mutating func bar(_ values: Matrix, labels: [String]? = nil, label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in try p.addBar(values, labels: labels, label: label, color: color) }
    }

    /// A stem plot: a vertical line from 0 to each `values[i]` at x = i, with a dot at its end.
    public mutating func stem(_ values: [Double], label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in try p.addStem(values, label: label, color: color) }
    }

    /// A stem plot of the entries of a row or column vector.
    public mutating func stem(_ values: Matrix, label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in try p.addStem(values, label: label, color: color) }
    }

    /// A stem plot with stems at `x[i]`.
    public mutating func stem(x xs: [Double], _ values: [Double], label: String? = nil, color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in try p.addStem(x: xs, values, label: label, color: color) }
    }

    /// Dots at `(x[i], y[i])` with vertical bars from `y[i] − error[i]` to
    /// `y[i] + error[i]` (each error ≥ 0), capped at both ends.
    public mutating func errorbar(x xs: [Double], y ys: [Double], error: [Double], label: String? = nil,
                                  color: String? = nil) {
        recording { (p: inout Panel) throws(PlotError) in
            try p.addErrorbar(x: xs, y: ys, error: error, label: label, color: color)
        }
    }

    // MARK: Throwing twins

    /// Throwing twin of ``band(x:lower:upper:label:color:)``: equal lengths.
    public mutating func addBand(x xs: [Double], lower: [Double], upper: [Double], label: String? = nil,
                                 color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .band)
        try Self.checkPairs(xs, "x", lower, "lower", check)
        try check.sameLength(upper.count, "upper", as: xs.count, "x")
        let paint = try check.color(color)
        marks.append(.band(BandMark(x: xs, lower: lower, upper: upper, label: label, color: paint)))
    }

    /// Throwing twin of ``bar(_:labels:label:color:)-([Double],_,_,_)``: as many labels as values.
    public mutating func addBar(_ values: [Double], labels: [String]? = nil, label: String? = nil,
                                color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .bar)
        try check.nonEmpty(values.count, "values")
        try check.count(values.count, "values.count", in: 1...ArgumentChecks.maximumBins)
        if let labels { try check.sameLength(labels.count, "labels", as: values.count, "values") }
        let paint = try check.color(color)
        marks.append(.bar(BarMark(values: values, categories: labels, label: label, color: paint)))
    }

    /// Throwing twin of the matrix `bar`.
    public mutating func addBar(_ values: Matrix, labels: [String]? = nil, label: String? = nil,
                                color: String? = nil) throws(PlotError) {
        try addBar(ArgumentChecks(call: .bar).vector(values, "values"), labels: labels, label: label, color: color)
    }

    /// Throwing twin of ``stem(_:label:color:)-([Double],_,_)``.
    public mutating func addStem(_ values: [Double], label: String? = nil, color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .stem)
        try check.nonEmpty(values.count, "values")
        let paint = try check.color(color)
        marks.append(.stem(StemMark(x: nil, y: values, label: label, color: paint)))
    }

    /// Throwing twin of the matrix `stem`.
    public mutating func addStem(_ values: Matrix, label: String? = nil, color: String? = nil) throws(PlotError) {
        try addStem(ArgumentChecks(call: .stem).vector(values, "values"), label: label, color: color)
    }

    /// Throwing twin of ``stem(x:_:label:color:)``.
    public mutating func addStem(x xs: [Double], _ values: [Double], label: String? = nil,
                                 color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .stem)
        try Self.checkPairs(xs, "x", values, "values", check)
        let paint = try check.color(color)
        marks.append(.stem(StemMark(x: xs, y: values, label: label, color: paint)))
    }

    /// Throwing twin of ``errorbar(x:y:error:label:color:)``: equal lengths,
    /// every error ≥ 0 (NaN errors skip their point, with a warning).
    public mutating func addErrorbar(x xs: [Double], y ys: [Double], error: [Double], label: String? = nil,
                                     color: String? = nil) throws(PlotError) {
        let check = ArgumentChecks(call: .errorbar)
        try Self.checkPairs(xs, "x", ys, "y", check)
        try check.sameLength(error.count, "error", as: xs.count, "x")
        // NaN is a missing value (skipped when drawing); a negative error is a mistake.
        if let index = error.firstIndex(where: { $0 < 0 }) {
            throw .elementOutOfRange(call: .errorbar, argument: "error", index: index, value: error[index],
                                     accepted: 0...Double.infinity)
        }
        let paint = try check.color(color)
        marks.append(.errorbar(ErrorbarMark(x: xs, y: ys, error: error, label: label, color: paint)))
    }
}
