// Generic numerics over the standard library's numeric protocols: members with and without
// arguments, static members and conversions of a generic parameter, instantiated for Int,
// UInt8, Double and Float.
func sumOfSquares<T: Numeric>(_ xs: [T]) -> T {
    var s: T = .zero
    for x in xs { s += x * x }
    return s
}

func gcd<T: BinaryInteger>(_ a: T, _ b: T) -> T {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
}

func evensAmong<T: BinaryInteger>(_ xs: [T]) -> [T] {
    xs.filter { $0.isMultiple(of: 2) }
}

func digitSum<T: BinaryInteger>(_ n: T) -> T {
    var n = n, s: T = 0
    while n > 0 {
        let (q, r) = n.quotientAndRemainder(dividingBy: 10)
        s += r
        n = q
    }
    return s
}

func largestValue<T: FixedWidthInteger>(_ x: T) -> T { T.max - x }

func hypotenuse<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
    (a * a + b * b).squareRoot()
}

func newtonRoot<T: BinaryFloatingPoint>(_ x: T) -> T {
    var r = x / 2
    for _ in 0..<20 { r = (r + x / r) / T(2) }
    return r
}

func circleArea<T: FloatingPoint>(_ r: T) -> T { T.pi * r * r }

func clampToUnit<T: FloatingPoint>(_ x: T) -> T {
    if x.isNaN { return .zero }
    return Swift.min(Swift.max(x, 0), 1)
}

func roundedDown<T: FloatingPoint>(_ x: T) -> T { x.rounded(.down) }

func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}

func indexOf<T: Equatable>(_ target: T, in xs: [T]) -> Int? {
    for (i, x) in xs.enumerated() where x == target { return i }
    return nil
}

func distinctCount<T: Hashable>(_ xs: [T]) -> Int { Set(xs).count }

print(sumOfSquares([1, 2, 3]), sumOfSquares([0.5, 1.5]), sumOfSquares([Float(2), 3]))
print(gcd(84, 36), gcd(UInt8(200), UInt8(120)), gcd(Int64(17), Int64(5)))
print(evensAmong([1, 2, 3, 4, 10]), evensAmong([UInt8(7), 8]))
print(digitSum(9875), digitSum(UInt16(999)))
print(largestValue(UInt8(5)), largestValue(Int16(1)), largestValue(0))
print(hypotenuse(3.0, 4.0), hypotenuse(Float(5), Float(12)))
print(newtonRoot(2.0), newtonRoot(Float(9)))
print(circleArea(1.0), circleArea(Float(2)))
print(clampToUnit(1.5), clampToUnit(-0.5), clampToUnit(0.25), clampToUnit(Double.nan), clampToUnit(Float(0.5)))
print(roundedDown(2.7), roundedDown(-2.5), roundedDown(Float(1.5)))
print(largest([3, 7, 2]) ?? 0, largest(["kiwi", "apple"]) ?? "", largest([Double]()) ?? 0)
print(indexOf("c", in: ["a", "b", "c"]) ?? -1, indexOf(5, in: [1, 2]) ?? -1, indexOf(2.5, in: [2.5]) ?? -1)
print(distinctCount([1, 1, 2]), distinctCount(Array("hello")), distinctCount([0.5, 0.5]))
