/// The one rule for every URL a notebook can put into a report: Markdown links,
/// images and autolinks, `\href` in math, links in figures (docs/ARCHITECTURE.md,
/// "Untrusted notebooks").
///
/// A URL is first read the way a browser will read it (WHATWG URL parsing):
/// character references decoded (`&#106;avascript:`), leading and trailing C0
/// controls and spaces stripped (`&#1;javascript:`), ASCII tabs and newlines
/// removed anywhere (`java&#9;script:`). Only then is its scheme looked at, and
/// only `http`, `https` and `mailto`, relative references and fragments are
/// allowed. Checking the text before these steps is how `javascript:` got
/// through before.
///
/// ```swift
/// URLPolicy.check("https://arxiv.org/abs/1810.02281")   // .allowed("https://arxiv.org/abs/1810.02281")
/// URLPolicy.check("#sec-flow")                          // .allowed("#sec-flow")
/// URLPolicy.check("\u{1}java\tscript:alert(1)")         // .refused(scheme: "javascript")
/// ```
public enum URLPolicy {
    /// What may become an `href` or `src`.
    public enum Verdict: Equatable, Sendable {
        /// The URL as the browser will see it (decoded, controls stripped): write this one.
        case allowed(String)
        /// Not allowed; the link is dropped and its text kept. `scheme` is lowercased.
        case refused(scheme: String)
    }

    /// Schemes a report may link to.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    public static func check(_ url: String) -> Verdict {
        let normalized = normalize(url)
        guard let scheme = scheme(of: normalized) else { return .allowed(normalized) }
        return allowedSchemes.contains(scheme) ? .allowed(normalized) : .refused(scheme: scheme)
    }

    /// `url` as a browser's URL parser sees it before it reads the scheme:
    /// character references decoded, C0 controls and spaces trimmed at both ends,
    /// ASCII tab, LF and CR removed everywhere.
    public static func normalize(_ url: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in CharacterReferences.decode(url).unicodeScalars where !["\t", "\n", "\r"].contains(scalar) {
            scalars.append(scalar)
        }
        let isTrimmed: (Unicode.Scalar) -> Bool = { $0.value <= 0x20 }
        var view = Substring(String(scalars)).unicodeScalars
        while let first = view.first, isTrimmed(first) { view.removeFirst() }
        while let last = view.last, isTrimmed(last) { view.removeLast() }
        return String(String.UnicodeScalarView(view))
    }

    /// The scheme of an already normalized URL, lowercased; nil for a relative
    /// reference or a fragment (no `:` before the first `/`, `?` or `#`, or a
    /// "scheme" that is not one: it must start with a letter and continue with
    /// letters, digits, `+`, `-` or `.`).
    static func scheme(of url: String) -> String? {
        var name = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case ":":
                return name.isEmpty ? "" : name.lowercased()
            case "/", "?", "#":
                return nil
            default:
                name.unicodeScalars.append(scalar)
            }
        }
        return nil
    }
}
