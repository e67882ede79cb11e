import Foundation

/// Compact tick labels, as a reader of papers expects them: `0.5`, `2000`,
/// `−3` (a true minus sign), `10⁻¹²`, `2.5×10¹⁶`.
///
/// Plain decimals are used while the axis stays within 10⁻³ ≤ |x| < 10⁶
/// (matplotlib switches at 10⁶ too);
/// outside that every label is `m×10ᵉ` (just `10ᵉ` when m = 1), so no label is
/// ever longer than a handful of characters. The number of decimals comes
/// from the tick step, so neighbouring labels are always distinct.
enum TickLabelFormat {
    static let minus = "\u{2212}"

    /// Whether an axis whose largest tick magnitude is `maxAbs` uses `m×10ᵉ` labels.
    static func needsScientific(maxAbs: Double) -> Bool {
        maxAbs >= 1e6 || (maxAbs > 0 && maxAbs < 1e-3)
    }

    /// `value` with exactly `decimals` decimals (value is a multiple of the step).
    static func decimal(_ value: Double, decimals: Int) -> StyledText {
        let d = min(max(decimals, 0), 15)
        let scaled = (value * pow(10, Double(d))).rounded()
        guard abs(scaled) < 9e15 else { return scientific(value, significantDigits: 3) }
        let n = Int64(scaled)
        if n == 0 { return StyledText(padded("0", decimals: d)) }
        let magnitude = SVGNumber.decimal(Int64(n.magnitude), digits: d, minus: "")
        return StyledText((n < 0 ? minus : "") + padded(magnitude, decimals: d))
    }

    /// `m×10ᵉ` with `m` rounded to `significantDigits`, or `10ᵉ` when m = 1.
    static func scientific(_ value: Double, significantDigits: Int) -> StyledText {
        if value == 0 { return StyledText("0") }
        var exponent = Int(floor(log10(abs(value))))
        var mantissa = abs(value) / pow(10, Double(exponent))
        let digits = min(max(significantDigits - 1, 0), 12)
        let factor = pow(10, Double(digits))
        mantissa = (mantissa * factor).rounded() / factor
        if mantissa >= 10 { mantissa /= 10; exponent += 1 }
        let sign = value < 0 ? minus : ""
        var runs: [StyledText.Run] = []
        if mantissa == 1 {
            runs.append(.init(text: sign + "10", superscript: false))
        } else {
            let m = SVGNumber.decimal(Int64((mantissa * factor).rounded()), digits: digits, minus: "")
            runs.append(.init(text: sign + m + "×10", superscript: false))
        }
        runs.append(.init(text: signed(exponent), superscript: true))
        return StyledText(runs: runs)
    }

    /// `10ᵉ`, the label of a decade on a log axis.
    static func decade(_ exponent: Int) -> StyledText {
        StyledText(runs: [.init(text: "10", superscript: false), .init(text: signed(exponent), superscript: true)])
    }

    static func signed(_ n: Int) -> String { n < 0 ? minus + String(-n) : String(n) }

    /// Re-pads trailing zeros removed by `SVGNumber.decimal` so that all
    /// labels of an axis show the same decimals (0.5, 1.0, 1.5).
    private static func padded(_ s: String, decimals: Int) -> String {
        guard decimals > 0 else { return s }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: decimals - fraction.count)
    }
}
