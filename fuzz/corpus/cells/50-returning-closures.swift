func makeMultiplier(_ k: Int) -> (Int) -> Int { { $0 * k } }
let triple = makeMultiplier(3)
print(triple(7), makeMultiplier(-1)(4))
func makeLine(slope: Double, intercept: Double) -> (Double) -> Double {
    return { x in slope * x + intercept }
}
let line = makeLine(slope: 0.5, intercept: -1)
print([0.0, 1, 2, 4].map(line))
func counter(step: Int = 1) -> () -> Int {
    var n = 0
    return { n += step; return n }
}
let byTwo = counter(step: 2)
_ = byTwo()
print(byTwo(), byTwo())
let byOne = counter()
print(byOne(), byTwo(), byOne())
func derivative(_ f: @escaping (Double) -> Double, h: Double = 1e-3) -> (Double) -> Double {
    { x in (f(x + h) - f(x - h)) / (2 * h) }
}
let cube: (Double) -> Double = { $0 * $0 * $0 }
let dcube = derivative(cube, h: 0.5)
print(dcube(1), dcube(2))
func curry(_ f: @escaping (Int, Int) -> Int) -> (Int) -> (Int) -> Int { { a in { b in f(a, b) } } }
let add = curry(+)
print(add(2)(3))
func memoize(_ f: @escaping (Int) -> Int) -> (Int) -> Int {
    var cache = [Int: Int]()
    var misses = 0
    return { n in
        if let v = cache[n] { return v }
        misses += 1
        let v = f(n)
        cache[n] = v
        print("miss", misses, "for", n)
        return v
    }
}
let slowSquare = memoize { $0 * $0 }
print(slowSquare(4), slowSquare(4), slowSquare(5))
