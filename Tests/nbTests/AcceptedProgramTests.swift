import Testing

/// The cell language's rule, first half: a cell the Swift compiler accepts prints exactly what
/// the compiled program prints. Each program in `Fixtures/programs/accept/` is compiled
/// with swiftc and run, then run as a one-cell notebook by `nb run`; the two standard
/// outputs must be byte-identical and `nb` must exit 0.
@Suite("Programs swiftc accepts print the same under nb run")
struct AcceptedProgramTests {
    /// The cell language's known gaps, each with what nb lacks. A program listed here
    /// must still fail (Swift Testing reports a known issue that stopped happening),
    /// so the list shrinks as the language grows.
    static let knownGaps: [String: Comment] = [:]

    @Test(arguments: Corpus.accept.programNames)
    func printsLikeTheCompiledProgram(_ name: String) async throws {
        if let gap = Self.knownGaps[name] {
            await withKnownIssue(gap) {
                try await expectNBPrintsLikeSwiftc(.accept, name)
            }
        } else {
            try await expectNBPrintsLikeSwiftc(.accept, name)
        }
    }
}
