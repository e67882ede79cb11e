/// What `nb render` can write from one run of a notebook's cells (DESIGN §7, `--to`):
/// the HTML handout, the slide deck, and the PDF printed from them.
///
/// The front matter's `format:` names the default (`format: [html, pdf]`); `--to` overrides it.
public enum OutputFormat: String, Sendable, CaseIterable, Comparable {
    /// `FILE.html`, the handout.
    case html
    /// `FILE.slides.html`, one self-contained deck.
    case slides
    /// `FILE.pdf`, the handout printed by headless Chromium (and `FILE.slides.pdf` with `slides`).
    case pdf

    /// A name as the command line or the front matter spells it; Quarto's `revealjs` is `slides`.
    public init?(name: String) {
        switch name.lowercased() {
        case "html": self = .html
        case "slides", "revealjs": self = .slides
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// The order outputs are written in: the handout first, its PDF last.
    public static func < (a: OutputFormat, b: OutputFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
