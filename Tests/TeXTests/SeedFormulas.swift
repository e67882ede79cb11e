import Foundation
import Testing

/// The formulas of a lecture text: `\[…\]` and `$…$` (without delimiters) and whole
/// `\begin{align*}…\end{align*}` blocks, in order, with whether each is display math.
/// A deliberately simple scan (the notebook's real math finder lives in `Notebook`).
enum SeedFormulas {
    static func extract(from text: String) -> [(tex: String, display: Bool)] {
        var formulas: [(String, Bool)] = []
        var rest = Substring(text)
        let openers: [(open: String, close: String, keepDelimiters: Bool, display: Bool)] = [
            ("\\begin{align*}", "\\end{align*}", true, true), ("\\[", "\\]", false, true), ("$", "$", false, false),
        ]
        while !rest.isEmpty {
            let found = openers.compactMap { opener in rest.range(of: opener.open).map { (opener, $0) } }
                .min { $0.1.lowerBound < $1.1.lowerBound }
            guard let (opener, openRange) = found,
                  let closeRange = rest[openRange.upperBound...].range(of: opener.close) else { break }
            let body = opener.keepDelimiters
                ? rest[openRange.lowerBound..<closeRange.upperBound] : rest[openRange.upperBound..<closeRange.lowerBound]
            formulas.append((String(body), opener.display))
            rest = rest[closeRange.upperBound...]
        }
        return formulas
    }

    static func lecture() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/session1-deep-linear-networks", withExtension: "txt"))
        return try String(contentsOf: url, encoding: .utf8)
    }
}
