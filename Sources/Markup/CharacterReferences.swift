/// HTML character references (`&#106;`, `&#x6A;`, `&amp;`, `&Tab;`, …) decoded as
/// an HTML parser decodes them in an attribute value, so that `URLPolicy` judges
/// the URL the browser will follow, not the text that was written.
///
/// Numeric references follow the HTML standard's replacements (0 and surrogates
/// become U+FFFD); named references cover the ones that can hide a URL's scheme
/// or separators (`&colon;`, `&Tab;`, `&NewLine;`, `&sol;`, …) and the common
/// ones. An unknown name is left as written, which can only make a URL safer.
public enum CharacterReferences {
    /// Longest numeric reference read (digits), so that a run of digits cannot grow unbounded work.
    static let maximumDigits = 16

    public static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (decoded, length) = reference(scalars, at: i) {
                out.append(contentsOf: decoded.unicodeScalars)
                i += length
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The reference starting at `start` (an `&`) and how many scalars it spans.
    private static func reference(_ s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var i = start + 1
        guard i < s.count else { return nil }
        if s[i] == "#" {
            i += 1
            let hex = i < s.count && (s[i] == "x" || s[i] == "X")
            if hex { i += 1 }
            var value: UInt32 = 0, digits = 0
            while i < s.count, digits < maximumDigits, let digit = Int(String(s[i]), radix: hex ? 16 : 10) {
                value = min(value &* (hex ? 16 : 10) &+ UInt32(digit), 0x11_0000)
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if i < s.count, s[i] == ";" { i += 1 }
            let scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
            return (String(scalar), i - start)
        }
        var name = ""
        while i < s.count, name.count < 32, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        guard let value = named[name] else { return nil }
        if i < s.count, s[i] == ";" { i += 1 }
        return (value, i - start)
    }

    private static let named: [String: String] = [
        "amp": "&", "AMP": "&", "lt": "<", "LT": "<", "gt": ">", "GT": ">", "quot": "\"", "QUOT": "\"",
        "apos": "'", "nbsp": "\u{A0}", "colon": ":", "Tab": "\t", "NewLine": "\n", "sol": "/", "quest": "?",
        "num": "#", "period": ".", "comma": ",", "lpar": "(", "rpar": ")", "semi": ";", "equals": "=",
        "excl": "!", "percnt": "%", "plus": "+", "bsol": "\\", "commat": "@",
    ]
}
