/// A Markdown notebook, read: its front matter, its document tree (prose,
/// math, code) and its cells in order. Knows nothing of running cells.
///
/// ```swift
/// let notebook = try Notebook.parse(source: """
///     ---
///     title: Gradient flow
///     ---
///     # Balance
///
///     The quantity $W_1 W_1^T - W_2^T W_2$ is conserved.
///
///     ```swift
///     //| label: balance
///     let W = randn(3, 3)
///     ```
///     """, path: "session1.md")
/// notebook.frontMatter.title        // "Gradient flow"
/// notebook.cells[0].options.label   // "balance"
/// notebook.cells[0].line            // 9: the .md line of `//| label: balance`
/// ```
public struct Notebook: Sendable, Equatable {
    /// The path as the user gave it, for diagnostics (`path:line:column`).
    public var path: String
    /// The whole `.md` file as read.
    public var source: String
    public var frontMatter: FrontMatter
    /// The front matter's title, subtitle and abstract as Markdown with math.
    public var titleBlock: TitleBlock
    /// The document tree, in reading order.
    public var blocks: [Block]
    /// The cells, in order (``Cell/index`` is the position here). They also
    /// appear in ``blocks`` as ``Block/cell(_:)`` where they stand.
    public var cells: [Cell]

    public init(path: String, source: String, frontMatter: FrontMatter, titleBlock: TitleBlock = TitleBlock(),
                blocks: [Block], cells: [Cell]) {
        self.path = path
        self.source = source
        self.frontMatter = frontMatter
        self.titleBlock = titleBlock
        self.blocks = blocks
        self.cells = cells
    }

    /// Reads a notebook.
    ///
    /// Steps: the YAML front matter (Yams), math found and set aside
    /// (``MathSpan``, DESIGN §2's rules), the rest parsed by libcmark and
    /// walked into ``Block``s, ```` ```swift ```` fences read as ``Cell``s with
    /// their `//|` options, then unique anchors given to headings.
    ///
    /// - Throws: ``NotebookError`` at the first problem: bad YAML or a
    ///   front-matter value of the wrong kind, an unclosed code fence, a bad
    ///   or unknown cell option, a repeated cell label. An unclosed `$` or
    ///   `\[` is not an error: like pandoc, it stays prose.
    public static func parse(source: String, path: String) throws(NotebookError) -> Notebook {
        let normalized = source.utf8.contains(UInt8(ascii: "\r")) ? normalizeLineEnds(source) : source
        let (frontMatter, body, bodyLine, markupPositions) = try FrontMatter.split(normalized)
        let titleBlock = try TitleBlock(frontMatter: frontMatter, positions: markupPositions)
        let scan = try MathScanner(markdown: String(body), firstLine: bodyLine).scan()
        var builder = DocumentTreeBuilder(scan: scan, cellDefaults: frontMatter.cellDefaults, source: normalized)
        let tree = try builder.build(markdown: scan.markdown)
        let cells = builder.cells

        var labels: [String: Int] = [:]
        for cell in cells {
            guard let label = cell.options.label else { continue }
            if let first = labels[label] {
                let column = column(ofLabelIn: cell, source: normalized)
                throw NotebookError(line: column.line, column: column.column,
                                    kind: .duplicateCellLabel(label: label, firstLine: first))
            }
            labels[label] = cell.line
        }
        var anchors = HeadingAnchors(reserved: Set(labels.keys))
        let blocks = tree.map { assignAnchors($0, &anchors) }
        return Notebook(path: path, source: source, frontMatter: frontMatter, titleBlock: titleBlock,
                        blocks: blocks, cells: cells)
    }

    /// The headings in document order, with their anchors (for a table of contents).
    public var headings: [Heading] {
        var result: [Heading] = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading): result.append(heading)
                case .blockQuote(let children): collect(children)
                case .list(let list): list.items.forEach(collect)
                default: break
                }
            }
        }
        collect(blocks)
        return result
    }

    private static func normalizeLineEnds(_ source: String) -> String {
        var result = String.UnicodeScalarView()
        var previousCR = false
        for scalar in source.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousCR = true
            } else {
                if !(scalar == "\n" && previousCR) { result.append(scalar) }
                previousCR = false
            }
        }
        return String(result)
    }

    private static func assignAnchors(_ block: Block, _ anchors: inout HeadingAnchors) -> Block {
        switch block {
        case .heading(var heading):
            heading.anchor = anchors.anchor(for: heading.content.plainText)
            return .heading(heading)
        case .blockQuote(let children):
            return .blockQuote(children.map { assignAnchors($0, &anchors) })
        case .list(var list):
            list.items = list.items.map { $0.map { assignAnchors($0, &anchors) } }
            return .list(list)
        default:
            return block
        }
    }

    /// Where the `label:` option of `cell` is written, for the duplicate-label error.
    private static func column(ofLabelIn cell: Cell, source: String) -> (line: Int, column: Int) {
        let lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, text) in lines.prefix(cell.optionLineCount).enumerated() {
            let scalars = Array(text.unicodeScalars)
            let label = Array("label".unicodeScalars)
            if let start = scalars.indices.first(where: {
                $0 + label.count <= scalars.count && Array(scalars[$0..<($0 + label.count)]) == label
            }) {
                return (cell.line + offset, start + 1)
            }
        }
        return (cell.line, 1)
    }
}
