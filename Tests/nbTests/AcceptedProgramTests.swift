import Foundation
import Testing

/// DESIGN §3's rule, first half: a cell the Swift compiler accepts prints exactly what
/// the compiled program prints. Each program in `Fixtures/programs/accept/` is compiled
/// with swiftc and run, then run as a one-cell notebook by `nb run`; the two standard
/// outputs must be byte-identical and `nb` must exit 0.
@Suite("Programs swiftc accepts print the same under nb run")
struct AcceptedProgramTests {
    @Test(arguments: Corpus.accept.programNames)
    func printsLikeTheCompiledProgram(_ name: String) async throws {
        let source = try Corpus.accept.source(of: name)
        let compilation = try await NativeCompiler.compile(source, named: name)
        let executable = try #require(compilation.executable,
                                      "swiftc rejected \(name):\n\(compilation.diagnostics ?? "")")
        let native = try await ProcessRun.run(executable, [], timeLimit: 20)
        try #require(native.status == 0, "the compiled \(name) exited \(native.status):\n\(native.stderr)")

        let nb = try await NotebookRun.run(program: source, named: name)
        #expect(nb.output.status == 0, "nb run exited \(nb.output.status); stderr:\n\(nb.output.stderr)")
        #expect(nb.output.stdout == native.stdout,
                "\(OutputDifference.describe(expected: native.stdout, actual: nb.output.stdout))")
    }
}
