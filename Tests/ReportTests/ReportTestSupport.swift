import Cells
import Foundation
import Notebook
import Report

/// Renders `markdown` as a notebook at `path`.
func render(_ markdown: String, results: [CellResult]? = nil, options: ReportOptions = ReportOptions(),
            path: String = "t.md") throws -> RenderedReport {
    let notebook = try Notebook.parse(source: markdown, path: path)
    return ReportWriter(options: options).render(notebook: notebook, results: results)
}

/// The text of a fixture in `Fixtures/`.
func fixture(_ name: String) throws -> String {
    guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil) else {
        throw CocoaError(.fileNoSuchFile)
    }
    return try String(contentsOf: url, encoding: .utf8)
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
