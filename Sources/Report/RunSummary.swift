import Markup
import Cells
import Diagnostics
import Notebook
import DataFiles

/// The run's outcome near the top of the report: how many checks passed
/// (in the words of `Messages.checkSummary`), and a link to every failed check
/// and every cell error, so a reader of a long handout finds them.
extension DocumentRenderer {
    func summary() -> String {
        guard let results else { return "" }
        var passed = 0
        var failures: [String] = []
        var cellErrors = 0
        for cell in notebook.cells {
            guard let result = results[cell.index] else { continue }
            for (number, check) in result.checks.enumerated() {
                if check.passed {
                    passed += 1
                } else {
                    failures.append(failure(anchor: "nb:check-\(cell.index)-\(number)",
                                            text: check.message.isEmpty ? Messages.checkFailed("") : check.message,
                                            line: check.line))
                }
            }
            if let error = result.error, !cell.options.error {
                cellErrors += 1
                failures.append(failure(anchor: cellID(cell), text: Messages.text(for: error.kind), line: error.line))
            }
        }
        let failed = failures.count - cellErrors
        let allGood = failures.isEmpty
        var html = "<section class=\"run-summary \(allGood ? "all-passed" : "has-failures")\" id=\"nb:summary\">\n"
        html += "<p>" + Escaping.text(Messages.checkSummary(file: notebook.path, passed: passed, failed: failed,
                                                                cellErrors: cellErrors)) + "</p>\n"
        if !allGood {
            html += "<p class=\"failures-title\">\(Escaping.text(labels.failures))</p>\n<ul>\n"
                + failures.joined(separator: "\n") + "\n</ul>\n"
        }
        return html + dataFiles() + "</section>\n"
    }

    /// Every data file the run read, once per path and contents, in the order first read: its
    /// path, size and SHA-256, and the cell that first read it (docs/ARCHITECTURE.md, "Data
    /// files"). A reader can tell exactly which data produced the report.
    private func dataFiles() -> String {
        guard let results else { return "" }
        var seen = Set<DataFileRecord>()
        var items: [String] = []
        for cell in notebook.cells {
            for record in results[cell.index]?.dataFiles ?? [] where seen.insert(record).inserted {
                items.append("<li><code class=\"data-path\">\(Escaping.text(record.path))</code> "
                    + "<span class=\"data-size\">\(Escaping.text(Messages.dataFileSize(record.bytes)))</span> "
                    + "<span class=\"data-hash\">SHA-256 <code>\(Escaping.text(record.sha256))</code></span> "
                    + "<a class=\"check-location\" href=\"#\(Escaping.attribute(cellID(cell)))\">"
                    + "\(Escaping.text("\(notebook.path):\(cell.line)"))</a></li>")
            }
        }
        guard !items.isEmpty else { return "" }
        return "<p class=\"data-files-title\">\(Escaping.text(labels.dataFiles))</p>\n<ul class=\"data-files\">\n"
            + items.joined(separator: "\n") + "\n</ul>\n"
    }

    /// One line of the failure list: ✗, the message linking to where it is shown, the `.md` line.
    private func failure(anchor: String, text: String, line: Int) -> String {
        "<li><span class=\"check-mark\" aria-hidden=\"true\">✗</span> "
            + "<a href=\"#\(Escaping.attribute(anchor))\">\(Escaping.text(text))</a> "
            + "<span class=\"check-location\">\(Escaping.text("\(notebook.path):\(line)"))</span></li>"
    }
}
