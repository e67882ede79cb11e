import Foundation
import Notebook

/// The paper a PDF handout is printed on (`--paper`); slides print on 16:9 pages whatever it is.
public enum Paper: String, Sendable, CaseIterable {
    case a4
    case letter

    /// The CSS `@page` size.
    var cssSize: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }
}

/// One file `nb render` writes (docs/ARCHITECTURE.md, "Slides and PDF"): which form, printed or not.
public enum RenderOutput: Sendable, Equatable, CaseIterable {
    /// `FILE.html`
    case handout
    /// `FILE.slides.html`
    case deck
    /// `FILE.pdf`
    case handoutPDF
    /// `FILE.slides.pdf`
    case deckPDF

    /// What `--to` asks for: the formats, and the deck's PDF when both `slides` and `pdf` are asked.
    public static func outputs(for formats: [OutputFormat]) -> [RenderOutput] {
        var outputs: [RenderOutput] = []
        if formats.contains(.html) { outputs.append(.handout) }
        if formats.contains(.slides) { outputs.append(.deck) }
        if formats.contains(.pdf) { outputs.append(.handoutPDF) }
        if formats.contains(.slides) && formats.contains(.pdf) { outputs.append(.deckPDF) }
        return outputs
    }

    /// What follows the notebook's base name.
    var suffix: String {
        switch self {
        case .handout: ".html"
        case .deck: ".slides.html"
        case .handoutPDF: ".pdf"
        case .deckPDF: ".slides.pdf"
        }
    }

    /// `FILE.md` → `FILE<suffix>`, beside it; a notebook read from standard input writes to standard output.
    func path(for file: String) -> String {
        if file == NotebookFile.standardInputPath { return AtomicFile.standardOutputPath }
        let url = URL(fileURLWithPath: file)
        let base = url.pathExtension.isEmpty ? file : String(file.dropLast(url.pathExtension.count + 1))
        return base + suffix
    }

    var isPrinted: Bool { self == .handoutPDF || self == .deckPDF }
}

/// What `nb render` writes for each notebook: the formats asked on the command line (nil: the
/// front matter's `format:`, else HTML), and the paper of a PDF handout.
public struct RenderRequest: Sendable {
    public var formats: [OutputFormat]?
    public var paper: Paper

    public init(formats: [OutputFormat]? = nil, paper: Paper = .a4) {
        self.formats = formats
        self.paper = paper
    }

    /// The outputs for `notebook`.
    func outputs(for notebook: Notebook) -> [RenderOutput] {
        let formats = formats ?? (notebook.frontMatter.formats.isEmpty ? [.html] : notebook.frontMatter.formats)
        return RenderOutput.outputs(for: formats)
    }
}
