/// Turns ``FencedDivScanner``'s segments into blocks: each stretch of
/// Markdown is math-scanned and parsed by libcmark on its own (through one
/// ``DocumentTreeBuilder``, so cells are numbered across stretches), each div
/// becomes ``Block/div(_:)`` with its kind and title.
enum DivTreeBuilder {
    static func blocks(_ segments: [FencedDivScanner.Segment], builder: inout DocumentTreeBuilder,
                       problems: inout ReadingProblems) -> [Block] {
        var blocks: [Block] = []
        for segment in segments {
            switch segment {
            case let .markdown(firstLine, text):
                let scan = MathScanner(markdown: text, firstLine: firstLine).scan()
                problems.errors += scan.errors
                problems.warnings += scan.warnings
                builder.load(scan)
                do {
                    blocks += try builder.build(markdown: scan.markdown)
                } catch {
                    problems.add(error)
                }
            case let .div(opening, children):
                blocks.append(.div(div(opening, children: Self.blocks(children, builder: &builder, problems: &problems),
                                       problems: &problems)))
            }
        }
        return blocks
    }

    /// The div with its kind and title: `title=` (or `name=`) read as Markdown
    /// with math, else a heading standing first in a callout, theorem or proof.
    static func div(_ opening: FencedDivScanner.Opening, children: [Block], problems: inout ReadingProblems) -> Div {
        let kind = DivKind(opening.attributes)
        for name in opening.attributes.classes where name.hasPrefix("callout-") && CalloutKind(className: name) == nil {
            problems.warn(line: opening.position.line, column: opening.position.column,
                          .unknownCallout(className: name, known: CalloutKind.allCases.map { "callout-\($0.rawValue)" }))
        }
        var children = children
        var title: [Inline] = []
        if let attribute = opening.attributes.values.first(where: { $0.key == "title" || $0.key == "name" }) {
            title = MarkdownFragment.inlines(attribute.value, at: MarkupPosition(line: attribute.position.line,
                                                                                 column: attribute.position.column),
                                             problems: &problems)
        } else if kind.takesHeadingTitle, case .heading(let heading)? = children.first {
            title = heading.content
            children.removeFirst()
        }
        return Div(attributes: opening.attributes, kind: kind, title: title, children: children, position: opening.position)
    }
}
