func minMax(_ xs: [Int]) -> (min: Int, max: Int) {
    var lo = xs[0], hi = xs[0]
    for x in xs.dropFirst() {
        if x < lo { lo = x }
        if x > hi { hi = x }
    }
    return (lo, hi)
}
let bounds = minMax([8, -6, 2, 109, 3, 71])
print(bounds)
print("min is \(bounds.min) and max is \(bounds.max)")
print(minMax([-2, 9]))
func stats(_ xs: [Double]) -> (count: Int, sum: Double, mean: Double) {
    let s = xs.reduce(0, +)
    return (xs.count, s, s / Double(xs.count))
}
let st = stats([1.5, 2.5, 5])
print(st)
let (c, s, m) = stats([1, 2])
print(c, s, m)
func split(_ n: Int) -> (Int, Int) { (n / 10, n % 10) }
print(split(47))
print(split(47).0 + split(47).1)
func polar(_ x: Double, _ y: Double) -> (r2: Double, quadrant: Int) {
    let q = x >= 0 ? (y >= 0 ? 1 : 4) : (y >= 0 ? 2 : 3)
    return (r2: x * x + y * y, quadrant: q)
}
print(polar(3, -4))
print(polar(-1, 1).quadrant)
func nothing() -> () { }
print(nothing())
func wrap(_ x: Int) -> (value: Int, doubled: Int, text: String) { (x, 2 * x, "#\(x)") }
print([1, 2].map(wrap))
