import Testing
@testable import Notebook

/// Math is found before CommonMark reads the text (DESIGN §2).
@Suite struct MathVersusMarkdownTests {
    /// The blocks of a notebook made of `markdown`.
    func blocks(_ markdown: String) throws -> [Block] {
        try Notebook.parse(source: markdown, path: "t.md").blocks
    }

    func paragraph(_ markdown: String) throws -> [Inline] {
        let blocks = try blocks(markdown)
        guard blocks.count == 1, case .paragraph(let inlines) = blocks[0] else {
            Issue.record("expected one paragraph, got \(blocks)")
            return []
        }
        return inlines
    }

    func tex(_ inline: Inline) -> String? {
        if case .math(let span) = inline { return span.tex }
        return nil
    }

    @Test func subscriptsStayMathNotEmphasis() throws {
        let inlines = try paragraph("$a_1$ and $b_1$")
        #expect(inlines.count == 3)
        #expect(tex(inlines[0]) == "a_1")
        #expect(inlines[1] == .text(" and "))
        #expect(tex(inlines[2]) == "b_1")
    }

    @Test func markdownSpecialCharactersInsideMathAreUntouched() throws {
        let inlines = try paragraph(#"Let $a_b * c_d \\ \{x\}$ be."#)
        #expect(tex(inlines[1]) == #"a_b * c_d \\ \{x\}"#)
    }

    @Test func rowBreaksInAlignSurvive() throws {
        let source = #"""
            \begin{align*}
            a &= b \\[10pt]
            &= c_1 * d_2
            \end{align*}
            """#
        let blocks = try blocks(source)
        #expect(blocks.count == 1)
        guard case .displayMath(let span) = blocks.first else { Issue.record("\(blocks)"); return }
        #expect(span.tex == source)
        #expect(span.delimiter == .environment(name: "align*"))
        #expect(span.tex.contains(#"b \\[10pt]"#))
    }

    @Test func escapedBracketInProseIsNotDisplayMath() throws {
        let inlines = try paragraph(#"a \\[10pt] b"#)
        #expect(inlines == [.text(#"a \[10pt] b"#)])
    }

    @Test func dollarAmountsStayProse() throws {
        #expect(try paragraph("It costs $5 and $10 today.") == [.text("It costs $5 and $10 today.")])
        #expect(try paragraph("$x $ is not math") == [.text("$x $ is not math")])
    }

    @Test func dollarsInCodeSpansAreCode() throws {
        let inlines = try paragraph("Use `$x$` or `` a$`b$ `` for $y$.")
        #expect(inlines[1] == .code("$x$"))
        #expect(inlines.contains(.code("a$`b$")))
        #expect(tex(inlines.last(where: { tex($0) != nil })!) == "y")
    }

    @Test func dollarsInFencesAreCode() throws {
        let blocks = try blocks("""
            ```text
            price: $5 and $x$
            ```

            ```swift
            let s = "$x$"
            ```
            """)
        #expect(blocks.count == 2)
        guard case .code(let code) = blocks[0], case .cell(let cell) = blocks[1] else {
            Issue.record("\(blocks)"); return
        }
        #expect(code.code == "price: $5 and $x$\n")
        #expect(cell.code == "let s = \"$x$\"\n")
    }

    @Test func fenceInsideAListIsRestoredVerbatim() throws {
        let blocks = try blocks("""
            - item

              ```swift
              let s = "$x$ and \\(y\\)"
              ```
            """)
        guard case .list(let list) = blocks.first, case .cell(let cell)? = list.items.first?.last else {
            Issue.record("\(blocks)"); return
        }
        #expect(cell.code == "let s = \"$x$ and \\(y\\)\"\n")
    }

    @Test func mathSpansALineBreak() throws {
        let inlines = try paragraph("where $a +\nb_1$ holds")
        #expect(inlines.count == 3)
        #expect(tex(inlines[1]) == "a +\nb_1")
    }

    @Test func mathDoesNotSpanABlankLine() throws {
        let blocks = try blocks("a $x\n\ny$ b")
        #expect(blocks == [.paragraph([.text("a $x")]), .paragraph([.text("y$ b")])])
    }

    @Test func escapedDollarIsADollar() throws {
        #expect(try paragraph(#"costs \$5, and \$x$ is not math"#) == [.text("costs $5, and $x$ is not math")])
    }

    @Test func allDelimiters() throws {
        let blocks = try blocks(#"""
            Inline \(x^2\) and $y$.
            $$\sum_i x_i$$
            then \[ \int f \] end
            """#)
        #expect(blocks.count == 5)
        guard case .paragraph(let first) = blocks[0], case .displayMath(let sum) = blocks[1],
              case .paragraph(let middle) = blocks[2], case .displayMath(let integral) = blocks[3],
              case .paragraph(let last) = blocks[4] else { Issue.record("\(blocks)"); return }
        #expect(first.compactMap(tex) == ["x^2", "y"])
        #expect(sum.tex == #"\sum_i x_i"# && sum.delimiter == .doubleDollar)
        #expect(middle == [.text("then")])
        #expect(integral.tex == #" \int f "# && integral.delimiter == .bracket)
        #expect(last == [.text("end")])
    }

    @Test func unclosedMathStaysProse() throws {
        #expect(try paragraph(#"a \[ b and $$ c"#) == [.text(#"a [ b and $$ c"#)])
    }

    @Test func mathInALinkDestinationIsKeptAsWritten() throws {
        let inlines = try paragraph("[see $x$](http://a.b/$x$)")
        guard case let .link(destination, _, content, _) = inlines.first else { Issue.record("\(inlines)"); return }
        #expect(destination == "http://a.b/$x$")
        #expect(content.compactMap(tex) == ["x"])
    }

    @Test func formulaPositionsPointIntoTheMarkdownFile() throws {
        let notebook = try Notebook.parse(source: """
            ---
            title: T
            ---
            Some text, $\\frac{1}{é}
            + \\unknown$.
            """, path: "t.md")
        guard case .paragraph(let inlines) = notebook.blocks.first, case .math(let span) = inlines[1] else {
            Issue.record("\(notebook.blocks)"); return
        }
        #expect(span.line == 4 && span.column == 13)
        // byte 0 is the backslash of \frac
        #expect(span.position(ofUTF8Offset: 0) == (line: 4, column: 13))
        // "\frac{1}{é}\n+ " is 14 bytes (é is two): \unknown is at line 5, column 3
        #expect(span.position(ofUTF8Offset: 15) == (line: 5, column: 3))
    }

    @Test func emphasisAroundMath() throws {
        let inlines = try paragraph("*the $x_1$ value*")
        guard case .emphasis(let children) = inlines.first else { Issue.record("\(inlines)"); return }
        #expect(children.compactMap(tex) == ["x_1"])
    }
}

/// The scanner and the tree builder never trap, whatever is cut off where:
/// every prefix of a document full of delimiters parses or throws a NotebookError.
@Suite struct TruncatedInputTests {
    @Test func everyPrefixParses() {
        let document = #"""
            ---
            title: x
            ---
            # A $x_1$ \(y\) `$z$`
            $$a \\ b$$ and \[c\] and \begin{align*} d &= e \\[2pt] \end{align*} \$5 $6 and $x$7
            ```swift
            //| label: a
            let s = "$"
            ```
            - [l $m$](u$v$) ``a ` $b$``
            """#
        let scalars = Array(document.unicodeScalars)
        var thrown = 0
        for end in 0...scalars.count {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars[0..<end])
            do {
                _ = try Notebook.parse(source: String(prefix), path: "p.md")
            } catch {
                thrown += 1
            }
        }
        // Only the prefixes cut inside the front matter or inside the fence throw.
        #expect(thrown > 0 && thrown < scalars.count / 2)
    }
}
