import Foundation
import Testing

/// Programs that use the notebook library (`Matrix`, `gradient`, `check`) print the same
/// under the interpreter as when compiled natively against the library modules (built
/// from `Sources/` by ``LibraryModules``). Checks write to stderr, so stdout is compared
/// as for any program; every check in these programs holds, so `nb` must exit 0.
@Suite("Programs using the library print the same under nb run as compiled natively")
struct LibraryProgramTests {
    @Test(arguments: Corpus.library.programNames)
    func printsLikeTheNativeBuild(_ name: String) async throws {
        let source = try Corpus.library.source(of: name)
        let imports = LibraryModules.libraryImports(of: source)
        try #require(!imports.isEmpty, "\(name) imports no library module")
        let modules = try await LibraryModules.shared.build(for: imports)
        let compilation = try await NativeCompiler.compile(
            source, named: name, extraFlags: modules.programFlags, dependencyKey: modules.key)
        let executable = try #require(compilation.executable,
                                      "swiftc rejected \(name):\n\(compilation.diagnostics ?? "")")
        let native = try await ProcessRun.run(executable, [], timeLimit: 60)
        try #require(native.status == 0, "the compiled \(name) exited \(native.status):\n\(native.stderr)")
        try #require(!native.stderr.contains("✗"), "a check failed in the compiled \(name):\n\(native.stderr)")

        let nb = try await NotebookRun.run(program: source, named: name)
        #expect(nb.output.status == 0, "nb run exited \(nb.output.status); stderr:\n\(nb.output.stderr)")
        #expect(nb.output.stdout == native.stdout,
                "\(OutputDifference.describe(expected: native.stdout, actual: nb.output.stdout))")
    }
}
