import Cells
import Notebook
import Testing
@testable import Report

@Suite struct ReportStructureTests {
    @Test func selfContainedPage() throws {
        let html = try render("""
            ---
            title: Balance
            lang: en-GB
            ---
            # One
            """).html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>Balance</title>"))
        #expect(html.contains("<style>") && !html.contains("<link") && !html.lowercased().contains("<script"))
        #expect(html.contains(#""Latin Modern Math", "STIX Two Math", "Cambria Math""#))
        #expect(html.contains("@media print"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func titleBlock() throws {
        let html = try render("""
            ---
            title: Deep Linear Networks
            subtitle: Session 1
            author: [A. Lecturer, B. Tutor]
            date: 2024-09-12
            abstract: |
              First paragraph.

              Second paragraph.
            ---
            Body
            """).html
        #expect(html.contains("""
            <header class="title-block">
            <h1 class="title">Deep Linear Networks</h1>
            <p class="subtitle">Session 1</p>
            <p class="authors"><span class="author">A. Lecturer</span>, <span class="author">B. Tutor</span></p>
            <p class="date">2024-09-12</p>
            <section class="abstract">
            <h2 class="abstract-title">Abstract</h2>
            <p>First paragraph.</p>
            <p>Second paragraph.</p>
            </section>
            </header>
            """))
    }

    @Test func titleBlockMathComesFirst() throws {
        let report = try render("""
            ---
            title: Flows on $\\mathbb{R}^n$ and $\\unknown$
            abstract: |
              We *show* $\\unknown$.
            ---
            Body $\\unknown$
            """)
        #expect(report.html.contains("<h1 class=\"title\">Flows on <math"))
        #expect(report.html.contains("<p>We <em>show</em> <span class=\"math-nowrap\"><math"))
        // In reading order: title, abstract, body; the abstract's column is approximate.
        #expect(report.mathErrors.map(\.line) == [2, 4, 6])
        #expect(report.mathErrors.first?.column == 37)
    }

    @Test func headingsAreAnchoredAndListedInTheContents() throws {
        let html = try render("""
            # Intro
            ## The $\\phi$ map
            ### Deep
            #### Too deep for the contents
            ## Intro
            # Next
            """).html
        #expect(html.contains(##"<h1 id="intro">Intro<a class="anchor" href="#intro" aria-label="Link to this section">#</a></h1>"##))
        #expect(html.contains(#"<h2 id="intro-1">"#))
        #expect(html.contains(#"<h2 id="the-phi-map">The <math"#))
        let toc = html.components(separatedBy: "<nav class=\"toc\"")[1].components(separatedBy: "</nav>")[0]
        #expect(toc.occurrences(of: "<li>") == 5)
        #expect(!toc.contains("Too deep"))
        #expect(toc.contains(##"<a href="#the-phi-map">The <math"##))
        // Nested: Intro > (The φ map > Deep), Intro-1; Next
        #expect(toc.occurrences(of: "<ol>") == 3 && toc.occurrences(of: "</ol>") == 3)
        #expect(toc.occurrences(of: "<li>") == toc.occurrences(of: "</li>"))
    }

    @Test func contentsCanBeTurnedOff() throws {
        let html = try render("---\ntoc: false\n---\n# A\n").html
        #expect(!html.contains("<nav"))
    }

    @Test func rawHTMLIsLeftOutUnlessAskedFor() throws {
        let markdown = "<div class=\"x\">block</div>\n\nSome <kbd>inline</kbd> HTML and [a](javascript:alert(1)).\n"
        let safe = try render(markdown).html
        #expect(!safe.contains("<div class=\"x\">") && !safe.contains("<kbd>"))
        #expect(safe.occurrences(of: "raw HTML omitted") == 3)
        #expect(safe.contains("<span>a</span>") && !safe.contains("javascript"))   // the link is dropped, its text kept
        let unsafe = try render(markdown, options: ReportOptions(unsafeHTML: true)).html
        #expect(unsafe.contains("<div class=\"x\">block</div>") && unsafe.contains("<kbd>inline</kbd>"))
        #expect(unsafe.contains(#"<a href="javascript:alert(1)">a</a>"#))
    }

    @Test func sameInputSameBytes() throws {
        let source = try fixture("math-heavy.md")
        let results = [CellResult(index: 0, ran: true, stdout: "gap: 1\n", figures: [.init(), .init()],
                                  checks: [CheckOutcome(message: "balanced", passed: true, line: 96, column: 1)])]
        let first = try render(source, results: results, path: "math-heavy.md")
        let second = try render(source, results: results, path: "math-heavy.md")
        #expect(first == second)
        #expect(first.html.utf8.count > 10_000)
    }

    @Test func mathIsConvertedInDocumentOrderWithPositions() throws {
        let report = try render("""
            ---
            title: t
            ---
            # Heading $\\unknown$

            Text $a + \\unknown$ and
            \\begin{align*}
            x &= 1 \\\\
            y &= \\unknown
            \\end{align*}
            """)
        #expect(report.mathErrors.map(\.line) == [4, 6, 9])
        #expect(report.mathErrors.map(\.column) == [12, 11, 6])
        #expect(report.mathErrors.allSatisfy { $0.error.kind == .unknownCommand("unknown") })
    }

    @Test func macrosFromFrontMatter() throws {
        let with = try render("---\nmath:\n  macros:\n    grad: \"\\\\operatorname{grad}\"\n---\n$\\grad f$\n")
        #expect(with.mathErrors.isEmpty)
        let without = try render("$\\grad f$\n")
        #expect(without.mathErrors.map(\.error.kind) == [.unknownCommand("grad")])
    }
}
