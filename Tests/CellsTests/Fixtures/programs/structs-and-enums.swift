struct Point {
    var x: Double
    var y: Double = 0
    func norm() -> Double { (x * x + y * y).squareRoot() }
    mutating func scale(by factor: Double) { x *= factor; y *= factor }
    var sum: Double { x + y }
}
var p = Point(x: 3, y: 4)
print(p, p.norm(), p.sum)
p.scale(by: 2)
print(p.x, p.y, [p])
let q = Point(x: 1)
print(q)
enum Shape {
    case circle(radius: Double)
    case square(Double)
    case empty
    func area() -> Double {
        switch self {
        case .circle(let r): return 3 * r * r
        case .square(let s): return s * s
        case .empty: return 0
        }
    }
}
let shapes: [Shape] = [.circle(radius: 1), .square(2), .empty]
print(shapes.map { $0.area() })
print(Shape.empty, Shape.square(2))
enum Direction: Int, CaseIterable { case north, east, south, west }
print(Direction.allCases.count, Direction.east.rawValue, Direction(rawValue: 2) ?? .north)

// expect: Point(x: 3.0, y: 4.0) 5.0 7.0
// expect: 6.0 8.0 [main.Point(x: 6.0, y: 8.0)]
// expect: Point(x: 1.0, y: 0.0)
// expect: [3.0, 4.0, 0.0]
// expect: empty square(2.0)
// expect: 4 1 south
