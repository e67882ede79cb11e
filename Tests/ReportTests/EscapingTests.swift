import Markup
import Cells
import Testing
@testable import Report

/// Every string from the notebook or from cell output is escaped (DESIGN §4).
@Suite struct EscapingTests {
    static let attack = "<script>alert(1)</script>"

    /// The report contains no `<script` at all, and the attack is shown as text.
    func expectInert(_ html: String, shownTimes: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!html.lowercased().contains("<script"), sourceLocation: sourceLocation)
        let shown = html.occurrences(of: "&lt;script&gt;alert(1)&lt;/script&gt;")
        if let shownTimes {
            #expect(shown == shownTimes, sourceLocation: sourceLocation)
        } else {
            #expect(shown > 0, sourceLocation: sourceLocation)
        }
    }

    @Test func prose() throws {
        // A code span and an autolink-like text; `<script>` as raw HTML is dropped, not shown.
        let html = try render("Text `\(Self.attack)` and \\<script>alert(1)\\</script>").html
        expectInert(html, shownTimes: 2)
    }

    @Test func rawScriptInProseIsDroppedNotExecuted() throws {
        let html = try render("Before \(Self.attack) after\n\n\(Self.attack)\n").html
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func heading() throws {
        let html = try render("# `\(Self.attack)` & <b>\n").html
        // In the heading, in the table of contents and in <title> (the first heading's text).
        expectInert(html, shownTimes: 3)
        #expect(!html.contains("<b>"))
    }

    @Test func textInMath() throws {
        let html = try render(#"$\text{<script>alert(1)</script>}$"#).html
        #expect(!html.lowercased().contains("<script"))
    }

    @Test func frontMatter() throws {
        let html = try render("""
            ---
            title: "\(Self.attack)"
            subtitle: "\(Self.attack)"
            author: "\(Self.attack)"
            date: "\(Self.attack)"
            abstract: "\(Self.attack)"
            ---
            Body
            """).html
        // Title, subtitle and abstract are Markdown: there the script is raw
        // HTML and left out. <title>, the author (and its meta) and the date are text.
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(html.contains("<meta name=\"author\" content=\"&lt;script&gt;alert(1)&lt;/script&gt;\">"))
        #expect(html.occurrences(of: "&lt;script&gt;alert(1)&lt;/script&gt;") == 4)
        #expect(html.contains("<h1 class=\"title\"><!-- raw HTML omitted --></h1>"))
        #expect(html.occurrences(of: "raw HTML omitted") == 3)
    }

    @Test func escapedMarkupInTheTitleIsText() throws {
        let html = try render("---\ntitle: \"`<script>` \\\\<b>\"\n---\n").html
        #expect(html.contains("<h1 class=\"title\"><code>&lt;script&gt;</code> &lt;b&gt;</h1>"))
    }

    @Test func cellSourceOutputChecksErrorsAndCaptions() throws {
        let markdown = """
            ```swift
            //| fig-cap: "\(Self.attack)"
            let s = "\(Self.attack)" // \(Self.attack)
            print(s)
            ```
            """
        let result = CellResult(
            index: 0, ran: true, stdout: Self.attack + "\n", figures: [.init()],
            display: .text(Self.attack),
            checks: [CheckOutcome(message: Self.attack, passed: false, line: 3, column: 1)],
            error: CellError(line: 3, column: 9, kind: .syntax(message: Self.attack)))
        let html = try render(markdown, results: [result]).html
        #expect(!html.lowercased().contains("<script"))
        // code (string and comment: 2), stdout, value, check, summary (check and error: 2), error
        // message, the failing source line under it (string and comment: 2). The caption is
        // Markdown, whose raw HTML is left out as in prose.
        #expect(html.occurrences(of: "&lt;script&gt;alert(1)&lt;/script&gt;") == 10)
        #expect(html.contains("</span> <!-- raw HTML omitted --></figcaption>"))
    }

    @Test func attributeEscaping() {
        #expect(Escaping.attribute("a\"b'c<d>&\n") == "a&quot;b&#39;c&lt;d&gt;&amp;&#10;")
        #expect(Escaping.text("a\u{0}b\u{7}c\u{FFFE}\td") == "abc\td")
    }

    @Test func linkDestinationsAndTitles() throws {
        let html = try render(#"[x](http://a.b/?q="x"&y=<z> "t\"itle")"#).html
        #expect(html.contains(#"<a href="http://a.b/?q=&quot;x&quot;&amp;y=&lt;z&gt;" title="t&quot;itle">x</a>"#))
        #expect(html.contains(#"title="t&quot;itle""#))
    }

    /// Issue 10's injections: each is a link in the Markdown, none may become an `href` that runs script.
    @Test("Links whose scheme hides behind references, controls, tabs or newlines lose their link", arguments: [
        "[click](&#1;javascript:alert(1))", "[click](java&#9;script:alert(1))", "[click](java&#10;script:alert(1))",
        "[click](java&#13;script:alert(1))", "[click](&#12;javascript:alert(1))", "<&#9;javascript:alert(1)>",
        "[click](javascript:alert(1))", "[click](JAVASCRIPT:alert(1))", "![img](javascript:alert(1))",
        "[click][r]\n\n[r]: &#1;javascript:alert(1)", "[click](vbscript:x)", "[click](data:text/html,x)",
    ])
    func scriptSchemesNeverReachAnHref(markdown: String) throws {
        let html = try render(markdown.replacingOccurrences(of: "\\n", with: "\n")).html.lowercased()
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("href=\"vbscript"))
        #expect(!html.contains("href=\"data"))
        #expect(!html.contains("src=\"javascript"))
        for attribute in ["href=\"", "src=\""] {
            for part in html.components(separatedBy: attribute).dropFirst() {
                let url = part.prefix { $0 != "\"" }
                let scheme = url.prefix { $0 != ":" && $0 != "/" && $0 != "#" && $0 != "?" }
                #expect(url.isEmpty || !url.contains(":") || ["http", "https", "mailto"].contains(String(scheme)) || scheme.count == url.count,
                        "\(attribute)\(url)")
            }
        }
    }

    @Test func allowedLinksStayLinks() throws {
        let html = try render("[paper](https://arxiv.org/abs/1810.02281) and [up](#top) and <mailto:a@b.c>").html
        #expect(html.contains(#"<a href="https://arxiv.org/abs/1810.02281">paper</a>"#))
        #expect(html.contains(##"<a href="#top">up</a>"##))
        #expect(html.contains(#"href="mailto:a@b.c""#))
    }
}

