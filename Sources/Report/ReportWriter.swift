import Cells
import Notebook
import TeX

/// What the reader of a report may choose.
public struct ReportOptions: Sendable, Equatable {
    /// Keep raw HTML from the Markdown and unsafe link schemes
    /// (`javascript:`…). Off by default, as in libcmark's safe mode: raw HTML
    /// is left out and such links get an empty `href`.
    public var unsafeHTML: Bool
    /// The words of the report's own furniture ("Contents", "Figure").
    public var labels: ReportLabels
    /// Links to the course's index and the notebooks before and after this one, when the
    /// report is part of a course (`nb render DIR`).
    public var navigation: CourseNavigation?

    public init(unsafeHTML: Bool = false, labels: ReportLabels = ReportLabels(), navigation: CourseNavigation? = nil) {
        self.unsafeHTML = unsafeHTML
        self.labels = labels
        self.navigation = navigation
    }
}

/// Where a course's report links to: relative URLs of the index and its neighbours.
public struct CourseNavigation: Sendable, Equatable {
    public var index: String
    public var previous: String?
    public var next: String?

    public init(index: String, previous: String? = nil, next: String? = nil) {
        self.index = index
        self.previous = previous
        self.next = next
    }
}

/// The report: one self-contained HTML file, and what the writer should
/// know about it (so the command line can warn `file:line:col: warning: …`).
public struct RenderedReport: Sendable, Equatable {
    public var html: String
    /// Every problem found while writing, in document order, at its `.md` position.
    public var warnings: [ReportWarning]
    /// The document's title (front matter, else first heading, else file name): a PDF's running head.
    public var title: String

    public init(html: String, warnings: [ReportWarning], title: String = "") {
        self.html = html
        self.warnings = warnings
        self.title = title
    }

    /// The formulas that did not convert cleanly.
    public var mathErrors: [MathWarning] {
        warnings.compactMap { warning in
            guard case .math(let error) = warning.kind else { return nil }
            return MathWarning(line: warning.line, column: warning.column, error: error)
        }
    }
}

/// Something the report had to leave out or guess: a formula with a TeX error
/// (typeset in red), a link it would not write, a reference it could not resolve.
public struct ReportWarning: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case math(TeXError)
        /// A problem of the document that only the report sees (`refusedURL`, …).
        case document(NotebookWarningKind)
    }

    /// 1-based `.md` line and column (Unicode scalars).
    public var line: Int
    public var column: Int
    public var kind: Kind

    public init(line: Int, column: Int, kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }
}

/// A formula that converted with an error (shown in red in the report).
public struct MathWarning: Sendable, Equatable {
    /// 1-based `.md` line and column (Unicode scalars) of the offending TeX.
    public var line: Int
    public var column: Int
    public var error: TeXError

    public init(line: Int, column: Int, error: TeXError) {
        self.line = line
        self.column = column
        self.error = error
    }
}

/// Writes a notebook (and, if it ran, its cells' results) as one HTML file
/// that works offline and needs no script (DESIGN §4): CSS inline, math as
/// MathML, figures as inline SVG, code highlighted from swift-syntax's
/// classification. Same input, same bytes: nothing in it depends on the time,
/// the machine or dictionary order.
///
/// ```swift
/// let notebook = try Notebook.parse(source: text, path: "session1.md")
/// let results: [CellResult] = …                       // from Cells, or nil to render unrun
/// let report = ReportWriter(options: ReportOptions()).render(notebook: notebook, results: results)
/// try report.html.write(toFile: "session1.html", atomically: true, encoding: .utf8)
/// for warning in report.mathErrors { … }             // file:line:col: warning: …
/// ```
///
/// Layout: title block (front matter; title, subtitle and abstract are
/// Markdown with math), run summary (when there are results), table of
/// contents (front matter `toc`, default on; headings of levels 1–3), then
/// the document. Every string from the notebook or from cell output is
/// escaped. Images stay links to their files (they are not embedded).
public struct ReportWriter: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    /// Renders the report. `results` are matched to cells by ``CellResult/index``;
    /// nil renders the notebook without outputs. Cells with `eval: false` show no output.
    public func render(notebook: Notebook, results: [CellResult]?) -> RenderedReport {
        var document = DocumentRenderer(notebook: notebook, results: results, options: options)
        let html = document.render()
        return RenderedReport(html: html, warnings: document.warnings, title: document.documentTitle)
    }
}

/// The report's own words. English by default; a caller may translate.
public struct ReportLabels: Sendable, Equatable {
    public var contents = "Contents"
    public var abstract = "Abstract"
    /// Prefix of figure captions: "Figure 1: …".
    public var figure = "Figure"
    /// Accessible name of the hover link next to each heading.
    public var headingLink = "Link to this section"
    /// Heading of the list of failed checks in the summary.
    public var failures = "Failures"
    /// Heading of the list of data files the run read, each with its size and SHA-256.
    public var dataFiles = "Data files read"
    /// Shown on a cell that was not run (`eval: false`, or after a failure).
    public var notRun = "not run"
    /// Caption of a matrix shown as a table: "Matrix 30 × 4".
    public var matrix = "Matrix"
    /// A course's navigation: the link to its index, and to the notebooks before and after.
    public var course = "Course"
    public var previous = "Previous"
    public var next = "Next"
    /// Cross-references: "Equation (2)", "Section …"; figures and theorems use their own names.
    public var equation = "Equation"
    public var section = "Section"
    /// The title of each callout when it has none of its own.
    public var callouts: [CalloutKind: String] = [.note: "Note", .tip: "Tip", .warning: "Warning", .important: "Important"]
    /// The name of each theorem-like kind: "Theorem 1", "Lemma 2".
    public var theorems: [TheoremKind: String] = [
        .theorem: "Theorem", .lemma: "Lemma", .corollary: "Corollary", .proposition: "Proposition",
        .definition: "Definition", .example: "Example", .remark: "Remark",
    ]
    public var proof = "Proof"
    /// The summary of folded code (`code-fold: true`).
    public var code = "Code"
    /// The heading of the list of works cited.
    public var references = "References"

    public init() {}
}
