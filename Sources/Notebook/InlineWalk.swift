extension [Block] {
    /// Every `@label` cross-reference in the blocks (titles of divs and figure
    /// captions included), with where it is written, in reading order.
    var crossReferenceUses: [(label: String, position: SourcePosition)] {
        var uses: [(String, SourcePosition)] = []
        forEachInline { inline in
            if case let .crossReference(label, position) = inline { uses.append((label, position)) }
        }
        return uses
    }

    /// Every citation in the blocks, in reading order.
    public var citations: [Citation] {
        var result: [Citation] = []
        forEachInline { inline in
            if case .citation(let citation) = inline { result.append(citation) }
        }
        return result
    }

    /// Calls `body` with every inline of the blocks, depth first, in reading order.
    func forEachInline(_ body: (Inline) -> Void) {
        func inlines(_ list: [Inline]) {
            for inline in list {
                body(inline)
                switch inline {
                case .emphasis(let children), .strong(let children): inlines(children)
                case .link(_, _, let children, _), .image(_, _, let children, _): inlines(children)
                default: break
                }
            }
        }
        func blocks(_ list: [Block]) {
            for block in list {
                switch block {
                case .heading(let heading): inlines(heading.content)
                case .paragraph(let content): inlines(content)
                case .list(let list): list.items.forEach(blocks)
                case .blockQuote(let children): blocks(children)
                case .div(let div):
                    inlines(div.title)
                    blocks(div.children)
                case .cell(let cell): inlines(cell.caption)
                case .code, .thematicBreak, .displayMath, .html: break
                }
            }
        }
        blocks(self)
    }
}
