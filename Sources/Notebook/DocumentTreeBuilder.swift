import CCMark

/// Builds the notebook's ``Block`` tree by walking libcmark's AST with
/// `cmark_iter` (enter/exit events), putting the formulas the
/// ``MathScanner`` took out back in as ``Inline/math(_:)`` and
/// ``Block/displayMath(_:)`` nodes, and turning ```` ```swift ```` fences into cells.
struct DocumentTreeBuilder {
    var replacements: [MathScanner.Replacement]
    var originalLine: [Int]
    var sourceMap: SourceMap
    var cellDefaults: CellOptions
    /// Problems found while building (bad cell options, cells inside HTML blocks).
    var problems = ReadingProblems()
    /// The whole `.md` text; its lines are split only when a cell has options
    /// (for the columns of option errors).
    let source: String
    private lazy var sourceLines: [Substring] = source.split(separator: "\n", omittingEmptySubsequences: false)
    private(set) var cells: [Cell] = []

    init(scan: MathScanner.Output, cellDefaults: CellOptions, source: String) {
        replacements = scan.replacements
        originalLine = scan.originalLine
        sourceMap = scan.sourceMap
        self.cellDefaults = cellDefaults
        self.source = source
    }

    /// A builder for a body read in pieces (the Markdown between fenced divs):
    /// ``load(_:)`` each piece's scan before building it; cells are numbered across pieces.
    init(cellDefaults: CellOptions, source: String) {
        replacements = []
        originalLine = []
        sourceMap = SourceMap(runs: SourceMap.Runs(), outputLineStarts: [], scalarByteOffsets: [], lineOf: [], columnOf: [])
        self.cellDefaults = cellDefaults
        self.source = source
    }

    /// Takes the next piece's scan (its placeholders, lines and source map).
    mutating func load(_ scan: MathScanner.Output) {
        replacements = scan.replacements
        originalLine = scan.originalLine
        sourceMap = scan.sourceMap
    }

    /// One open container while walking: its kind and the children built so
    /// far, appended in place (no copying of the growing arrays).
    private struct Frame {
        enum Kind {
            case document, blockQuote, item, paragraph, emphasis, strong
            case list(ordered: Bool, start: Int, tight: Bool)
            case heading(level: Int, line: Int)
            case link(destination: String, title: String, position: SourcePosition)
            case image(source: String, title: String, position: SourcePosition)
        }
        var kind: Kind
        var blocks: [Block] = []
        var inlines: [Inline] = []
        var items: [[Block]] = []
        /// Where the pieces of joined text start in the `.md` file (for citations' positions).
        var starts: [ReferenceScanner.TextStart] = []

        init(_ kind: Kind) { self.kind = kind }

        /// Appends inline content, joining adjacent text (libcmark splits
        /// text at every `[`, `!`, …); `position` is where the first piece is written.
        mutating func append(_ new: [Inline], at position: SourcePosition? = nil) {
            for (n, inline) in new.enumerated() {
                if case .text(let b) = inline, case .text(let a)? = inlines.last {
                    if n == 0, let position {
                        starts.append(.init(inline: inlines.count - 1, offset: a.unicodeScalars.count, position: position))
                    }
                    inlines[inlines.count - 1] = .text(a + b)
                } else {
                    if n == 0, let position, case .text = inline {
                        starts.append(.init(inline: inlines.count, offset: 0, position: position))
                    }
                    inlines.append(inline)
                }
            }
        }

        /// The inlines with citations and cross-references found in their text.
        var referencedInlines: [Inline] { ReferenceScanner.scan(inlines, starts: starts) }
    }

    /// CommonMark with smart punctuation ("quotes", -- and ---), as a typeset
    /// handout wants. Raw HTML is kept in the tree; the report decides.
    static let options = CMARK_OPT_SMART | CMARK_OPT_UNSAFE

    /// How deep blocks and inlines may nest (quotes in lists in emphasis …).
    static let maximumNesting = 256

    mutating func build(markdown: String) throws(NotebookError) -> [Block] {
        let bytes = Array(markdown.utf8)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, Self.options)
                }
            } ?? cmark_parse_document("", 0, Self.options)
        }
        guard let root = parsed else {
            throw NotebookError(line: 1, column: 1, kind: .markdownParserFailed)
        }
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else {
            throw NotebookError(line: 1, column: 1, kind: .markdownParserFailed)
        }
        defer { cmark_iter_free(iterator) }

        var stack: [Frame] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                if let kind = frameKind(node) {
                    // Deeper trees than any document needs would overflow the
                    // stack of everything that walks them recursively.
                    guard stack.count < Self.maximumNesting else {
                        throw NotebookError(line: line(of: node), column: max(1, Int(cmark_node_get_start_column(node))),
                                            kind: .nestingTooDeep(limit: Self.maximumNesting))
                    }
                    stack.append(Frame(kind))
                } else {
                    try addLeaf(node, to: &stack)
                }
            } else if event == CMARK_EVENT_EXIT, let frame = stack.popLast() {
                if case .document = frame.kind { return frame.blocks }
                close(frame, into: &stack)
            }
        }
        return []
    }

    // MARK: Containers

    private func frameKind(_ node: OpaquePointer) -> Frame.Kind? {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)),
                         tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), line: line(of: node))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: verbatim(cmark_node_get_url(node)), title: verbatim(cmark_node_get_title(node)),
                         position: linkPosition(node, opener: 1))
        case CMARK_NODE_IMAGE:
            return .image(source: verbatim(cmark_node_get_url(node)), title: verbatim(cmark_node_get_title(node)),
                          position: linkPosition(node, opener: 2))
        default: return nil
        }
    }

    private func close(_ frame: Frame, into stack: inout [Frame]) {
        switch frame.kind {
        case .document: break
        case .blockQuote: add([.blockQuote(frame.blocks)], to: &stack)
        case let .list(ordered, start, tight):
            add([.list(ListBlock(ordered: ordered, start: start, tight: tight, items: frame.items))], to: &stack)
        case .item:
            if !stack.isEmpty, case .list = stack[stack.count - 1].kind {
                stack[stack.count - 1].items.append(frame.blocks)
            }
        case .paragraph: add(Self.splitDisplayMath(frame.referencedInlines), to: &stack)
        case let .heading(level, line):
            var frame = frame
            let label = Self.takeAttributes(from: &frame.inlines)
            var heading = Heading(level: level, content: frame.referencedInlines, anchor: "", line: line)
            heading.label = label
            add([.heading(heading)], to: &stack)
        case .emphasis: add([.emphasis(frame.referencedInlines)], to: &stack)
        case .strong: add([.strong(frame.referencedInlines)], to: &stack)
        case let .link(destination, title, position):
            add([.link(destination: destination, title: title, content: frame.inlines, position: position)], to: &stack)
        case let .image(source, title, position):
            add([.image(source: source, title: title, alt: frame.inlines, position: position)], to: &stack)
        }
    }

    private func add(_ blocks: [Block], to stack: inout [Frame]) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].blocks.append(contentsOf: blocks)
    }

    private func add(_ inlines: [Inline], to stack: inout [Frame]) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].append(inlines)
    }

    // MARK: Leaves

    private mutating func addLeaf(_ node: OpaquePointer, to stack: inout [Frame]) throws(NotebookError) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT:
            // Each piece of text between formulas gets its own `.md` position (for citations' warnings).
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            guard !stack.isEmpty else { break }
            for (inline, byteOffset) in restoreWithOffsets(literal(node)) {
                stack[stack.count - 1].append([inline], at: sourceMap.position(line: line, column: column + byteOffset))
            }
        case CMARK_NODE_SOFTBREAK: add([Inline.softBreak], to: &stack)
        case CMARK_NODE_LINEBREAK: add([Inline.lineBreak], to: &stack)
        case CMARK_NODE_CODE: add([Inline.code(verbatim(cmark_node_get_literal(node)))], to: &stack)
        case CMARK_NODE_HTML_INLINE: add([Inline.html(verbatim(cmark_node_get_literal(node)))], to: &stack)
        case CMARK_NODE_HTML_BLOCK:
            let html = verbatim(cmark_node_get_literal(node))
            warnAboutCells(inHTML: html, startingAt: Int(cmark_node_get_start_line(node)))
            add([Block.html(html)], to: &stack)
        case CMARK_NODE_THEMATIC_BREAK: add([Block.thematicBreak], to: &stack)
        case CMARK_NODE_CODE_BLOCK:
            let info = verbatim(cmark_node_get_fence_info(node)).trimmingWhitespace
            let code = verbatim(cmark_node_get_literal(node))
            let fenceLine = line(of: node)
            let language = String(info.prefix { !$0.isWhitespace })
            if language == "swift" || language == "{swift}" {
                let hasOptions = code.drop { $0 == " " || $0 == "\t" }.hasPrefix("//|")
                let (options, optionLines) = CellOptions.parse(
                    code: code, line: fenceLine + 1, defaults: cellDefaults,
                    sourceLines: hasOptions ? sourceLines : [], problems: &problems)
                var cell = Cell(index: cells.count, code: code, options: options, line: fenceLine + 1,
                                fenceLine: fenceLine, optionLineCount: optionLines)
                cell.caption = MarkdownFragment.inlines(options.figCap, at: captionPosition(in: code, firstLine: fenceLine + 1),
                                                        problems: &problems)
                cells.append(cell)
                add([Block.cell(cell)], to: &stack)
            } else {
                add([Block.code(CodeBlock(info: info, code: code, line: fenceLine))], to: &stack)
            }
        default: break
        }
    }

    /// Where a link or image starts in the `.md` file. libcmark's own start
    /// column is wrong for autolinks, so it is taken from the first child
    /// (the text after `[`, `![` or `<`) when there is one.
    private func linkPosition(_ node: OpaquePointer, opener: Int) -> SourcePosition {
        if let child = cmark_node_first_child(node), cmark_node_get_start_line(child) > 0 {
            let childPosition = sourceMap.position(line: Int(cmark_node_get_start_line(child)),
                                                   column: Int(cmark_node_get_start_column(child)))
            return SourcePosition(line: childPosition.line, column: max(1, childPosition.column - opener))
        }
        return sourceMap.position(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    /// CommonMark reads everything up to a blank line after `<div>` (or up to
    /// `-->` after `<!--`) as raw HTML, so a ```` ```swift ```` fence there is
    /// no cell and would silently not run: each such fence is a warning.
    private mutating func warnAboutCells(inHTML html: String, startingAt processedLine: Int) {
        guard html.contains("swift") else { return }
        let htmlLine = line(ofProcessed: processedLine)
        for (offset, text) in html.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where offset > 0 {
            let indent = text.prefix { $0 == " " }.count
            let rest = text.dropFirst(indent)
            guard indent < 4, let mark = rest.first, mark == "`" || mark == "~" else { continue }
            let run = rest.prefix { $0 == mark }
            guard run.count >= 3 else { continue }
            let info = rest.dropFirst(run.count).drop { $0 == " " || $0 == "\t" }
            let language = info.prefix { !$0.isWhitespace }
            if language == "swift" || language == "{swift}" {
                problems.warn(line: line(ofProcessed: processedLine + offset), column: indent + 1,
                              .cellInsideHTMLBlock(htmlLine: htmlLine))
            }
        }
    }

    /// Where a cell's `//| fig-cap:` text starts in the `.md` file (columns
    /// are counted in the fence's code, so they are off by the indentation of
    /// a fence inside a list item).
    private func captionPosition(in code: String, firstLine: Int) -> MarkupPosition {
        for (offset, text) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard String(text).trimmingWhitespace.hasPrefix("//|") else { break }
            guard let key = text.range(of: "fig-cap:") else { continue }
            let value = text[key.upperBound...].firstIndex { $0 != " " && $0 != "\t" } ?? text.endIndex
            return MarkupPosition(line: firstLine + offset, column: text[..<value].unicodeScalars.count + 1)
        }
        return MarkupPosition(line: firstLine, column: 1)
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The `.md` line of a node.
    private func line(of node: OpaquePointer) -> Int {
        line(ofProcessed: Int(cmark_node_get_start_line(node)))
    }

    /// The `.md` line of a line of the Markdown libcmark read.
    private func line(ofProcessed processed: Int) -> Int {
        guard processed >= 1 else { return originalLine.first ?? 1 }
        return processed <= originalLine.count ? originalLine[processed - 1] : (originalLine.last ?? 1)
    }

    // MARK: Placeholders

    /// ``restore(_:)`` with the UTF-8 offset in `text` where each inline starts.
    private func restoreWithOffsets(_ text: String) -> [(Inline, Int)] {
        guard text.unicodeScalars.contains(where: MathScanner.isPlaceholder) else { return [(.text(text), 0)] }
        var result: [(Inline, Int)] = []
        var offset = 0
        for inline in restore(text) {
            result.append((inline, offset))
            switch inline {
            case .math: offset += 4  // one placeholder scalar, four bytes
            case .text(let piece):
                // Literal placeholders put back as their text count as the one scalar they were.
                offset += piece.utf8.count
            default: break
            }
        }
        return result
    }

    /// Text with its formulas put back as math nodes.
    private func restore(_ text: String) -> [Inline] {
        var result: [Inline] = []
        var pending = String.UnicodeScalarView()
        func flush() {
            if !pending.isEmpty { result.append(.text(String(pending))); pending = String.UnicodeScalarView() }
        }
        for scalar in text.unicodeScalars {
            guard MathScanner.isPlaceholder(scalar), let replacement = replacement(scalar) else {
                pending.append(scalar)
                continue
            }
            switch replacement {
            case .literal(let original): pending.append(contentsOf: original.unicodeScalars)
            case .math(let span):
                flush()
                result.append(.math(span))
            }
        }
        flush()
        return result
    }

    /// Text where math cannot be typeset (code, URLs, raw HTML): formulas are
    /// put back as they were written.
    private func verbatim(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        let text = String(cString: pointer)
        guard text.unicodeScalars.contains(where: MathScanner.isPlaceholder) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch MathScanner.isPlaceholder(scalar) ? replacement(scalar) : nil {
            case .literal(let original)?: result.append(contentsOf: original.unicodeScalars)
            case .math(let span)?: result.append(contentsOf: span.sourceText.unicodeScalars)
            case nil: result.append(scalar)
            }
        }
        return String(result)
    }

    private func replacement(_ scalar: Unicode.Scalar) -> MathScanner.Replacement? {
        let index = MathScanner.placeholderIndex(scalar)
        return index < replacements.count ? replacements[index] : nil
    }

    /// A paragraph with display math becomes paragraph, display math,
    /// paragraph, as TeX sets it; the breaks around the formula go.
    static func splitDisplayMath(_ inlines: [Inline]) -> [Block] {
        var blocks: [Block] = []
        var current: [Inline] = []
        func flush() {
            let trimmed = trimBreaks(current)
            if !trimmed.isEmpty { blocks.append(.paragraph(trimmed)) }
            current = []
        }
        var labelNext = false
        for inline in inlines {
            if case .math(let span) = inline, span.isDisplay {
                flush()
                blocks.append(.displayMath(span))
                labelNext = true
                continue
            }
            // `$$ … $$ {#eq-label}`: the label names the formula just closed.
            if labelNext, case .text(let text) = inline, let (label, rest) = equationLabel(text),
               case .displayMath(var span)? = blocks.last {
                span.label = label
                blocks[blocks.count - 1] = .displayMath(span)
                if !rest.isEmpty { current.append(.text(rest)) }
            } else {
                current.append(inline)
            }
            labelNext = false
        }
        flush()
        return blocks
    }

    /// `{#eq-label}` (after spaces) at the start of `text`: the label and the text after it.
    private static func equationLabel(_ text: String) -> (String, String)? {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("{#"), let close = trimmed.firstIndex(of: "}") else { return nil }
        let label = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close]
        guard !label.isEmpty, !label.contains(where: { $0.isWhitespace }) else { return nil }
        return (String(label), String(trimmed[trimmed.index(after: close)...]))
    }

    /// Pandoc's `# Heading {#id .class}`: the id (classes and values are dropped)
    /// and the heading's text without the braces.
    static func takeAttributes(from inlines: inout [Inline]) -> String? {
        guard case .text(let text)? = inlines.last else { return nil }
        let trimmed = text.droppingTrailingWhitespace
        guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{") else { return nil }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let words = inside.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first, first.hasPrefix("#"), first.count > 1,
              words.dropFirst().allSatisfy({ $0.hasPrefix(".") || $0.contains("=") }) else { return nil }
        let before = String(trimmed[..<open].droppingTrailingWhitespace)
        if before.isEmpty { inlines.removeLast() } else { inlines[inlines.count - 1] = .text(before) }
        return String(first.dropFirst())
    }

    private static func trimBreaks(_ inlines: [Inline]) -> [Inline] {
        var result = inlines
        func isBlank(_ inline: Inline) -> Bool {
            switch inline {
            case .softBreak, .lineBreak: true
            case .text(let text): text.allSatisfy(\.isWhitespace)
            default: false
            }
        }
        while let first = result.first, isBlank(first) { result.removeFirst() }
        while let last = result.last, isBlank(last) { result.removeLast() }
        if case .text(let text)? = result.first {
            result[0] = .text(String(text.drop(while: \.isWhitespace)))
        }
        if case .text(let text)? = result.last {
            result[result.count - 1] = .text(String(text.droppingTrailingWhitespace))
        }
        return result
    }
}

extension StringProtocol {
    /// Without trailing whitespace, found from the end (a reversed copy of a 10 MB line took seconds).
    var droppingTrailingWhitespace: SubSequence {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard self[previous].isWhitespace else { break }
            end = previous
        }
        return self[..<end]
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).droppingTrailingWhitespace)
    }
}
