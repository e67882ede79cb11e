struct Vec: Equatable, Hashable {
    var x: Double, y: Double
    static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Vec, b: Vec) -> Vec { Vec(x: a.x - b.x, y: a.y - b.y) }
    static func * (k: Double, v: Vec) -> Vec { Vec(x: k * v.x, y: k * v.y) }
    static prefix func - (v: Vec) -> Vec { Vec(x: -v.x, y: -v.y) }
    var norm: Double {
        get { (x * x + y * y).squareRoot() }
        set {
            let scale = newValue / norm
            x *= scale
            y *= scale
        }
    }
}
let a = Vec(x: 1, y: 2), b = Vec(x: 3, y: 4)
print(a + b, b - a, 2 * a, -a, a == b, a == Vec(x: 1, y: 2), a != b)
var v = b
v.norm = 10
print(v, v.norm)
v.norm *= 2
print(v)
print([a, b, a].reduce(Vec(x: 0, y: 0), +))
print(Set([a, b, a]).count, [a, b].contains(a))
var total = Vec(x: 0, y: 0)
total = total + a
total = total + b
print(total)
struct Version: Comparable {
    var major: Int, minor: Int
    static func < (l: Version, r: Version) -> Bool { (l.major, l.minor) < (r.major, r.minor) }
}
let versions = [Version(major: 1, minor: 2), Version(major: 0, minor: 9), Version(major: 1, minor: 0)]
print(versions.sorted().map { "\($0.major).\($0.minor)" })
print(versions.max()!, versions.min()!)
print(Version(major: 2, minor: 0) > Version(major: 1, minor: 9), Version(major: 1, minor: 0) <= Version(major: 1, minor: 0))
print(versions.sorted(by: >).first!)
enum Level: Comparable { case low, medium, high }
print(Level.low < .high, [Level.high, .low, .medium].sorted(), [Level.medium, .high].max()!)
struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set(f) { celsius = (f - 32) * 5 / 9 }
    }
}
var t = Temperature(celsius: 100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t)
var temps = [Temperature(celsius: 0), Temperature(celsius: 10)]
temps[1].fahrenheit = 212
print(temps.map { $0.celsius })
func + (a: [Int], b: Int) -> [Int] { a.map { $0 + b } }
print([1, 2] + 10)
