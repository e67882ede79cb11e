struct Point {
    var x: Double
    var y: Double
    func distance(to other: Point) -> Double {
        let dx = x - other.x, dy = y - other.y
        return (dx * dx + dy * dy).squareRoot()
    }
    func translated(by dx: Double, _ dy: Double) -> Point { Point(x: x + dx, y: y + dy) }
}
let origin = Point(x: 0, y: 0)
let p = Point(x: 3, y: 4)
print(p)
print(p.x, p.y)
print(p.distance(to: origin))
print(p.translated(by: 1, -1))
var q = p
q.x = 10
print(p, q)
print([origin, p])
struct Size {
    var width = 1
    var height = 2
}
print(Size(), Size(width: 5), Size(height: 7), Size(width: 3, height: 4))
struct Labeled {
    let name: String
    let values: [Int]
    let pair: (Int, Int)
    let maybe: Int?
}
print(Labeled(name: "L", values: [1, 2], pair: (3, 4), maybe: nil))
print(Labeled(name: "M", values: [], pair: (0, 0), maybe: 5))
struct Temperature {
    var celsius: Double
    var fahrenheit: Double { celsius * 9 / 5 + 32 }
    init(celsius: Double) { self.celsius = celsius }
    init(fahrenheit: Double) { celsius = (fahrenheit - 32) * 5 / 9 }
}
print(Temperature(celsius: 100).fahrenheit)
print(Temperature(fahrenheit: 212).celsius)
print(Temperature(celsius: -40))
