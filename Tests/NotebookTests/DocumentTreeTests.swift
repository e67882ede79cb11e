import Testing
@testable import Notebook

@Suite struct DocumentTreeTests {
    @Test func headingAnchorsAreUniqueSlugs() throws {
        let notebook = try Notebook.parse(source: """
            # The Loss: Part 1
            ## The Loss: Part 1
            ## Größe & $\\phi$-Netze
            ## !!!
            ## fig-a

            ```swift
            //| label: fig-a
            ```
            """, path: "h.md")
        #expect(notebook.headings.map(\.anchor) == [
            "the-loss-part-1", "the-loss-part-1-1", "größe--phi-netze", "section", "fig-a-1",
        ])
        #expect(notebook.headings.map(\.level) == [1, 2, 2, 2, 2])
    }

    @Test func slug() {
        #expect(HeadingAnchors.slug("Why Classical Theory Fails") == "why-classical-theory-fails")
        #expect(HeadingAnchors.slug("SVD & Polar: The Connection") == "svd--polar-the-connection")
        #expect(HeadingAnchors.slug("snake_case and-dash") == "snake_case-and-dash")
    }

    @Test func blocksOfAllKinds() throws {
        let blocks = try Notebook.parse(source: """
            > quoted **bold** and `code`

            1. one
            2. two\\
               broken

            ---

            ![alt $x$](img.png "t") <b>raw</b>

            <div>block</div>
            """, path: "b.md").blocks
        #expect(blocks == [
            .blockQuote([.paragraph([.text("quoted "), .strong([.text("bold")]), .text(" and "), .code("code")])]),
            .list(ListBlock(ordered: true, start: 1, tight: true, items: [
                [.paragraph([.text("one")])],
                [.paragraph([.text("two"), .lineBreak, .text("broken")])],
            ])),
            .thematicBreak,
            .paragraph([
                .image(source: "img.png", title: "t", alt: [.text("alt "),
                    .math(MathSpan(tex: "x", delimiter: .dollar, line: 9, column: 8))],
                       position: SourcePosition(line: 9, column: 1)),
                .text(" "), .html("<b>"), .text("raw"), .html("</b>"),
            ]),
            .html("<div>block</div>\n"),
        ])
    }

    @Test func smartPunctuation() throws {
        let blocks = try Notebook.parse(source: #"The "Obvious" fix -- isn't it..."#, path: "s.md").blocks
        #expect(blocks == [.paragraph([.text("The \u{201C}Obvious\u{201D} fix \u{2013} isn\u{2019}t it\u{2026}")])])
    }

    @Test func placeholderCharactersInTheSourceSurvive() throws {
        let blocks = try Notebook.parse(source: "a \u{F0000} $x$ \u{F0001}", path: "p.md").blocks
        guard case .paragraph(let inlines) = blocks.first else { Issue.record("\(blocks)"); return }
        #expect(inlines.first == .text("a \u{F0000} "))
        #expect(inlines.last == .text(" \u{F0001}"))
    }
}

@Suite struct NestingLimitTests {
    @Test func absurdNestingIsAnErrorNotAStackOverflow() {
        let source = "Intro\n\n" + String(repeating: ">", count: 5000) + " deep\n"
        #expect(throws: NotebookError(line: 3, column: 256, kind: .nestingTooDeep(limit: 256))) {
            try Notebook.parse(source: source, path: "deep.md")
        }
    }

    @Test func deepButReasonableNestingIsKept() throws {
        let notebook = try Notebook.parse(source: String(repeating: ">", count: 100) + " x\n", path: "q.md")
        #expect(notebook.blocks.count == 1)
    }
}
