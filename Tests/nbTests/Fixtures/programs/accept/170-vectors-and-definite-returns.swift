// A Vec2 with operators declared as `var x, y: Double`, summed with reduce(.zero, +);
// functions that return from every case of a switch nested in a case; optional
// collections initialized with empty literals.
struct Vec2: CustomStringConvertible, Equatable {
    var x, y: Double
    static let zero = Vec2(x: 0, y: 0)
    static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x - b.x, y: a.y - b.y) }
    static func * (k: Double, v: Vec2) -> Vec2 { Vec2(x: k * v.x, y: k * v.y) }
    static prefix func - (v: Vec2) -> Vec2 { Vec2(x: -v.x, y: -v.y) }
    static func += (a: inout Vec2, b: Vec2) { a = a + b }
    var length: Double { (x * x + y * y).squareRoot() }
    var description: String { "(\(x), \(y))" }
}
var p = Vec2.zero
p += Vec2(x: 3, y: 4)
print(p, p.length, -p, 2 * p, p == Vec2(x: 3, y: 4))
let pts = [Vec2(x: 1, y: 0), Vec2(x: 0, y: 1), Vec2(x: 2, y: 2)]
print(pts.reduce(.zero, +), pts.reduce(Vec2.zero) { $0 + $1 })
let total = pts.reduce(.zero, +)
let centroid = (1.0 / Double(pts.count)) * total
print(centroid)
let weights: [Double] = [0.5, 0.25, 0.25]
print(weights.reduce(.zero, +), [1, 2, 3].reduce(.zero, +))

var r, g, b: Double
r = 0.25; g = 0.5; b = 1
print(r + g + b)
struct Pixel { var r, g, b: Int; var alpha = 255 }
let px = Pixel(r: 1, g: 2, b: 3)
print(px.r + px.g + px.b, px.alpha)

enum Op { case add, mul, neg }
enum Token { case number(Double), op(Op), paren(Bool) }
func describe(_ t: Token) -> String {
    switch t {
    case .number(let v):
        return "number \(v)"
    case .op(let o):
        switch o {
        case .add: return "plus"
        case .mul: return "times"
        case .neg: return "minus"
        }
    case .paren(let open):
        if open { return "(" } else { return ")" }
    }
}
print([Token.number(2), .op(.mul), .paren(true), .op(.neg), .paren(false)].map(describe))

func sign(_ x: Double) -> Int {
    switch x {
    case ..<0: return -1
    case 0: return 0
    default:
        switch x.isInfinite {
        case true: return 2
        case false: return 1
        }
    }
}
print(sign(-3), sign(0), sign(5), sign(.infinity))

var cache: [Int: Int]? = [:]
cache?[1] = 10
cache?[2] = 20
print(cache!.keys.sorted(), cache?[2] ?? 0)
var names: [String]? = []
names?.append("Ada")
print(names ?? [])
