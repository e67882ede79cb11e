// Functions that return an optional pair, unwrapped into names with `if let (a, b)`,
// `guard let (a, b)` and `if var (a, b)`, a `_` skipping an element.
func minMax(_ xs: [Int]) -> (Int, Int)? {
    guard var lo = xs.first else { return nil }
    var hi = lo
    for x in xs { lo = min(lo, x); hi = max(hi, x) }
    return (lo, hi)
}
func divide(_ a: Int, by b: Int) -> (quotient: Int, remainder: Int)? {
    b == 0 ? nil : (a / b, a % b)
}
if let (lo, hi) = minMax([3, 9, 1]) { print(lo, hi, hi - lo) }
if let (lo, _) = minMax([]) { print(lo) } else { print("empty") }
let pair: (Int, String)? = (1, "x")
if var (n, s) = pair {
    n += 1
    s += "!"
    print(n, s)
}
func spread(_ xs: [Int]) -> Int {
    guard let (a, b) = minMax(xs) else { return 0 }
    return b - a
}
print(spread([5]), spread([4, -2, 7]), spread([]))
for (a, b) in [(17, 5), (9, 0), (-7, 2)] {
    if let (q, r) = divide(a, by: b) { print("\(a) = \(b) * \(q) + \(r)") } else { print("\(a) / 0") }
}
