import Notebook
import Report

// The input is a whole notebook (prose, math, fences, front matter, HTML). It is parsed and
// its report written without running cells, as `nb render` does for a notebook with errors.
// Parsing and writing must return (no trap, no hang past the limits), every problem must sit
// at a line of the input, and no tag of the report may carry a script, an event handler or a
// script URL that came from the notebook.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let notebook = Notebook.read(source: source, path: "fuzz.md")
    let lines = lineCount(source)
    for problem in notebook.errors { precondition((1...lines).contains(problem.line)) }
    for problem in notebook.warnings { precondition((1...lines).contains(problem.line)) }
    let report = ReportWriter().render(notebook: notebook, results: nil)
    ReportInvariants.check(report.html)
    return 0
}

/// What no report may contain, whatever the notebook: checked tag by tag.
enum ReportInvariants {
    static func check(_ html: String) {
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let tagEnd = rest[open...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[open..<tagEnd].lowercased()
            precondition(!tag.hasPrefix("<script") || tag.contains("nb-own"), "a script element: \(tag.prefix(80))")
            precondition(!tag.contains("javascript:") && !tag.contains("vbscript:") && !tag.contains("data:text/html"),
                         "a script URL: \(tag.prefix(120))")
            precondition(tag.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "an event handler: \(tag.prefix(120))")
            rest = rest[tagEnd...].dropFirst()
        }
    }
}

/// Lines as nb counts them: `\r\n`, `\r` and `\n` each end one.
func lineCount(_ text: String) -> Int {
    var count = 1
    var previous: UInt8 = 0
    for byte in text.utf8 {
        if byte == UInt8(ascii: "\r") || (byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r")) { count += 1 }
        previous = byte
    }
    return count
}
