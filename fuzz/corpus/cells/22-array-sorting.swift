let xs = [5, 2, 9, 1, 5, 6]
print(xs.sorted())
print(xs.sorted(by: >))
print(xs.sorted { $0 > $1 })
print(xs.sorted(by: { a, b in a % 3 < b % 3 || (a % 3 == b % 3 && a < b) }))
print(xs)
print(Array(xs.reversed()))
print(xs.reversed().map { $0 * 10 })
let words = ["banana", "Apple", "cherry", "date"]
print(words.sorted())
print(words.sorted { $0.lowercased() < $1.lowercased() })
print(words.sorted { $0.count < $1.count })
print(words.sorted { $0.count > $1.count || ($0.count == $1.count && $0 < $1) })
let ds = [0.5, -1.25, 3.0, 0.0]
print(ds.sorted())
print(ds.sorted(by: >))
let pairs = [(2, "b"), (1, "z"), (2, "a")]
print(pairs.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) })
var m = [3, 1, 2]
m.sort()
print(m)
print(xs.sorted().reversed().first!)
