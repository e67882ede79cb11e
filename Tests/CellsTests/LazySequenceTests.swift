import Testing
@testable import Cells

/// Lazy sequences call their closures when and as often as the standard library's types do.
/// The expected outputs below are what swiftc's build of the same code prints (Swift 6.3.1);
/// the whole programs are in the corpus (`Fixtures/programs/accept/900`–`902`). What the corpus
/// cannot show is here: traps at their line, and an endless pipeline stopped by the time limit.
struct LazySequenceTests {
    @Test(arguments: [
        // `first` of a filter of a map: the filter's startIndex tests p(f(x)), the subscript maps again.
        ("""
         let f = { (x: Int) -> Int in print("f", x); return x * 10 }
         print([1, 2, 3].lazy.map(f).filter { $0 > 10 }.first!)
         """, "f 1\nf 2\nf 2\n20\n"),
        // `count` of a lazy map asks the base: no call.
        ("print([1, 2, 3].lazy.map { (x: Int) -> Int in print(x); return x }.count)", "3\n"),
        // A prefix-while's `endIndex` tests the first element each time `index(after:)` asks for it.
        ("""
         let small = [3, 1, 5].lazy.prefix(while: { (x: Int) -> Bool in print("p", x); return x < 4 })
         print(small.count)
         """, "p 3\np 3\np 1\np 3\np 5\n2\n"),
        // `Array(_:)` of a lazy filter steps through it once.
        ("print(Array((1...4).lazy.filter { (x: Int) -> Bool in print(x); return x % 2 == 0 }))", "1\n2\n3\n4\n[2, 4]\n"),
        // An array is expected: Sequence's eager `map`, whose closure runs at once.
        ("""
         let m: [Int] = (1...3).lazy.map { (x: Int) -> Int in print(x); return x }
         print("after", m)
         """, "1\n2\n3\nafter [1, 2, 3]\n"),
    ])
    func callsClosuresAsSwiftDoes(_ code: String, _ expected: String) {
        let (output, error) = runCell(code)
        #expect(error == nil)
        #expect(output == expected)
    }

    @Test(arguments: [
        ("let m = [1, 2].lazy.map { $0 * 2 }\nprint(m[5])", 2, CellErrorKind.indexOutOfRange(index: 5, count: 2)),
        ("let zero = 0\nlet m = [1, 2].lazy.map { $0 / zero }\nprint(m.first!)", 2, .divisionByZero),
    ])
    func trapsAtTheirLine(_ code: String, _ line: Int, _ kind: CellErrorKind) {
        let (_, error) = runCell(code)
        #expect(error?.line == line)
        #expect(error?.kind == kind)
    }

    @Test func anEndlessPipelineStopsAtTheTimeLimit() {
        let (_, error) = runCell("print(Array((1...).lazy.map { $0 * 2 }))", configuration: RunConfiguration(defaultTimeout: 0.2))
        #expect(error?.kind == .timeLimitExceeded(seconds: 0.2))
    }
}
