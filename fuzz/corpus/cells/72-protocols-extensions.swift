protocol Shape {
    var area: Double { get }
    var name: String { get }
}
struct Square: Shape {
    var side: Double
    var area: Double { side * side }
    var name: String { "square" }
}
struct Circle: Shape {
    var r: Double
    var area: Double { 3.0 * r * r }
    var name: String { "circle" }
}
func describe<S: Shape>(_ s: S) -> String { "\(s.name) with area \(s.area)" }
print(describe(Square(side: 2)))
print(describe(Circle(r: 1)))
extension Int {
    var squared: Int { self * self }
    func times(_ f: () -> Void) { for _ in 0..<self { f() } }
}
print(7.squared, (-3).squared)
var hits = 0
3.times { hits += 1 }
print(hits)
extension Array where Element == Int {
    func total() -> Int { reduce(0, +) }
}
print([1, 2, 3].total())
extension Square {
    func scaled(_ k: Double) -> Square { Square(side: side * k) }
}
print(Square(side: 1.5).scaled(2))
extension String {
    var shouted: String { uppercased() + "!" }
}
print("hey".shouted)
