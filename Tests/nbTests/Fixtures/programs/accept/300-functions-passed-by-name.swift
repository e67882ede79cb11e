// Functions and operators passed by name, as a lecturer passes them: library functions
// that are generic or overloaded (`abs`, `max`, `min`), operators (`+`, `*`, `>`), a cell's
// own overloads chosen by the function type the call expects, a two-argument function
// over the pairs of `zip`, a generic function of a cell, and a variadic function as a value.
let xs: [Double] = [-1.5, 2.0, -3.25, 0.5]
print(xs.map(abs), xs.reduce(0, +), xs.reduce(1, *), xs.reduce(-.infinity, max), xs.reduce(.infinity, min))
let ns = [3, -1, 4, -1, 5, -9, 2, 6]
print(ns.map(abs), ns.reduce(0, max), ns.reduce(0, min), ns.reduce(0, +), ns.sorted(by: >), ns.sorted(by: <))
print(ns.map(String.init), xs.sorted(by: >), ns.filter { $0 > 0 }.reduce(1, *))

func square(_ x: Int) -> Int { x * x }
func square(_ x: Double) -> Double { x * x }
print(ns.map(square), xs.map(square))
let h: (Double) -> Double = square
let k: (Int) -> Int = square
print(h(1.5), k(7))

func dot(_ a: Double, _ b: Double) -> Double { a * b }
let us: [Double] = [1, 2, 3], vs: [Double] = [4, 5, 6]
print(zip(us, vs).map(dot), zip(us, vs).map(dot).reduce(0, +), zip(us, vs).map(max), zip(us, vs).map(min))

func twice<T>(_ x: T) -> [T] { [x, x] }
print(ns.prefix(2).map(twice), ["a", "b"].map(twice))

func clamp01(_ x: Double) -> Double { max(0, min(1, x)) }
func relu(_ x: Double) -> Double { max(0, x) }
let activations: [(Double) -> Double] = [clamp01, relu, abs]
for f in activations { print(xs.map(f)) }
let unary = [relu, abs, clamp01]
print(unary.map { $0(-2.5) }, [abs, relu].map { xs.map($0) })

func total(_ parts: Int...) -> Int { parts.reduce(0, +) }
let sum = total
print(sum(1, 2, 3), sum(), total(4, 5))
func apply(_ f: (Int...) -> Int) -> Int { f(10, 20, 30) }
print(apply(total), apply(sum))

func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
let squareThenHalve = compose(square, { (y: Double) in y / 2 })
print(squareThenHalve(3), xs.map(squareThenHalve))
