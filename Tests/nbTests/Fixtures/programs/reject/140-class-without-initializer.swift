print("a class whose stored property has no default needs an init")
class Point {
    var x: Double
    var y = 0.0
    func norm() -> Double { (x * x + y * y).squareRoot() }
}
print("unreachable")
