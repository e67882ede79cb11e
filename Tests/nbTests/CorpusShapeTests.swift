import Foundation
import Testing

/// The corpus itself: big enough to cover the cell language (issue 4 asks for 60 accepted and a
/// set of rejected programs), and shaped so the other tests mean what they say.
@Suite("The program corpus")
struct CorpusShapeTests {
    @Test func hasEnoughProgramsOfEachKind() {
        #expect(Corpus.accept.programNames.count >= 70)
        #expect(Corpus.reject.programNames.count >= 25)
        #expect(Corpus.library.programNames.count >= 8)
    }

    /// A fence inside a program would end the cell early when it is wrapped as a notebook.
    @Test(arguments: Corpus.allCases)
    func programsCanBeWrappedInOneFence(_ kind: Corpus) throws {
        for name in kind.programNames {
            #expect(try !kind.source(of: name).contains("```"), "\(name) contains a code fence")
        }
    }

    /// A rejected program must print first (after its imports), so that an `nb` that ran
    /// anything is caught.
    @Test func rejectedProgramsPrintFirst() throws {
        for name in Corpus.reject.programNames {
            let firstStatement = try Corpus.reject.source(of: name)
                .split(separator: "\n").first { !$0.hasPrefix("import ") }
            #expect(firstStatement?.hasPrefix("print(") == true, "\(name) does not start with print(")
        }
    }

    @Test func wrappingShiftsLinesByTheFence() {
        let notebook = OneCellNotebook(program: "print(1)\nlet x = 2\n", named: "07-demo.swift")
        let lines = notebook.markdown.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(notebook.fileName == "07-demo.md")
        #expect(lines[notebook.lineOffset - 1] == "```swift")
        #expect(lines[1 + notebook.lineOffset] == "let x = 2")   // program line 2 (1-based)
        #expect(notebook.markdown.hasSuffix("let x = 2\n```\n"))
    }

    @Test func parsesCompilerStyleErrors() {
        let text = """
            /tmp/a b/x.md:12:7: error: cannot find 'W3' in scope
            12 | print(W3)
               |       `- error: cannot find 'W3' in scope
            x.swift:3:1: warning: unused
            C:\\dir\\y.md:4:2: error: expected pattern
            """
        #expect(CompilerDiagnostic.errors(in: text) == [
            CompilerDiagnostic(file: "/tmp/a b/x.md", line: 12, column: 7, message: "cannot find 'W3' in scope"),
            CompilerDiagnostic(file: "C:\\dir\\y.md", line: 4, column: 2, message: "expected pattern"),
        ])
    }

    @Test func sourceHashSeparatesParts() {
        #expect(SourceHash.of(["ab", "c"]) != SourceHash.of(["a", "bc"]))
        #expect(SourceHash.of(["x"]) == SourceHash.of(["x"]))
        #expect(SourceHash.of([]).count == 16)
    }
}
