let n = 5
for i in 0..<n { print(i, terminator: " ") }
print()
for i in 1...n { print(i, terminator: " ") }
print()
print(Array(0..<n), Array(1...n))
print((0..<n).count, (1...n).count)
print((0..<0).isEmpty, (0...0).isEmpty)
print((3..<7).contains(5), (3..<7).contains(7), (3...7).contains(7))
print((1...10).reduce(0, +))
print((1...5).map { $0 * $0 })
print(Array((0..<10).reversed()))
for i in (1...3).reversed() { print("countdown", i) }
let r = 2..<6
print(r.lowerBound, r.upperBound)
print(r)
let closed = -2...2
print(closed, Array(closed))
print((1...4).filter { $0 != 2 })
let xs = [1, 2, 3, 4, 5]
print(xs[1..<3], xs[1...3])
var total = 0
for _ in 1...100 { total += 1 }
print(total)
print((0..<3).map { _ in "x" })
let dr = 0.0...1.0
print(dr.contains(0.5), dr.contains(1.5))
print((1...3).contains(2))
