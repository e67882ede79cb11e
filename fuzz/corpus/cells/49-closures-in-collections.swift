var actions: [(Int) -> Int] = []
actions.append { $0 + 1 }
actions.append { $0 * 2 }
actions.append { x in x * x }
var v = 3
for f in actions { v = f(v) }
print(v)
print(actions.map { $0(10) })
let pipeline = actions.reduce({ (x: Int) in x }) { composed, next in { next(composed($0)) } }
print(pipeline(1), pipeline(5))
var log = [String]()
var callbacks = [() -> Void]()
for name in ["a", "b", "c"] {
    callbacks.append { log.append("ran \(name)") }
}
for cb in callbacks.reversed() { cb() }
print(log)
let named: [(name: String, f: (Double) -> Double)] = [
    ("half", { $0 / 2 }),
    ("neg", { -$0 }),
    ("sq", { $0 * $0 }),
]
for entry in named { print(entry.name, entry.f(3)) }
var counters = [() -> Int]()
for start in [0, 100] {
    var c = start
    counters.append { c += 1; return c }
}
print(counters[0](), counters[0](), counters[1](), counters[0]())
func makeAdders(_ ks: [Int]) -> [(Int) -> Int] { ks.map { k in { $0 + k } } }
print(makeAdders([1, 10, 100]).map { $0(5) })
