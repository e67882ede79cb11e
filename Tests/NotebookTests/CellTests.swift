import Testing
@testable import Notebook

/// ```` ```swift ```` fences become cells with their `//|` options and `.md` lines.
@Suite struct CellTests {
    @Test func optionsAndLineNumbers() throws {
        let notebook = try Notebook.parse(source: """
            ---
            title: Cells
            ---
            # Setup

            $$
            a = b
            $$

            ```swift
            //| label: fig-loss
            //| echo: false
            //| fig-cap: "Loss: per step"
            //| timeout: 2.5
            let x = 1
            ```

            ```{swift}
            //| eval: false
            print(x)
            ```

            ```python
            print(1)
            ```
            """, path: "c.md")
        #expect(notebook.cells.count == 2)
        let first = notebook.cells[0]
        #expect(first.index == 0)
        #expect(first.fenceLine == 10)
        #expect(first.line == 11)
        #expect(first.options == CellOptions(label: "fig-loss", echo: false, figCap: "Loss: per step", timeout: 2.5))
        #expect(first.optionLineCount == 4)
        #expect(first.code.hasPrefix("//| label: fig-loss\n"))
        #expect(first.displayedCode == "let x = 1\n")
        #expect(first.displayedLine == 15)
        let second = notebook.cells[1]
        #expect(second.index == 1 && second.line == 19)
        #expect(second.options == CellOptions(eval: false))
        // The python fence is shown, not run.
        #expect(notebook.blocks.contains { if case .code(let c) = $0 { c.language == "python" } else { false } })
    }

    @Test func defaultsComeFromExecuteInFrontMatter() throws {
        let notebook = try Notebook.parse(source: """
            ---
            execute:
              echo: false
            ---
            ```swift
            1
            ```
            ```swift
            //| echo: true
            2
            ```
            """, path: "c.md")
        #expect(notebook.cells.map(\.options.echo) == [false, true])
    }

    @Test func includeFalseHidesCodeAndOutput() throws {
        let cell = try Notebook.parse(source: "```swift\n//| include: false\n1\n```\n", path: "c.md").cells[0]
        #expect(!cell.options.echo && !cell.options.output && cell.options.eval)
    }

    @Test func wrongOptionValueIsReportedAtItsLine() {
        let source = "Text\n\n```swift\nlet a = 1\n```\n\n```swift\n//| label: ok\n//| echo: maybe\n```\n"
        #expect(throws: NotebookError(line: 9, column: 11,
                                      kind: .cellOptionValue(key: "echo", expected: .boolean, found: "maybe"))) {
            try Notebook.parse(source: source, path: "c.md")
        }
    }

    @Test func quotedTrueIsNotABoolean() {
        #expect(throws: NotebookError(line: 2, column: 11,
                                      kind: .cellOptionValue(key: "eval", expected: .boolean, found: "true"))) {
            try Notebook.parse(source: "```swift\n//| eval: \"true\"\n```\n", path: "c.md")
        }
    }

    /// As an unknown front-matter key: a warning at the key, the option ignored, the cell kept.
    @Test func unknownOptionIsAWarning() throws {
        let notebook = try Notebook.parse(source: "```swift\n//| ecoh: false\n1\n```\n", path: "c.md")
        #expect(notebook.warnings == [NotebookWarning(line: 2, column: 5,
                                                      kind: .unknownCellOption(key: "ecoh", known: CellOptions.names))])
        #expect(notebook.cells.count == 1 && notebook.cells[0].options.echo)
    }

    @Test func unclosedQuoteIsSaidInNbsWords() throws {
        #expect(throws: NotebookError(line: 2, column: 14,
                                      kind: .yamlValueSyntax(section: .cellOptions, key: "fig-cap", problem: .unclosedQuote))) {
            try Notebook.parse(source: "```swift\n//| fig-cap: \"unclosed\n```\n", path: "c.md")
        }
    }

    @Test func labelsAreIdentifiers() {
        #expect(throws: NotebookError(line: 2, column: 12,
                                      kind: .cellOptionValue(key: "label", expected: .identifier, found: "two words"))) {
            try Notebook.parse(source: "```swift\n//| label: two words\n```\n", path: "c.md")
        }
    }

    @Test func duplicateLabels() {
        let source = "```swift\n//| label: a\n```\n\n```swift\n//| echo: true\n//| label: a\n```\n"
        #expect(throws: NotebookError(line: 7, column: 5, kind: .duplicateCellLabel(label: "a", firstLine: 2))) {
            try Notebook.parse(source: source, path: "c.md")
        }
    }

    @Test func unclosedFenceIsAnError() {
        #expect(throws: NotebookError(line: 3, column: 1, kind: .unclosedFence(fence: "```"))) {
            try Notebook.parse(source: "Text\n\n```swift\nlet x = 1\n", path: "c.md")
        }
    }

    @Test func optionLinesStopAtTheFirstCodeLine() throws {
        let cell = try Notebook.parse(source: "```swift\nlet x = 1\n//| echo: false\n```\n", path: "c.md").cells[0]
        #expect(cell.optionLineCount == 0 && cell.options.echo)
    }

    @Test func lineNumbersAfterMultiLineMath() throws {
        let notebook = try Notebook.parse(source: """
            Inline $a
            + b$ and
            \\begin{align*}
            x &= 1 \\\\
            y &= 2
            \\end{align*}

            ```swift
            print(1)
            ```
            # After
            """, path: "c.md")
        #expect(notebook.cells[0].line == 9)
        #expect(notebook.headings.first?.line == 11)
    }
}

@Suite struct FigureCaptionTests {
    @Test func figCapIsMarkdownWithMathAtItsPlaceInTheFile() throws {
        let notebook = try Notebook.parse(source: """
            ```swift
            //| label: fig-loss
            //| fig-cap: Loss of $\\|W\\|_F^2$, *per step*
            plot([1.0, 2.0])
            ```
            """, path: "c.md")
        let caption = notebook.cells[0].caption
        #expect(caption.first == .text("Loss of "))
        guard case .math(let span)? = caption.dropFirst().first else {
            Issue.record("no math in \(caption)")
            return
        }
        #expect(span.tex == "\\|W\\|_F^2")
        #expect(span.line == 3 && span.column == 23)
        #expect(caption.contains(.emphasis([.text("per step")])))
    }

    @Test func aCellWithoutFigCapHasNoCaption() throws {
        let notebook = try Notebook.parse(source: "```swift\nlet x = 1\n```\n", path: "c.md")
        #expect(notebook.cells[0].caption.isEmpty)
    }
}
