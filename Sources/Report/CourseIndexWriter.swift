import Markup
import Notebook

/// One notebook of a course, as its index shows it.
public struct CourseEntry: Sendable {
    public var notebook: Notebook
    /// The report's file name, relative to the index (`session1.html`).
    public var reportName: String
    public var outcome: Outcome

    /// How the notebook's render came out.
    public enum Outcome: Sendable, Equatable {
        case rendered(passed: Int, failed: Int, cellErrors: Int)
        /// No report: the notebook could not be read or rendered.
        case notRendered
    }

    public init(notebook: Notebook, reportName: String, outcome: Outcome) {
        self.notebook = notebook
        self.reportName = reportName
        self.outcome = outcome
    }
}

/// `index.html` of a course (`nb render notebooks/`): the course's title and authors, then
/// each notebook in order with its sections (levels 1 and 2, math typeset) and its checks
/// (`✓ 41/41`), linking to the reports. Self-contained and script-free like every report.
public struct CourseIndexWriter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(title: String, authors: [String], entries: [CourseEntry]) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"nb\">\n"
        html += "<title>\(Escaping.text(title))</title>\n<style>\n\(Stylesheet.css)\(Self.css)</style>\n"
        html += "</head>\n<body>\n<main class=\"notebook course-index\">\n<header class=\"title-block\">\n"
        html += "<h1 class=\"title\">\(Escaping.text(title))</h1>\n"
        if !authors.isEmpty {
            html += "<p class=\"authors\">\(authors.map { "<span class=\"author\">\(Escaping.text($0))</span>" }.joined(separator: ", "))</p>\n"
        }
        html += "</header>\n<ol class=\"course-notebooks\">\n"
        for entry in entries {
            var document = DocumentRenderer(notebook: entry.notebook, results: nil, options: options)
            let href = Escaping.attribute(entry.reportName)
            html += "<li class=\"course-notebook\">\n<p class=\"course-notebook-title\">"
            // The front matter's title as Markdown with math, else the report's title as text; a
            // session that shares the course's title is named by its subtitle ("Session 2: …").
            let sharesCourseTitle = entry.notebook.frontMatter.title == title && !entry.notebook.titleBlock.subtitle.isEmpty
            let title = sharesCourseTitle ? document.inlines(entry.notebook.titleBlock.subtitle, inLink: true)
                : entry.notebook.frontMatter.title == nil ? Escaping.text(document.documentTitle)
                : document.inlines(entry.notebook.titleBlock.title, inLink: true)
            html += entry.outcome == .notRendered ? "<span>\(title)</span>" : "<a href=\"\(href)\">\(title)</a>"
            html += " \(Self.badge(entry.outcome))</p>\n"
            let sections = entry.notebook.headings.filter { $0.level <= 2 }
            if !sections.isEmpty, entry.outcome != .notRendered {
                html += "<ol class=\"course-sections\">\n"
                for heading in sections {
                    let text = document.inlines(heading.content, inLink: true)
                    html += "<li class=\"level-\(heading.level)\"><a href=\"\(href)#\(Escaping.attribute(heading.anchor))\">\(text)</a></li>\n"
                }
                html += "</ol>\n"
            }
            html += "</li>\n"
        }
        html += "</ol>\n</main>\n</body>\n</html>\n"
        return html
    }

    /// `✓ 41/41`, `✗ 39/41`, `no checks`, `not rendered`.
    static func badge(_ outcome: CourseEntry.Outcome) -> String {
        switch outcome {
        case .notRendered:
            return "<span class=\"course-checks failed\">not rendered</span>"
        case .rendered(let passed, let failed, let cellErrors):
            let total = passed + failed
            let ok = failed == 0 && cellErrors == 0
            var text = total == 0 ? "no checks" : "\(ok ? "✓" : "✗") \(passed)/\(total)"
            if cellErrors > 0 { text += ", \(cellErrors) cell\(cellErrors == 1 ? "" : "s") failed" }
            return "<span class=\"course-checks \(ok ? "passed" : "failed")\">\(text)</span>"
        }
    }

    /// The previous / course / next bar of a course's reports (added only to those).
    static let navigationCSS = """
        .course-nav { display: flex; justify-content: space-between; gap: 1em; margin: 1em 0; font-size: .9em; }
        .course-nav a { text-decoration: none; }
        @media print { .course-nav { display: none; } }

        """

    static let css = """
        .course-notebooks { padding-left: 1.5em; }
        .course-notebook { margin: 1.2em 0; }
        .course-notebook-title { font-size: 1.25em; margin: 0 0 .3em; }
        .course-sections { margin: 0; padding-left: 1.2em; list-style: none; }
        .course-sections .level-2 { padding-left: 1.2em; font-size: .95em; }
        .course-checks { font-size: .8em; padding: .1em .5em; border-radius: .8em; margin-left: .5em; white-space: nowrap; }
        .course-checks.passed { background: #e3f4e5; color: #14662a; }
        .course-checks.failed { background: #fbe3e3; color: #a11515; }

        """
}
