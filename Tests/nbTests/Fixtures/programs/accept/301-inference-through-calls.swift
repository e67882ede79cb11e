// Types that flow between a call's arguments, and between an operator and a call beside it:
// a closure before the argument that fixes the generic parameter, a `.zero` and a `+` that
// take the element type of the array being reduced, and an operator whose other operand is
// a Double while the generic call beside it yields a vector.
struct Vec2: CustomStringConvertible {
    var x, y: Double
    static var zero: Vec2 { Vec2(x: 0, y: 0) }
    static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x - b.x, y: a.y - b.y) }
    static func * (s: Double, v: Vec2) -> Vec2 { Vec2(x: s * v.x, y: s * v.y) }
    var length: Double { (x * x + y * y).squareRoot() }
    var description: String { "(\(x), \(y))" }
}
let pts = [Vec2(x: 1, y: 2), Vec2(x: 3, y: 4), Vec2(x: -1, y: 0.5)]
let n = Double(pts.count)
let centroid = (1.0 / n) * pts.reduce(.zero, +)
print(pts.reduce(.zero, +), centroid, (1 / n) * pts.reduce(Vec2.zero, +))
let spread = pts.map { ($0 - centroid).length }.reduce(0, +) / n
print(spread, 0.5 * pts.reduce(.zero) { $0 + $1 })

func applyTwice<T>(_ f: (T) -> T, _ x: T) -> T { f(f(x)) }
print(applyTwice({ $0 * 2 }, 3.0), applyTwice({ $0 + "!" }, "hi"), applyTwice({ $0 * 3 }, 2))
func iterate<T>(_ step: (T) -> T, from start: T, times: Int) -> [T] {
    var result = [start]
    for _ in 0..<times { result.append(step(result.last!)) }
    return result
}
print(iterate({ $0 / 2 + 1 / $0 }, from: 1.0, times: 4))
print(iterate({ 0.5 * $0 }, from: Vec2(x: 8, y: 4), times: 3))
func combine<T>(_ f: (T, T) -> T, _ a: T, _ b: T) -> T { f(a, b) }
print(combine({ $0 * $1 }, 2.5, 4), combine(+, "ab", "cd"), combine(max, 3, 9))
let halve = { (x: Double) in x / 2 }
func quarter(_ x: Double) -> Double { x / 4 }
print([1, 2].map(halve), [1, 2, 3].map(quarter), [1, 3].contains(2.5), [2, 4].map(halve).reduce(0, +))
