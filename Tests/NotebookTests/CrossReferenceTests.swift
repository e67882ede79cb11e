import Testing
@testable import Notebook

/// Cross-references numbered as a reader counts them, and pandoc's citation
/// syntax (the examples of pandoc's manual, "Citation syntax").
@Suite struct CrossReferenceTests {
    private static let lecture = """
        # Setting {#sec-setting}

        See @thm-balance, @lem-gram and @eq-flow; the loss is in @fig-loss. @sec-setting sets it up.

        ::: {#lem-gram}
        Gram matrices are symmetric.
        :::

        $$
        \\dot W = -\\nabla L
        $$ {#eq-flow}

        ::: {#thm-balance name="Balance"}
        Balanced.
        :::

        $$ a = b $$ {#eq-second}

        ::: {#thm-second}
        Again.
        :::

        ```swift
        //| label: fig-loss
        //| fig-cap: Loss
        let x = 1
        ```
        """

    @Test func numbersInReadingOrderEachTheoremKindOnItsOwn() throws {
        let notebook = try Notebook.parse(source: Self.lecture, path: "l.md")
        #expect(notebook.warnings.isEmpty)
        let refs = notebook.crossReferences
        // What a reader counts: the lemma is Lemma 1 though it follows no theorem;
        // the second theorem is Theorem 2; equations (1), (2); one figure.
        #expect(refs["lem-gram"]?.number == 1 && refs["lem-gram"]?.kind == .theorem(.lemma))
        #expect(refs["thm-balance"]?.number == 1 && refs["thm-balance"]?.kind == .theorem(.theorem))
        #expect(refs["thm-second"]?.number == 2)
        #expect(refs["eq-flow"]?.number == 1 && refs["eq-flow"]?.kind == .equation)
        #expect(refs["eq-second"]?.number == 2)
        #expect(refs["fig-loss"]?.number == 1 && refs["fig-loss"]?.kind == .figure)
        #expect(refs["sec-setting"]?.kind == .section && refs["sec-setting"]?.title == [.text("Setting")])
        // The heading's `{#sec-…}` is its anchor and is not part of its text.
        #expect(notebook.headings.map(\.anchor) == ["sec-setting"])
        #expect(notebook.headings[0].content == [.text("Setting")])
    }

    @Test func referencesInTextWithTheirPositions() throws {
        let notebook = try Notebook.parse(source: Self.lecture, path: "l.md")
        guard case .paragraph(let inlines) = notebook.blocks[1] else { Issue.record("\(notebook.blocks)"); return }
        #expect(inlines == [
            .text("See "), .crossReference(label: "thm-balance", position: SourcePosition(line: 3, column: 5)),
            .text(", "), .crossReference(label: "lem-gram", position: SourcePosition(line: 3, column: 19)),
            .text(" and "), .crossReference(label: "eq-flow", position: SourcePosition(line: 3, column: 33)),
            .text("; the loss is in "), .crossReference(label: "fig-loss", position: SourcePosition(line: 3, column: 58)),
            .text(". "), .crossReference(label: "sec-setting", position: SourcePosition(line: 3, column: 69)),
            .text(" sets it up."),
        ])
    }

    @Test func unknownReferenceWarnsWhereItIsWritten() {
        let notebook = Notebook.read(source: "Text.\n\nAs in @fig-nope and @thm-none.\n", path: "u.md")
        #expect(notebook.warnings == [
            NotebookWarning(line: 3, column: 7, kind: .unknownCrossReference(label: "fig-nope")),
            NotebookWarning(line: 3, column: 21, kind: .unknownCrossReference(label: "thm-none")),
        ])
    }

    @Test func duplicateLabelIsAnErrorAtBothPlaces() {
        let notebook = Notebook.read(source: """
            ::: {#thm-a}
            One.
            :::

            $$ x $$ {#eq-a}

            ::: {#thm-a}
            Two.
            :::
            """, path: "d.md")
        #expect(notebook.errors == [
            NotebookError(line: 1, column: 1, kind: .duplicateLabel(label: "thm-a", other: SourcePosition(line: 7, column: 1))),
            NotebookError(line: 7, column: 1, kind: .duplicateLabel(label: "thm-a", other: SourcePosition(line: 1, column: 1))),
        ])
    }

    @Test func emailCodeAndMathAreNoReferences() throws {
        let notebook = try Notebook.parse(source: """
            Mail me@example.org or <you@example.org>; `@fig-a` in code; $@fig-a$ in math.
            """, path: "e.md")
        #expect(notebook.warnings.isEmpty)
        var found: [Inline] = []
        notebook.blocks.forEachInline { if case .crossReference = $0 { found.append($0) }; if case .citation = $0 { found.append($0) } }
        #expect(found.isEmpty)
    }

    @Test func pandocCitationSyntax() {
        // The examples of pandoc's manual.
        func items(_ text: String) -> [Inline] { ReferenceScanner.split(text) { SourcePosition(line: 1, column: $0 + 1) } }
        #expect(items("Blah blah [see @doe99, pp. 33-35; also @smith04, chap. 1].") == [
            .text("Blah blah "),
            .citation(Citation(items: [
                .init(key: "doe99", prefix: "see", suffix: "pp. 33-35", position: SourcePosition(line: 1, column: 16)),
                .init(key: "smith04", prefix: "also", suffix: "chap. 1", position: SourcePosition(line: 1, column: 40)),
            ], narrative: false, source: "[see @doe99, pp. 33-35; also @smith04, chap. 1]")),
            .text("."),
        ])
        #expect(items("Smith says blah [-@smith04].") == [
            .text("Smith says blah "),
            .citation(Citation(items: [.init(key: "smith04", suppressAuthor: true, position: SourcePosition(line: 1, column: 19))],
                               narrative: false, source: "[-@smith04]")),
            .text("."),
        ])
        #expect(items("@smith04 says blah.") == [
            .citation(Citation(items: [.init(key: "smith04", position: SourcePosition(line: 1, column: 1))],
                               narrative: true, source: "@smith04")),
            .text(" says blah."),
        ])
        // A key ends before trailing punctuation; internal punctuation stays.
        guard case .citation(let c) = items("(@Foo:bar.baz.)")[1] else { Issue.record("no citation"); return }
        #expect(c.items[0].key == "Foo:bar.baz")
        // Brackets without a key are text; bracketed cross-references are written without brackets.
        #expect(items("[sic] and [@fig-a]") == [.text("[sic] and "), .crossReference(label: "fig-a", position: SourcePosition(line: 1, column: 12))])
    }

    @Test func citationsResolveAgainstFrontMatterReferences() {
        let notebook = Notebook.read(source: """
            ---
            references:
            - id: du2018
              type: paper-conference
              author: [{family: Du, given: Simon S.}, {family: Hu, given: Wei}, {family: Lee, given: Jason D.}]
              issued: {date-parts: [[2018]]}
              title: Algorithmic regularization in learning deep homogeneous models
              container-title: Advances in Neural Information Processing Systems
            ---
            As @du2018 show [see @du2018, p. 4; @nobody].
            """, path: "c.md", files: .files([:]))
        #expect(notebook.errors.isEmpty)
        #expect(notebook.bibliography.entries.map(\.key) == ["du2018"])
        #expect(notebook.bibliography["du2018"]?.authors.map(\.family) == ["Du", "Hu", "Lee"])
        #expect(notebook.bibliography["du2018"]?.year == "2018")
        #expect(notebook.bibliography["du2018"]?.type == .paperConference)
        #expect(notebook.warnings == [NotebookWarning(line: 10, column: 37, kind: .unknownCitation(key: "nobody"))])
    }

    @Test func bibliographyFileIsReadFromTheFolder() {
        let notebook = Notebook.read(source: """
            ---
            bibliography: refs.bib
            ---
            [@menon2024]
            """, path: "c.md", files: .files(["refs.bib": """
                @misc{menon2024,
                  author = {Menon, Govind},
                  title = {The geometry of the deep linear network},
                  year = 2024,
                  eprint = {2411.09004}, archivePrefix = {arXiv},
                }
                """]))
        #expect(notebook.warnings.isEmpty)
        #expect(notebook.bibliography["menon2024"]?.authors == [PersonName(family: "Menon", given: "Govind")])
        #expect(notebook.bibliography["menon2024"]?.containerTitle == "arXiv:2411.09004")
        let missing = Notebook.read(source: "---\nbibliography: none.bib\n---\nText.\n", path: "c.md", files: .files([:]))
        #expect(missing.warnings == [NotebookWarning(line: 2, column: 15, kind: .bibliographyFile(name: "none.bib", problem: .notFound))])
    }

    @Test func withoutBibliographyAtWordsStayText() {
        let notebook = Notebook.read(source: "Ask @alice.\n\nSee [@bob].\n", path: "n.md", files: .files([:]))
        #expect(notebook.warnings == [NotebookWarning(line: 3, column: 6, kind: .noBibliography)])
    }
}

@Suite struct BibTeXReaderTests {
    @Test func entriesBracesQuotesStringsAndAccents() {
        let (entries, problems) = BibTeXReader.read("""
            Comments outside entries are ignored.
            @string{neurips = "Advances in Neural Information Processing Systems"}
            @InProceedings{du2018,
              author    = {Du, Simon S. and Wei Hu and Lee, Jason D.},
              title     = "Algorithmic Regularization in Learning Deep {Homogeneous} Models",
              booktitle = neurips # { 31},
              pages     = {384--395},
              year      = {2018},
              doi       = {10.48550/arXiv.1806.00900}
            }
            @article(erdos, author = {Paul Erd{\\H o}s and G{\\"o}del, Kurt and {\\AA}str{\\"{o}}m, K. J. and M\\"uller, J.},
              title = {{\\'E}tude na\\"ive \\& fa\\c{c}ile --- \\ss}, journal = {J}, year = 1950, month = jan)
            @comment{ nothing }
            """)
        #expect(problems.isEmpty)
        #expect(entries.map(\.key) == ["du2018", "erdos"])
        let du = entries[0]
        #expect(du.type == .paperConference)
        #expect(du.authors == [PersonName(family: "Du", given: "Simon S."), PersonName(family: "Hu", given: "Wei"),
                               PersonName(family: "Lee", given: "Jason D.")])
        #expect(du.title == "Algorithmic Regularization in Learning Deep Homogeneous Models")
        #expect(du.containerTitle == "Advances in Neural Information Processing Systems 31")
        #expect(du.pages == "384–395")
        #expect(du.doi == "10.48550/arXiv.1806.00900")
        let erdos = entries[1]
        #expect(erdos.authors.map(\.family) == ["Erdős", "Gödel", "Åström", "Müller"])
        #expect(erdos.title == "Étude naïve & façile — ß")
        #expect(erdos.year == "1950")
    }

    @Test func problemsAreLocatedAndReadingGoesOn() {
        let (entries, problems) = BibTeXReader.read("""
            @article{broken,
              title = {never closed
            @book{ok, title = {Fine}, year = 2000}
            @book{nokey title = {x}}
            """)
        #expect(entries.map(\.key) == ["ok"])
        #expect(problems == [
            BibTeXProblem(line: 2, column: 11, kind: .unclosedEntry),
            BibTeXProblem(line: 4, column: 13, kind: .expected(.fieldSeparator)),
        ])
    }

    @Test func limits() {
        let deep = "@misc{k, title = " + String(repeating: "{", count: 100) + "}"
        #expect(BibTeXReader.read(deep).problems.first?.kind == .nestingTooDeep(limit: BibTeXReader.maximumDepth))
    }
}

/// Hostile input for the div, reference and BibTeX readers: each ends with
/// located, bounded diagnostics (the readers are linear in their input).
@Suite struct HostileDocumentInputTests {
    @Test func oneHundredThousandNestedDivsAreOneError() {
        let notebook = Notebook.read(source: String(repeating: "::: {.d}\n", count: 100_000), path: "h.md", files: .files([:]))
        #expect(notebook.errors == [NotebookError(line: 33, column: 1, kind: .divNestingTooDeep(limit: 32))])
        #expect(notebook.warnings.count == 32)
        #expect(notebook.warnings.allSatisfy { $0.kind == .unclosedDiv })
    }

    @Test func aMegabyteOfAttributesIsOneWarning() {
        let notebook = Notebook.read(source: "::: {" + String(repeating: ".a ", count: 400_000) + "}\nx\n:::\n",
                                     path: "h.md", files: .files([:]))
        #expect(notebook.warnings == [NotebookWarning(line: 1, column: 5, kind: .divAttributes(.tooLong(limit: 4096)))])
    }

    @Test func twentyThousandFormulasWithCitationsInOneParagraph() {
        let source = "---\nreferences:\n- id: a\n  title: A\n---\n" + String(repeating: "$x$ see @a ", count: 20_000) + "\n"
        let notebook = Notebook.read(source: source, path: "h.md", files: .files([:]))
        #expect(notebook.warnings.isEmpty)
        #expect(notebook.blocks.citations.count == 20_000)
        #expect(notebook.blocks.citations.last?.items.first?.position == SourcePosition(line: 6, column: 19_999 * 11 + 9))
    }

    @Test func twentyThousandUnclosedBibTeXEntries() {
        let (entries, problems) = BibTeXReader.read(String(repeating: "@misc{k, title = {x\n", count: 20_000)
            + "@misc{last, title = {ok}}\n")
        #expect(entries.map(\.key) == ["last"])
        #expect(problems.count == 20_000)
        #expect(problems.first == BibTeXProblem(line: 1, column: 18, kind: .unclosedEntry))
    }
}

/// `@session1#thm-balance`: a label in another notebook of the folder (a course), read from
/// that notebook and linked to its report.
@Suite struct CrossNotebookReferenceTests {
    static let session1 = "# One\n\n::: {#thm-first}\nA.\n:::\n\n::: {#thm-balance}\nB.\n:::\n\n$$ x = 1 $$ {#eq-one}\n"

    @Test func aLabelInAnotherNotebookIsResolvedThere() {
        let notebook = Notebook.read(source: "See @session1#thm-balance and @session1#eq-one.\n", path: "session2.md",
                                     files: .files(["session1.md": Self.session1]))
        #expect(notebook.warnings.isEmpty)
        #expect(notebook.crossReferences["session1#thm-balance"]?.number == 2)
        #expect(notebook.crossReferences["session1#thm-balance"]?.document == "session1")
        #expect(notebook.crossReferences["session1#eq-one"]?.kind == .equation)
    }

    @Test func anUnknownLabelOrNotebookIsAWarningAtItsPlace() {
        let notebook = Notebook.read(source: "See @session1#thm-nope.\n\nAnd @session9#thm-a.\n", path: "session2.md",
                                     files: .files(["session1.md": Self.session1]))
        #expect(notebook.warnings.map(\.line) == [1, 3])
        #expect(notebook.warnings.map(\.kind) == [.unknownCrossReference(label: "session1#thm-nope"),
                                                 .unknownNotebook(label: "session9#thm-a", file: "session9.md")])
    }

    @Test func aNameThatIsNoNotebookNameIsNoReference() {
        #expect(CrossReferences.Kind(label: "javascript:x#thm-a") == nil)
        #expect(CrossReferences.Kind(label: "../up#thm-a") == nil)
        #expect(CrossReferences.Kind(label: "session1#thm-a") == .theorem(.theorem))
    }
}
