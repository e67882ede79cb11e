let names = ["ada", "grace", "alan"]
let ages = [36, 85, 41]
for (i, name) in names.enumerated() {
    print(i, name)
}
for pair in names.enumerated() {
    print(pair.offset, pair.element)
}
for (name, age) in zip(names, ages) {
    print("\(name): \(age)")
}
print(Array(zip(names, ages)))
print(Array(zip([1, 2, 3], [4.0, 5.0])))
let dot = zip([1, 2, 3], [4, 5, 6]).map { $0 * $1 }.reduce(0, +)
print(dot)
print(zip(names, ages).map { "\($0)=\($1)" })
print(names.enumerated().map { $0.offset * 10 + $0.element.count })
print(Array(names.enumerated()))
for (i, x) in [10, 20].enumerated() where i > 0 {
    print("second:", x)
}
let pairs = zip(1...3, "abc")
for (n, c) in pairs { print(n, c) }
