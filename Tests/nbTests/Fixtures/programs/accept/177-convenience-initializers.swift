// Convenience initializers delegate to a designated one with self.init; a subclass without
// designated initializers inherits them all.
class Vector {
    var x: Double, y: Double
    init(x: Double, y: Double) { self.x = x; self.y = y }
    convenience init() { self.init(x: 0, y: 0) }
    convenience init(both: Double) { self.init(x: both, y: both) }
    convenience init(polar r: Double, degrees: Double) {
        let t = degrees * 3.141592653589793 / 180
        self.init(x: r * (1 - t * t / 2), y: r * t)
        print("made from polar", r)
    }
    convenience init(unit: Bool) { self.init(both: unit ? 1 : 0) }
}
let a = Vector(); let b = Vector(both: 2); let c = Vector(unit: true)
print(a.x, a.y, b.x, b.y, c.x, c.y)
let p = Vector(polar: 2, degrees: 0)
print(p.x, p.y)
class Labeled: Vector {
    var label = "v"
}
let l = Labeled(both: 3)
print(l.label, l.x, l.y)
class Named: Vector {
    var name: String
    init(name: String) { self.name = name; super.init(x: 1, y: 1) }
    convenience init(copying other: Named) { self.init(name: other.name + "'") }
}
let n = Named(copying: Named(name: "n"))
print(n.name, n.x)
