import Foundation
import Cells
import Markup
import Notebook

/// Which form of a notebook a writer makes (docs/ARCHITECTURE.md, "Slides and PDF").
public enum ReportForm: Sendable, Equatable {
    /// The long page: `FILE.html` (and the PDF handout printed from it).
    case handout
    /// The slide deck: `FILE.slides.html` (and `FILE.slides.pdf`).
    case deck
}

extension ReportWriter {
    /// The notebook as one self-contained slide deck (``SlideDeck``): same cells' results,
    /// same math and figures as the handout, cut into 16:9 slides.
    public func renderSlides(notebook: Notebook, results: [CellResult]?) -> RenderedReport {
        var document = DocumentRenderer(notebook: notebook, results: results, options: options)
        let html = document.renderDeck()
        return RenderedReport(html: html, warnings: document.warnings, title: document.documentTitle)
    }
}

/// How a notebook is cut into slides, as pandoc and Quarto cut it: a level-1 heading is a
/// section's title slide, a level-2 heading starts a slide, a thematic break (`---`) starts an
/// untitled one; a paragraph holding only `. . .` is a pause. Front matter with a title gives
/// a title slide first. Deeper headings stay on their slide. `slide-level: N` moves the cut:
/// level N starts a slide, levels above it are section title slides.
struct SlideDeck: Equatable {
    enum Kind: Equatable {
        /// The front matter's title block.
        case title
        /// A level-1 heading (its content may follow on the same slide).
        case section
        /// A level-2 heading, or a thematic break (untitled).
        case content
    }

    struct Slide: Equatable {
        var kind: Kind
        /// The `.md` line of its heading (or of the first block, for an untitled slide), for warnings.
        var line: Int
        /// The blocks in order; `nil` entries are pauses.
        var blocks: [Block?] = []
    }

    var slides: [Slide]

    /// The slides of `blocks`; `hasTitle` adds the title slide.
    init(blocks: [Block], hasTitle: Bool, slideLevel: Int = 2) {
        var slides: [Slide] = hasTitle ? [Slide(kind: .title, line: 1)] : []
        var current: Slide?
        func close() {
            if let slide = current, !slide.blocks.isEmpty || slide.kind != .content { slides.append(slide) }
            current = nil
        }
        for block in blocks {
            switch block {
            case .heading(let heading) where heading.level <= slideLevel:
                close()
                current = Slide(kind: heading.level < slideLevel ? .section : .content, line: heading.line, blocks: [block])
            case .thematicBreak:
                let line = current?.line ?? slides.last?.line ?? 1
                close()
                current = Slide(kind: .content, line: line)
            default:
                if current == nil { current = Slide(kind: .content, line: Self.line(of: block) ?? 1) }
                current!.blocks.append(Self.isPause(block) ? nil : block)
            }
        }
        close()
        self.slides = slides
    }

    /// A paragraph holding only `. . .` (pandoc's pause).
    static func isPause(_ block: Block) -> Bool {
        guard case .paragraph(let inlines) = block else { return false }
        let text = inlines.map { inline -> String in
            switch inline {
            case .text(let text): text
            case .softBreak, .lineBreak: " "
            default: "\u{0}"
            }
        }.joined()
        return text.trimmingCharacters(in: .whitespaces) == ". . ."
    }

    static func line(of block: Block) -> Int? {
        switch block {
        case .heading(let heading): heading.line
        case .code(let code): code.line
        case .cell(let cell): cell.line
        case .displayMath(let span): span.line
        default: nil
        }
    }
}

extension DocumentRenderer {
    /// The deck: every slide a `<section class="slide">` of 1280×720 CSS pixels, numbered; a small
    /// inline script (``SlidesScript``) shows one at a time, scaled to the window. Without the
    /// script the slides read as a vertical sequence.
    mutating func renderDeck() -> String {
        let frontMatter = notebook.frontMatter
        let deck = SlideDeck(blocks: notebook.blocks, hasTitle: frontMatter.title != nil, slideLevel: frontMatter.slideLevel)
        var rendered: [(kind: String, line: Int, body: String)] = []
        for slide in deck.slides {
            var body = ""
            switch slide.kind {
            case .title:
                body = titleBlock()
            case .section, .content:
                var step = 0
                var open = false
                for block in slide.blocks {
                    guard let block else {
                        step += 1
                        if open { body += "</div>\n" }
                        body += "<div class=\"fragment\" data-step=\"\(step)\">\n"
                        open = true
                        continue
                    }
                    if case .div(let div) = block, div.kind == .notes {
                        // Speaker notes travel with their slide, never shown to the audience (nor printed).
                        body += "<aside class=\"notes\" aria-hidden=\"true\">\n" + blocks(div.children, tight: false) + "</aside>\n"
                        continue
                    }
                    body += self.block(block, tight: false)
                }
                if open { body += "</div>\n" }
            }
            let kind = switch slide.kind {
            case .title: "title-slide"
            case .section: slide.blocks.count > 1 ? "section-slide with-content" : "section-slide"
            case .content: "content-slide"
            }
            rendered.append((kind, slide.line, body))
        }
        // The references on a last slide of their own, as in the handout, unless `::: {#refs}` placed them.
        if !notebook.blocks.contains(where: { if case .div(let div) = $0, div.kind == .references { true } else { false } }) {
            let list = referencesList()
            if !list.isEmpty {
                rendered.append(("content-slide references", rendered.last?.line ?? 1,
                                 "<h2 id=\"references\">\(Escaping.text(labels.references))</h2>\n" + list))
            }
        }
        let sections = rendered.enumerated().map { index, slide in
            "<section class=\"slide \(slide.kind)\" id=\"slide-\(index + 1)\" data-line=\"\(slide.line)\" "
                + "aria-roledescription=\"slide\" aria-label=\"\(index + 1) / \(rendered.count)\">\n"
                + "<div class=\"slide-content\">\n\(slide.body)</div>\n"
                + "<p class=\"slide-number\" aria-hidden=\"true\">\(index + 1) / \(rendered.count)</p>\n</section>\n"
        }
        var html = documentHead(htmlClass: "deck", css: Stylesheet.css + SlidesStylesheet.css)
        html += "</head>\n<body>\n<main class=\"slides\">\n"
        html += sections.joined()
        html += "</main>\n<script>\n\(SlidesScript.source)</script>\n</body>\n</html>\n"
        return html
    }
}
