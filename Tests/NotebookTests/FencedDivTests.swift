import Testing
@testable import Notebook

/// Fenced divs read as pandoc's manual describes them (its "Divs and Spans"
/// examples, with the structure pandoc's AST gives them).
@Suite struct FencedDivTests {
    private func divs(_ blocks: [Block]) -> [Div] {
        blocks.compactMap { if case .div(let div) = $0 { div } else { nil } }
    }

    @Test func pandocManualNestedExample() throws {
        // Pandoc: Div ("",["Warning"],[]) [Para …, Div ("",["Danger"],[]) [Para …]]
        let notebook = try Notebook.parse(source: """
            ::: Warning ::::::
            This is a warning.

            ::: Danger
            This is a warning within a warning.
            :::
            ::::::::::::::::::
            """, path: "d.md")
        #expect(notebook.errors.isEmpty && notebook.warnings.isEmpty)
        let outer = try #require(divs(notebook.blocks).first)
        #expect(notebook.blocks.count == 1)
        #expect(outer.attributes == DivAttributes(classes: ["Warning"]))
        #expect(outer.position == SourcePosition(line: 1, column: 1))
        #expect(outer.children.count == 2)
        #expect(outer.children.first == .paragraph([.text("This is a warning.")]))
        let inner = try #require(divs(outer.children).first)
        #expect(inner.attributes.classes == ["Danger"])
        #expect(inner.children == [.paragraph([.text("This is a warning within a warning.")])])
        #expect(inner.position == SourcePosition(line: 4, column: 1))
    }

    @Test func attributesIdClassesAndValues() throws {
        // Pandoc's manual: `::::: {#special .sidebar}` holds two paragraphs.
        let notebook = try Notebook.parse(source: """
            Before.

            ::::: {#special .sidebar .wide key=v q='it\\'s' title="A $x^2$ title"}
            Here is a paragraph.

            And another.
            :::::

            After.
            """, path: "d.md")
        #expect(notebook.warnings.isEmpty)
        #expect(notebook.blocks.count == 3)
        let div = try #require(divs(notebook.blocks).first)
        #expect(div.attributes.id == "special")
        #expect(div.attributes.classes == ["sidebar", "wide"])
        #expect(div.attributes["key"] == "v")
        #expect(div.attributes["q"] == "it's")
        #expect(div.attributes["title"] == "A $x^2$ title")
        #expect(div.children == [.paragraph([.text("Here is a paragraph.")]), .paragraph([.text("And another.")])])
        // The title is Markdown with math, its formula placed where it is written (line 3).
        guard case .math(let span)? = div.title.first(where: { if case .math = $0 { true } else { false } }) else {
            Issue.record("no math in \(div.title)"); return
        }
        #expect(span.tex == "x^2")
        #expect(span.line == 3)
        #expect(span.column == 58)
        #expect(notebook.blocks.last == .paragraph([.text("After.")]))
    }

    @Test func kindsFromClassesAndIds() {
        func kind(_ a: DivAttributes) -> DivKind { DivKind(a) }
        #expect(kind(DivAttributes(classes: ["callout-note"])) == .callout(.note))
        #expect(kind(DivAttributes(classes: ["callout-important"])) == .callout(.important))
        #expect(kind(DivAttributes(classes: ["callout-caution"])) == .other)
        #expect(kind(DivAttributes(id: "thm-balance")) == .theorem(.theorem))
        #expect(kind(DivAttributes(id: "lem-a")) == .theorem(.lemma))
        #expect(kind(DivAttributes(id: "cor-a")) == .theorem(.corollary))
        #expect(kind(DivAttributes(id: "prp-a")) == .theorem(.proposition))
        #expect(kind(DivAttributes(id: "def-a")) == .theorem(.definition))
        #expect(kind(DivAttributes(id: "exm-a")) == .theorem(.example))
        #expect(kind(DivAttributes(id: "rem-a")) == .theorem(.remark))
        #expect(kind(DivAttributes(id: "thm-")) == .other)
        #expect(kind(DivAttributes(id: "theorem")) == .other)
        #expect(kind(DivAttributes(classes: ["proof"])) == .proof)
        #expect(kind(DivAttributes(classes: ["notes"])) == .notes)
        #expect(kind(DivAttributes(id: "refs")) == .references)
    }

    @Test func headingFirstIsTheTitleOfCalloutsAndTheorems() throws {
        let notebook = try Notebook.parse(source: """
            ::: {.callout-tip}
            ## Tip with *Title*
            Body.
            :::

            ::: notes
            ## Kept
            :::
            """, path: "d.md")
        let found = divs(notebook.blocks)
        #expect(found[0].title == [.text("Tip with "), .emphasis([.text("Title")])])
        #expect(found[0].children == [.paragraph([.text("Body.")])])
        // Speaker notes keep their heading: only callouts, theorems and proofs take a title from it.
        #expect(found[1].title.isEmpty)
        guard case .heading? = found[1].children.first else { Issue.record("\(found[1])"); return }
        #expect(notebook.headings.map(\.content.plainText) == ["Kept"])
    }

    @Test func colonsInsideCodeAreCode() throws {
        let notebook = try Notebook.parse(source: """
            ```text
            ::: {.not-a-div}
            ```

            ::: {.a}
            ```swift
            let x = 1
            // :::
            ```
            :::
            """, path: "d.md")
        #expect(notebook.errors.isEmpty && notebook.warnings.isEmpty)
        guard case .code(let code) = notebook.blocks[0] else { Issue.record("\(notebook.blocks)"); return }
        #expect(code.code == "::: {.not-a-div}\n")
        let div = try #require(divs(notebook.blocks).first)
        guard case .cell(let cell)? = div.children.first else { Issue.record("\(div)"); return }
        // Cells inside divs keep their `.md` lines and are numbered in the notebook.
        #expect(cell.line == 7)
        #expect(notebook.cells.count == 1)
        #expect(notebook.cells[0].code == "let x = 1\n// :::\n")
    }

    @Test func unclosedDivWarnsAtItsFenceAndTheRestRenders() {
        let notebook = Notebook.read(source: """
            ---
            title: T
            ---
            Intro.

              ::: {.callout-note}
            Inside.

            ## Still read
            """, path: "d.md")
        #expect(notebook.errors.isEmpty)
        #expect(notebook.warnings == [NotebookWarning(line: 6, column: 3, kind: .unclosedDiv)])
        #expect(notebook.headings.map(\.line) == [9])
        guard case .div(let div) = notebook.blocks[1] else { Issue.record("\(notebook.blocks)"); return }
        #expect(div.children.count == 2)
        #expect(div.children.first == .paragraph([.text("Inside.")]))
    }

    @Test func strayCloseAndBadAttributesWarnAtTheirPlace() {
        let notebook = Notebook.read(source: """
            Text.
            :::
            ::: {#a .b key="open
            x
            :::
            ::: {#b #c}
            y
            :::
            """, path: "d.md")
        #expect(notebook.errors.isEmpty)
        #expect(notebook.warnings == [
            NotebookWarning(line: 2, column: 1, kind: .strayDivClose),
            NotebookWarning(line: 3, column: 16, kind: .divAttributes(.unclosedQuote)),
            NotebookWarning(line: 6, column: 9, kind: .divAttributes(.secondID)),
        ])
        #expect(divs(notebook.blocks).map(\.attributes.id) == ["a", "b"])
    }

    /// Quarto has four callouts; a misspelled one is a warning at its fence and a plain div.
    @Test func anUnknownCalloutIsAWarningAndAPlainDiv() {
        let notebook = Notebook.read(source: "Text.\n\n::: {.callout-warnng}\nCareful.\n:::\n", path: "d.md")
        let known = ["callout-note", "callout-tip", "callout-warning", "callout-important"]
        #expect(notebook.warnings == [NotebookWarning(line: 3, column: 1, kind: .unknownCallout(className: "callout-warnng", known: known))])
        #expect(divs(notebook.blocks).map(\.kind) == [.other])
    }

    @Test func nestingIsLimited() {
        let depth = FencedDivScanner.maximumDepth + 1
        let source = String(repeating: "::: {.d}\n", count: depth) + "x\n" + String(repeating: ":::\n", count: depth)
        let notebook = Notebook.read(source: source, path: "d.md")
        #expect(notebook.errors == [NotebookError(line: depth, column: 1, kind: .divNestingTooDeep(limit: 32))])
    }

    @Test func divIdsAreNotGivenToHeadings() throws {
        let notebook = try Notebook.parse(source: "# Refs\n\n::: {#refs}\n:::\n", path: "d.md")
        #expect(notebook.headings.map(\.anchor) == ["refs-1"])
    }
}
