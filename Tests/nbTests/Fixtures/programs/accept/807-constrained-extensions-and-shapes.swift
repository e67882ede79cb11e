// Constrained extensions as a lecturer writes them (a sum over Numeric sequences with
// reduce, removing duplicates from Equatable arrays, every k-th element of any collection),
// generic helpers over FloatingPoint and Comparable, and a protocol whose associated type
// must be Comparable, met by Int and by Double.
func normalize<T: BinaryFloatingPoint>(_ xs: [T]) -> [T] {
    let s = xs.reduce(0, +)
    return xs.map { $0 / s }
}
func clamp<T: Comparable>(_ x: T, _ lo: T, _ hi: T) -> T { min(max(x, lo), hi) }
extension Sequence where Element: Numeric {
    func sum() -> Element { reduce(0, +) }
}
extension Array where Element: Equatable {
    func removingDuplicates() -> [Element] {
        var out: [Element] = []
        for x in self where !out.contains(x) { out.append(x) }
        return out
    }
}
protocol Shape {
    associatedtype Measure: Comparable
    var size: Measure { get }
}
struct Square: Shape { var side: Int; var size: Int { side * side } }
struct Circle: Shape { var r: Double; var size: Double { 3 * r * r } }
func bigger<A: Shape>(_ a: A, _ b: A) -> A { a.size >= b.size ? a : b }
extension Collection {
    func every(_ k: Int) -> [Element] {
        var out: [Element] = []
        var i = 0
        for x in self {
            if i % k == 0 { out.append(x) }
            i += 1
        }
        return out
    }
}
print(normalize([1.0, 3.0]), normalize([Float(1), 1]))
print(clamp(5, 0, 3), clamp(-0.5, 0, 1), clamp("m", "a", "k"))
print([1, 2, 3].sum(), (1...10).sum(), [0.5, 0.25].sum(), Set([2, 4]).sum())
print([1, 1, 2, 1, 3].removingDuplicates(), ["a", "b", "a"].removingDuplicates())
print(bigger(Square(side: 2), Square(side: 3)).side, bigger(Circle(r: 1), Circle(r: 0.5)).r)
print([1, 2, 3, 4, 5].every(2), "abcdef".every(3), (0..<10).every(4))
