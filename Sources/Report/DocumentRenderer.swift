import Markup
import Cells
import Diagnostics
import Notebook
import TeX

/// Renders one notebook: the page frame, title block, summary, table of
/// contents and prose. Cells are in `CellRenderer.swift`. One instance per
/// render: it carries the notebook's one ``MathConverter`` (so `\newcommand`
/// in one formula holds in the next, in document order) and the figure count.
struct DocumentRenderer {
    let notebook: Notebook
    let results: [Int: CellResult]?
    let options: ReportOptions
    var converter: MathConverter
    /// MathML of each formula already converted, by its `.md` position: the
    /// table of contents reuses the headings' math without converting twice.
    var mathCache: [SourcePosition: MathResult] = [:]
    /// What the report had to leave out or guess, in the order met.
    var warnings: [ReportWarning] = []
    /// Where refused URLs were already reported.
    var refusedURLPositions: Set<SourcePosition> = []
    /// Rendered heading content, by anchor, for the table of contents.
    var headingHTML: [String: String] = [:]
    /// The bibliography's keys the notebook cites: its references list.
    let citedKeys: Set<String>
    /// Every name the cells declare (cells share one scope), for the highlighter.
    let variableNames: Set<String>
    /// Each cell's shown code, parsed once (for `variableNames` and its own highlighting), by index.
    let parsedCode: [Int: SwiftHighlighter.ParsedCode]

    init(notebook: Notebook, results: [CellResult]?, options: ReportOptions) {
        self.notebook = notebook
        self.options = options
        self.results = results.map { Dictionary($0.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first }) }
        converter = MathConverter(macros: notebook.frontMatter.macros)
        citedKeys = Set((notebook.titleBlock.asBlocks + notebook.blocks).citations.flatMap(\.items).map(\.key))
        // Option lines are comments: the shown code declares what the whole code does.
        parsedCode = Dictionary(notebook.cells.map { ($0.index, ReportMemo.parsedCode(DocumentRenderer.shownCode($0))) },
                                uniquingKeysWith: { first, _ in first })
        variableNames = parsedCode.values.reduce(into: Set<String>()) { $0.formUnion($1.declaredNames) }
    }

    var labels: ReportLabels { options.labels }

    mutating func render() -> String {
        // Math converts in reading order: title block, then the document.
        let title = titleBlock()
        var body = blocks(notebook.blocks, tight: false)
        // The references at the end, unless a `::: {#refs}` div placed them.
        if !notebook.blocks.contains(where: { if case .div(let div) = $0, div.kind == .references { true } else { false } }) {
            let list = referencesList()
            if !list.isEmpty {
                body += "<section class=\"references\" id=\"references\">\n<h2>\(Escaping.text(labels.references))</h2>\n"
                    + list + "</section>\n"
            }
        }
        var html = documentHead(htmlClass: nil,
                                css: Stylesheet.css + (options.navigation == nil ? "" : CourseIndexWriter.navigationCSS))
        html += "</head>\n<body>\n<main class=\"notebook\">\n"
        html += courseNavigation()
        html += title
        html += summary()
        html += tableOfContents()
        html += body
        html += courseNavigation()
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    /// Previous / course / next links of a course's report (relative URLs, checked by the URL policy).
    func courseNavigation() -> String {
        guard let navigation = options.navigation else { return "" }
        func link(_ url: String?, _ text: String, _ rel: String) -> String {
            guard let url, case .allowed(let safe) = URLPolicy.check(url) else { return "<span></span>" }
            return "<a href=\"\(Escaping.attribute(safe))\" rel=\"\(rel)\">\(Escaping.text(text))</a>"
        }
        return "<nav class=\"course-nav\" aria-label=\"\(Escaping.attribute(labels.course))\">"
            + link(navigation.previous, "← " + labels.previous, "prev") + link(navigation.index, labels.course, "index")
            + link(navigation.next, labels.next + " →", "next") + "</nav>\n"
    }

    /// The front matter's title, else the first heading's text, else the file name.
    var documentTitle: String {
        if let title = notebook.frontMatter.title, !title.isEmpty { return title }
        if let first = notebook.headings.first { return first.content.plainText }
        return String(notebook.path.split(separator: "/").last ?? Substring(notebook.path))
    }

    // MARK: Title block and table of contents

    /// Title, subtitle (Markdown with math, from ``TitleBlock``), authors,
    /// date and abstract.
    mutating func titleBlock() -> String {
        let frontMatter = notebook.frontMatter
        let markup = notebook.titleBlock
        var parts: [String] = []
        if frontMatter.title != nil {
            parts.append("<h1 class=\"title\">\(inlines(markup.title, inLink: false))</h1>")
        }
        if frontMatter.subtitle != nil {
            parts.append("<p class=\"subtitle\">\(inlines(markup.subtitle, inLink: false))</p>")
        }
        if !frontMatter.authors.isEmpty {
            let names = frontMatter.authors.map { "<span class=\"author\">\(Escaping.text($0))</span>" }
            parts.append("<p class=\"authors\">\(names.joined(separator: ", "))</p>")
        }
        if let date = frontMatter.date { parts.append("<p class=\"date\">\(Escaping.text(date))</p>") }
        if frontMatter.abstract != nil {
            parts.append("<section class=\"abstract\">\n<h2 class=\"abstract-title\">\(Escaping.text(labels.abstract))</h2>\n"
                         + blocks(markup.abstract, tight: false) + "</section>")
        }
        guard !parts.isEmpty else { return "" }
        return "<header class=\"title-block\">\n" + parts.joined(separator: "\n") + "\n</header>\n"
    }

    /// Nested lists of the headings of levels 1–3, linking to their anchors.
    /// A deeper heading opens a nested list under the previous one; skipped
    /// levels (`#` then `###`) nest one step, as in Pandoc.
    func tableOfContents() -> String {
        let headings = notebook.headings.filter { $0.level <= 3 }
        guard notebook.frontMatter.toc, !headings.isEmpty else { return "" }
        var html = "<nav class=\"toc\" id=\"nb:toc\" aria-labelledby=\"nb:toc-title\">\n"
        html += "<h2 id=\"nb:toc-title\">\(Escaping.text(labels.contents))</h2>\n"
        var levels: [Int] = []
        for heading in headings {
            if let top = levels.last, heading.level > top {
                html += "\n<ol>"
                levels.append(heading.level)
            } else if levels.isEmpty {
                html += "<ol>"
                levels.append(heading.level)
            } else {
                html += "</li>"
                while levels.count > 1, let top = levels.last, heading.level < top,
                      heading.level <= levels[levels.count - 2] {
                    html += "\n</ol></li>"
                    levels.removeLast()
                }
                // A level between the parent's and this list's (or above the
                // first heading's) joins this list, which now stands for it.
                levels[levels.count - 1] = heading.level
            }
            let content = headingHTML[heading.anchor] ?? Escaping.text(heading.content.plainText)
            html += "\n<li><a href=\"#\(Escaping.attribute(heading.anchor))\">\(content)</a>"
        }
        html += "</li>"
        for _ in levels.dropFirst() { html += "\n</ol></li>" }
        html += "\n</ol>\n</nav>\n"
        return html
    }

    // MARK: Blocks

    mutating func blocks(_ blocks: [Block], tight: Bool) -> String {
        var html = ""
        for block in blocks { html += self.block(block, tight: tight) }
        return html
    }

    mutating func block(_ block: Block, tight: Bool) -> String {
        switch block {
        case .heading(let heading):
            let content = inlines(heading.content, inLink: false)
            headingHTML[heading.anchor] = inlines(heading.content, inLink: true)
            let anchor = Escaping.attribute(heading.anchor)
            return "<h\(heading.level) id=\"\(anchor)\">\(content)"
                + "<a class=\"anchor\" href=\"#\(anchor)\" aria-label=\"\(Escaping.attribute(labels.headingLink))\">#</a>"
                + "</h\(heading.level)>\n"
        case .paragraph(let content):
            let html = inlines(content, inLink: false)
            return tight ? html + "\n" : "<p>\(html)</p>\n"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
            var html = "<\(tag)\(start)>\n"
            for item in list.items {
                html += "<li>" + blocks(item, tight: list.tight) + "</li>\n"
            }
            return html + "</\(tag)>\n"
        case .blockQuote(let children):
            return "<blockquote>\n" + blocks(children, tight: false) + "</blockquote>\n"
        case .code(let code):
            let language = code.language.isEmpty ? "" : " class=\"language-\(Escaping.attribute(code.language))\""
            return "<pre class=\"code-block\"><code\(language)>\(Escaping.text(code.code))</code></pre>\n"
        case .thematicBreak:
            return "<hr>\n"
        case .displayMath(let span):
            return displayMath(span)
        case .html(let raw):
            return options.unsafeHTML ? raw : "<!-- raw HTML omitted -->\n"
        case .cell(let cell):
            return self.cell(cell)
        case .div(let div):
            return self.div(div)
        }
    }

    // MARK: Inlines

    /// `inLink`: the content sits inside an `<a>` (the table of contents), so
    /// links become plain spans (links cannot nest).
    ///
    /// Inline math and the punctuation right after it are kept on one line
    /// (`<span class="math-nowrap">`), as TeX never starts a line with the
    /// comma after a formula.
    mutating func inlines(_ inlines: [Inline], inLink: Bool) -> String {
        var html = ""
        var i = 0
        while i < inlines.count {
            if case .math(let span) = inlines[i], !span.isDisplay, i + 1 < inlines.count,
               case .text(let next) = inlines[i + 1], let first = next.first, Self.closingPunctuation.contains(first) {
                let punctuation = next.prefix { Self.closingPunctuation.contains($0) }
                html += "<span class=\"math-nowrap\">" + inline(inlines[i], inLink: inLink)
                    + Escaping.text(String(punctuation)) + "</span>" + Escaping.text(String(next.dropFirst(punctuation.count)))
                i += 2
                continue
            }
            html += inline(inlines[i], inLink: inLink)
            i += 1
        }
        return html
    }

    /// Punctuation that must not begin a line after a formula.
    static let closingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "’", "”", "»", "…"]

    mutating func inline(_ inline: Inline, inLink: Bool) -> String {
        switch inline {
        case .text(let text): return Escaping.text(text)
        case .softBreak: return "\n"
        case .lineBreak: return inLink ? " " : "<br>\n"
        case .code(let code): return "<code>\(Escaping.text(code))</code>"
        case .emphasis(let children): return "<em>\(inlines(children, inLink: inLink))</em>"
        case .strong(let children): return "<strong>\(inlines(children, inLink: inLink))</strong>"
        case let .link(destination, title, content, position):
            let inner = inlines(content, inLink: true)
            if inLink { return "<span>\(inner)</span>" }
            // A refused URL drops the link and keeps its text (docs/ARCHITECTURE.md, "Untrusted notebooks").
            guard let href = allowedURL(destination, at: position) else { return "<span>\(inner)</span>" }
            let titleAttribute = title.isEmpty ? "" : " title=\"\(Escaping.attribute(title))\""
            return "<a href=\"\(Escaping.attribute(href))\"\(titleAttribute)>\(inner)</a>"
        case let .image(source, title, alt, position):
            let src = allowedURL(source, at: position) ?? ""
            let titleAttribute = title.isEmpty ? "" : " title=\"\(Escaping.attribute(title))\""
            return "<img src=\"\(Escaping.attribute(src))\" alt=\"\(Escaping.attribute(alt.plainText))\"\(titleAttribute)>"
        case .math(let span):
            return math(span, display: false)
        case .html(let raw):
            return options.unsafeHTML ? raw : "<!-- raw HTML omitted -->"
        case let .crossReference(label, _):
            return crossReference(label, inLink: inLink)
        case .citation(let citation):
            return self.citation(citation, inLink: inLink)
        }
    }

    /// The URL to write for a link or image destination, or nil when `URLPolicy`
    /// refuses it (a warning at `position`, once per place: the table of
    /// contents renders headings twice). `--unsafe-html` (for notebooks the
    /// reader trusts) lets every URL through.
    mutating func allowedURL(_ url: String, at position: SourcePosition) -> String? {
        if options.unsafeHTML { return url }
        switch URLPolicy.check(url) {
        case .allowed(let seen):
            return seen
        case .refused(let scheme):
            if refusedURLPositions.insert(position).inserted {
                warnings.append(ReportWarning(line: position.line, column: position.column,
                                              kind: .document(.refusedURL(scheme: scheme))))
            }
            return nil
        }
    }

    // MARK: Math

    /// The formula's MathML, converted once (in document order) and cached.
    mutating func math(_ span: MathSpan, display: Bool) -> String {
        convert(span, display: display).mathML
    }

    /// The formula converted once (in document order) and cached, its errors reported.
    mutating func convert(_ span: MathSpan, display: Bool) -> MathResult {
        let key = SourcePosition(line: span.line, column: span.column)
        if let cached = mathCache[key] { return cached }
        let result = ReportMemo.convert(span.tex, display: display, with: &converter)
        for error in result.errors {
            let position = span.position(ofUTF8Offset: error.offset)
            warnings.append(ReportWarning(line: position.line, column: position.column, kind: .math(error)))
        }
        mathCache[key] = result
        return result
    }

    /// A display formula in its `div`: numbered at the right margin when it has a label, as
    /// LaTeX's equation environment sets it.
    ///
    /// A formula that may be too wide for a printed page (``wideMath`` em or more, estimated
    /// from the font by the TeX module) is `wide`: it carries the width it needs, from which
    /// the print stylesheet scales it to the text block (`--math-width`, in em of the math).
    /// When it has relations at its top level, a copy cut before each of them follows it
    /// (`math-lines`, hidden from assistive technology): in print that copy replaces it,
    /// and the browser breaks its lines where the page needs, continuing under the first
    /// relation (or, when the part before it is long, indented under the first line).
    /// On screen the formula stays one line, in a box that scrolls.
    mutating func displayMath(_ span: MathSpan) -> String {
        let result = convert(span, display: true)
        var classes = "math-display"
        var attributes = ""
        if let label = span.label, notebook.crossReferences.equationNumbers[label] != nil {
            classes += " numbered"
            attributes += " id=\"\(Escaping.attribute(label))\""
        }
        var content = result.mathML
        if let layout = Self.wideLayout(result) {
            classes += " wide"
            attributes += " style=\"--math-width:\(layout.width)\""
            if let lines = layout.lines {
                classes += " breakable"
                content += lines
            }
        }
        if let label = span.label, let number = notebook.crossReferences.equationNumbers[label] {
            content += "<span class=\"equation-number\">(\(number))</span>"
        }
        return "<div class=\"\(classes)\"\(attributes)>\(content)</div>\n"
    }

    /// A display formula at least this wide (em of the math) may not fit a printed text block:
    /// an A4 page's holds about 43 em, an A5 page's 27, and the width is an estimate.
    static let wideMath = 20.0
    /// The part before the first relation, at most this wide, is where the continued lines start.
    static let alignedLeftSide = 12.0
    /// The estimate is raised by this much, so that a formula it underestimates still fits.
    static let widthMargin = 1.04
    /// The largest width written (em): any formula this wide is scaled to a hairline anyway.
    static let maxWidth = 100_000.0

    /// The width a wide formula needs (em, one decimal, rounded up) and its broken copy, if any.
    static func wideLayout(_ result: MathResult) -> (width: String, lines: String?)? {
        guard result.width >= wideMath, result.width.isFinite else { return nil }
        func em(_ width: Double) -> String {
            // An absurd width (`\hspace{1e30pt}`) is capped, so that it stays a plain number.
            let tenths = min((width * widthMargin * 10).rounded(.up), maxWidth * 10)
            return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
        }
        guard let first = result.pieces.first else { return (em(result.width), nil) }
        let rest = result.pieces.dropFirst()
        let widest = rest.map(\.width).max() ?? 0
        if first.width <= alignedLeftSide {
            // The first piece beside a column of the others, which wrap under the first relation.
            let lines = "<div class=\"math-lines\" aria-hidden=\"true\">" + first.mathML
                + "<span class=\"math-rest\">" + rest.map(\.mathML).joined() + "</span></div>"
            return (em(first.width + widest), lines)
        }
        // A long first piece: the lines wrap under it, the continued ones indented.
        let lines = "<div class=\"math-lines hanging\" aria-hidden=\"true\">"
            + result.pieces.map(\.mathML).joined() + "</div>"
        return (em(max(first.width, widest + hangingIndent)), lines)
    }

    /// The indent of continued lines of a broken formula whose first piece is long (em of the math).
    static let hangingIndent = 2.0
}

extension DocumentRenderer {
    /// The page from `<!DOCTYPE html>` to its style element: language, metadata, title and
    /// `css` (the handout's and the deck's heads differ only in the root's class and the CSS).
    func documentHead(htmlClass: String?, css: String) -> String {
        let frontMatter = notebook.frontMatter
        var html = "<!DOCTYPE html>\n"
        html += "<html lang=\"\(Escaping.attribute(frontMatter.lang))\"\(htmlClass.map { " class=\"\($0)\"" } ?? "")>\n<head>\n"
        html += "<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"nb\">\n"
        if !frontMatter.authors.isEmpty {
            html += "<meta name=\"author\" content=\"\(Escaping.attribute(frontMatter.authors.joined(separator: ", ")))\">\n"
        }
        html += "<title>\(Escaping.text(documentTitle))</title>\n"
        html += "<style>\n\(css)</style>\n"
        return html
    }
}
