import Testing
@testable import Notebook

/// A billion laughs: each anchor a list of ten aliases of the one before, so
/// `levels` anchors expand to 10^levels nodes.
func aliasBomb(levels: Int, indent: String = "  ") -> String {
    var lines = ["\(indent)a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1..<levels {
        let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
        lines.append("\(indent)a\(level): &a\(level) [\(aliases)]")
    }
    return lines.joined(separator: "\n")
}

/// Inputs written by an attacker or a careless user (issues 10 and 19): each is
/// an error or a warning at its own place, and reading stays fast and shallow.
@Suite struct YAMLLimitTests {
    @Test func anAliasBombInTheFrontMatterIsAnErrorAtItsLine() {
        let source = "---\ntitle: T\nbomb:\n" + aliasBomb(levels: 9) + "\n---\nText\n"
        let notebook = Notebook.read(source: source, path: "b.md")
        // a0…a4 expand to 10 + 100 + … + 100,000 nodes: the aliases of a4 pass the budget.
        #expect(notebook.errors == [NotebookError(line: 8, column: 47,
                                                  kind: .yamlAliasExpansion(section: .frontMatter, limit: 100_000))])
        #expect(notebook.blocks == [.paragraph([.text("Text")])], "the body is still read")
    }

    @Test func anAliasBombInACellOptionIsAnErrorAtItsLine() {
        var value = "{a0: &a0 [x, x, x, x, x, x, x, x, x, x]"
        for level in 1..<9 {
            value += ", a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]"
        }
        value += "}"
        let notebook = Notebook.read(source: "Intro\n\n```swift\n//| fig-cap: \(value)\n1\n```\n", path: "c.md")
        #expect(notebook.errors.count == 1)
        #expect(notebook.errors.first?.line == 4)
        #expect(notebook.errors.first?.kind == .yamlAliasExpansion(section: .cellOptions, limit: 100_000))
        #expect(notebook.cells.count == 1)
    }

    @Test func aFewAliasesAreFine() throws {
        let notebook = try Notebook.parse(source: "---\nauthor: &me Ada\ntitle: *me\n---\n", path: "a.md")
        #expect(notebook.frontMatter.title == "Ada")
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let deep = String(repeating: "[", count: 100_000)
        let notebook = Notebook.read(source: "---\ntitle: \(deep)\n---\n", path: "d.md")
        #expect(notebook.errors.map(\.kind) == [.yamlNestingTooDeep(section: .frontMatter, limit: 64)])
        #expect(notebook.errors.first?.line == 2)
        let cell = Notebook.read(source: "```swift\n//| label: \(deep)\n```\n", path: "d.md")
        #expect(cell.errors.map(\.kind) == [.yamlNestingTooDeep(section: .cellOptions, limit: 64)])
        let blockDeep = String(repeating: "- ", count: 50_000) + "x"
        let block = Notebook.read(source: "---\nlist:\n  \(blockDeep)\n---\n", path: "d.md")
        #expect(block.errors == [NotebookError(line: 3, column: 129,
                                               kind: .yamlNestingTooDeep(section: .frontMatter, limit: 64))])
    }

    @Test func frontMatterHasASizeCap() {
        let long = "abstract: " + String(repeating: "word ", count: 300_000)
        let notebook = Notebook.read(source: "---\n\(long)\n---\n", path: "l.md")
        #expect(notebook.errors == [NotebookError(line: 2, column: 1,
                                                  kind: .yamlTooLarge(section: .frontMatter, limit: 1 << 20))])
    }

    @Test func nullMeansAbsentForEveryKey() throws {
        let notebook = try Notebook.parse(source: """
            ---
            title: ~
            subtitle: null
            author:
            toc: ~
            execute:
              seed: ~
            ---
            # Heading
            """, path: "n.md")
        #expect(notebook.frontMatter == FrontMatter())
        #expect(notebook.titleBlock == TitleBlock())
        let cell = try Notebook.parse(source: "```swift\n//| label: ~\n//| echo: null\n1\n```\n", path: "n.md").cells[0]
        #expect(cell.options == CellOptions())
    }
}

@Suite struct FrontMatterProblemTests {
    @Test func unknownKeysAreWarningsAtTheirLine() throws {
        let notebook = try Notebook.parse(source: """
            ---
            title: T
            tilte: typo
            execute:
              sead: 3
            math:
              macro: {}
            ---
            """, path: "u.md")
        #expect(notebook.warnings == [
            NotebookWarning(line: 3, column: 1, kind: .unknownFrontMatterKey(key: "tilte", known: FrontMatter.keys)),
            NotebookWarning(line: 5, column: 3, kind: .unknownFrontMatterKey(key: "execute.sead", known: FrontMatter.executeKeys)),
            NotebookWarning(line: 7, column: 3, kind: .unknownFrontMatterKey(key: "math.macro", known: FrontMatter.mathKeys)),
        ])
        #expect(notebook.frontMatter.title == "T")
    }

    @Test func aColonInAPlainValueIsSaidWithItsFix() {
        let notebook = Notebook.read(source: "---\nsubtitle: Session 1: balance\n---\n", path: "q.md")
        #expect(notebook.errors == [NotebookError(line: 2, column: 11,
            kind: .yamlValueSyntax(section: .frontMatter, key: "subtitle", problem: .colonInPlainValue))])
        let cell = Notebook.read(source: "```swift\n//| fig-cap: Loss: per step\n1\n```\n", path: "q.md")
        #expect(cell.errors == [NotebookError(line: 2, column: 14,
            kind: .yamlValueSyntax(section: .cellOptions, key: "fig-cap", problem: .colonInPlainValue))])
        let at = Notebook.read(source: "```swift\n//| fig-cap: @du2018 shows\n1\n```\n", path: "q.md")
        #expect(at.errors.map(\.kind) == [.yamlValueSyntax(section: .cellOptions, key: "fig-cap",
                                                           problem: .reservedFirstCharacter("@"))])
    }

    /// Every problem of a notebook in one run, in `.md` order, as swiftc reports.
    @Test func allProblemsAreReportedAtOnce() {
        let notebook = Notebook.read(source: """
            ---
            toc: maybe
            execute:
              seed: -1
            ---
            ```swift
            //| echo: sometimes
            //| fig-cap: a: b
            1
            ```

            ```swift
            //| label: a
            2
            ```

            ```swift
            //| label: a
            //| timeout: 0
            3
            ```
            """, path: "m.md")
        #expect(notebook.errors.map(\.line) == [2, 4, 7, 8, 18, 19])
        #expect(notebook.cells.count == 3)
    }
}

@Suite struct SourceTextTests {
    @Test func lineEndsAreNormalizedOnceAndPositionsStayRight() throws {
        for lineEnd in ["\r\n", "\r"] {
            let source = ["---", "title: T", "---", "# H", "", "Text $x_1$ and [l](javascript:x)", "",
                          "```swift", "//| echo: maybe", "```"].joined(separator: lineEnd)
            let notebook = Notebook.read(source: source, path: "f.md")
            #expect(!notebook.source.contains("\r"))
            #expect(notebook.source.split(separator: "\n", omittingEmptySubsequences: false).count == 10)
            #expect(notebook.headings.map(\.line) == [4])
            #expect(notebook.errors == [NotebookError(line: 9, column: 11,
                kind: .cellOptionValue(key: "echo", expected: .boolean, found: "maybe"))])
            guard case .paragraph(let inlines) = notebook.blocks.dropFirst().first else { Issue.record("\(notebook.blocks)"); continue }
            #expect(inlines.contains(.math(MathSpan(tex: "x_1", delimiter: .dollar, line: 6, column: 7))))
            #expect(inlines.contains { if case .link(_, _, _, let p) = $0 { p == SourcePosition(line: 6, column: 16) } else { false } })
        }
    }

    @Test func aByteOrderMarkIsDropped() throws {
        let notebook = try Notebook.parse(source: "\u{FEFF}---\ntitle: T\n---\n", path: "b.md")
        #expect(notebook.frontMatter.title == "T")
    }

    @Test func controlCharactersInProseAreDroppedWithAWarning() throws {
        let notebook = try Notebook.parse(source: "# A\u{0}B\n\nx\u{1}y `c\u{C}d`\n", path: "c.md")
        #expect(notebook.blocks == [
            .heading(Heading(level: 1, content: [.text("AB")], anchor: "ab", line: 1)),
            .paragraph([.text("xy "), .code("cd")]),
        ])
        #expect(notebook.warnings == [
            NotebookWarning(line: 1, column: 4, kind: .controlCharacter("\u{0}")),
            NotebookWarning(line: 3, column: 2, kind: .controlCharacter("\u{1}")),
            NotebookWarning(line: 3, column: 7, kind: .controlCharacter("\u{C}")),
        ])
    }

    @Test func aSwiftFenceInsideAnHTMLBlockIsAWarning() throws {
        let notebook = try Notebook.parse(source: """
            Intro.

            <div class="box">
            ```swift
            print("never runs")
            ```
            </div>
            """, path: "h.md")
        #expect(notebook.cells.isEmpty)
        #expect(notebook.warnings == [NotebookWarning(line: 4, column: 1, kind: .cellInsideHTMLBlock(htmlLine: 3))])
    }

    @Test func linksKnowWhereTheyAre() throws {
        let notebook = try Notebook.parse(source: """
            A $x$ [one](a) and
            > quote $y$ <https://b> ![img](c)
            > [ref][r]

            [r]: d
            """, path: "l.md")
        var positions: [String: SourcePosition] = [:]
        func collect(_ inlines: [Inline]) {
            for inline in inlines {
                if case let .link(destination, _, _, position) = inline { positions[destination] = position }
                if case let .image(source, _, _, position) = inline { positions[source] = position }
            }
        }
        for block in notebook.blocks {
            if case .paragraph(let inlines) = block { collect(inlines) }
            if case .blockQuote(let children) = block, case .paragraph(let inlines)? = children.first { collect(inlines) }
        }
        #expect(positions == ["a": SourcePosition(line: 1, column: 7), "https://b": SourcePosition(line: 2, column: 13),
                              "c": SourcePosition(line: 2, column: 25), "d": SourcePosition(line: 3, column: 3)])
    }
}

/// Issue 13's rendering defect: a formula that continues on the next line of a
/// blockquote must not take the quote's `>` as TeX.
@Suite struct MathInContainersTests {
    @Test func aFormulaAcrossBlockquoteLinesKeepsNoMarker() throws {
        let notebook = try Notebook.parse(source: "> the gradient $\\nabla_{W_j}\n> \\mathcal{L}$ is\n>> deep $a\n>> > b$\n",
                                          path: "q.md")
        var formulas: [String] = []
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .blockQuote(let children): walk(children)
                case .paragraph(let inlines):
                    for case .math(let span) in inlines { formulas.append(span.tex) }
                default: break
                }
            }
        }
        walk(notebook.blocks)
        // The second formula is two quotes deep: its third `>` is TeX's.
        #expect(formulas == ["\\nabla_{W_j}\n  \\mathcal{L}", "a\n   > b"])
    }

    @Test func aQuoteLineWithOnlyAMarkerEndsTheParagraph() throws {
        let blocks = try Notebook.parse(source: "> $a\n>\n> b$\n", path: "q.md").blocks
        guard case .blockQuote(let children) = blocks.first else { Issue.record("\(blocks)"); return }
        #expect(children == [.paragraph([.text("$a")]), .paragraph([.text("b$")])])
    }

    @Test func listItemContinuationIsOnlySpaces() throws {
        let blocks = try Notebook.parse(source: "- item $a +\n  b$ end\n", path: "l.md").blocks
        guard case .list(let list) = blocks.first, case .paragraph(let inlines)? = list.items.first?.first else {
            Issue.record("\(blocks)"); return
        }
        #expect(inlines.contains(.math(MathSpan(tex: "a +\n  b", delimiter: .dollar, line: 1, column: 9))))
    }
}
