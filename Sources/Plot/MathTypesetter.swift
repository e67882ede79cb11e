import TeX

/// Typesets the `$…$` spans of labels as MathML with the TeX module.
struct MathTypesetter {
    var macros: [String: String]

    static let mathMLNamespace = "http://www.w3.org/1998/Math/MathML"

    /// A `<math>` element for inline `tex`, or nil when the TeX module reports
    /// errors (the label then falls back to its plain-text reading). The
    /// MathML namespace is declared on the element so that the figure also
    /// works as a standalone XML `.svg` file, not only inline in HTML.
    func mathML(_ tex: String) -> String? {
        var converter = MathConverter(macros: macros)
        let result = converter.convert(tex, display: false)
        guard result.errors.isEmpty, !result.mathML.isEmpty else { return nil }
        return Self.withNamespace(result.mathML)
    }

    /// Adds `xmlns` to the outer `<math` tag if the converter left it out.
    static func withNamespace(_ mathML: String) -> String {
        guard mathML.hasPrefix("<math"), let close = mathML.firstIndex(of: ">") else { return mathML }
        let tag = mathML[..<close]
        if tag.contains("xmlns=") { return mathML }
        return "<math xmlns=\"\(mathMLNamespace)\"" + mathML.dropFirst("<math".count)
    }
}
