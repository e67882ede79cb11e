// Generic numerics over collections: reduce with an operator on a generic parameter, an
// extension of Array over Numeric elements, `C.Element.zero`, `isMultiple(of:)` with a
// generic argument, literals typed by a same-type requirement, tuples as elements.
func avg<T: BinaryFloatingPoint>(_ xs: [T]) -> T { xs.reduce(0, +) / T(xs.count) }
extension Array where Element: Numeric {
    func dot(_ o: [Element]) -> Element {
        var s: Element = .zero
        for i in 0..<Swift.min(count, o.count) { s += self[i] * o[i] }
        return s
    }
}
func sum<C: Collection>(_ c: C) -> C.Element where C.Element: AdditiveArithmetic {
    var s = C.Element.zero
    for x in c { s = s + x }
    return s
}
func divides<T: BinaryInteger>(_ a: T, _ b: T) -> Bool { b.isMultiple(of: a) }
func scaled<S: Sequence>(_ s: S, by k: Double) -> [Double] where S.Element == Double { s.map { $0 * k } }
func longest<S: Sequence>(_ words: S) -> String where S.Element == String {
    var best = ""
    for w in words where w.count > best.count { best = w }
    return best
}
func firstOf<C: Collection>(_ c: C) -> C.Element? { c.first }
func lastOf<C: BidirectionalCollection>(_ c: C) -> C.Element? { c.last }
func pairsSum<S: Sequence>(_ s: S) -> Int where S.Element == (Int, Int) {
    var t = 0
    for (a, b) in s { t += a * b }
    return t
}
print(avg([1.0, 2.0, 4.0]), avg([Float(1), 2]))
print([1, 2, 3].dot([4, 5, 6]), [0.5, 1.5].dot([2, 2]))
print(sum([1, 2, 3]), sum([0.25, 0.5]), sum(1...4))
print(divides(3, 12), divides(UInt8(5), 7))
print(scaled([1, 2], by: 0.5), scaled(stride(from: 1.0, to: 2.0, by: 0.5), by: 2))
print(longest(["a", "abc", "ab"]), longest("x y zz".split(separator: " ").map(String.init)))
print(firstOf([3, 4]) ?? 0, firstOf("hey") ?? "-", lastOf([1, 2]) ?? 0, lastOf("abc") ?? "-")
print(pairsSum(zip([1, 2], [3, 4])), pairsSum([(1, 1), (2, 2)]))
