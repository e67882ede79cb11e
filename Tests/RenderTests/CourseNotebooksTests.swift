import Foundation
import Testing
@testable import Render

/// The course the project carries (issue 17): `nb check notebooks/` runs every
/// session of `notebooks/_course.yml` and every check in them passes, so the
/// lectures' checks are part of the suite.
@Suite(.serialized) struct CourseNotebooksTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("notebooks")

    static let sessions = ["session1.md", "session2.md", "session3.md", "session4.md", "session5.md"]

    @Test func everyCheckOfEverySessionPasses() {
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).checkCourse(Self.folder.path)
        #expect(status == 0, "\(recorder.err)")
        let summaries = recorder.out.split(separator: "\n").filter { $0.contains(" passed, ") && $0.contains(".md: ") }
        #expect(summaries.count == Self.sessions.count, "\(recorder.out)")
        for (summary, session) in zip(summaries, Self.sessions) {
            #expect(summary.contains(session) && summary.hasSuffix(" passed, 0 failed"), "\(summary)")
            // At least five checks per session: a notebook whose cells stopped early has fewer.
            let passed = summary.split(separator: ":").last.flatMap { Int($0.split(separator: " ").first ?? "") } ?? 0
            #expect(passed >= 5, "\(summary)")
        }
    }

    @Test func theCourseRendersWithAnIndexOfFiveSessions() throws {
        // Rendered in a copy, so that the reports are not written into the repository.
        var files: [String: String] = [:]
        for name in Self.sessions + ["_course.yml"] {
            files[name] = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        }
        let copy = try scratchFolder(files)
        defer { try? FileManager.default.removeItem(at: copy) }
        let recorder = RecordingConsole()
        let status = Pipeline(console: recorder.console).renderCourse(copy.path, executable: try nbExecutable(), quiet: true)
        #expect(status == 0, "\(recorder.err)")
        let index = try String(contentsOf: copy.appendingPathComponent("index.html"), encoding: .utf8)
        for session in Self.sessions {
            let report = session.replacingOccurrences(of: ".md", with: ".html")
            #expect(index.contains("<a href=\"\(report)\">"), "\(report) missing from the index")
            #expect(FileManager.default.fileExists(atPath: copy.appendingPathComponent(report).path))
        }
        #expect(index.occurrences(of: "course-checks passed") == Self.sessions.count)
        #expect(!index.contains("course-checks failed"))
    }
}
