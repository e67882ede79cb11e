import Testing

/// DESIGN §3's rule, first half: a cell the Swift compiler accepts prints exactly what
/// the compiled program prints. Each program in `Fixtures/programs/accept/` is compiled
/// with swiftc and run, then run as a one-cell notebook by `nb run`; the two standard
/// outputs must be byte-identical and `nb` must exit 0.
@Suite("Programs swiftc accepts print the same under nb run")
struct AcceptedProgramTests {
    @Test(arguments: Corpus.accept.programNames)
    func printsLikeTheCompiledProgram(_ name: String) async throws {
        try await expectNBPrintsLikeSwiftc(.accept, name)
    }
}
