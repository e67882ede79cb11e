import Testing

/// Programs that use the notebook library (`Matrix`, `gradient`, `check`) print the same
/// under the interpreter as when compiled natively against the library modules (built
/// from `Sources/` with swiftc by ``LibraryModules``). Checks write to stderr, so stdout
/// is compared as for any program; every check in these programs holds, so `nb` must
/// exit 0.
@Suite("Programs using the library print the same under nb run as compiled natively")
struct LibraryProgramTests {
    @Test(arguments: Corpus.library.programNames)
    func printsLikeTheNativeBuild(_ name: String) async throws {
        try #require(!LibraryModules.libraryImports(of: try Corpus.library.source(of: name)).isEmpty,
                     "\(name) imports no library module")
        try await expectNBPrintsLikeSwiftc(.library, name)
    }
}
