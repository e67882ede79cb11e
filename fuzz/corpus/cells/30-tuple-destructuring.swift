let (a, b) = (1, 2)
print(a, b)
let (x, _, z) = ("x", "ignored", "z")
print(x, z)
var (p, q) = (10, 20)
(p, q) = (q, p)
print(p, q)
let (lo, hi) = (min: 3, max: 8)
print(lo, hi)
let (n, (s, d)) = (1, ("s", 2.5))
print(n, s, d)
func divmod(_ a: Int, _ b: Int) -> (Int, Int) { (a / b, a % b) }
let (quot, rem) = divmod(17, 5)
print(quot, rem)
for (i, (name, score)) in [("a", 90), ("b", 75)].enumerated() {
    print(i, name, score)
}
let pairs = [(1, 2), (3, 4), (5, 6)]
for (l, r) in pairs { print(l + r) }
let sums = pairs.map { (l, r) in l * r }
print(sums)
var point = (x: 0, y: 0)
let (px, py) = point
point.x = 5
print(px, py, point)
let t: (Double, Double) = (1, 2)
let (t0, t1) = t
print(t0 + t1)
