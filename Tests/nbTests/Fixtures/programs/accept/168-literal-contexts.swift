// Literals typed by their context, as a lecturer writes them: nested arrays and tuples
// mixing Int and Double literals, a NaN among integer literals, an Int range where a
// range of Doubles is expected, and the bytes of a string.
func histogram(_ xs: [Double], range: ClosedRange<Double>? = nil, bins: Int = 4) -> [Int] {
    let r = range ?? (xs.min()!...xs.max()!)
    var counts = [Int](repeating: 0, count: bins)
    let width = (r.upperBound - r.lowerBound) / Double(bins)
    for x in xs where r.contains(x) {
        counts[min(bins - 1, Int((x - r.lowerBound) / width))] += 1
    }
    return counts
}
print(histogram([0.5, 1.5, 2.5, 3.5, 3.9], range: 0...4))
print(histogram([1, 2, 3], bins: 2))
let unit: ClosedRange<Double> = 0...1
print(unit, unit.contains(0.5))

let grid = [[0.0, 1.0], [2, 3]]
print(grid, grid[1][0] / 4)
let samples = [(1, 2.5), (3, 4)]
for (n, x) in samples { print(n, x) }
let table = [[1, 2], [3.5, 4]]
print(table.map { $0.reduce(0, +) })

func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
func mean(_ xs: [Int]) -> Double { Double(xs.reduce(0, +)) / Double(xs.count) }
let withGap = [1, .nan, 2]
print(withGap.count, withGap[1].isNaN, mean(withGap).isNaN)
print(mean([1, .nan, 2]).isNaN, mean([1, 2]), mean([1.5, 2]))
print([0, .infinity, 1].max()!, [.pi, 1].min()!)

var checksum = 0
for byte in "héllo".utf8 { checksum = (checksum * 31 + Int(byte)) % 1_000_007 }
print(checksum, "abc".utf8.count, "héllo".utf8.count, Array("hé".utf8), "abc".utf8)
print(String(repeating: "ab", count: 3) + String(repeating: "-", count: 0) + "|")
