// Custom operators: declared with a precedence group, defined as functions, folded by it.
precedencegroup ExponentiationPrecedence {
    associativity: right
    higherThan: MultiplicationPrecedence
}
infix operator ** : ExponentiationPrecedence

func ** (base: Double, exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= base }
    return result
}
func ** (base: Int, exponent: Int) -> Int {
    var result = 1
    for _ in 0..<exponent { result *= base }
    return result
}

print(2 ** 10, 2.0 ** 3)
print(2 ** 3 ** 2)          // right associative: 2 ** 9
print(3 * 2 ** 3 + 1)       // binds tighter than *
print(-2.0 ** 2)

struct Vec2: CustomStringConvertible {
    var x, y: Double
    var description: String { "(\(x), \(y))" }
    static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(x: a.x + b.x, y: a.y + b.y) }
    static func * (k: Double, v: Vec2) -> Vec2 { Vec2(x: k * v.x, y: k * v.y) }
    static func • (a: Vec2, b: Vec2) -> Double { a.x * b.x + a.y * b.y }
    static prefix func - (v: Vec2) -> Vec2 { Vec2(x: -v.x, y: -v.y) }
}

precedencegroup DotProductPrecedence {
    associativity: left
    lowerThan: AdditionPrecedence
    higherThan: ComparisonPrecedence
}
infix operator • : DotProductPrecedence

let u = Vec2(x: 1, y: 2), v = Vec2(x: 3, y: -1)
print(u • v, u + v • v, 2 * u • v)
print(u • v + v > 0)

prefix operator √
prefix func √ (x: Double) -> Double { x.squareRoot() }
postfix operator ¡
postfix func ¡ (n: Int) -> Int { n <= 1 ? 1 : n * (n - 1)¡ }
print(√16.0, √(u • u), 5¡, 3¡ + 1)

// An operator without a group is in DefaultPrecedence (no associativity, above ternary).
infix operator <> 
func <> (a: String, b: String) -> String { a + " " + b }
print("custom" <> "operators", ("a" <> "b") <> "c")

// A compound assignment operator of one's own.
infix operator **= : AssignmentPrecedence
func **= (lhs: inout Double, rhs: Int) { lhs = lhs ** rhs }
var w = 3.0
w **= 2
print(w, -u, [u, v].map { $0 • $0 })
