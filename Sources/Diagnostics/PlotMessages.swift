import Plot

extension Messages {
    /// The message for a figure call that cannot be drawn as asked: it names
    /// the call, the argument and, where one applies, the accepted range.
    ///
    /// ```
    /// histogram: 'bins' must be in 1...10000, got -5
    /// line: 'ys' has 2 values but 'x' has 3; they must have the same length
    /// ```
    public static func text(for error: PlotError) -> String {
        switch error {
        case .empty(let call, let argument):
            "\(name(of: call)): '\(argument)' is empty; there is nothing to draw"
        case .lengthMismatch(let call, let argument, let count, let reference, let referenceCount):
            "\(name(of: call)): '\(argument)' has \(count) value\(count == 1 ? "" : "s") but '\(reference)' has "
                + "\(referenceCount); they must have the same length"
        case .countOutOfRange(let call, let argument, let value, let accepted):
            "\(name(of: call)): '\(argument)' must be in \(accepted.lowerBound)...\(accepted.upperBound), got \(value)"
        case .valueOutOfRange(let call, let argument, let value, let accepted):
            "\(name(of: call)): '\(argument)' must be \(describe(accepted)), got \(number(value))"
        case .elementOutOfRange(let call, let argument, let index, let value, let accepted):
            "\(name(of: call)): every value of '\(argument)' must be \(describe(accepted)), "
                + "but \(argument)[\(index)] is \(number(value))"
        case .notFinite(let call, let argument, let value):
            "\(name(of: call)): '\(argument)' must be a finite number, got \(number(value))"
        case .invalidInterval(let call, let argument, let low, let high):
            "\(name(of: call)): '\(argument)' must be a finite range with a lower bound below its upper bound, "
                + "got \(number(low))...\(number(high))"
        case .notIncreasing(let call, let argument, let index):
            "\(name(of: call)): '\(argument)' must be finite and strictly increasing, but \(argument)[\(index)] "
                + (index == 0 ? "is not finite" : "is not above \(argument)[\(index - 1)]")
        case .notAVector(let call, let argument, let rows, let cols):
            "\(name(of: call)): '\(argument)' must be a row or column vector, got a \(rows)×\(cols) matrix"
        case .gridTooSmall(let call, let argument, let rows, let cols):
            "\(name(of: call)): '\(argument)' must have at least 2 rows and 2 columns, got \(rows)×\(cols)"
        case .raggedRows(let row, let expected, let found): "\(name(of: .heatmap)): row \(row) has \(found) values, expected \(expected)"
        case .invalidColor(let call, let argument, let value):
            "\(name(of: call)): '\(argument)' is not a colour: '\(value)' (use #rgb, #rrggbb or a CSS colour name such as \"steelblue\")"
        case .panelOutOfRange(let row, let col, let rows, let cols):
            "panel [\(row), \(col)] is outside the \(rows)×\(cols) grid"
        case .invalidLimits(let axis, let low, let high):
            "\(axis)lim: the limits must be finite with low < high, got \(number(low)) and \(number(high))"
        case .noData(let row, let col): "panel [\(row), \(col)] has nothing to draw"
        case .fieldWorkExceeded(let call, let work, let limit):
            "\(name(of: call)): drawing the contours, arrows and streamlines of "
                + (call == .animation ? "all frames" : "this panel") + " would take \(work) steps, more than the "
                + "limit of \(limit); use fewer levels, a coarser resolution or fewer calls"
        case .frameGridMismatch(let expectedRows, let expectedCols, let rows, let cols):
            "Animation: every frame must have the first frame's \(expectedRows)×\(expectedCols) panels, got \(rows)×\(cols)"
        case .animationTooLarge(let frames, let marks, let limit):
            "Animation: \(frames) frames with \(marks) drawing calls in all is more than the limit of \(limit)"
        }
    }

    /// The message for what a figure drew around rather than rejected.
    public static func text(for warning: PlotWarning) -> String {
        switch warning.kind {
        case .nonFiniteSkipped(_, _, _, let count):
            "skipped \(count) NaN or infinite value\(count == 1 ? "" : "s")"
        case .nonPositiveOnLogAxis(_, _, _, let axis, let count):
            "skipped \(count) point\(count == 1 ? "" : "s") ≤ 0 on the log \(axis) axis"
        case .levelsOutsideData(_, _, _, let low, let high):
            "no contour level lies inside the values' range \(number(low))...\(number(high)); nothing is drawn"
        case .contourTooDetailed(_, _, _, let limit):
            "the level sets have more than \(limit) segments (the data is too rough for this resolution); nothing is drawn"
        case .outsideAxes: "not drawn: it lies outside the axis limits"
        case .mathNotRendered(let tex): "could not typeset '$\(tex)$' in a figure label; it is shown as plain text"
        }
    }

    /// A call as the code names it.
    private static func name(of call: PlotCall) -> String { call.rawValue }

    /// `in 50...10000`, `≥ 0`: an accepted range as a reader writes it.
    private static func describe(_ range: ClosedRange<Double>) -> String {
        if range.upperBound == .infinity { return "≥ \(number(range.lowerBound))" }
        return "in \(number(range.lowerBound))...\(number(range.upperBound))"
    }

    /// Whole numbers without `.0` (as they are usually written in a call), others as Swift prints them.
    private static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
