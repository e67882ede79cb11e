let add = { (a: Int, b: Int) -> Int in a + b }
print(add(2, 3))
let square: (Double) -> Double = { x in x * x }
print(square(1.5))
let greet: (String) -> String = { "Hi, \($0)" }
print(greet("there"))
let noParams = { print("called with no params") }
noParams()
func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }
print(apply({ $0 * 10 }, to: 4))
print(apply({ x in x - 1 }, to: 4))
func twice(_ x: Int, _ f: (Int) -> Int) -> Int { f(f(x)) }
print(twice(3) { $0 * $0 })
print(twice(3, { $0 + 100 }))
func transform(_ xs: [Int], using f: (Int) -> Int) -> [Int] {
    var out = [Int]()
    for x in xs { out.append(f(x)) }
    return out
}
print(transform([1, 2, 3]) { $0 * $0 * $0 })
print(transform([1, 2, 3], using: { -$0 }))
let ops: [(Int, Int) -> Int] = [(+), (-), (*), { $0 % $1 }]
print(ops.map { $0(17, 5) })
let multiline = { (n: Int) -> String in
    var s = ""
    for i in 0..<n { s += String(i) }
    return s
}
print(multiline(5))
func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int {
    { x in g(f(x)) }
}
let incThenDouble = compose({ $0 + 1 }, { $0 * 2 })
print(incThenDouble(5))
let sorted = ["ccc", "a", "bb"].sorted { a, b in a.count < b.count }
print(sorted)
let xs = [3, 1, 2].map { (x: Int) -> Double in Double(x) / 2 }
print(xs)
