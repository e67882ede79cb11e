import Linalg

/// The argument checks every drawing call shares. Each throws the
/// ``PlotError`` that names the call, the argument and what is accepted, so
/// that every mark reports bad input the same way.
struct ArgumentChecks {
    let call: PlotCall

    /// Limits shared by the calls that take them.
    static let maximumBins = 10_000
    static let maximumGridSide = 1_000
    static let sizeRange: ClosedRange<Double> = 50...10_000

    /// A valid paint for `color` (CSS names in lower case), nil for none given.
    func color(_ color: String?, _ argument: String = "color") throws(PlotError) -> String? {
        guard let color else { return nil }
        guard let paint = Palette.paint(color) else { throw .invalidColor(call: call, argument: argument, value: color) }
        return paint
    }

    func nonEmpty(_ count: Int, _ argument: String) throws(PlotError) {
        if count == 0 { throw .empty(call: call, argument: argument) }
    }

    /// `argument` has as many values as `reference`.
    func sameLength(_ count: Int, _ argument: String, as referenceCount: Int, _ reference: String) throws(PlotError) {
        guard count == referenceCount else {
            throw .lengthMismatch(call: call, argument: argument, count: count, reference: reference,
                                  referenceCount: referenceCount)
        }
    }

    func count(_ value: Int, _ argument: String, in accepted: ClosedRange<Int>) throws(PlotError) {
        guard accepted.contains(value) else {
            throw .countOutOfRange(call: call, argument: argument, value: value, accepted: accepted)
        }
    }

    /// `value` in `accepted` (NaN never is).
    func value(_ value: Double, _ argument: String, in accepted: ClosedRange<Double>) throws(PlotError) {
        guard accepted.contains(value) else {
            throw .valueOutOfRange(call: call, argument: argument, value: value, accepted: accepted)
        }
    }

    func finite(_ value: Double, _ argument: String) throws(PlotError) {
        guard value.isFinite else { throw .notFinite(call: call, argument: argument, value: value) }
    }

    /// A range with finite bounds and some width (`x: -2...2`).
    func interval(_ range: ClosedRange<Double>, _ argument: String) throws(PlotError) {
        let (low, high) = (range.lowerBound, range.upperBound)
        guard low.isFinite, high.isFinite, low < high, (high / 2 - low / 2).isNormal else {
            throw .invalidInterval(call: call, argument: argument, low: low, high: high)
        }
    }

    /// Finite values, each above the one before.
    func increasing(_ values: [Double], _ argument: String) throws(PlotError) {
        for (index, value) in values.enumerated() where !value.isFinite || (index > 0 && value <= values[index - 1]) {
            throw .notIncreasing(call: call, argument: argument, index: index)
        }
    }

    /// The entries of a row (1×n) or column (n×1) vector, in order.
    func vector(_ m: Matrix, _ argument: String) throws(PlotError) -> [Double] {
        guard m.rows > 0, m.cols > 0 else { throw .empty(call: call, argument: argument) }
        guard m.rows == 1 || m.cols == 1 else { throw .notAVector(call: call, argument: argument, rows: m.rows, cols: m.cols) }
        return m.rows == 1 ? (0..<m.cols).map { m[0, $0] } : (0..<m.rows).map { m[$0, 0] }
    }

    /// Every entry, row by row.
    static func entries(_ m: Matrix) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(m.rows * m.cols)
        for i in 0..<m.rows { for j in 0..<m.cols { values.append(m[i, j]) } }
        return values
    }
}
