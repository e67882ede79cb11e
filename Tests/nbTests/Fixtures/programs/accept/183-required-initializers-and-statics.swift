// Required initializers, static members used unqualified, and other everyday corners.
class Shape {
    let sides: Int
    required init(sides: Int) { self.sides = sides }
    func describe() -> String { "a shape with \(sides) sides" }
}

class Polygon: Shape {
    let name: String
    required init(sides: Int) {
        name = "polygon"
        super.init(sides: sides)
    }
    init(name: String, sides: Int) {
        self.name = name
        super.init(sides: sides)
    }
    override func describe() -> String { "a \(name) with \(sides) sides" }
}

class Triangle: Polygon {}   // inherits both initializers, the required one included

let shapes: [Shape] = [Shape(sides: 0), Polygon(sides: 5), Polygon(name: "square", sides: 4), Triangle(sides: 3)]
for shape in shapes { print(shape.describe()) }

// Static properties in an initializer, and unqualified in static methods.
struct Temperature {
    static let absoluteZero = -273.15
    static var readings = 0
    let celsius: Double
    init(celsius: Double) {
        self.celsius = max(celsius, Temperature.absoluteZero)
        Temperature.readings += 1
    }
    static func fromKelvin(_ kelvin: Double) -> Temperature {
        readings += 0
        return Temperature(celsius: kelvin + absoluteZero)
    }
    static func resetCount() { readings = 0 }
}
let boiling = Temperature.fromKelvin(373.15)
let impossible = Temperature(celsius: -500)
print(boiling.celsius, impossible.celsius, Temperature.readings)
Temperature.resetCount()
print(Temperature.readings)

// Optional tuple bindings and Character ranges.
func minMax(_ values: [Int]) -> (min: Int, max: Int)? {
    guard let first = values.first else { return nil }
    return values.reduce((first, first)) { (min($0.0, $1), max($0.1, $1)) }
}
if let (low, high) = minMax([4, -2, 9, 1]) { print("range \(low)...\(high)") }
if let (low, high) = minMax([]) { print(low, high) } else { print("empty") }

func classify(_ c: Character) -> String {
    switch c {
    case "a"..."z": return "lower"
    case "A"..."Z": return "upper"
    case "0"..<":": return "digit"
    default: return "other"
    }
}
print("aZ5!".map(classify))

// Double's and Int's less common members.
print(1.0.nextUp, 1.0.nextDown, 12.0.significand, 12.0.exponent)
print(Double.maximum(2, .nan), Double.minimum(-0.0, 0.0), Double.maximumMagnitude(-3, 2))
var hash: UInt8 = 200
hash &+= 100
hash &*= 3
var big = Int.max
big &+= 1
print(hash, big)
print(Array("Hé".utf8), "apple".lexicographicallyPrecedes("apricot"))
print(Character(UnicodeScalar(72)!), String(Character(UnicodeScalar(UInt8(105)))))

// A definite return through a switch nested in a case.
enum Unit { case metric, imperial }
enum Measure { case length(Double), weight(Double) }
func label(_ m: Measure, _ unit: Unit) -> String {
    switch m {
    case .length(let value):
        switch unit {
        case .metric: return "\(value) m"
        case .imperial: return "\(value * 3.28084) ft"
        }
    case .weight(let value):
        switch unit {
        case .metric: return "\(value) kg"
        case .imperial: return "\(value * 2.20462) lb"
        }
    }
}
print(label(.length(2), .imperial), label(.weight(1), .metric))
