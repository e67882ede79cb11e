/// A short account of where two program outputs part, for a failing `#expect`'s comment:
/// the first differing line of each (a whole-output dump of a 40-line program is
/// unreadable in a test log).
enum OutputDifference {
    static func describe(expected: String, actual: String) -> String {
        if expected == actual { return "identical" }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of output>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of output>"
            if want != got {
                return "first difference at output line \(index + 1):\n  swiftc: \(want.debugDescription)\n  nb:     \(got.debugDescription)"
            }
        }
        return "outputs differ only in the final newline"
    }
}
