// Newton's method and Simpson's rule by hand, as a numerical-methods lecture writes them.
func newton(_ f: (Double) -> Double, _ df: (Double) -> Double, from x0: Double, tolerance: Double = 1e-12) -> (root: Double, steps: Int) {
    var x = x0
    for step in 1...50 {
        let dx = f(x) / df(x)
        x -= dx
        if abs(dx) < tolerance { return (x, step) }
    }
    return (x, 50)
}

let sqrt2 = newton({ $0 * $0 - 2 }, { 2 * $0 }, from: 1)
print("sqrt(2) ≈", sqrt2.root, "after", sqrt2.steps, "steps")
let cubic = newton({ x in x * x * x - 2 * x - 5 }, { x in 3 * x * x - 2 }, from: 2)
print("root of x³ - 2x - 5:", cubic.root, cubic.steps)

func simpson(_ f: (Double) -> Double, _ a: Double, _ b: Double, n: Int) -> Double {
    let h = (b - a) / Double(n)
    var sum = f(a) + f(b)
    for i in 1..<n {
        let x = a + Double(i) * h
        sum += (i % 2 == 1 ? 4 : 2) * f(x)
    }
    return sum * h / 3
}

for n in [2, 4, 8, 16, 32] {
    let approx = simpson({ x in x * x * x * x }, 0, 1, n: n)
    print(n, approx, abs(approx - 0.2))
}

func trapezoid(_ f: (Double) -> Double, _ a: Double, _ b: Double, n: Int) -> Double {
    let h = (b - a) / Double(n)
    var sum = (f(a) + f(b)) / 2
    for i in 1..<n { sum += f(a + Double(i) * h) }
    return sum * h
}
let quarterCircle = { (x: Double) -> Double in (1 - x * x).squareRoot() }
print("pi ≈", 4 * trapezoid(quarterCircle, 0, 1, n: 1000))

var x = 1.0
var iterations: [Double] = []
for _ in 0..<6 {
    x = x - (x * x - 3) / (2 * x)
    iterations.append(x)
}
print(iterations)
print(iterations.map { ($0 * $0 - 3).magnitude < 1e-9 })

func bisect(_ f: (Double) -> Double, _ lo: Double, _ hi: Double) -> Double {
    var (a, b) = (lo, hi)
    while b - a > 1e-10 {
        let m = (a + b) / 2
        if f(a) * f(m) <= 0 { b = m } else { a = m }
    }
    return (a + b) / 2
}
let r = bisect({ $0 * $0 - 2 }, 0, 2)
print((r * 1e8).rounded() / 1e8)
