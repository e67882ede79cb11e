// Literals whose type comes from around them, as in the lecture notes: nested arrays and
// tuples mixing Int and Double literals, a literal beside a Double in `max`/`min`, literals
// through `?:` into arithmetic, an empty dictionary typed by an optional's annotation, two
// variables declared with one type, and the static members a context names.
let m = [[0.0, 1.0], [2, 3]]
let pairs = [(1, 2.5), (3, 4)]
print(m, pairs, m[1].reduce(0, +), pairs.map { Double($0.0) * $0.1 })
let z = -0.5
let relu = max(0, z), capped = min(z, 1), both = max(min(2.5, 1), 0)
print(relu, capped, both, max(1, 2.5), min(-1, z))
let h = 0.25
var simpson = 0.0
for i in 0...4 { simpson += (i == 0 || i == 4 ? 1 : (i % 2 == 1 ? 4 : 2)) * h }
print(simpson, (3 > 2 ? 10 : 20) * h)
var cache: [Int: Int]? = [:]
cache?[3] = 9
cache?[4] = 16
print(cache!.sorted { $0.key < $1.key }, cache?.count ?? -1)
var r, g: Double
r = 0.5
g = 2
print(r * g)
var lo = 0, hi = 10
lo += 1; hi -= 1
print(lo, hi)
let a: Double = .pi, e: Double = .ulpOfOne, big: Int = .max, small: Int8 = .min
let three: Double = .init(3)
print(a, e, big, small, three, [.infinity, -.infinity, .zero] as [Double])
let nanFirst: [Double] = [.nan, 1]
print(nanFirst[0].isNaN, Double.ulpOfOne == e, 1 + e > 1)
