/// Escaping for text that reaches HTML, SVG or MathML: the one implementation the
/// modules that write markup share (Report, TeX, Plot).
///
/// Every string from a notebook or from a cell's output goes through one of
/// these before it is written. Characters that HTML and XML do not allow in a
/// document (C0 and C1 controls other than tab, line feed and carriage return;
/// noncharacters) are dropped: a report never carries them raw.
public enum Escaping {
    /// Text content: `&`, `<`, `>` escaped, forbidden characters dropped.
    public static func text(_ string: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": bytes.append(contentsOf: [38, 97, 109, 112, 59])        // &amp;
            case "<": bytes.append(contentsOf: [38, 108, 116, 59])            // &lt;
            case ">": bytes.append(contentsOf: [38, 103, 116, 59])            // &gt;
            default:
                if scalar.isASCII, scalar.value >= 0x20, scalar.value != 0x7F {
                    bytes.append(UInt8(scalar.value))
                } else if isAllowedInMarkup(scalar) {
                    bytes.append(contentsOf: UTF8.encode(scalar)!)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An attribute value to be written between double quotes: also `"`, `'`
    /// and line ends escaped.
    public static func attribute(_ string: String) -> String {
        var result = ""
        result.reserveCapacity(string.utf8.count)
        for scalar in text(string).unicodeScalars {
            switch scalar {
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` may appear in an HTML or XML document's text: not a C0
    /// control other than tab, LF, CR; not DEL or a C1 control; not a noncharacter.
    public static func isAllowedInMarkup(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
        if (0x7F...0x9F).contains(value) { return false }
        // Noncharacters: U+FDD0…U+FDEF and the last two code points of every plane.
        return !(0xFDD0...0xFDEF).contains(value) && value & 0xFFFE != 0xFFFE
    }
}
