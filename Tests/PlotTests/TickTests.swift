import Foundation
@testable import Plot
import Testing

/// Ticks on any data range: the contract of `TickGenerator` checked over a
/// grid of ranges from 1e-16 to 1e16, negative, tiny and huge spans.
@Suite struct TickTests {
    /// Ranges a notebook produces: tiny, huge, negative, straddling zero, off-centre.
    static let ranges: [(Double, Double)] = {
        var ranges: [(Double, Double)] = [(0, 1), (-1, 1), (-7.3, -2.1), (0.001, 0.0013), (1e-16, 1e16),
                                          (-1e16, 1e-16), (999_999, 1_000_001), (1, 1 + 1e-9), (-0.5, 3.5)]
        for e in stride(from: -16, through: 16, by: 4) {
            let scale = pow(10, Double(e))
            ranges += [(0, scale), (-3 * scale, 7 * scale), (1.1 * scale, 1.7 * scale)]
        }
        return ranges
    }()

    @Test func linearTicksAreNiceInsideSortedDistinctAndAtLeastTwo() {
        for (low, high) in Self.ranges {
            for target in [2, 5, 10] {
                let ticks = TickGenerator.linear(low: low, high: high, target: target)
                let values = ticks.major.map(\.value)
                #expect(values.count >= 2, "range \(low)…\(high)")
                #expect(values.count <= target + 2, "range \(low)…\(high) target \(target)")
                #expect(values == values.sorted() && Set(values).count == values.count)
                let span = high - low
                #expect(values.allSatisfy { $0 >= low - 1e-9 * span && $0 <= high + 1e-9 * span })
                #expect(Set(ticks.major.map(\.label.plain)).count == values.count, "labels \(ticks.major.map(\.label.plain))")
                // Steps are 1, 2 or 5 × 10^k.
                let step = values[1] - values[0]
                let mantissa = step / pow(10, floor(log10(step)))
                #expect([1.0, 2.0, 5.0, 10.0].contains { abs($0 - mantissa) < 1e-6 }, "step \(step)")
            }
        }
    }

    @Test func logTicksArePowersOfTenInsideAndLabelledAsPowers() {
        for (low, high) in [(1e-16, 1e16), (1e-12, 1.0), (3e-7, 2e-2), (1.0, 1000.0), (0.5, 20.0)] {
            let ticks = TickGenerator.log(low: low, high: high, target: 6, pixelsPerDecade: 40)
            let values = ticks.major.map(\.value)
            #expect(values.count >= 2)
            #expect(values.allSatisfy { $0 >= low * (1 - 1e-12) && $0 <= high * (1 + 1e-12) })
            #expect(values.allSatisfy { abs(log10($0) - log10($0).rounded()) < 1e-9 }, "\(values)")
            #expect(ticks.major.allSatisfy { $0.label.plain.hasPrefix("10^") })
            #expect(ticks.minor.allSatisfy { $0 >= low && $0 <= high })
        }
    }

    @Test func logAxisOverManyDecadesLabelsEveryKthDecade() {
        let ticks = TickGenerator.log(low: 1e-16, high: 1e16, target: 6, pixelsPerDecade: 10)
        #expect(ticks.major.map(\.label.plain) == ["10^−15", "10^−10", "10^−5", "10^0", "10^5", "10^10", "10^15"])
        #expect(ticks.minor.contains(1e-3))
    }

    /// matplotlib's `LogFormatter` (minor_thresholds = (1, 0.4)) labels 1, 2, 3, 4, 6 × 10ᵉ
    /// on an axis spanning 0.4 to 1 decade, and every 1…9 × 10ᵉ on a narrower one:
    /// `ax.set_yscale("log"); ax.set_ylim(1.5, 8)` shows 2, 3, 4, 6 (issue 13: only 2 and 5 before).
    @Test func logAxisWithinOneDecadeGetsIntermediateLabels() {
        let ticks = TickGenerator.log(low: 1.5, high: 8, target: 5, pixelsPerDecade: 300)
        #expect(ticks.major.map(\.label.plain) == ["2", "3", "4", "6"])
        #expect(ticks.minor == [5, 7, 8])
        let narrow = TickGenerator.log(low: 0.021, high: 0.048, target: 5, pixelsPerDecade: 600)
        #expect(narrow.major.map(\.label.plain) == ["0.03", "0.04"])
        let wider = TickGenerator.log(low: 3, high: 80, target: 5, pixelsPerDecade: 150)
        #expect(wider.major.map(\.label.plain) == ["5", "10", "20", "50"])
    }

    @Test func minorTicksAtTwoToNineWhenDecadesAreWide() {
        let ticks = TickGenerator.log(low: 1, high: 100, target: 5, pixelsPerDecade: 100)
        #expect(ticks.major.map(\.value) == [1, 10, 100])
        #expect(ticks.minor == [2, 3, 4, 5, 6, 7, 8, 9, 20, 30, 40, 50, 60, 70, 80, 90])
    }

    @Test func compactLabels() {
        #expect(TickGenerator.linear(low: 0, high: 1, target: 2).major.map(\.label.plain) == ["0.0", "0.5", "1.0"])
        #expect(TickGenerator.linear(low: 0, high: 4000, target: 2).major.map(\.label.plain) == ["0", "2000", "4000"])
        #expect(TickGenerator.linear(low: -2, high: 2, target: 2).major.map(\.label.plain) == ["−2", "0", "2"])
        #expect(TickGenerator.linear(low: 0, high: 2e16, target: 2).major.map(\.label.plain) == ["0", "10^16", "2×10^16"])
        #expect(TickGenerator.linear(low: 0, high: 3e-12, target: 3).major.map(\.label.plain)
                    == ["0", "10^−12", "2×10^−12", "3×10^−12"])
        #expect(TickLabelFormat.decade(-12).plain == "10^−12")
    }

    @Test(arguments: [0.0, 3.0, -2.5, 1e-300, 7e15])
    func constantDataGetsAReadableAxis(value: Double) {
        let linear = AxisMap.domain(extent: DataExtent(low: value, high: value), limits: nil, scale: .linear)
        #expect(linear.low < value && value < linear.high)
        #expect(TickGenerator.linear(low: linear.low, high: linear.high, target: 5).major.count >= 2)
        if value > 0 {
            let log = AxisMap.domain(extent: DataExtent(low: value, high: value), limits: nil, scale: .log)
            #expect(log.low < value && value < log.high)
            #expect(TickGenerator.log(low: log.low, high: log.high, target: 5, pixelsPerDecade: 100).major.count >= 2)
        }
    }

    @Test func histogramBaselineIsNotPadded() {
        let domain = AxisMap.domain(extent: DataExtent(low: 0, high: 20, stickyLow: true), limits: nil, scale: .linear)
        #expect(domain.low == 0 && domain.high == 21)
    }
}
