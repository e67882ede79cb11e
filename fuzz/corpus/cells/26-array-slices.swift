let xs = [10, 20, 30, 40, 50, 60]
let mid = xs[1..<4]
print(mid)
print(mid.count, mid.first!, mid.startIndex, mid.endIndex)
print(Array(mid))
print(xs[2...])
print(xs[..<2])
print(xs[...2])
print(xs[2...4].reduce(0, +))
print(Array(xs[3...]).map { $0 / 10 })
var ys = xs
ys[0..<2] = [1, 2, 3]
print(ys)
ys.replaceSubrange(0..<3, with: [7])
print(ys)
print(xs.prefix(3), xs.suffix(from: 4))
print(Array(xs.dropFirst(2).prefix(2)))
let s = xs[1...3]
print(s[2])
print(s.map { $0 + 1 })
print(s.sorted(by: >))
let str = "Hello, world"
print(str.prefix(5), str.suffix(5))
print(String(str.dropFirst(7)))
