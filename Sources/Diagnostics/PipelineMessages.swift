import Foundation
import Notebook

extension Messages {
    public static func cannotRead(errno: Int32) -> String {
        "cannot read the notebook: \(String(cString: strerror(errno)))"
    }

    public static func cannotWrite(errno: Int32) -> String {
        "cannot write the report: \(String(cString: strerror(errno)))"
    }

    public static let notUTF8 = "the notebook is not valid UTF-8 text"

    /// Why `NotebookFile.read` refused a path: what it is, not a misleading errno.
    public static func text(for failure: NotebookFile.Failure) -> String {
        switch failure {
        case .notFound: cannotRead(errno: ENOENT)
        case .permissionDenied: cannotRead(errno: EACCES)
        case .isDirectory: "cannot read the notebook: it is a directory"
        case .notRegularFile(let kind): "cannot read the notebook: it is \(kind.rawValue), not a regular file"
        case .tooLarge(let limit): "cannot read the notebook: it is larger than \(limit >> 20) MiB, the most nb reads"
        case .utf16: "the notebook is UTF-16 text; nb reads UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)"
        case .notUTF8: notUTF8
        case .system(let code): cannotRead(errno: code)
        }
    }

    /// `fig-cap` on a cell that showed no figure (its number, if any, is skipped in the report).
    public static func captionWithoutFigure(number: Int?) -> String {
        "'fig-cap' on a cell that shows no figure: the caption is not shown"
            + (number.map { " and Figure \($0) is skipped; make the figure the cell's last value or call show(fig)" } ?? "")
    }

    /// `nb cache clear`: what it removed.
    public static func cacheCleared(_ file: String, removed: Int) -> String {
        "\(file): removed \(removed) cached result\(removed == 1 ? "" : "s")"
    }

    /// `nb cache clear` of a path that is neither a notebook nor one whose results are cached
    /// (a typo, most likely: a deleted notebook's cache can still be cleared).
    public static func noNotebookToClear(_ file: String) -> String {
        "\(file): error: no such notebook, and no cached results for one"
    }

    public static func outputIsInput(_ path: String) -> String {
        "the report would replace the notebook itself ('\(path)'); choose another -o"
    }

    public static func checkFailed(_ message: String) -> String {
        message.isEmpty ? "check failed" : "check failed: \(message)"
    }

    /// `wrote notebooks/session1.html — 50 checks ✓ in 2.3 s` (failures and cell errors named when there were any).
    /// With `cellsNotRun`, the notebook had errors of its own (a duplicate label, a bad front-matter
    /// value): the document was written without running a cell.
    public static func wrote(_ path: String, passed: Int, failed: Int, cellErrors: Int, seconds: Double,
                             cellsNotRun: Bool = false) -> String {
        var text = "wrote \(path)"
        if cellsNotRun { text += " — no cell ran: the notebook has errors (above)" }
        let checks = passed + failed
        if checks > 0 {
            text += failed == 0 ? " — \(checks) check\(checks == 1 ? "" : "s") ✓" : " — \(failed) of \(checks) checks ✗"
        }
        if cellErrors > 0 { text += (checks > 0 ? ", " : " — ") + "\(cellErrors) cell\(cellErrors == 1 ? "" : "s") failed" }
        return text + " in " + String(format: "%.1f s", seconds)
    }

    /// `session1.md: 17 checks passed, 0 failed` (and cell errors when there were any).
    public static func checkSummary(file: String, passed: Int, failed: Int, cellErrors: Int) -> String {
        var text = "\(file): \(passed) check\(passed == 1 ? "" : "s") passed, \(failed) failed"
        if cellErrors > 0 { text += ", \(cellErrors) cell\(cellErrors == 1 ? "" : "s") with errors" }
        return text
    }

    /// `nb check` of a notebook that could not be read or has errors of its own (named on stderr).
    public static func notChecked(file: String) -> String {
        "\(file): not checked (it could not be read or has errors: see above)"
    }

    /// `nb check` of several notebooks (or a course folder): the sum of their summaries.
    public static func checkTotal(notebooks: Int, passed: Int, failed: Int, cellErrors: Int, notChecked: Int) -> String {
        var text = "\(notebooks) notebooks: \(passed) check\(passed == 1 ? "" : "s") passed, \(failed) failed"
        if cellErrors > 0 { text += ", \(cellErrors) cell\(cellErrors == 1 ? "" : "s") with errors" }
        if notChecked > 0 { text += ", \(notChecked) not checked" }
        return text
    }
}

extension Messages {
    /// The banner `nb preview` shows above the last good page when a render could not start.
    public static func previewFailed(_ path: String) -> String {
        "\(path) could not be read or parsed; the page shows the last good render (details in the terminal)"
    }
}

extension Messages {
    /// `--until LABEL` names no cell.
    public static func unknownUntilLabel(_ label: String, labels: [String]) -> String {
        var text = "--until '\(label)': no cell has this label"
        if let near = nearest(to: label, among: labels) { text += "; did you mean '\(near)'?" }
        else if !labels.isEmpty { text += " (labels: \(labels.joined(separator: ", ")))" }
        return text
    }

    /// `session1.md:42: cell 3 (fig-mf-objective): 1.234 s`, one line per cell for `--timings`.
    /// `--timings` for a cell whose result came from the results cache.
    public static func cellFromCache(file: String, line: Int, index: Int, label: String?) -> String {
        "\(file):\(line): cell \(index + 1)\(label.map { " (\($0))" } ?? ""): from the cache"
    }

    /// A results-cache entry that failed its check (the warning names the entry's file).
    public static let cacheEntryIgnored = "corrupt or foreign results-cache entry ignored; the cells run again and replace it"
    /// The report's memo beside the results cache (code parsed, figures drawn) was not whole.
    public static let reportMemoIgnored = "corrupt report memo ignored; the report parses and draws again and replaces it"

    public static func cellTiming(file: String, line: Int, index: Int, label: String?, seconds: Double) -> String {
        "\(file):\(line): cell \(index + 1)\(label.map { " (\($0))" } ?? ""): " + String(format: "%.3f s", seconds)
    }
}

extension Messages {
    /// `wrote notebooks/index.html — 5 notebooks, 187 checks ✓ in 9.8 s`.
    public static func wroteCourse(_ index: String, notebooks: Int, passed: Int, failed: Int, cellErrors: Int,
                                   notRendered: Int, seconds: Double) -> String {
        var text = "wrote \(index) — \(notebooks) notebook\(notebooks == 1 ? "" : "s")"
        let checks = passed + failed
        if checks > 0 { text += failed == 0 ? ", \(checks) checks ✓" : ", \(failed) of \(checks) checks ✗" }
        if cellErrors > 0 { text += ", \(cellErrors) cell\(cellErrors == 1 ? "" : "s") failed" }
        if notRendered > 0 { text += ", \(notRendered) not rendered" }
        return text + " in " + String(format: "%.1f s", seconds)
    }
}

extension Messages {
    /// After a notebook's 50th warning (100th error): the rest are counted, not printed.
    public static func moreDiagnosticsNotShown(_ severity: Diagnostic.Severity, shown: Int) -> String {
        "\(shown) \(severity.rawValue)s shown; later \(severity.rawValue)s of this notebook are not"
    }
}

extension Messages {
    /// `--to html,pdf` with `-o`, or with a notebook read from standard input.
    public static func oneOutputOnly(_ outputs: [String]) -> String {
        "this render writes \(outputs.count) files (\(outputs.joined(separator: ", "))); -o and standard input take one: "
            + "choose one format with --to"
    }

    public static let chromiumMissing =
        "cannot write the PDF: it is printed by Chromium, which is not installed "
        + "(Debian: apt-get install chromium fonts-lmodern, or .ci/setup --browser)"

    public static func printFailed(status: Int32) -> String {
        "cannot write the PDF: Chromium wrote none (exit status \(status))"
    }

    public static func printTimedOut(seconds: Int) -> String {
        "cannot write the PDF: Chromium did not finish printing within \(seconds) s"
    }

    /// A slide whose content had to shrink a lot to fit its 16:9 frame.
    public static func slideTooTall(percent: Int) -> String {
        "this slide is shrunk to \(percent)% to fit its frame; split it (a '## heading' or '---' starts a new slide)"
    }
}
