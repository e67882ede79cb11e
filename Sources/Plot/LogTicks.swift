import Foundation

extension TickGenerator {
    /// Ticks of a base-10 log axis over `[low, high]`, `0 < low < high`.
    ///
    /// - Two or more decades inside: labelled ticks at 10ᵉ for e a multiple of
    ///   the smallest stride k ∈ {1, 2, 3, 5, 10, …} giving at most
    ///   `target + 1` labels; minor ticks at 2…9 × 10ᵉ when k = 1 and a decade
    ///   is at least 24 pixels long (`pixelsPerDecade`), otherwise at the
    ///   unlabelled decades.
    /// - Less than that but more than one decade wide (e.g. 2…80): labelled
    ///   ticks at 1, 2, 5 × 10ᵉ, all other integer multiples minor.
    /// - One decade or less: matplotlib's `LogFormatter` thresholds: above
    ///   0.4 decades labelled ticks at 1, 2, 3, 4, 6 × 10ᵉ, at or below every
    ///   integer multiple 1…9 × 10ᵉ, so a narrow axis still gets several labels.
    static func log(low: Double, high: Double, target: Int, pixelsPerDecade: Double) -> AxisTicks {
        guard low.isFinite, high.isFinite, low > 0, low < high else { return AxisTicks(major: [], minor: []) }
        let a = log10(low), b = log10(high)
        let firstDecade = Int(ceil(a - 1e-9)), lastDecade = Int(floor(b + 1e-9))
        if lastDecade - firstDecade + 1 >= 2 {
            return decades(firstDecade...lastDecade, target: target, low: low, high: high,
                           pixelsPerDecade: pixelsPerDecade)
        }
        let decades = b - a
        let choices = decades > 1 ? [[1, 2, 5], Array(1...9)] : decades > 0.4 ? [[1, 2, 3, 4, 6], Array(1...9)] : [Array(1...9)]
        for mantissas in choices {
            let values = multiplesOfPowers(mantissas, low: low, high: high)
            if values.count >= 2 {
                let minor = multiplesOfPowers(Array(1...9), low: low, high: high).filter { !values.contains($0) }
                return AxisTicks(major: values.map { Tick(value: $0, label: logLabel($0)) }, minor: minor)
            }
        }
        // Less than one 1…9 step wide (e.g. 2.1 to 2.9): linear ticks read best.
        return linear(low: low, high: high, target: target)
    }

    private static func decades(_ exponents: ClosedRange<Int>, target: Int, low: Double, high: Double,
                                pixelsPerDecade: Double) -> AxisTicks {
        let count = exponents.count
        let strides = [1, 2, 3, 5, 10, 20, 25, 50, 100]
        var stride = strides.first { (count + $0 - 1) / $0 <= max(target, 1) + 1 } ?? 100
        var labelled = exponents.filter { $0 % stride == 0 }
        while labelled.count < 2, let smaller = strides.last(where: { $0 < stride }) {
            stride = smaller
            labelled = exponents.filter { $0 % stride == 0 }
        }
        let major = labelled.map { Tick(value: pow(10, Double($0)), label: TickLabelFormat.decade($0)) }
        var minor: [Double] = exponents.filter { $0 % stride != 0 }.map { pow(10, Double($0)) }
        if stride == 1 && pixelsPerDecade >= 24 {
            minor = multiplesOfPowers(Array(2...9), low: low, high: high)
        }
        return AxisTicks(major: major, minor: minor)
    }

    /// m × 10ᵉ for the given mantissas, every e, inside [low, high], increasing.
    private static func multiplesOfPowers(_ mantissas: [Int], low: Double, high: Double) -> [Double] {
        let e0 = Int(floor(log10(low))), e1 = Int(floor(log10(high)))
        guard e1 - e0 < 400 else { return [] }
        var values: [Double] = []
        for e in e0...e1 {
            for m in mantissas {
                let v = e >= 0 ? Double(m) * pow(10, Double(e)) : Double(m) / pow(10, Double(-e))
                if v >= low * (1 - 1e-12) && v <= high * (1 + 1e-12) { values.append(v) }
            }
        }
        return values
    }

    /// `2×10⁻⁵` far from 1, `0.02` or `50` near it, `10ᵉ` for decades.
    private static func logLabel(_ v: Double) -> StyledText {
        let e = Int(floor(log10(v) + 1e-12))
        if TickLabelFormat.needsScientific(maxAbs: v) {
            return TickLabelFormat.scientific(v, significantDigits: 1)
        }
        return TickLabelFormat.decimal(v, decimals: max(0, -e))
    }
}
