import Testing
@testable import Report

/// Small golden HTML for the prose blocks (reviewed by hand).
@Suite struct ProseHTMLTests {
    /// The body between the table of contents (or `<main>`) and `</main>`.
    func body(_ markdown: String) throws -> String {
        let html = try render(markdown).html
        let main = html.components(separatedBy: "<main class=\"notebook\">\n")[1]
        let afterTOC = main.components(separatedBy: "</nav>\n").last ?? main
        return afterTOC.components(separatedBy: "</main>")[0]
    }

    @Test func listsQuotesAndCode() throws {
        #expect(try body("""
            ---
            toc: false
            ---
            3. tight *one*
            4. **two**

            - loose

            - item

            > quote

            ```python
            x = "<b>"
            ```

            ***
            """) == """
            <ol start="3">
            <li>tight <em>one</em>
            </li>
            <li><strong>two</strong>
            </li>
            </ol>
            <ul>
            <li><p>loose</p>
            </li>
            <li><p>item</p>
            </li>
            </ul>
            <blockquote>
            <p>quote</p>
            </blockquote>
            <pre class="code-block"><code class="language-python">x = &quot;&lt;b&gt;&quot;
            </code></pre>
            <hr>

            """.replacingOccurrences(of: "&quot;", with: "\""))
    }

    @Test func contentsNestByLevel() throws {
        let html = try render("## Start at two\n# One\n## Two\n### Three\n# Back\n").html
        let toc = html.components(separatedBy: "<nav")[1].components(separatedBy: "</nav>")[0]
        #expect(toc.contains("""
            <ol>
            <li><a href="#start-at-two">Start at two</a></li>
            <li><a href="#one">One</a>
            <ol>
            <li><a href="#two">Two</a>
            <ol>
            <li><a href="#three">Three</a></li>
            </ol></li>
            </ol></li>
            <li><a href="#back">Back</a></li>
            </ol>
            """))
    }

    @Test func linksInHeadingsAreNotNestedInTheContents() throws {
        let html = try render("# See [the paper](https://arxiv.org)\n").html
        #expect(html.contains(##"<a href="#see-the-paper">See <span>the paper</span></a>"##))
        #expect(html.contains(##"<h1 id="see-the-paper">See <a href="https://arxiv.org">the paper</a>"##))
    }
}
