import Foundation

/// One labelled tick of an axis.
struct Tick: Equatable {
    var value: Double
    var label: StyledText
}

/// The ticks of one axis: labelled major ticks and unlabelled minor ones.
struct AxisTicks: Equatable {
    var major: [Tick]
    var minor: [Double]
}

/// "Nice" tick positions, as matplotlib and every plotting library since
/// Heckbert (1990) choose them: multiples of 1, 2 or 5 × 10ᵏ on a linear axis,
/// powers of ten (every k-th when there are many) on a log axis.
///
/// Contract, for any finite `low < high` (and `low > 0` on a log axis):
/// every tick lies in `[low, high]`, ticks increase strictly, labels are
/// pairwise distinct, and there are at least two labelled ticks. Asking for
/// `target` ticks gives at most `target + 1`.
enum TickGenerator {
    /// A step m × 10ᵉ with m ∈ {1, 2, 5}, kept exact as integers.
    struct Step: Equatable {
        var mantissa: Int
        var exponent: Int

        var value: Double { scaled(1) }

        /// k × m × 10ᵉ, computed so that 0.1 × 3 prints as 0.3, not 0.30000000000000004.
        func scaled(_ k: Int) -> Double {
            let n = Double(k * mantissa)
            return exponent >= 0 ? n * pow(10, Double(exponent)) : n / pow(10, Double(-exponent))
        }

        /// The next smaller nice step (5 → 2 → 1 → 0.5).
        var smaller: Step {
            switch mantissa {
            case 5: return Step(mantissa: 2, exponent: exponent)
            case 2: return Step(mantissa: 1, exponent: exponent)
            default: return Step(mantissa: 5, exponent: exponent - 1)
            }
        }

        /// The smallest nice step ≥ `raw`.
        init(atLeast raw: Double) {
            let e = Int(floor(log10(raw)))
            let base = pow(10, Double(e))
            if raw <= base * (1 + 1e-12) { self.init(mantissa: 1, exponent: e) }
            else if raw <= 2 * base * (1 + 1e-12) { self.init(mantissa: 2, exponent: e) }
            else if raw <= 5 * base * (1 + 1e-12) { self.init(mantissa: 5, exponent: e) }
            else { self.init(mantissa: 1, exponent: e + 1) }
        }

        init(mantissa: Int, exponent: Int) {
            self.mantissa = mantissa
            self.exponent = exponent
        }
    }

    static func linear(low: Double, high: Double, target: Int) -> AxisTicks {
        // Halves before subtracting: the span of ±1.7e308 would overflow to ∞.
        let raw = (high / 2 - low / 2) / Double(max(target, 1)) * 2
        guard low.isFinite, high.isFinite, low < high, raw.isNormal else { return AxisTicks(major: [], minor: []) }
        var step = Step(atLeast: raw)
        var indices = multiples(of: step, low: low, high: high)
        // Each pass divides the step by 2 to 2.5, so a few passes always reach
        // two ticks for any range the renderer's domain padding can produce.
        for _ in 0..<64 where indices.count < 2 {
            step = step.smaller
            indices = multiples(of: step, low: low, high: high)
        }
        let values = indices.map { step.scaled($0) }
        return AxisTicks(major: zip(values, labels(values, step: step)).map { Tick(value: $0, label: $1) }, minor: [])
    }

    /// Labels for multiples of `step`: plain decimals with the step's
    /// decimals, or `m×10ᵉ` with as many significant digits as the step resolves.
    static func labels(_ values: [Double], step: Step) -> [StyledText] {
        let maxAbs = values.map(abs).max() ?? 0
        if TickLabelFormat.needsScientific(maxAbs: maxAbs) {
            return values.map { v in
                guard v != 0 else { return StyledText("0") }
                let digits = Int(floor(log10(abs(v)))) - step.exponent + 1
                return TickLabelFormat.scientific(v, significantDigits: max(digits, 1))
            }
        }
        return values.map { TickLabelFormat.decimal($0, decimals: max(0, -step.exponent)) }
    }

    /// Integers k with k × step in [low, high] (a tolerance of 10⁻⁹ steps at
    /// the ends); empty when the range is too narrow for the step or so
    /// narrow relative to its magnitude that k would not be exact.
    private static func multiples(of step: Step, low: Double, high: Double) -> [Int] {
        let s = step.value
        let first = ceil(low / s - 1e-9), last = floor(high / s + 1e-9)
        guard first <= last, first.magnitude < 1e15, last.magnitude < 1e15, last - first <= 10_000 else { return [] }
        return Array(Int(first)...Int(last))
    }
}
