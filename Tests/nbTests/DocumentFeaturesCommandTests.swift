import Foundation
import Testing

/// `nb render` on a lecture with a bibliography beside it, as a user runs it: the
/// references come from the `.bib` in the notebook's folder, a path out of the
/// folder is refused with a warning at its front-matter line, and an unknown
/// cross-reference is a warning at its place while the report is still written.
@Suite struct DocumentFeaturesCommandTests {
    @Test func renderWithBibliographyAndReferences() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nb-docs-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("lecture")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try """
            @misc{menon2024, author = {Menon, Govind}, title = {The geometry of the deep linear network},
              year = 2024, url = {https://arxiv.org/abs/2411.09004}}
            """.write(to: folder.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
        try "@misc{secret, title = {outside}, year = 1}".write(to: root.appendingPathComponent("outside.bib"),
                                                               atomically: true, encoding: .utf8)
        try """
            ---
            title: Lecture
            bibliography: refs.bib
            ---
            ::: {#thm-a}
            Statement.
            :::

            By @thm-a and @menon2024; see @fig-missing.
            """.write(to: folder.appendingPathComponent("n.md"), atomically: true, encoding: .utf8)
        let output = try await ProcessRun.run(try NBExecutable.url(), ["render", "n.md"], in: folder)
        #expect(output.status == 0, "\(output.ending): \(output.stderr)")
        #expect(output.stderr.contains("n.md:9:31: warning: '@fig-missing' refers to no figure"), "\(output.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("n.html"), encoding: .utf8)
        #expect(html.contains("<strong>Theorem 1</strong>"))
        #expect(html.contains("<a class=\"xref\" href=\"#thm-a\">Theorem 1</a>"))
        #expect(html.contains("Menon (<a href=\"#ref-menon2024\">2024</a>)"))
        #expect(html.contains("<li id=\"ref-menon2024\">Menon, Govind. 2024."))

        try """
            ---
            bibliography: ../outside.bib
            ---
            [@secret]
            """.write(to: folder.appendingPathComponent("n.md"), atomically: true, encoding: .utf8)
        let refused = try await ProcessRun.run(try NBExecutable.url(), ["render", "n.md"], in: folder)
        #expect(refused.status == 0, "\(refused.ending): \(refused.stderr)")
        #expect(refused.stderr.contains("n.md:2:15: warning: bibliography '../outside.bib' must be a file in the notebook's folder"),
                "\(refused.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("n.html"), encoding: .utf8)
        #expect(!page.contains("outside</"))
    }
}
