// Opaque parameters with a primary associated type: `some Sequence<Double>` and
// `some Collection<String>`, called with arrays, ranges, strides and sets.
func sumSquares(_ xs: some Sequence<Double>) -> Double { xs.reduce(0) { $0 + $1 * $1 } }
func longestWord(in words: some Collection<String>) -> String {
    var best = ""
    for w in words where w.count > best.count { best = w }
    return best
}
func countAbove(_ xs: some Sequence<Int>, _ limit: Int) -> Int { xs.filter { $0 > limit }.count }
print(sumSquares([1, 2]), sumSquares(stride(from: 0.5, to: 2, by: 0.5)), sumSquares(Set([3.0])))
print(longestWord(in: ["a", "abc", "ab"]), longestWord(in: ["x"]))
print(countAbove(1...10, 7), countAbove([5, 9], 4), countAbove([Int](), 0))
