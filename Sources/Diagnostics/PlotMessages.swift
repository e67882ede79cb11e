import Plot

extension Messages {
    /// The message for a figure that cannot be drawn as asked.
    public static func text(for error: PlotError) -> String {
        switch error {
        case .emptySeries(let mark): "cannot draw an empty \(name(of: mark))"
        case .lengthMismatch(let mark, let xCount, let yCount):
            "\(name(of: mark)) has \(xCount) x values but \(yCount) y values"
        case .notAVector(let rows, let cols): "expected a row or column vector, got a \(rows)×\(cols) matrix"
        case .raggedRows(let row, let expected, let found): "row \(row) has \(found) values, expected \(expected)"
        case .invalidBinCount(let bins): "a histogram needs at least one bin, got \(bins)"
        case .invalidGrid(let rows, let cols): "a figure grid needs at least 1×1 panels, got \(rows)×\(cols)"
        case .panelOutOfRange(let row, let col, let rows, let cols):
            "panel [\(row), \(col)] is outside the \(rows)×\(cols) grid"
        case .nonFiniteReference(let axis, let value): "reference line at \(axis) = \(value) is not finite"
        case .invalidLimits(let axis, let low, let high): "invalid \(axis) limits \(low)...\(high)"
        case .invalidColor(let color): "unknown colour '\(color)' (use #rgb, #rrggbb or a CSS colour name)"
        case .invalidSize(let width, let height): "invalid figure size \(width)×\(height)"
        case .noData(let row, let col): "panel [\(row), \(col)] has nothing to draw"
        }
    }

    /// The message for points a figure skipped.
    public static func text(for warning: PlotWarning) -> String {
        switch warning {
        case .nonFiniteSkipped(_, _, let series, let count):
            "skipped \(count) NaN or infinite point\(count == 1 ? "" : "s") in series \(series + 1)"
        case .nonPositiveOnLogAxis(_, _, let series, let axis, let count):
            "skipped \(count) point\(count == 1 ? "" : "s") ≤ 0 on the log \(axis) axis in series \(series + 1)"
        case .mathNotRendered(let tex): "could not typeset '\(tex)' in a figure label"
        }
    }

    private static func name(of mark: MarkKind) -> String {
        switch mark {
        case .line: "line"
        case .scatter: "scatter plot"
        case .histogram: "histogram"
        case .heatmap: "heat map"
        case .referenceLine: "reference line"
        }
    }
}
