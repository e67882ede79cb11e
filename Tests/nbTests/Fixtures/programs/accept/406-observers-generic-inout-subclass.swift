// Observers and lazy properties in a generic struct, through inout and array elements, and inherited by a subclass.
struct Box<T> {
    var value: T { didSet { print("box changed from \(oldValue) to \(value)") } }
    lazy var described: String = "Box(\(value))"
}
var b = Box(value: 3)
b.value = 4
print(b.described)
var bs = Box(value: "a")
bs.value += "b"

struct Counter {
    var n = 0 { didSet { print("n: \(oldValue) -> \(n)") } }
    var pair = (0, 0) { didSet { print("pair now \(pair)") } }
    mutating func reset() { n = 0 }
}
func bump(_ x: inout Int) { x += 10 }
var c = Counter()
bump(&c.n)
var cs = [Counter(), Counter()]
cs[1].n = 7
cs[0].pair.0 = 5
c.reset()
print(cs.map { $0.n }, c.n)

class Shape {
    var sides = 3 { willSet { print("sides will be \(newValue)") } }
}
class Square: Shape {
    func grow() { sides += 1 }
}
let sq = Square()
sq.grow()
print(sq.sides)
