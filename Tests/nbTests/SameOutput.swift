import Foundation
import Testing

/// The check shared by the accepted and the library programs: compile `name` with swiftc
/// (against the library modules it imports) and run it; run it as a one-cell notebook
/// with `nb run`; expect `nb` to exit 0 with byte-identical stdout.
///
/// The compiled program must itself succeed (exit 0, no failed `check` on stderr), or
/// the corpus, not `nb`, is wrong.
func expectNBPrintsLikeSwiftc(_ kind: Corpus, _ name: String) async throws {
    let source = try kind.source(of: name)
    let compilation = try await NativeCompiler.compileProgram(source, named: name)
    let executable = try #require(compilation.executable,
                                  "swiftc rejected \(name):\n\(compilation.diagnostics ?? "")")
    let native = try await ProcessRun.run(executable, [], timeLimit: 60)
    try #require(native.status == 0, "the compiled \(name) \(native.ending):\n\(native.stderr)")
    try #require(!native.stderr.contains("✗"), "a check failed in the compiled \(name):\n\(native.stderr)")

    let nb = try await NotebookRun.run(program: source, named: name)
    #expect(nb.output.status == 0, "nb run \(nb.output.ending); stderr:\n\(nb.output.stderr)")
    // Compared as a Bool so a failure shows the first differing line, not two whole outputs.
    let identical = nb.output.stdout == native.stdout
    #expect(identical, "\(OutputDifference.describe(expected: native.stdout, actual: nb.output.stdout))")
}
