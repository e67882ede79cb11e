import Diagnostics
import Notebook
import Testing
@testable import Report

/// What the report leaves out is said at its place in the `.md` file, in
/// words a writer can act on (issues 10 and 19).
@Suite struct ReportWarningTests {
    @Test func refusedLinksWarnAtTheirPlace() throws {
        let report = try render("""
            # Links

            See [click](javascript:alert(1)) and
            > <vbscript:x> ![img](data:text/html,x) [ok](https://a.b)
            > [ref][r]

            [r]: &#1;javascript:y
            """)
        #expect(report.warnings == [
            ReportWarning(line: 3, column: 5, kind: .document(.refusedURL(scheme: "javascript"))),
            ReportWarning(line: 4, column: 3, kind: .document(.refusedURL(scheme: "vbscript"))),
            ReportWarning(line: 4, column: 16, kind: .document(.refusedURL(scheme: "data"))),
            ReportWarning(line: 5, column: 3, kind: .document(.refusedURL(scheme: "javascript"))),
        ])
        #expect(Messages.text(for: NotebookWarningKind.refusedURL(scheme: "javascript"))
                == "link to a 'javascript:' URL left out (a report links only to http, https, mailto and relative URLs)")
    }

    @Test func withUnsafeHTMLTheWriterIsTrustedAndNothingIsSaid() throws {
        let report = try render("[click](javascript:alert(1))", options: ReportOptions(unsafeHTML: true))
        #expect(report.warnings.isEmpty)
    }

    @Test func aLinkInAHeadingIsReportedOnce() throws {
        let report = try render("# See ![x](javascript:1)\n")
        #expect(report.warnings.count == 1)
    }
}

/// The words of notebook problems (Diagnostics writes them; the cases are Notebook's).
@Suite struct NotebookMessageTests {
    @Test func yamlValueProblemsSayTheFix() {
        #expect(Messages.text(for: NotebookErrorKind.yamlValueSyntax(section: .cellOptions, key: "fig-cap",
                                                                      problem: .colonInPlainValue))
                == #"a value containing ': ' must be quoted: //| fig-cap: "…""#)
        #expect(Messages.text(for: NotebookErrorKind.yamlValueSyntax(section: .frontMatter, key: "subtitle",
                                                                      problem: .colonInPlainValue))
                == #"a value containing ': ' must be quoted: subtitle: "…""#)
        #expect(Messages.text(for: NotebookErrorKind.yamlValueSyntax(section: .cellOptions, key: "fig-cap",
                                                                      problem: .reservedFirstCharacter("@")))
                == #"a value starting with '@' must be quoted: //| fig-cap: "…""#)
    }

    @Test func limitsAreNamed() {
        #expect(Messages.text(for: NotebookErrorKind.yamlAliasExpansion(section: .frontMatter, limit: 100_000))
                == "YAML aliases in front matter expand to more than 100000 values (the limit)")
        #expect(Messages.text(for: NotebookErrorKind.yamlNestingTooDeep(section: .cellOptions, limit: 64))
                == "YAML nested more than 64 levels deep in cell options")
        #expect(Messages.text(for: NotebookErrorKind.yamlTooLarge(section: .frontMatter, limit: 1 << 20))
                == "front matter longer than the limit of 1048576 bytes")
    }

    @Test func warnings() {
        #expect(Messages.text(for: NotebookWarningKind.unknownFrontMatterKey(key: "tilte", known: FrontMatter.keys))
                == "unknown front-matter key 'tilte' is ignored (did you mean 'title'?)")
        #expect(Messages.text(for: NotebookWarningKind.unknownCellOption(key: "ecoh", known: CellOptions.names))
                == "unknown cell option 'ecoh' is ignored (did you mean 'echo'?)")
        #expect(Messages.text(for: NotebookWarningKind.unknownFrontMatterKey(key: "math.foo", known: ["macros"]))
                == "unknown front-matter key 'math.foo' is ignored (known: macros)")
        #expect(Messages.text(for: NotebookWarningKind.controlCharacter("\u{C}"))
                == "control character U+000C left out of the text")
        #expect(Messages.text(for: NotebookWarningKind.cellInsideHTMLBlock(htmlLine: 3))
                == "this swift cell is inside the HTML block that starts on line 3 and will not run; "
                    + "end the HTML block with a blank line before the fence")
    }

    @Test func documentFeatureWords() {
        #expect(Messages.text(for: NotebookErrorKind.duplicateLabel(label: "thm-a", other: SourcePosition(line: 7, column: 1)))
                == "label 'thm-a' is also defined at line 7, column 1; labels must be unique")
        #expect(Messages.text(for: NotebookWarningKind.unknownCrossReference(label: "fig-x"))
                == "'@fig-x' refers to no figure, equation, section or theorem labelled 'fig-x'")
        #expect(Messages.text(for: NotebookWarningKind.unclosedDiv)
                == "this div is never closed with a ':::' line; it ends where the document ends")
        #expect(Messages.text(for: NotebookWarningKind.bibliographySyntax(
            name: "refs.bib", problem: BibTeXProblem(line: 4, column: 13, kind: .expected(.fieldSeparator))))
                == "refs.bib:4:13: expected ',' between fields; the entry is skipped")
        #expect(Messages.text(for: NotebookWarningKind.bibliographyFile(name: "../x.bib", problem: .outsideFolder))
                == "bibliography '../x.bib' must be a file in the notebook's folder (no absolute path, no '..')")
        #expect(Messages.text(for: NotebookWarningKind.unknownCallout(className: "callout-warnng", known: ["callout-note", "callout-warning"]))
                == "unknown callout 'callout-warnng': the div is shown plain (did you mean 'callout-warning'?)")
        #expect(Messages.text(for: NotebookWarningKind.unknownCallout(className: "callout-x", known: ["callout-note", "callout-tip"]))
                == "unknown callout 'callout-x': the div is shown plain (callouts: callout-note, callout-tip)")
        #expect(Messages.text(for: NotebookWarningKind.unknownNotebook(label: "session9#thm-a", file: "session9.md"))
                == "'@session9#thm-a' refers to 'session9.md', which is not a notebook in this notebook's folder")
        #expect(Messages.text(for: NotebookWarningKind.bibliographyFile(name: "missing.bib", problem: .notFound))
                == "bibliography 'missing.bib' does not exist: no such file in the notebook's folder")
        #expect(Messages.text(for: NotebookWarningKind.unknownFrontMatterKey(key: "bibliograhy", known: FrontMatter.keys))
                == "unknown front-matter key 'bibliograhy' is ignored (did you mean 'bibliography'?)")
    }
}
