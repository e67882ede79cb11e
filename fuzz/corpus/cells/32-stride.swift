for i in stride(from: 0, to: 10, by: 2) { print(i, terminator: " ") }
print()
for i in stride(from: 0, through: 10, by: 2) { print(i, terminator: " ") }
print()
for i in stride(from: 10, to: 0, by: -3) { print(i, terminator: " ") }
print()
for i in stride(from: 10, through: 1, by: -3) { print(i, terminator: " ") }
print()
print(Array(stride(from: 1, to: 2, by: 5)))
print(Array(stride(from: 5, to: 5, by: 1)))
print(Array(stride(from: 5, through: 5, by: 1)))
for x in stride(from: 0.0, to: 1.0, by: 0.25) { print(x) }
for x in stride(from: 0.0, through: 1.0, by: 0.1) { print(x, terminator: ", ") }
print()
print(Array(stride(from: 1.0, through: 0.0, by: -0.5)))
print(stride(from: 0, to: 100, by: 7).map { $0 })
print(stride(from: 0, to: 20, by: 5).reduce(0, +))
print(stride(from: 3, through: 15, by: 3).filter { $0 % 2 == 1 })
let xs = Array(0..<10)
for i in stride(from: 0, to: xs.count, by: 3) { print(xs[i], terminator: ";") }
print()
print(Array(stride(from: -1.5, to: 1.5, by: 0.75)))
