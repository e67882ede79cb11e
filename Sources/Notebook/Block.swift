/// The notebook's document tree: CommonMark's blocks and inlines (as libcmark
/// parses them), plus math and cells, which nb finds itself. The Report module
/// walks this tree; it never sees Markdown or libcmark.
///
/// ```swift
/// let notebook = try Notebook.parse(source: "# Loss\n\nWe minimise $f(x)$.", path: "a.md")
/// // notebook.blocks == [
/// //   .heading(Heading(level: 1, content: [.text("Loss")], anchor: "loss", line: 1)),
/// //   .paragraph([.text("We minimise "), .math(MathSpan(tex: "f(x)", …)), .text(".")]),
/// // ]
/// ```
public indirect enum Block: Sendable, Equatable {
    case heading(Heading)
    case paragraph([Inline])
    case list(ListBlock)
    case blockQuote([Block])
    /// A fenced or indented code block that is not a cell: shown, never run.
    case code(CodeBlock)
    case thematicBreak
    /// Display math (`$$…$$`, `\[…\]`, `\begin{align*}…\end{align*}`); a
    /// paragraph containing display math is split around it, as TeX does.
    case displayMath(MathSpan)
    /// Raw HTML as written. Kept as data; the report leaves it out unless the
    /// reader asked for unsafe HTML.
    case html(String)
    /// A ```` ```swift ```` fence: a cell that runs.
    case cell(Cell)
    /// A fenced div (`::: {#id .class}` … `:::`): callouts, theorem-like
    /// blocks, proofs, speaker notes, or any div with attributes.
    case div(Div)
}

/// Inline content of paragraphs, headings, links and list items.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    /// A line break inside a paragraph that is not a hard break (shown as a space).
    case softBreak
    /// A hard line break (two trailing spaces or a backslash at the end of a line).
    case lineBreak
    /// A code span; its text is verbatim (math delimiters inside are not math).
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    /// A link (inline, reference or autolink); `position` is where it starts in the `.md` file.
    case link(destination: String, title: String, content: [Inline], position: SourcePosition)
    case image(source: String, title: String, alt: [Inline], position: SourcePosition)
    case math(MathSpan)
    /// Raw inline HTML as written, kept as data (see ``Block/html(_:)``).
    case html(String)
    /// `@fig-…`, `@eq-…`, `@thm-…`, `@sec-…`: a reference to a numbered target
    /// (``CrossReferences``), resolved when rendered.
    case crossReference(label: String, position: SourcePosition)
    /// `[@key]`, `[@a; @b, p. 4]` or `@key` in text: a citation of the bibliography.
    case citation(Citation)
}

/// A place in the `.md` file: 1-based line and column, columns counted in
/// Unicode scalars (as the Swift compiler and libyaml count them).
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A heading with its anchor.
public struct Heading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    public var content: [Inline]
    /// A GitHub-style slug of the heading's text, unique in the notebook
    /// (`"Loss function"` → `loss-function`; a second one → `loss-function-1`).
    public var anchor: String
    /// 1-based line in the `.md` file.
    public var line: Int
    /// The `{#id}` written after the heading's text (pandoc's attribute form):
    /// it becomes the anchor, and a `sec-…` id can be referred to with `@sec-…`.
    public var label: String?

    public init(level: Int, content: [Inline], anchor: String, line: Int) {
        self.level = level
        self.content = content
        self.anchor = anchor
        self.line = line
    }
}

/// A bullet or ordered list.
public struct ListBlock: Sendable, Equatable {
    /// Whether it is numbered; `start` is its first number.
    public var ordered: Bool
    public var start: Int
    /// A tight list has no blank lines between items (its paragraphs are not
    /// wrapped in `<p>`).
    public var tight: Bool
    public var items: [[Block]]

    public init(ordered: Bool, start: Int, tight: Bool, items: [[Block]]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}

/// A code block that is shown and not run.
public struct CodeBlock: Sendable, Equatable {
    /// The info string after the fence (`python`, `text`, …), empty if none.
    public var info: String
    /// The code, ending with a line break as libcmark gives it.
    public var code: String
    /// 1-based line in the `.md` file of the block's first line (the fence).
    public var line: Int

    public init(info: String, code: String, line: Int) {
        self.info = info
        self.code = code
        self.line = line
    }

    /// The first word of the info string, the language (`"swift"` for ```` ```swift title ````).
    public var language: String {
        String(info.prefix { !$0.isWhitespace })
    }
}
