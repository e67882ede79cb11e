/// Appends SVG markup to a string: attribute values and text are always
/// escaped here, numbers always go through ``SVGNumber``, so no caller can
/// emit unescaped user text or locale-dependent numbers.
struct SVGWriter {
    private(set) var output = ""

    /// An attribute value: a number (formatted with fixed precision) or text (escaped).
    enum Value {
        case number(Double)
        case text(String)
    }

    mutating func open(_ name: String, _ attributes: [(String, Value)] = []) {
        output += "<" + name + Self.attributes(attributes) + ">"
    }

    mutating func close(_ name: String) {
        output += "</" + name + ">"
    }

    /// `<name attrs/>` or, with `text`, `<name attrs>text</name>` (text escaped).
    mutating func element(_ name: String, _ attributes: [(String, Value)] = [], text: String? = nil) {
        if let text {
            output += "<" + name + Self.attributes(attributes) + ">" + Self.escape(text) + "</" + name + ">"
        } else {
            output += "<" + name + Self.attributes(attributes) + "/>"
        }
    }

    /// Escaped character data.
    mutating func text(_ text: String) { output += Self.escape(text) }

    /// Markup produced by another escaping writer (MathML from the TeX module,
    /// a nested writer's output). Never pass user text here.
    mutating func trusted(_ markup: String) { output += markup }

    mutating func newline() { output += "\n" }

    static func attributes(_ attributes: [(String, Value)]) -> String {
        var s = ""
        for (name, value) in attributes {
            switch value {
            case .number(let x): s += " \(name)=\"\(SVGNumber.format(x))\""
            case .text(let t): s += " \(name)=\"\(escape(t))\""
            }
        }
        return s
    }

    /// XML escaping for both text and double-quoted attributes. Characters
    /// XML 1.0 forbids (controls other than tab/newline/CR) become U+FFFD so
    /// the document still parses.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// Locale-independent, fixed-precision number text for SVG coordinates:
/// at most `digits` decimals, trailing zeros dropped, never `-0`, never an
/// exponent. Same number, same bytes, on every platform.
enum SVGNumber {
    static func format(_ x: Double, digits: Int = 2) -> String {
        guard x.isFinite else { return "0" }
        // Coordinates are clamped by the renderer; this bound only guards the Int conversion.
        let clamped = min(max(x, -1e9), 1e9)
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int64((clamped * scale).rounded())
        if scaled == 0 { return "0" }
        return decimal(scaled, digits: digits, minus: "-")
    }

    /// `scaled / 10^digits` written out with trailing zeros removed.
    static func decimal(_ scaled: Int64, digits: Int, minus: String) -> String {
        let negative = scaled < 0
        var magnitude = String(scaled.magnitude)
        if digits > 0 {
            while magnitude.count <= digits { magnitude = "0" + magnitude }
            let split = magnitude.index(magnitude.endIndex, offsetBy: -digits)
            var fraction = String(magnitude[split...])
            while fraction.last == "0" { fraction.removeLast() }
            magnitude = String(magnitude[..<split]) + (fraction.isEmpty ? "" : "." + fraction)
        }
        return (negative ? minus : "") + magnitude
    }
}
