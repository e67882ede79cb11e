func maxOf<T: Comparable>(_ a: T, _ b: T) -> T { a > b ? a : b }
print(maxOf(3, 7), maxOf("pear", "apple"), maxOf(2.5, -1.0))
func firstIndex<T: Equatable>(of x: T, in xs: [T]) -> Int? {
    for (i, y) in xs.enumerated() where y == x { return i }
    return nil
}
print(firstIndex(of: 3, in: [1, 2, 3]) as Any, firstIndex(of: "z", in: ["a"]) as Any)
func apply<T, U>(_ xs: [T], _ f: (T) -> U) -> [U] {
    var out: [U] = []
    for x in xs { out.append(f(x)) }
    return out
}
print(apply([1, 2, 3]) { $0 * $0 }, apply(["a", "bb"]) { $0.count }, apply([1.5]) { "\($0)" })
func countDown<T>(_ label: T, _ n: Int) -> [String] {
    if n == 0 { return [] }
    return ["\(label)\(n)"] + countDown(label, n - 1)
}
print(countDown("t", 3), countDown(7, 2))
func mean<T: BinaryFloatingPoint>(_ xs: [T]) -> T {
    var total: T = 0
    for x in xs { total += x }
    return total / T(xs.count)
}
print(mean([1.0, 2.0, 4.0]))
func total<T: Numeric>(_ xs: [T]) -> T {
    var sum: T = 0
    for x in xs { sum += x }
    return sum
}
print(total([1, 2, 3]), total([0.5, 0.25]))
func pairUp<A, B>(_ a: A, _ b: B) -> (A, B) { (a, b) }
let p = pairUp(1, "one")
print(p, p.0 + 1, p.1.count)
func twice<T>(_ f: @escaping (T) -> T) -> (T) -> T { { f(f($0)) } }
let addTwo = twice { (x: Int) in x + 1 }
print(addTwo(5), twice { (s: String) in s + "!" }("hi"))
func describeAll<T: CustomStringConvertible>(_ xs: [T]) -> String {
    xs.map { $0.description }.joined(separator: "|")
}
print(describeAll([1, 2]), describeAll([true, false]))
func sortedDescending<T: Comparable>(_ xs: [T]) -> [T] { xs.sorted(by: >) }
print(sortedDescending([3, 1, 2]), sortedDescending(["b", "c", "a"]))
func unique<T: Hashable>(_ xs: [T]) -> [T] {
    var seen = Set<T>()
    var out: [T] = []
    for x in xs where !seen.contains(x) {
        seen.insert(x)
        out.append(x)
    }
    return out
}
print(unique([3, 1, 3, 2, 1]), unique(["a", "b", "a"]))
func swapValues<T>(_ a: inout T, _ b: inout T) {
    let t = a
    a = b
    b = t
}
var x = 1, y = 2
swapValues(&x, &y)
var s1 = "a", s2 = "b"
swapValues(&s1, &s2)
print(x, y, s1, s2)
func clamp<T: Comparable>(_ v: T, lo: T, hi: T) -> T { min(max(v, lo), hi) }
print(clamp(15, lo: 0, hi: 10), clamp(-2.5, lo: -1, hi: 1))
func wrap<T>(_ x: T) -> [T?] { [x, nil] }
print(wrap(3), wrap("s"))
