import Foundation
import Testing

/// The cell language's rule, second half: a cell the Swift compiler rejects is rejected before
/// any cell runs. Each program in `Fixtures/programs/reject/` prints first (after any
/// `import`s) and has one deliberate error further down; swiftc's `line:col` of that
/// error is the truth (programs importing library modules are compiled against them, as
/// in ``LibraryProgramTests``). `nb run` must exit 1, print nothing on stdout (the
/// first line must not have run), and report `Program.md:LINE:COL: error: …` on stderr
/// at swiftc's position shifted by the cell fence.
@Suite("Programs swiftc rejects are rejected by nb before running, at swiftc's position")
struct RejectedProgramTests {
    /// Programs whose error column is known to differ from swiftc's, with the reason.
    /// Only the column is excused: the line must always match.
    static let knownColumnDifferences: [String: Comment] = [:]

    /// Programs swiftc rejects that nb runs, with swiftc's reason. Each must still be
    /// accepted by nb (a known issue that stops happening is reported), so the list
    /// shrinks as the checker learns.
    static let knownAcceptances: [String: Comment] = [:]

    @Test(arguments: Corpus.reject.programNames)
    func rejectedBeforeRunningAtSwiftcsLine(_ name: String) async throws {
        if let reason = Self.knownAcceptances[name] {
            await withKnownIssue(reason) { try await expectRejectedAtSwiftcsPosition(name) }
        } else {
            try await expectRejectedAtSwiftcsPosition(name)
        }
    }

    private func expectRejectedAtSwiftcsPosition(_ name: String) async throws {
        let source = try Corpus.reject.source(of: name)
        let compilation = try await NativeCompiler.compileProgram(source, named: name)
        let diagnostics = try #require(compilation.diagnostics, "swiftc accepted \(name), which should be rejected")
        let truth = try #require(CompilerDiagnostic.errors(in: diagnostics).first,
                                 "no error line in swiftc's output:\n\(diagnostics)")

        let nb = try await NotebookRun.run(program: source, named: name)
        let mdName = nb.notebook.fileName
        #expect(nb.output.status == 1, "nb run \(nb.output.ending), expected to exit 1; stderr:\n\(nb.output.stderr)")
        #expect(nb.output.stdout.isEmpty, "nb printed before rejecting the program:\n\(nb.output.stdout)")
        let reported = try #require(
            CompilerDiagnostic.errors(in: nb.output.stderr).first { $0.file.hasSuffix(mdName) },
            "no `\(mdName):LINE:COL: error: …` line on stderr; swiftc said `\(truth)`; nb's stderr:\n\(nb.output.stderr)")
        let expectedLine = truth.line + nb.notebook.lineOffset
        #expect(reported.line == expectedLine, "nb: `\(reported)`; swiftc: `\(truth)` (= line \(expectedLine) of \(mdName))")
        if let reason = Self.knownColumnDifferences[name] {
            withKnownIssue(reason) {
                #expect(reported.column == truth.column, "nb: `\(reported)`; swiftc: `\(truth)`")
            }
        } else {
            #expect(reported.column == truth.column, "nb: `\(reported)`; swiftc: `\(truth)`")
        }
    }
}
