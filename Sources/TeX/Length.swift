/// A TeX dimension (`10pt`, `-1em`, `3mu`), kept in a unit CSS understands.
///
/// `mu` (1/18 em) becomes em; TeX's big points, didot, cicero and scaled points
/// become `pt`. Printing rounds to four decimals, so output is deterministic.
struct Length: Sendable, Equatable {
    enum Unit: String, Sendable { case em, ex, pt, px, cm, mm, `in`, pc }
    var value: Double
    var unit: Unit

    init(_ value: Double, _ unit: Unit) {
        self.value = value
        self.unit = unit
    }

    static func em(_ value: Double) -> Length { Length(value, .em) }

    static let zero = Length.em(0)
    static let thin = Length.em(0.1667)
    static let medium = Length.em(0.2222)
    static let thick = Length.em(0.2778)

    /// Reads a TeX unit name; `nil` for an unknown one.
    init?(value: Double, texUnit: String) {
        switch texUnit {
        case "em": self.init(value, .em)
        case "ex": self.init(value, .ex)
        case "pt": self.init(value, .pt)
        case "px": self.init(value, .px)
        case "cm": self.init(value, .cm)
        case "mm": self.init(value, .mm)
        case "in": self.init(value, .in)
        case "pc": self.init(value, .pc)
        case "mu": self.init(value / 18, .em)
        case "bp": self.init(value * 72.27 / 72, .pt)
        case "dd": self.init(value * 1238 / 1157, .pt)
        case "cc": self.init(value * 14856 / 1157, .pt)
        case "sp": self.init(value / 65536, .pt)
        default: return nil
        }
    }

    /// Parses `[sign] digits [. digits] unit` from characters; blanks are ignored.
    init?(tex: String) {
        var sign = 1.0
        var number = ""
        var unit = ""
        for character in tex where !character.isWhitespace {
            if unit.isEmpty, number.isEmpty, character == "-" { sign = -sign; continue }
            if unit.isEmpty, number.isEmpty, character == "+" { continue }
            if unit.isEmpty, character.isASCII, character.isNumber || character == "." {
                number.append(character)
            } else if character.isASCII, character.isLetter {
                unit.append(character)
            } else {
                return nil
            }
        }
        if number.isEmpty, !unit.isEmpty { number = "1" }
        guard let value = Double(number), value.isFinite else { return nil }
        self.init(value: sign * value, texUnit: unit.lowercased())
    }

    /// CSS text, e.g. `0.1667em`, `-1em`, `10pt`.
    var css: String { Self.format(value) + unit.rawValue }

    /// A number with at most four decimals and no trailing zeros (`0.1667`, `-1`, `10`).
    static func format(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded()
        guard scaled.isFinite, scaled.magnitude < 1e15 else { return value < 0 ? "-100000" : "100000" }
        let units = Int64(scaled)
        if units == 0 { return "0" }
        let magnitude = units.magnitude
        var text = (units < 0 ? "-" : "") + String(magnitude / 10_000)
        let fraction = magnitude % 10_000
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 4 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }
}
