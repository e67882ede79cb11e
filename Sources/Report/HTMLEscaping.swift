/// Escaping for text that reaches HTML. Every string from the notebook or a
/// cell's output goes through one of these before it is written.
enum HTMLEscaping {
    /// Text content: `&`, `<`, `>` escaped; control characters other than tab
    /// and line feed (which HTML forbids) dropped.
    static func text(_ string: String) -> String {
        var result = ""
        result.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if isForbidden(scalar) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// An attribute value (to be written between double quotes): also `"` and `'`.
    static func attribute(_ string: String) -> String {
        var result = ""
        for scalar in text(string).unicodeScalars {
            switch scalar {
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "&#10;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0/C1 controls and noncharacters, which are parse errors in HTML.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || scalar.properties.isNoncharacterCodePoint
    }
}

/// Link destinations: libcmark's safe mode rules. `javascript:`, `vbscript:`,
/// `file:` and `data:` URLs (except `data:image/png|gif|jpeg|webp`) are
/// dropped unless unsafe HTML is allowed.
enum URLSafety {
    static func isSafe(_ url: String) -> Bool {
        let lowered = url.drop { $0 == " " }.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) { return false }
        if lowered.hasPrefix("data:") {
            return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains {
                lowered.hasPrefix($0)
            }
        }
        return true
    }
}
