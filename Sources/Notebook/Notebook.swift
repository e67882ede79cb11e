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
    /// The whole `.md` file, its line ends normalized to `\n` (CRLF and CR
    /// files read the same) and a leading byte-order mark dropped: every
    /// line and column of a diagnostic counts in this text.
    public var source: String
    public var frontMatter: FrontMatter
    /// The front matter's title, subtitle and abstract as Markdown with math.
    public var titleBlock: TitleBlock
    /// The document tree, in reading order.
    public var blocks: [Block]
    /// The cells, in order (``Cell/index`` is the position here). They also
    /// appear in ``blocks`` as ``Block/cell(_:)`` where they stand.
    public var cells: [Cell]
    /// What makes the notebook unreadable, every problem in `.md` order: a
    /// notebook with errors is not run.
    public var errors: [NotebookError] = []
    /// What is wrong but does not stop it (ignored keys, dropped characters), in `.md` order.
    public var warnings: [NotebookWarning] = []
    /// The numbered targets of `@label` references (figures, equations, sections, theorems).
    public var crossReferences = CrossReferences()
    /// The works the notebook can cite (`references:` and the `bibliography:` file).
    public var bibliography = Bibliography()

    public init(path: String, source: String, frontMatter: FrontMatter, titleBlock: TitleBlock = TitleBlock(),
                blocks: [Block], cells: [Cell]) {
        self.path = path
        self.source = source
        self.frontMatter = frontMatter
        self.titleBlock = titleBlock
        self.blocks = blocks
        self.cells = cells
    }

    /// Reads a notebook, collecting every problem instead of stopping at the
    /// first (``errors`` and ``warnings``).
    ///
    /// Steps: line ends normalized, the YAML front matter (Yams, within
    /// ``YAMLLimits``), math found and set aside (``MathSpan``, DESIGN §2's
    /// rules), the rest parsed by libcmark and walked into ``Block``s,
    /// ```` ```swift ```` fences read as ``Cell``s with their `//|` options,
    /// then unique anchors given to headings.
    ///
    /// Errors: bad YAML or a front-matter value of the wrong kind, an unclosed
    /// code fence, a bad cell option, a repeated cell label. An unclosed `$`
    /// or `\[` is not an error: like pandoc, it stays prose.
    public static func read(source: String, path: String) -> Notebook {
        read(source: source, path: path, files: .beside(path))
    }

    /// Reads a notebook whose named files (its bibliography, the notebooks it refers to) come
    /// from `files`.
    public static func read(source: String, path: String, files: NotebookFolder) -> Notebook {
        read(source: source, path: path, files: files, resolvingOtherNotebooks: true)
    }

    /// `resolvingOtherNotebooks`: whether `@name#label` is looked up in `name.md` beside this
    /// notebook (one level: the notebooks read for it do not read others in turn).
    static func read(source: String, path: String, files: NotebookFolder, resolvingOtherNotebooks: Bool) -> Notebook {
        let normalized = normalize(source)
        var problems = ReadingProblems()
        let (frontMatter, body, bodyLine, markupPositions) = FrontMatter.split(normalized, problems: &problems)
        let titleBlock = TitleBlock(frontMatter: frontMatter, positions: markupPositions, problems: &problems)
        let segments = FencedDivScanner.split(body, firstLine: bodyLine, problems: &problems)
        var builder = DocumentTreeBuilder(cellDefaults: frontMatter.cellDefaults, source: normalized)
        let tree = DivTreeBuilder.blocks(segments, builder: &builder, problems: &problems)
        problems.errors += builder.problems.errors
        problems.warnings += builder.problems.warnings
        let cells = builder.cells

        var labels: [String: Int] = [:]
        for cell in cells {
            guard let label = cell.options.label else { continue }
            if let first = labels[label] {
                let column = column(ofLabelIn: cell, source: normalized)
                problems.add(NotebookError(line: column.line, column: column.column,
                                           kind: .duplicateCellLabel(label: label, firstLine: first)))
                continue
            }
            labels[label] = cell.line
        }
        var anchors = HeadingAnchors(reserved: Set(labels.keys).union(Self.explicitIDs(in: tree)))
        let blocks = tree.map { assignAnchors($0, &anchors) }
        var crossReferences = CrossReferences.collect(blocks, problems: &problems)
        var missingNotebooks: Set<String> = []
        if resolvingOtherNotebooks {
            missingNotebooks = Self.resolveOtherNotebooks((titleBlock.asBlocks + blocks).crossReferenceUses.map(\.0),
                                                          into: &crossReferences, files: files)
        }
        for (label, position) in (titleBlock.asBlocks + blocks).crossReferenceUses where crossReferences[label] == nil {
            if let (document, _) = CrossReferences.external(label), missingNotebooks.contains(document) {
                problems.warn(line: position.line, column: position.column, .unknownNotebook(label: label, file: document + ".md"))
            } else {
                problems.warn(line: position.line, column: position.column, .unknownCrossReference(label: label))
            }
        }
        var notebook = Notebook(path: path, source: normalized, frontMatter: frontMatter, titleBlock: titleBlock,
                                blocks: blocks, cells: cells)
        notebook.crossReferences = crossReferences
        notebook.bibliography = Self.bibliography(frontMatter, files: files, problems: &problems)
        Self.checkCitations(titleBlock.asBlocks + blocks, bibliography: notebook.bibliography, problems: &problems)
        notebook.errors = problems.errors.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        notebook.warnings = problems.warnings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return notebook
    }

    /// Adds the targets of `@name#label` references: each other notebook is read once from
    /// `files` (confined to the folder, as a bibliography is) and its own labels looked up; a
    /// notebook that cannot be read leaves its references unknown (a warning where they stand).
    /// Returns the names of the notebooks that could not be read.
    private static func resolveOtherNotebooks(_ labels: [String], into table: inout CrossReferences,
                                              files: NotebookFolder) -> Set<String> {
        var others: [String: CrossReferences?] = [:]
        for label in labels {
            guard table[label] == nil, let (document, local) = CrossReferences.external(label) else { continue }
            if others[document] == nil {
                others[document] = switch files.read(document + ".md") {
                case .success(let text):
                    .some(read(source: text, path: document + ".md", files: files, resolvingOtherNotebooks: false).crossReferences)
                case .failure: .some(nil)
                }
            }
            guard let other = others[document] ?? nil, var target = other[local] else { continue }
            target.document = document
            table.targets[label] = target
        }
        return Set(others.filter { $0.value == nil }.keys)
    }

    /// `references:` then the entries of the `bibliography:` file.
    private static func bibliography(_ frontMatter: FrontMatter, files: NotebookFolder,
                                     problems: inout ReadingProblems) -> Bibliography {
        var entries = frontMatter.references
        if let name = frontMatter.bibliography {
            let at = frontMatter.bibliographyPosition
            switch files.read(name) {
            case .failure(let problem):
                problems.warn(line: at.line, column: at.column, .bibliographyFile(name: name, problem: problem))
            case .success(let text):
                let read = BibTeXReader.read(text)
                entries += read.entries
                for problem in read.problems {
                    problems.warn(line: at.line, column: at.column, .bibliographySyntax(name: name, problem: problem))
                }
            }
        }
        return Bibliography(entries: entries)
    }

    /// Unknown keys warn where they are cited. Without any bibliography a bracketed
    /// citation warns once and `@word` in text stays text (as before citations existed).
    private static func checkCitations(_ blocks: [Block], bibliography: Bibliography, problems: inout ReadingProblems) {
        let citations = blocks.citations
        if bibliography.isEmpty {
            if let first = citations.first(where: { !$0.narrative }), let item = first.items.first {
                problems.warn(line: item.position.line, column: item.position.column, .noBibliography)
            }
            return
        }
        for item in citations.flatMap(\.items) where bibliography[item.key] == nil {
            problems.warn(line: item.position.line, column: item.position.column, .unknownCitation(key: item.key))
        }
    }

    /// Reads a notebook that must be free of errors.
    ///
    /// - Throws: the first of ``read(source:path:)``'s errors, in `.md` order.
    public static func parse(source: String, path: String) throws(NotebookError) -> Notebook {
        let notebook = read(source: source, path: path)
        if let first = notebook.errors.first { throw first }
        return notebook
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
                case .div(let div): collect(div.children)
                default: break
                }
            }
        }
        collect(blocks)
        return result
    }

    /// Line ends to `\n` (CRLF and a lone CR alike) and a leading byte-order
    /// mark dropped, once, on reading.
    static func normalize(_ source: String) -> String {
        var source = source
        if source.unicodeScalars.first == "\u{FEFF}" { source.unicodeScalars.removeFirst() }
        return source.utf8.contains(UInt8(ascii: "\r")) ? normalizeLineEnds(source) : source
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
            heading.anchor = heading.label ?? anchors.anchor(for: heading.content.plainText)
            return .heading(heading)
        case .blockQuote(let children):
            return .blockQuote(children.map { assignAnchors($0, &anchors) })
        case .list(var list):
            list.items = list.items.map { $0.map { assignAnchors($0, &anchors) } }
            return .list(list)
        case .div(var div):
            div.children = div.children.map { assignAnchors($0, &anchors) }
            return .div(div)
        default:
            return block
        }
    }

    /// The ids written in the notebook (fenced divs', headings' `{#id}`, equations'
    /// labels), reserved so that no generated heading anchor takes one.
    private static func explicitIDs(in blocks: [Block]) -> Set<String> {
        var ids = Set<String>()
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .div(let div):
                    if let id = div.attributes.id { ids.insert(id) }
                    walk(div.children)
                case .heading(let heading):
                    if let label = heading.label { ids.insert(label) }
                case .displayMath(let span):
                    if let label = span.label { ids.insert(label) }
                case .blockQuote(let children): walk(children)
                case .list(let list): list.items.forEach(walk)
                default: break
                }
            }
        }
        walk(blocks)
        return ids
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
