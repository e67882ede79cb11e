import Foundation
import HeadlessBrowser
import Testing
@testable import Render

/// `nb render DIR` and `nb check DIR` (issue 17, "A course").
@Suite(.serialized) struct CourseTests {
    static func notebook(_ title: String, _ heading: String, check: String = "1 + 1 == 2") -> String {
        "---\ntitle: \(title)\n---\n# \(heading)\n\nProse.\n\n## Details with $x_1$\n\n```swift\ncheck(\(check), \"holds\")\n```\n"
    }

    static let manifest = "title: Deep Linear Networks\nauthor: A. Lecturer\nnotebooks:\n  - one.md\n  - two.md\n  - three.md\n"

    func course(_ files: [String: String]) throws -> (folder: URL, recorder: RecordingConsole, status: Int32) {
        let folder = try scratchFolder(files)
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).renderCourse(folder.path, executable: try nbExecutable(), quiet: false)
        return (folder, recorder, status)
    }

    @Test func aSessionSharingTheCoursesTitleIsListedByItsSubtitle() throws {
        let session = "---\ntitle: Deep Linear Networks\nsubtitle: \"Session 2: acceleration\"\n---\n# A\n"
        let (folder, _, status) = try course([
            "_course.yml": "title: Deep Linear Networks\nnotebooks:\n  - one.md\n  - two.md\n",
            "one.md": Self.notebook("First", "Balance"), "two.md": session,
        ])
        #expect(status == 0)
        let index = try read(folder, "index.html")
        #expect(index.contains("<a href=\"one.html\">First</a>"))
        #expect(index.contains("<a href=\"two.html\">Session 2: acceleration</a>"))
    }

    func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func theIndexListsTheNotebooksInTheCoursesOrderWithSectionsAndChecks() throws {
        let (folder, recorder, status) = try course([
            "_course.yml": Self.manifest, "README.md": "# Not a notebook\n",
            "one.md": Self.notebook("First $W_1$", "Balance"), "two.md": Self.notebook("Second", "Acceleration"),
            "three.md": Self.notebook("Third", "Noise", check: "1 > 2"),
        ])
        #expect(status == 1)   // the worst of them: a failed check
        #expect(recorder.err.contains("wrote \(folder.path)/index.html — 3 notebooks, 1 of 3 checks ✗ in "))
        let index = try read(folder, "index.html")
        #expect(index.contains("<title>Deep Linear Networks</title>"))
        #expect(index.contains("<span class=\"author\">A. Lecturer</span>"))
        let order = ["one.html", "two.html", "three.html"].map { index.range(of: "<a href=\"\($0)\">")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]! && order[1]! < order[2]!)
        #expect(index.contains("<a href=\"one.html#balance\">Balance</a>"))
        #expect(index.contains("<a href=\"one.html#details-with-x_1\">Details with <math"))
        #expect(index.contains("course-checks passed\">✓ 1/1</span>"))
        #expect(index.contains("course-checks failed\">✗ 0/1</span>"))
        #expect(!index.contains("README"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("README.html").path))

        let two = try read(folder, "two.html")
        #expect(two.contains("<a href=\"one.html\" rel=\"prev\">"))
        #expect(two.contains("<a href=\"index.html\" rel=\"index\">"))
        #expect(two.contains("<a href=\"three.html\" rel=\"next\">"))
        #expect(!(try read(folder, "one.html")).contains("rel=\"prev\""))
        #expect(!(try read(folder, "three.html")).contains("rel=\"next\""))
    }

    @Test func aNotebookThatFailsDoesNotStopTheOthers() throws {
        let (folder, recorder, status) = try course([
            "_course.yml": Self.manifest, "one.md": Self.notebook("First", "A"),
            "two.md": "---\ntitle: [unclosed\n---\n# B\n", "three.md": Self.notebook("Third", "C"),
        ])
        #expect(status == 2)
        #expect(recorder.err.contains("two.md:2:"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("one.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("three.html").path))
        #expect(try read(folder, "index.html").contains("course-checks failed\">not rendered</span>"))
    }

    @Test func withoutAManifestEveryNotebookButTheReadmeInNameOrder() throws {
        let (folder, _, status) = try course(["b.md": Self.notebook("B", "Bee"), "a.md": Self.notebook("A", "Ay"), "README.md": "# Readme\n"])
        #expect(status == 0)
        let index = try read(folder, "index.html")
        #expect(index.range(of: "a.html")!.lowerBound < index.range(of: "b.html")!.lowerBound)
        #expect(!index.contains("README"))
    }

    @Test(arguments: [
        ("title: T\nnotebok:\n  - one.md\n", "_course.yml:2:1: error: unknown key 'notebok' in _course.yml; did you mean 'notebooks'?"),
        ("title: T\nnotebooks:\n  - one.md\n  - missing.md\n", "_course.yml:4:5: error: no notebook 'missing.md' in the course's folder"),
        ("notebooks:\n  - ../one.md\n", "_course.yml:2:5: error: '../one.md' is outside the course's folder"),
        ("notebooks:\n  - one.md\n  - one.md\n", "_course.yml:3:5: error: 'one.md' is listed twice"),
    ])
    func aBadManifestIsAnErrorAtItsPlace(manifest: String, message: String) throws {
        let (folder, recorder, status) = try course(["_course.yml": manifest, "one.md": Self.notebook("One", "A")])
        #expect(status == 2)
        #expect(recorder.err.hasPrefix(folder.path + "/" + message), "\(recorder.err)")
    }

    @Test func checkingAFolderChecksEveryNotebookInOrder() throws {
        let folder = try scratchFolder(["_course.yml": Self.manifest, "one.md": Self.notebook("1", "A"),
                                        "two.md": Self.notebook("2", "B"), "three.md": Self.notebook("3", "C", check: "false")])
        let recorder = RecordingConsole()
        #expect(Pipeline(console: recorder.console).checkCourse(folder.path) == 1)
        let lines = recorder.out.split(separator: "\n")
        let summaries = lines.filter { ($0.contains("checks passed") || $0.contains("check passed")) && $0.contains(".md: ") }
        #expect(summaries.count == 3)
        #expect(summaries[0].contains("one.md") && summaries[2].contains("three.md: 0 checks passed, 1 failed"))
        #expect(lines.last == "3 notebooks: 2 checks passed, 1 failed")
    }

    @Test func aReaderWalksTheIndexAndThePrevNextLinksInChromium() async throws {
        guard HeadlessChromium.executable != nil else {
            print("skipped: chromium is not installed")
            return
        }
        let (folder, _, _) = try course(["_course.yml": Self.manifest, "one.md": Self.notebook("First", "A"),
                                         "two.md": Self.notebook("Second", "B"), "three.md": Self.notebook("Third", "C")])
        let page = try await ChromiumPage.open(folder.appendingPathComponent("index.html").absoluteString)
        defer { page.close() }
        try await page.evaluate("document.querySelector('.course-notebook-title a').click()")
        try await page.waitUntil("document.title === 'First'")
        var titles = ["First"]
        for _ in 0..<2 {
            try await page.evaluate("document.querySelector('a[rel=next]').click()")
            try await page.waitUntil("document.title !== \(titles.last!.debugDescription)")
            titles.append(try await page.evaluate("document.title") as? String ?? "")
        }
        #expect(titles == ["First", "Second", "Third"])
        #expect(try await page.evaluate("document.querySelector('a[rel=next]') === null") as? Bool == true)
        try await page.evaluate("document.querySelector('a[rel=index]').click()")
        try await page.waitUntil("document.title === 'Deep Linear Networks'")
    }
}

/// `nb`, built beside the test bundle (or in the package's .build/debug).
func nbExecutable() throws -> URL {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var candidates = [Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("nb"),
                      Bundle.main.bundleURL.appendingPathComponent("nb")]
    if let argument = CommandLine.arguments.first {
        candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("nb"))
    }
    candidates.append(root.appendingPathComponent(".build/debug/nb"))
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
        throw CocoaError(.fileNoSuchFile)
    }
    return found
}
