// Extensions of the standard library's protocols, with `where` clauses on Element, used on
// several element types and sequence kinds: uniqued() on Hashable sequences, a total over
// Numeric collections, a median over Comparable arrays, isEven on every BinaryInteger.
extension Sequence where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        var out: [Element] = []
        for x in self where !seen.contains(x) {
            seen.insert(x)
            out.append(x)
        }
        return out
    }

    func frequencies() -> [Element: Int] {
        var counts: [Element: Int] = [:]
        for x in self { counts[x, default: 0] += 1 }
        return counts
    }
}

extension Collection where Element: Numeric {
    var total: Element {
        var t: Element = 0
        for x in self { t += x }
        return t
    }
}

extension Collection where Element == Double {
    var average: Double { isEmpty ? 0 : total / Double(count) }
}

extension Array where Element: Comparable {
    func median() -> Element? {
        if isEmpty { return nil }
        return sorted()[count / 2]
    }

    var isAscending: Bool {
        for i in 1..<Swift.max(count, 1) where self[i - 1] > self[i] { return false }
        return true
    }
}

extension Sequence {
    func howMany(where keep: (Element) -> Bool) -> Int {
        var n = 0
        for x in self where keep(x) { n += 1 }
        return n
    }
}

extension BinaryInteger {
    var isEven: Bool { self % 2 == 0 }
}

print([3, 1, 3, 2, 1].uniqued(), "mississippi".uniqued(), [1.5, 1.5, 2.5].uniqued())
print(["b", "a", "b"].uniqued(), (1...4).uniqued())
let f = "hello world".frequencies()
print(f.keys.sorted().map { "\($0)=\(f[$0]!)" }.joined(separator: ","))
print([1, 2, 3, 4].total, [0.5, 0.25].total, (1...10).total, [Int]().total)
print([2.0, 4.0, 9.0].average, [Double]().average)
print([5, 3, 9, 1].median() ?? 0, ["pear", "fig", "apple"].median() ?? "", [Double]().median() ?? -1)
print([1, 2, 2, 5].isAscending, [3, 1].isAscending, [String]().isAscending, ["a", "b"].isAscending)
print((1...10).howMany { $0 % 4 == 0 }, "banana".howMany { $0 == "a" }, [1.5, -2, 3].howMany { $0 < 0 })
print(4.isEven, 7.isEven, UInt8(10).isEven, (-3).isEven)
print((1...10).filter { $0.isEven })
