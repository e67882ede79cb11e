// A Range<Int> is a Collection whose indices are its own elements: generic code over a
// `C: Collection` that measures and offsets indices works for ranges as for arrays and strings,
// and so do a range's own index members.
func spread<C: Collection>(_ c: C) -> Int {
    c.distance(from: c.startIndex, to: c.endIndex)
}

func middle<C: Collection>(_ c: C) -> C.Element? {
    if c.isEmpty { return nil }
    return c[c.index(c.startIndex, offsetBy: c.count / 2)]
}

let r = 3..<8
print(spread(r), spread("héllo"), spread([1, 2]), spread(0..<0))
print(middle(r) as Any, middle([1.5, 2.5, 3.5]) as Any, middle("swift") as Any, middle(5..<5) as Any)
print(r.startIndex, r.endIndex, r.index(after: 4), r.index(before: 4), r.index(3, offsetBy: 2), r.distance(from: 3, to: 7))
print(r[5], r.indices, r.firstIndex(of: 6) as Any, r.firstIndex(of: 8) as Any)
var i = r.startIndex
while i < r.endIndex {
    print(r[i], terminator: " ")
    i = r.index(after: i)
}
print()
let word = "abc"
print(word.distance(from: word.startIndex, to: word.endIndex))
let xs = [4, 5, 6, 7]
print(xs.index(1, offsetBy: 2), xs.distance(from: 3, to: 0), xs[1...].index(1, offsetBy: 1))
