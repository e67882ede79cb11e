func greet(person: String) -> String { "Hello, \(person)!" }
func greet(person: String, from town: String) -> String { "Hello \(person) from \(town)" }
func move(from start: Int, to end: Int) -> Int { end - start }
func area(width w: Double, height h: Double) -> Double { w * h }
print(greet(person: "Bill"))
print(greet(person: "Ann", from: "Oslo"))
print(move(from: 3, to: 10))
print(area(width: 2.5, height: 4))
func scale(_ x: Double, by factor: Double) -> Double { x * factor }
print(scale(3, by: 1.5))
func log(_ message: String) { print("[log]", message) }
log("started")
func sum(of xs: [Int]) -> Int { xs.reduce(0, +) }
print(sum(of: [1, 2, 3]))
func point(x: Int, y: Int) -> (x: Int, y: Int) { (x: x, y: y) }
print(point(x: 1, y: -1))
func noArgs() -> Int { 42 }
print(noArgs())
func sideEffect() { print("side effect ran") }
sideEffect()
func clamp(_ v: Int, min lo: Int, max hi: Int) -> Int { Swift.min(Swift.max(v, lo), hi) }
print(clamp(15, min: 0, max: 10), clamp(-3, min: 0, max: 10), clamp(5, min: 0, max: 10))
func implicitReturn(_ a: Int) -> Int { a * a }
print(implicitReturn(9))
func withEarlyReturn(_ a: Int) -> String {
    if a > 0 { return "positive" }
    return "not positive"
}
print(withEarlyReturn(1), withEarlyReturn(-1))
