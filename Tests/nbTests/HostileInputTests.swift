import Foundation
import Testing

/// Issue 10's hostile-input suite: each input rendered by the real `nb` under a wall-clock
/// budget. Every case asserts the documented exit status, no signal, a located error where
/// one is due, and a report (when one is written) with no notebook-supplied `<script`, event
/// handler or URL scheme outside http, https and mailto.
@Suite("Hostile and careless input never hangs, crashes or injects")
struct HostileInputTests {
    /// One input: the notebook's bytes and what `nb render` must do with it.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: @Sendable () -> Data
        var status: Int32
        /// A diagnostic that must appear on stderr (after the file name), e.g. `:3:1: error: `.
        var located: String?
        /// Seconds `nb` may take, debug build included.
        var budget: TimeInterval = 20
        /// Why this input still fails, while the fix is under way (a known issue, reported as such).
        var knownIssue: String?
        var testDescription: String { name }
    }

    static func text(_ name: String, knownIssue: String? = nil, status: Int32, located: String? = nil, budget: TimeInterval = 20,
                     _ make: @escaping @Sendable () -> String) -> Case {
        Case(name: name, bytes: { Data(make().utf8) }, status: status, located: located, budget: budget, knownIssue: knownIssue)
    }

    static func cell(_ code: String) -> String { "# Cell\n\n```swift\n\(code)\n```\n" }

    static let markupCases: [Case] = [
        text("links whose scheme hides behind references and controls", status: 0) {
            ["[a](&#1;javascript:alert(1))", "[b](java&#9;script:alert(1))", "[c](java&#10;script:alert(1))",
             "[d](java&#13;script:alert(1))", "[e](&#12;javascript:alert(1))", "<&#9;javascript:alert(1)>",
             "![i](javascript:alert(1))", "[r][x]\n\n[x]: vbscript:msgbox(1)", "[d](data:text/html,<script>alert(1)</script>)"]
                .joined(separator: "\n\n")
        },
        text("raw script and event handlers", status: 0) {
            "<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and <a href=\"javascript:x\" onclick=\"y\">z</a>.\n\n<svg onload=alert(1)>\n"
        },
        text("\\href with a script URL", status: 0) { "Math $\\href{javascript:alert(1)}{x}$ here.\n" },
        text("a figure caption and a check label with markup", status: 0) {
            "```swift\n//| label: fig-x\n//| fig-cap: \"<script>alert(1)</script> [x](javascript:alert(1))\"\nvar f = Figure(title: \"<script>alert(1)</script>\")\nf.line([1, 2])\nf\n```\n\n```swift\ncheck(true, \"<img src=x onerror=alert(1)>\")\n```\n"
        },
        text("5,000 nested block quotes", status: 2, located: ":") { String(repeating: ">", count: 5_000) + " deep\n" },
        text("a billion laughs in the front matter", status: 2, located: ":") {
            var yaml = "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            for (index, name) in "bcdefghi".enumerated() {
                let previous = index == 0 ? "a" : String("bcdefghi"[String.Index(utf16Offset: index - 1, in: "bcdefghi")])
                yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            }
            return yaml + "---\n# Title\n"
        },
        text("an alias bomb in a cell's options", status: 2, located: ":") {
            "```swift\n//| label: &a [x, x, x, x, x, x, x, x, x]\n//| fig-cap: [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nlet x = 1\n```\n"
        },
        text("20,000 unclosed \\left(", status: 0) { "$" + String(repeating: "\\left(", count: 20_000) + "x$\n" },
        text("5,000 nested matrix environments", status: 0) {
            "$$" + String(repeating: "\\begin{matrix}", count: 5_000) + "x" + String(repeating: "\\end{matrix}", count: 5_000) + "$$\n"
        },
        text("4,000 nested \\sqrt", status: 0) { "$" + String(repeating: "\\sqrt{", count: 4_000) + "x" + String(repeating: "}", count: 4_000) + "$\n" },
        text("5,000 formulas that each hit the macro-expansion limit", status: 0) {
            "---\nmath:\n  macros:\n    loop: \"\\\\loop \\\\loop\"\n---\n\n" + String(repeating: "$\\loop$ ", count: 5_000) + "\n"
        },
        Case(name: "invalid UTF-8", bytes: { Data([0x23, 0x20, 0xFF, 0xFE, 0x41, 0x0A]) }, status: 2,
             located: ":1:1: error: the notebook is not valid UTF-8 text"),
        Case(name: "a UTF-16 notebook", bytes: { Data([0xFF, 0xFE]) + "# Title\n".data(using: .utf16LittleEndian)! },
             status: 2, located: ":1:1: error: the notebook is UTF-16 text; nb reads UTF-8"),
        text("CRLF line ends", status: 1, located: ":5:7: error: ") { "# Title\r\n\r\n```swift\r\nlet a = 1\r\nprint(b)\r\n```\r\n" },
        text("50 MB of prose", status: 0, budget: 90) {
            String(repeating: "A line of prose with *emphasis* and `code`, repeated to make a very long notebook.\n", count: 600_000)
        },
        text("a 10 MB line", status: 0, budget: 60) { String(repeating: "word ", count: 2_000_000) + "\n" },
    ]

    static let cellCases: [Case] = [
        text("an operator chain of 10,000 terms", status: 0) { cell("let x = " + Array(repeating: "1", count: 10_000).joined(separator: " + ") + "\nprint(x)") },
        // At the limit itself: the checker recurses once per operator, and its frames (largest in a
        // debug build) must fit the run's stack (`CellProgram.onBigStack`).
        text("an operator chain at the operand limit (20,000 terms)", status: 0) { cell("let x = " + Array(repeating: "1", count: 20_000).joined(separator: " + ") + "\nprint(x)") },
        text("an operator chain past the operand limit (20,002 terms)", status: 1, located: ":4:9") {
            cell("let x = " + Array(repeating: "1", count: 20_002).joined(separator: " + ") + "\nprint(x)")
        },
        text("an array literal nested 300 deep", status: 1, located: ":") { cell("let a = " + String(repeating: "[", count: 300) + "1" + String(repeating: "]", count: 300)) },
        text("500 nested braces", status: 1, located: ":") { cell(String(repeating: "do {", count: 500) + String(repeating: "}", count: 500)) },
        text("260 nested parentheses", status: 1, located: ":") { cell("let a = " + String(repeating: "(", count: 260) + "1" + String(repeating: ")", count: 260)) },
        // swift-syntax's parser takes time exponential in nested `[` (hours at 27): refused before it parses.
        text("a 27-deep nested array literal", status: 1, located: ":4:21") { cell("let a = " + String(repeating: "[", count: 27) + "1" + String(repeating: "]", count: 27) + "\nprint(a.count)") },
        text("a 12-deep nested array literal", status: 0) { cell("let a = " + String(repeating: "[", count: 12) + "1" + String(repeating: "]", count: 12) + "\nprint(a.count)") },
        text("a 24-deep nested array type", status: 1, located: ":4:20") { cell("let t: " + String(repeating: "[", count: 24) + "Int" + String(repeating: "]", count: 24) + "? = nil") },
        text("printing forever under a 2 s limit", status: 1, located: ":") { "```swift\n//| timeout: 2\nwhile true { print(\"spam\") }\n```\n" },
        // One LAPACK call cannot be stopped midway: its overrun is an error at the call once it returns.
        text("a 2000 × 2000 svd under a 1 s limit", status: 1, located: ":4:9", budget: 60) {
            "```swift\n//| timeout: 1\nlet A = ones(2000, 2000) + eye(2000)\nlet s = svd(A)\nprint(s.S[0, 0])\n```\n"
        },
        text("a string of 2⁴⁰ characters", status: 1, located: ":") { cell("let s = String(repeating: \"x\", count: 1 << 40)\nprint(s.count)") },
        text("a 2³² × 2³² matrix", status: 1, located: ":") { cell("let Z = zeros(1 << 32, 1 << 32)\nprint(Z.rows)") },
        text("a thousand type errors", status: 1, located: ":") { cell((0..<1_000).map { "let v\($0): Int = \"s\"" }.joined(separator: "\n")) },
        text("i &+= 1", status: 0) { cell("var i = Int.max\ni &+= 1\nprint(i)") },
    ]

    @Test(arguments: markupCases)
    func markupAndFiles(_ input: Case) async throws { try await render(input) }

    @Test(arguments: cellCases)
    func cells(_ input: Case) async throws {
        if let reason = input.knownIssue {
            await withKnownIssue(Comment(rawValue: reason)) { try await render(input) }
        } else {
            try await render(input)
        }
    }

    func render(_ input: Case) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nb-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try input.bytes().write(to: folder.appendingPathComponent("n.md"))
        let output = try await ProcessRun.run(try NBExecutable.url(), ["render", "n.md"], in: folder, timeLimit: input.budget)
        #expect(!output.timedOut, "\(input.name): still running after \(input.budget) s")
        #expect(output.status < 128, "\(input.name): \(output.ending)")
        #expect(output.status == input.status, "\(input.name): \(output.ending); stderr: \(output.stderr.prefix(600))")
        if let located = input.located {
            #expect(output.stderr.contains("n.md" + located) || (located == ":" && output.stderr.range(of: #"n\.md:\d+:\d+: error: "#, options: .regularExpression) != nil),
                    "\(input.name): no located error in \(output.stderr.prefix(600))")
        }
        #expect(output.stderr.utf8.count < 64 << 10, "\(input.name): \(output.stderr.utf8.count) bytes of diagnostics")
        if let report = try? String(contentsOf: folder.appendingPathComponent("n.html"), encoding: .utf8) {
            Self.expectInert(report, input.name)
        }
        print("hostile input '\(input.name)': \(String(format: "%.2f", output.seconds)) s, exit \(output.status)")
    }

    /// No script, no event handler, no link or source with a scheme outside http, https and mailto.
    static func expectInert(_ html: String, _ name: String) {
        let lowered = html.lowercased()
        #expect(!lowered.contains("<script"), "\(name): a <script> reached the report")
        #expect(lowered.range(of: #"<[^>]*\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(name): an event handler reached the report")
        for attribute in ["href=\"", "src=\"", "xlink:href=\""] {
            for part in lowered.components(separatedBy: attribute).dropFirst() {
                let url = part.prefix { $0 != "\"" }
                guard let colon = url.firstIndex(of: ":") else { continue }
                let scheme = url[..<colon]
                guard !scheme.contains(where: { "/?#".contains($0) }) else { continue }
                #expect(["http", "https", "mailto"].contains(String(scheme)), "\(name): \(attribute)\(url.prefix(60))")
            }
        }
    }
}
