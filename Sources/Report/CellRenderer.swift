import Markup
import Cells
import Diagnostics
import Linalg
import Notebook
import Plot

/// Cells in the report: highlighted code (unless `echo: false`), then what
/// the cell printed, its figures, its displayed value, its checks and its
/// error. `output: false` hides printed output, figures, the value and
/// passed checks; failed checks and errors are always shown, since the
/// summary at the top counts them.
extension DocumentRenderer {
    mutating func cell(_ cell: Cell) -> String {
        let result = results?[cell.index]
        var classes = ["cell"]
        if results != nil, result?.ran != true { classes.append("not-run") }
        let id = cellID(cell)
        var html = "<section class=\"\(classes.joined(separator: " "))\" id=\"\(Escaping.attribute(id))\">\n"
        if cell.options.echo {
            let code = "<pre class=\"cell-code\"><code class=\"language-swift\">"
                + (parsedCode[cell.index] ?? ReportMemo.parsedCode(Self.shownCode(cell))).html(variables: variableNames)
                + "</code></pre>\n"
            // `code-fold`: folded code that the reader opens (HTML's own disclosure, no script).
            html += cell.options.codeFold
                ? "<details class=\"code-fold\"><summary>\(Escaping.text(labels.code))</summary>\n\(code)</details>\n" : code
        }
        if results != nil, result?.ran != true {
            html += "<p class=\"cell-status\">\(Escaping.text(labels.notRun))</p>\n"
        }
        if let result, cell.options.eval {
            html += outputs(of: result, cell: cell)
        }
        return html + "</section>\n"
    }

    /// `id` of a cell's section: its label unless that names a figure
    /// (`fig-…` labels go on the figure), else `nb:cell-<index>`.
    func cellID(_ cell: Cell) -> String {
        if let label = cell.options.label, !label.hasPrefix("fig-") { return label }
        return "nb:cell-\(cell.index)"
    }

    /// The code a cell shows: without its option lines and trailing newlines.
    static func shownCode(_ cell: Cell) -> String {
        var code = Substring(cell.displayedCode)
        while code.last == "\n" { code = code.dropLast() }
        return String(code)
    }

    private func trimmedCode(_ code: String) -> String {
        var code = Substring(code)
        while code.last == "\n" { code = code.dropLast() }
        return String(code)
    }

    private mutating func outputs(of result: CellResult, cell: Cell) -> String {
        var html = ""
        let show = cell.options.output
        if show, !result.stdout.isEmpty {
            html += "<pre class=\"cell-output\">\(Escaping.text(trimmedCode(result.stdout)))</pre>\n"
        }
        var figures = result.figures
        if case .figure(let figure)? = result.display { figures.append(figure) }
        if show, !figures.isEmpty { html += self.figures(figures, cell: cell) }
        if show, let display = result.display {
            switch display {
            case .text(let text):
                html += "<pre class=\"cell-value\">\(Escaping.text(text))</pre>\n"
            case .matrix(let matrix):
                html += MatrixRenderer.html(matrix, labels: labels)
            case .figure:
                break
            }
        }
        let checks = result.checks.enumerated().filter { show || !$0.element.passed }
        if !checks.isEmpty {
            html += "<ul class=\"checks\">\n"
            for (number, check) in checks {
                let state = check.passed ? "passed" : "failed"
                html += "<li class=\"check \(state)\" id=\"nb:check-\(cell.index)-\(number)\">"
                    + "<span class=\"check-mark\" aria-hidden=\"true\">\(check.passed ? "✓" : "✗")</span> "
                    + "<span class=\"check-message\">\(checkLabel(check.message, line: check.line, column: check.column))</span>"
                    + "<span class=\"check-location\">\(Escaping.text(location(check.line, check.column)))</span></li>\n"
            }
            html += "</ul>\n"
        }
        if let error = result.error {
            html += errorBox(error, expected: cell.options.error)
        }
        return html
    }

    /// A check's label with its `$…$` formulas typeset as prose sets them (pandoc's
    /// rule: `$` followed by a non-space opens, `$` after a non-space and not before
    /// a digit closes, `\$` is a dollar). A formula that does not convert is a
    /// warning at the check's place and shows as its TeX.
    mutating func checkLabel(_ label: String, line: Int, column: Int) -> String {
        guard label.contains("$") else { return Escaping.text(label) }
        let c = Array(label)
        var html = ""
        var text = ""
        var i = 0
        while i < c.count {
            if c[i] == "\\", i + 1 < c.count, c[i + 1] == "$" { text.append("$"); i += 2; continue }
            if c[i] == "$", i + 1 < c.count, !c[i + 1].isWhitespace,
               let close = (i + 1..<c.count).first(where: { j in
                   c[j] == "$" && c[j - 1] != "\\" && !c[j - 1].isWhitespace && j > i + 1
                       && !(j + 1 < c.count && c[j + 1].isNumber)
               }) {
                let result = converter.convert(String(c[(i + 1)..<close]), display: false)
                for error in result.errors {
                    warnings.append(ReportWarning(line: line, column: column, kind: .math(error)))
                }
                html += Escaping.text(text) + result.mathML
                text = ""
                i = close + 1
                continue
            }
            text.append(c[i])
            i += 1
        }
        return html + Escaping.text(text)
    }

    private func location(_ line: Int, _ column: Int) -> String {
        "\(notebook.path):\(line):\(column)"
    }

    /// The message (from Diagnostics), the location, and the failing line with a caret.
    private func errorBox(_ error: CellError, expected: Bool) -> String {
        var html = "<div class=\"error-box\(expected ? " expected" : "")\" role=\"note\">\n"
        html += "<p class=\"error-message\"><span class=\"error-location\">"
            + Escaping.text(location(error.line, error.column)) + "</span> "
            + Escaping.text(Messages.text(for: error.kind)) + "</p>\n"
        if let line = DiagnosticFormatter.sourceLine(error.line, in: notebook.source) {
            let caret = DiagnosticFormatter.caretLine(under: line, column: error.column)
            html += "<pre class=\"error-source\">\(Escaping.text(line))\n<span class=\"caret\">\(Escaping.text(caret))</span></pre>\n"
        }
        return html + "</div>\n"
    }

    /// A cell's figures in one `<figure>`; `fig-cap` numbers and captions it,
    /// a `fig-…` label anchors it. Each SVG gets its own id prefix.
    private mutating func figures(_ figures: [Figure], cell: Cell) -> String {
        var attributes = ""
        if let label = cell.options.label, label.hasPrefix("fig-") {
            attributes += " id=\"\(Escaping.attribute(label))\""
        }
        if let alt = cell.options.figAlt {
            attributes += " role=\"img\" aria-label=\"\(Escaping.attribute(alt))\""
        }
        var html = "<figure class=\"cell-figure\"\(attributes)>\n"
        for (number, figure) in figures.enumerated() {
            html += ReportMemo.svg(figure, idPrefix: "nb-c\(cell.index)-f\(number)-", cell: cell.index) + "\n"
        }
        if cell.options.figCap != nil {
            // Numbered when the notebook is read (so `@fig-…` before the figure knows its number).
            let number = notebook.crossReferences.figureNumbers[cell.index] ?? 0
            html += "<figcaption><span class=\"figure-number\">\(Escaping.text(labels.figure)) \(number):</span> "
                + inlines(cell.caption, inLink: false) + "</figcaption>\n"
        }
        return html + "</figure>\n"
    }
}
