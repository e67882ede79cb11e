func makeReport(_ values: [Double]) -> String {
    func mean() -> Double { values.reduce(0, +) / Double(values.count) }
    func variance() -> Double {
        let m = mean()
        return values.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(values.count)
    }
    return "mean \(mean()), variance \(variance())"
}
print(makeReport([1, 2, 3, 4]))
print(makeReport([2, 2, 2]))
func chooseStep(backward: Bool) -> (Int) -> Int {
    func stepForward(_ input: Int) -> Int { input + 1 }
    func stepBackward(_ input: Int) -> Int { input - 1 }
    return backward ? stepBackward : stepForward
}
var current = -4
let moveNearerToZero = chooseStep(backward: current > 0)
while current != 0 {
    print(current, terminator: " ")
    current = moveNearerToZero(current)
}
print("zero!")
func outer() -> Int {
    var count = 0
    func bump() { count += 1 }
    bump(); bump(); bump()
    return count
}
print(outer())
func fibs(_ n: Int) -> [Int] {
    var memo = [Int](repeating: -1, count: n + 1)
    func f(_ k: Int) -> Int {
        if k < 2 { return k }
        if memo[k] >= 0 { return memo[k] }
        let v = f(k - 1) + f(k - 2)
        memo[k] = v
        return v
    }
    return (0...n).map { f($0) }
}
print(fibs(30))
func levels(_ depth: Int) -> String {
    func inner(_ d: Int) -> String {
        func innermost() -> String { String(repeating: "#", count: d) }
        return d == 0 ? "" : innermost() + "/" + inner(d - 1)
    }
    return inner(depth)
}
print(levels(4))
