// Generic functions over any Collection: count, isEmpty, first, indices, subscripts by the
// collection's own index, and the library's algorithms on a generic parameter.
func middle<C: Collection>(_ c: C) -> C.Element? {
    if c.isEmpty { return nil }
    var i = c.startIndex
    for _ in 0..<(c.count / 2) { i = c.index(after: i) }
    return c[i]
}

func pairs<C: Collection>(_ c: C) -> [(C.Element, C.Element)] {
    var out: [(C.Element, C.Element)] = []
    var i = c.startIndex
    while i != c.endIndex {
        let j = c.index(after: i)
        if j == c.endIndex { break }
        out.append((c[i], c[j]))
        i = j
    }
    return out
}

func summary<C: Collection>(_ c: C) -> String where C.Element: Comparable {
    guard let lo = c.min(), let hi = c.max() else { return "empty" }
    return "\(c.count) items from \(lo) to \(hi), first \(c.first!)"
}

func positions<C: Collection>(of target: C.Element, in c: C) -> [Int] where C.Element: Equatable {
    var found: [Int] = []
    var k = 0
    var i = c.startIndex
    while i != c.endIndex {
        if c[i] == target { found.append(k) }
        k += 1
        i = c.index(after: i)
    }
    return found
}

func everyOther<C: Collection>(_ c: C) -> [C.Element] {
    var out: [C.Element] = []
    var k = 0
    for i in c.indices {
        if k % 2 == 0 { out.append(c[i]) }
        k += 1
    }
    return out
}

func sortedCopy<S: Sequence>(_ s: S) -> [S.Element] where S.Element: Comparable {
    s.sorted()
}

func evens<S: Sequence>(_ s: S) -> [Int] where S.Element == Int {
    s.filter { $0 % 2 == 0 }
}

func runningSums<S: Sequence>(_ s: S) -> [Double] where S.Element == Double {
    var acc = 0.0
    return s.map { x in
        acc += x
        return acc
    }
}

func allDistinct<S: Sequence>(_ s: S) -> Bool where S.Element: Hashable {
    var seen = Set<S.Element>()
    for x in s {
        if seen.contains(x) { return false }
        seen.insert(x)
    }
    return true
}

print(middle([1, 2, 3, 4, 5]) ?? 0, middle("abcde") ?? "-", middle([0.5, 1.5]) ?? -1, middle([Int]()) ?? -1)
print(pairs([1, 2, 3, 4]).map { $0.0 * $0.1 })
print(pairs("abc").map { "\($0.0)\($0.1)" })
print(summary([3.5, -1, 8]), summary("zebra"), summary([Int]()))
print(summary(5...9))
print(positions(of: "s", in: "mississippi"), positions(of: 2, in: [2, 1, 2, 2]))
print(everyOther([1, 2, 3, 4, 5]), everyOther(["a", "b"]), everyOther([3, 4, 5, 6][1...]))
print(sortedCopy(Set([3, 1, 2])), sortedCopy("banana"), sortedCopy(stride(from: 9, to: 0, by: -4)))
print(evens(1...10), evens([7, 8, 10]))
print(runningSums([0.5, 0.25, 0.125]), runningSums(stride(from: 1.0, through: 3.0, by: 1.0)))
print(allDistinct([1, 2, 3]), allDistinct("hello"), allDistinct("world"), allDistinct(1...5))
