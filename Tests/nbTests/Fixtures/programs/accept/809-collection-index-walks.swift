// A `C: Collection` walked by its own indices: `C.Index` is whatever the collection's is
// (Int for arrays, slices and ranges, String.Index for strings), never assumed to be Int.
func walk<C: Collection>(_ c: C) -> [C.Element] {
    var out: [C.Element] = []
    var i = c.startIndex
    while i != c.endIndex {
        out.append(c[i])
        i = c.index(after: i)
    }
    return out
}

func everyOther<C: Collection>(_ c: C) -> [C.Element] {
    var out: [C.Element] = []
    var keep = true
    for i in c.indices {
        if keep { out.append(c[i]) }
        keep.toggle()
    }
    return out
}

func sumFrom<C: Collection>(_ c: C, first target: Int) -> Int where C.Element == Int {
    guard let start = c.firstIndex(of: target) else { return 0 }
    var total = 0
    var i = start
    while i < c.endIndex {
        total += c[i]
        i = c.index(after: i)
    }
    return total
}

func lastOf<C: BidirectionalCollection>(_ c: C) -> C.Element? {
    if c.isEmpty { return nil }
    return c[c.index(before: c.endIndex)]
}

print(walk([1, 2, 3]))
print(walk("héllo"))
print(walk([10, 20, 30, 40][1...]))
print(everyOther(["a", "b", "c", "d", "e"]))
print(everyOther([1.5, 2.5, 3.5][1...]))
print(walk(3..<8), walk(0..<0), everyOther(3..<8), everyOther(10..<13))
print(sumFrom([5, 1, 2, 3, 4], first: 2))
print(sumFrom([5, 1, 2, 3, 4][1...], first: 1))
print(sumFrom([5, 1], first: 9))
print(lastOf([1.5, 2.5]) as Any)
print(lastOf("xyz") as Any)
print(lastOf([Int]()) as Any)
