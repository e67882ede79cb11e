import Testing
@testable import Notebook

@Suite struct FrontMatterTests {
    @Test func allKeys() throws {
        let notebook = try Notebook.parse(source: #"""
            ---
            title: Deep Linear Networks
            subtitle: "Session 1: balance"
            author:
              - Rathindra Nath Karmakar
              - name: A. N. Other
            date: 2024-09-12
            abstract: |
              Layers balance.
            toc: false
            lang: de
            format: html
            math:
              macros:
                grad: "\\operatorname{grad}"
                "\\R": "\\mathbb{R}"
            execute:
              seed: 7
              timeout: 30
            ---
            Body
            """#, path: "f.md")
        let frontMatter = notebook.frontMatter
        #expect(frontMatter.title == "Deep Linear Networks")
        #expect(frontMatter.subtitle == "Session 1: balance")
        #expect(frontMatter.authors == ["Rathindra Nath Karmakar", "A. N. Other"])
        #expect(frontMatter.date == "2024-09-12")
        #expect(frontMatter.abstract == "Layers balance.\n")
        #expect(frontMatter.toc == false)
        #expect(frontMatter.lang == "de")
        #expect(frontMatter.macros == ["grad": #"\operatorname{grad}"#, "R": #"\mathbb{R}"#])
        #expect(frontMatter.seed == 7)
        #expect(frontMatter.timeout == 30)
        #expect(notebook.blocks == [.paragraph([.text("Body")])])
    }

    @Test func titleSubtitleAndAbstractAreMarkdownWithMath() throws {
        let notebook = try Notebook.parse(source: #"""
            ---
            title: Flows on $\mathbb{R}^n$
            subtitle: "*Session* $1$"
            abstract: |
              First $x_1$.

              Second.
            ---
            """#, path: "t.md")
        let titleBlock = notebook.titleBlock
        #expect(titleBlock.title == [.text("Flows on "),
                                     .math(MathSpan(tex: #"\mathbb{R}^n"#, delimiter: .dollar, line: 2, column: 18))])
        #expect(titleBlock.subtitle == [.emphasis([.text("Session")]), .text(" "),
                                        .math(MathSpan(tex: "1", delimiter: .dollar, line: 3, column: 23))])
        #expect(titleBlock.abstract.count == 2)
        #expect(notebook.frontMatter.title == #"Flows on $\mathbb{R}^n$"#)
    }

    @Test func defaults() throws {
        let frontMatter = try Notebook.parse(source: "# Just prose\n", path: "f.md").frontMatter
        #expect(frontMatter == FrontMatter())
        #expect(frontMatter.seed == FrontMatter.defaultSeed)
        #expect(frontMatter.toc)
    }

    @Test func badYAMLIsReportedAtItsMarkdownLine() throws {
        let error = #expect(throws: NotebookError.self) {
            try Notebook.parse(source: "---\ntitle: ok\nauthor: [a, b\ndate: x\n---\nBody\n", path: "f.md")
        }
        // The flow sequence opened on line 3 is never closed; libyaml notices on line 4.
        #expect(error?.line == 4)
        if case .frontMatterSyntax(let problem)? = error?.kind {
            #expect(!problem.isEmpty)
        } else {
            Issue.record("\(String(describing: error))")
        }
    }

    /// libyaml notices the missing `]` where the front matter ends; nb points at the `[`.
    @Test func unclosedFlowSequenceIsReportedAtItsBracket() throws {
        #expect(throws: NotebookError(line: 2, column: 8,
                                      kind: .yamlValueSyntax(section: .frontMatter, key: "title", problem: .unclosedBracket))) {
            try Notebook.parse(source: "---\ntitle: [\n---\n", path: "a.md")
        }
    }

    @Test func badIndentationPointsAtTheLine() throws {
        let error = #expect(throws: NotebookError.self) {
            try Notebook.parse(source: "---\ntitle: a\n  sub: b\n---\n", path: "f.md")
        }
        #expect(error?.line == 3)
        #expect(error?.column == 6)
    }

    /// `execute.data-limit`: bytes, or a number with KB, MB, GB (powers of 1024, as nb writes sizes).
    @Test(arguments: [("1048576", 1 << 20), ("200 KB", 200 << 10), ("64 MB", 64 << 20), ("2GB", 2 << 30), ("1.5 MB", 3 << 19), ("\"64 MB\"", 64 << 20)])
    func dataLimitIsASize(_ written: String, _ bytes: Int) throws {
        let notebook = try Notebook.parse(source: "---\nexecute:\n  data-limit: \(written)\n---\n", path: "f.md")
        #expect(notebook.frontMatter.dataLimit == bytes)
    }

    @Test func aDataLimitThatIsNotASizeIsAnErrorAtItsValue() {
        for written in ["lots", "0", "-5 MB", "1e30 GB"] {
            #expect(throws: NotebookError(line: 3, column: 15,
                                          kind: .frontMatterValue(key: "execute.data-limit", expected: .byteSize, found: written))) {
                try Notebook.parse(source: "---\nexecute:\n  data-limit: \(written)\n---\n", path: "f.md")
            }
        }
    }

    @Test func wrongValueKinds() {
        #expect(throws: NotebookError(line: 3, column: 6,
                                      kind: .frontMatterValue(key: "toc", expected: .boolean, found: "maybe"))) {
            try Notebook.parse(source: "---\ntitle: t\ntoc: maybe\n---\n", path: "f.md")
        }
        #expect(throws: NotebookError(line: 3, column: 9,
                                      kind: .frontMatterValue(key: "execute.seed", expected: .unsignedInteger, found: "-1"))) {
            try Notebook.parse(source: "---\nexecute:\n  seed: -1\n---\n", path: "f.md")
        }
        #expect(throws: NotebookError(line: 2, column: 8,
                                      kind: .frontMatterValue(key: "title", expected: .string, found: "[…]"))) {
            try Notebook.parse(source: "---\ntitle: [a, b]\n---\n", path: "f.md")
        }
    }

    @Test func frontMatterMustBeAMapping() {
        #expect(throws: NotebookError(line: 2, column: 1, kind: .frontMatterNotMapping)) {
            try Notebook.parse(source: "---\n- a\n- b\n---\n", path: "f.md")
        }
    }

    @Test func unclosedFrontMatter() {
        #expect(throws: NotebookError(line: 1, column: 1, kind: .unclosedFrontMatter)) {
            try Notebook.parse(source: "---\ntitle: a\n\n# Heading\n", path: "f.md")
        }
    }

    @Test func ruleFollowedByABlankLineIsNotFrontMatter() throws {
        let notebook = try Notebook.parse(source: "---\n\nText\n", path: "f.md")
        #expect(notebook.frontMatter == FrontMatter())
        #expect(notebook.blocks == [.thematicBreak, .paragraph([.text("Text")])])
    }

    @Test func windowsLineEndings() throws {
        let notebook = try Notebook.parse(source: "---\r\ntitle: T\r\n---\r\n# H\r\n\r\n$x_1$\r\n", path: "f.md")
        #expect(notebook.frontMatter.title == "T")
        #expect(notebook.headings.map(\.line) == [4])
    }
}
