// ArraySlice keeps its base array's indices; slices print like arrays, and as
// `ArraySlice([…])` inside collections.
let xs = [10, 20, 30, 40, 50, 60, 70]
let tail = xs[2...]
print(tail, tail.startIndex, tail.endIndex, tail.indices)
print(tail[2], tail[6], tail.first!, tail.last!)
print(tail.firstIndex(of: 50)!, tail.firstIndex { $0 > 55 }!, tail.lastIndex(of: 10) as Any)
let inner = tail[3..<5]
print(inner, inner.startIndex, inner[4], Array(inner), Array(inner).startIndex)
print(xs.prefix(upTo: 2), xs.prefix(through: 2), xs.suffix(from: 5))
print(xs.dropFirst(), xs.dropLast(3), xs.prefix(10), xs.suffix(2))
print(xs.dropFirst(2).startIndex, xs.suffix(3).startIndex, xs.prefix(while: { $0 < 35 }))
print(xs.drop(while: { $0 < 35 }).startIndex)
let maybe: ArraySlice<Int>? = xs[..<1]
print([xs[1...2]], maybe as Any, (xs[5...], 1))
for (position, value) in zip(tail.indices, tail) where position % 2 == 0 { print(position, value) }
var window = xs[1...3]
window[2] = 99
window.append(7)
print(window, window.startIndex, window.count, xs[2])
print(window.removeFirst(), window.startIndex, window.popLast() as Any, window)
var ys = xs
ys[1...2] = [0]
print(ys, ys.count)
ys[..<2] = xs[4...5]
print(ys)
print(xs[1...3] == [20, 30, 40], xs[1...3] == xs[1...3], xs[0..<0].isEmpty)
print([1, 2] + xs[5...], xs[5...] + [1], (1...2) + xs[5...])
print(xs[1...4].map { $0 / 10 }, xs[1...4].filter { $0 > 20 }, xs[1...4].reduce(0, +))
print(xs[1...4].sorted(by: >), xs[1...4].reversed().map { $0 }, xs[1...4].contains(30))
print([3, 0, 1, 0, 0, 2].split(separator: 0), [1, 0, 2].split(separator: 0).map { $0.startIndex })
print([1, 0, 0, 2].split(separator: 0, omittingEmptySubsequences: false).count)
let words = ["a", "bb", "ccc", "dd"]
print(words[1...].joined(separator: "+"), words.prefix(2).map { $0.count })
var total = 0
for w in words.dropFirst() { total += w.count }
print(total, words.dropLast().last!, Array(words.suffix(2)))
let matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1...].map { $0[1...] }, matrix.map { Array($0.dropFirst()) })
let whole = xs[...]
print(whole.startIndex, whole.count, whole[6], Array(whole) == xs)
