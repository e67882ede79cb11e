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

    /// Title, subtitle and abstract as blocks, for the walks that find citations
    /// and cross-references (a citation in the abstract is cited like one in the body).
    public var asBlocks: [Block] {
        [.paragraph(title), .paragraph(subtitle)] + abstract
    }
}

extension TitleBlock {
    init(frontMatter: FrontMatter, positions: [String: MarkupPosition], problems: inout ReadingProblems) {
        func at(_ key: String) -> MarkupPosition { positions[key] ?? MarkupPosition(line: 1, column: 1) }
        self.init(title: MarkdownFragment.inlines(frontMatter.title, at: at("title"), problems: &problems),
                  subtitle: MarkdownFragment.inlines(frontMatter.subtitle, at: at("subtitle"), problems: &problems),
                  abstract: MarkdownFragment.blocks(frontMatter.abstract, at: at("abstract"), problems: &problems))
    }
}
