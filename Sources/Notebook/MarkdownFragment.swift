/// A piece of Markdown with math that lives outside the document body — a
/// front-matter title or abstract, a figure caption — read with the same
/// rules as the body, its formulas positioned where the text sits in the
/// `.md` file.
///
/// ```swift
/// try MarkdownFragment.inlines("Loss of $f(U, V)$", at: MarkupPosition(line: 7, column: 14))
/// // [.text("Loss of "), .math(MathSpan(tex: "f(U, V)", …, line: 7, column: 22))]
/// ```
enum MarkdownFragment {
    static func blocks(_ text: String?, at position: MarkupPosition, problems: inout ReadingProblems) -> [Block] {
        guard let text else { return [] }
        let scan = MathScanner(markdown: text, firstLine: position.line, firstColumn: position.column).scan()
        problems.errors += scan.errors
        problems.warnings += scan.warnings
        var builder = DocumentTreeBuilder(scan: scan, cellDefaults: CellOptions(), source: "")
        let blocks: [Block]
        do {
            blocks = try builder.build(markdown: scan.markdown)
        } catch {
            problems.add(error)
            return []
        }
        problems.errors += builder.problems.errors
        problems.warnings += builder.problems.warnings
        // A code fence in a fragment is shown, never run.
        return blocks.map { block in
            guard case .cell(let cell) = block else { return block }
            return .code(CodeBlock(info: "swift", code: cell.code, line: cell.fenceLine))
        }
    }

    /// The fragment's inline content: paragraphs run together, block structure dropped.
    static func inlines(_ text: String?, at position: MarkupPosition, problems: inout ReadingProblems) -> [Inline] {
        blocks(text, at: position, problems: &problems).flatMap { block -> [Inline] in
            switch block {
            case .paragraph(let inlines): inlines
            case .heading(let heading): heading.content
            case .displayMath(let span): [.math(span)]
            case .html(let raw): [.html(raw)]
            default: []
            }
        }
    }
}
