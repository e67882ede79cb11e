// Protocol-oriented shapes returned and taken as `some Shape`, kept as `any Shape`; the
// extremes of Doubles with NaN and infinity written as implicit members beside literals.
protocol Shape {
    var name: String { get }
    func area() -> Double
    func perimeter() -> Double
}
struct Square: Shape {
    var side: Double
    var name: String { "square" }
    func area() -> Double { side * side }
    func perimeter() -> Double { 4 * side }
}
struct Rectangle: Shape {
    var width, height: Double
    var name: String { "rectangle" }
    func area() -> Double { width * height }
    func perimeter() -> Double { 2 * (width + height) }
}
func unitSquare() -> some Shape { Square(side: 1) }
func describe(_ s: some Shape) -> String { "\(s.name): area \(s.area()), perimeter \(s.perimeter())" }
func largest(_ shapes: [any Shape]) -> any Shape {
    shapes.max { $0.area() < $1.area() }!
}
let shapes: [any Shape] = [Square(side: 2), Rectangle(width: 1, height: 5), unitSquare()]
print(unitSquare().area(), describe(unitSquare()))
for s in shapes { print(describe(s)) }
print(largest(shapes).name, shapes.map { $0.area() }.reduce(.zero, +))

print(max(1.0, .nan), min(.nan, 1.0), max(.nan, 2), min(.infinity, -3.5))
let z = -2.5
print(max(0, z), min(z, 1), max(.zero, z), min(.pi, 3))
let readings = [2.5, .nan, -1, .infinity]
var low = Double.infinity, high = -Double.infinity
for r in readings where !r.isNaN {
    low = min(low, r)
    high = max(high, r)
}
print(low, high, readings.filter { $0.isFinite })
