/// The front matter's `title`, `subtitle` and `abstract` read as Markdown
/// with math, as Quarto and pandoc read them, so a title may say
/// `"Gradient flow on $\mathbb{R}^n$"` and an abstract may have emphasis.
/// The plain strings stay in ``FrontMatter`` (for `<title>` and metadata).
///
/// ```swift
/// let notebook = try Notebook.parse(source: "---\ntitle: Flows on $\\mathbb{R}^n$\n---\n", path: "a.md")
/// notebook.titleBlock.title   // [.text("Flows on "), .math(MathSpan(tex: "\\mathbb{R}^n", …, line: 2, column: 18))]
/// ```
///
/// Formula positions are exact for plain and quoted one-line values; inside
/// block scalars (`|`, `>`) their columns are approximate.
public struct TitleBlock: Sendable, Equatable {
    public var title: [Inline]
    public var subtitle: [Inline]
    public var abstract: [Block]

    public init(title: [Inline] = [], subtitle: [Inline] = [], abstract: [Block] = []) {
        self.title = title
        self.subtitle = subtitle
        self.abstract = abstract
    }
}

extension TitleBlock {
    init(frontMatter: FrontMatter, positions: [String: MarkupPosition]) throws(NotebookError) {
        func blocks(_ text: String?, key: String) throws(NotebookError) -> [Block] {
            guard let text else { return [] }
            let position = positions[key] ?? MarkupPosition(line: 1, column: 1)
            let scan = try MathScanner(markdown: text, firstLine: position.line, firstColumn: position.column).scan()
            var builder = DocumentTreeBuilder(scan: scan, cellDefaults: CellOptions(), source: "")
            // A code fence in an abstract is shown, never run.
            return try builder.build(markdown: scan.markdown).map { block in
                guard case .cell(let cell) = block else { return block }
                return .code(CodeBlock(info: "swift", code: cell.code, line: cell.fenceLine))
            }
        }
        func inlines(_ text: String?, key: String) throws(NotebookError) -> [Inline] {
            try blocks(text, key: key).flatMap { block -> [Inline] in
                switch block {
                case .paragraph(let inlines): inlines
                case .heading(let heading): heading.content
                case .displayMath(let span): [.math(span)]
                case .html(let raw): [.html(raw)]
                default: []
                }
            }
        }
        self.init(title: try inlines(frontMatter.title, key: "title"),
                  subtitle: try inlines(frontMatter.subtitle, key: "subtitle"),
                  abstract: try blocks(frontMatter.abstract, key: "abstract"))
    }
}
