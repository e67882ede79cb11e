// Statistics and numerical helpers as a lecturer writes them: literals typed by their context,
// and print's `Any` items, where swiftc joins rather than retyping a literal.
func mean(_ xs: [Double]) -> Double {
    xs.isEmpty ? 0 : xs.reduce(.zero, +) / Double(xs.count)
}

func relu(_ z: Double) -> Double { max(0, z) }

func simpson(_ f: (Double) -> Double, _ a: Double, _ b: Double, _ n: Int) -> Double {
    let h = (b - a) / Double(n)
    var sum = f(a) + f(b)
    for i in 1..<n {
        sum += (i % 2 == 1 ? 4 : 2) * f(a + Double(i) * h)
    }
    return sum * h / 3
}

let samples: [Double] = [2, 4.5, -1, 3]
print("mean:", mean(samples), "of empty:", mean([]))
print("relu:", samples.map(relu), samples.map(abs))
print("integral of x^2 on [0, 1]:", simpson({ $0 * $0 }, 0, 1, 10))

// A count may be zero: the fallback literal is printed as the Int it is.
let counts = [0, 3]
let total = 7.5
for n in counts {
    print("n =", n, "average:", n > 0 ? total / Double(n) : 0)
}
let maybe: Int? = nil
let scale: Double? = nil
print(maybe ?? 0.5, scale ?? 2, maybe ?? 7)

// Literals take the type the other elements or the annotation give.
let grid = [[0.0, 1.0], [2, 3]]
let pairs = [(1, 2.5), (3, 4)]
var cache: [Int: Int]? = [:]
cache?[2] = 4
var r, g: Double
r = 1
g = 0.5
print(grid, pairs, cache ?? [:], r + g)
print(min(samples.min() ?? .infinity, 1), max(-1, samples.max() ?? -.infinity))
print(samples.reduce(-.infinity, max), samples.reduce(.infinity, min))

// Generic functions: T from an argument, a literal beside it, or `Any` inside print.
func larger<T: Comparable>(_ a: T, _ b: T) -> T { a > b ? a : b }
func second<T>(_ a: T, _ b: T) -> T { b }
let z = -0.75
print(larger(0, z), larger(z, 1), larger("pear", "apple"))
print(second(z, 2), second(1, 2), second(1, 2.5) + 1)
let product = zip([1.5, 2, 3], [2.0, 4, 0.5]).map(*)
print(product, product.reduce(0, +))
print([1, 2, 3].map(String.init), "abc".map(String.init))
print(-(4) + 1, 2 * -(4 + 1), -(4 % 3))
