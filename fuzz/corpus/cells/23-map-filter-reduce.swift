let xs = [1, 2, 3, 4, 5, 6]
print(xs.map { $0 * $0 })
print(xs.map { Double($0) / 2 })
print(xs.map { "n\($0)" })
print(xs.filter { $0 % 2 == 1 })
print(xs.reduce(0, +))
print(xs.reduce(1, *))
print(xs.reduce(0) { $0 + $1 * $1 })
print(xs.reduce("") { $0 + String($1) })
print(xs.filter { $0 > 2 }.map { $0 * 10 }.reduce(0, +))
let squares = xs.map { n in n * n }
print(squares)
let total = xs.reduce(into: 0) { acc, x in acc += x }
print(total)
let evensOdds = xs.reduce(into: [[Int](), [Int]()]) { acc, x in acc[x % 2].append(x) }
print(evensOdds)
print(xs.compactMap { $0 % 3 == 0 ? $0 : nil })
print(["1", "x", "3"].compactMap { Int($0) })
print([[1, 2], [3], []].flatMap { $0 })
print(xs.map { $0 % 3 }.filter { $0 != 0 })
let ds = [1.5, 2.5, 3.0]
print(ds.reduce(0, +))
print(ds.reduce(0, +) / Double(ds.count))
print(ds.map { $0 * 2 })
print(xs.map(String.init))
func double(_ n: Int) -> Int { 2 * n }
print(xs.map(double))
print((1...4).map { $0 * 3 })
print((1...10).filter { $0 % 4 == 0 })
print((1...5).reduce(0, +))
var sideTotal = 0
xs.forEach { sideTotal += $0 }
print(sideTotal)
