import Testing
@testable import Cells

/// Slices, substrings and string indices trap where Swift traps on them (with Swift's
/// reason), as errors at the trapping line; the host never traps on a cell's behalf.
/// (The corpus cannot show these: its accepted programs must exit 0.)
struct CollectionTrapTests {
    @Test(arguments: [
        // A slice keeps its base's indices: 0 is outside `xs[1...]`.
        ("let xs = [1, 2, 3]\nlet tail = xs[1...]\nprint(tail[0])", 3,
         CellErrorKind.sliceIndexOutOfBounds(index: 0, startIndex: 1, endIndex: 3)),
        ("let xs = [1, 2, 3]\nlet mid = xs[1..<2]\nprint(mid[1...2])", 3, .sliceIndexOutOfBounds(index: 3, startIndex: 1, endIndex: 2)),
        ("let k = -1\nprint([1].prefix(k))", 2, .negativeCount(operation: "prefix")),
        ("let k = -2\nprint(\"ab\".dropLast(k))", 2, .negativeCount(operation: "dropLast")),
        ("print([1, 2].suffix(from: 3))", 1, .invalidRange(lower: 3, upper: 2)),
        ("let s = \"ab\"\nprint(s[s.endIndex])", 2, .stringIndexOutOfBounds),
        ("let s = \"abc\"\nlet i = s.index(s.startIndex, offsetBy: 5)", 2, .stringIndexOutOfBounds),
        ("let s = \"abc\"\nprint(s.index(before: s.startIndex))", 2, .stringIndexOutOfBounds),
        ("let s = \"abc\"\nlet e = s.endIndex\nprint(s[...e])", 3, .stringIndexOutOfBounds),
        ("let pairs = [(\"a\", 1), (\"a\", 2)]\nprint(Dictionary(uniqueKeysWithValues: pairs))", 2, .duplicateKey(key: "a")),
    ])
    func trapsAtTheirLine(_ code: String, _ line: Int, _ kind: CellErrorKind) {
        let (_, error) = runCell(code)
        #expect(error?.line == line)
        #expect(error?.kind == kind)
    }

    @Test func aLimitBehindTheStartDoesNotStopTheWalk() {
        let (output, error) = runCell("""
            let s = "abcdef"
            let i = s.index(s.startIndex, offsetBy: 3)
            print(s.index(i, offsetBy: 2, limitedBy: s.startIndex).map { s[$0] } as Any)
            print(s.index(i, offsetBy: 2, limitedBy: s.index(after: i)) as Any)
            print(s.index(i, offsetBy: -3, limitedBy: s.startIndex).map { s[$0] } as Any)
            """)
        #expect(error == nil)
        #expect(output == "Optional(\"f\")\nnil\nOptional(\"a\")\n")
    }
}
