protocol Shape {
    var area: Double { get }
    var name: String { get }
    func scaled(by k: Double) -> Self
}
extension Shape {
    var summary: String { "\(name): \(area)" }
    func isLarger(than other: Double) -> Bool { area > other }
}
struct Square: Shape {
    var side: Double
    var area: Double { side * side }
    var name: String { "square" }
    func scaled(by k: Double) -> Square { Square(side: side * k) }
}
struct Circle: Shape {
    var radius: Double
    let name = "circle"
    var area: Double { 3 * radius * radius }
    func scaled(by k: Double) -> Circle { Circle(radius: radius * k) }
}
let sq = Square(side: 2)
print(sq.summary, sq.isLarger(than: 3), sq.scaled(by: 3).area)
func totalArea<S: Shape>(_ shapes: [S]) -> Double { shapes.reduce(0) { $0 + $1.area } }
print(totalArea([Square(side: 1), Square(side: 2)]))
let shapes: [any Shape] = [Square(side: 1.5), Circle(radius: 1)]
for s in shapes { print(s.name, s.area, s.summary) }
print(shapes.map { $0.area }.reduce(0, +))
print(shapes.count, shapes[0].isLarger(than: 2))
let biggest = shapes.max { $0.area < $1.area }!
print(biggest.name)
protocol Named { var name: String { get } }
protocol Greeter: Named {
    func greet() -> String
}
extension Greeter {
    func greet() -> String { "Hello, \(name)!" }
}
struct Person: Greeter { var name: String }
struct Robot: Greeter {
    var id: Int
    var name: String { "R\(id)" }
    func greet() -> String { "BEEP \(name)" }
}
let crowd: [any Greeter] = [Person(name: "Ada"), Robot(id: 7)]
for g in crowd { print(g.greet()) }
func introduce(_ n: any Named) -> String { "this is \(n.name)" }
print(introduce(Person(name: "Bo")), introduce(Robot(id: 1)))
print(Person(name: "Cy").greet())
protocol Counter {
    var count: Int { get }
    mutating func increment()
}
struct Tally: Counter {
    var count = 0
    mutating func increment() { count += 1 }
}
func bumpAll<C: Counter>(_ c: inout C, times: Int) {
    for _ in 0..<times { c.increment() }
}
var t = Tally()
bumpAll(&t, times: 3)
print(t.count, t)
