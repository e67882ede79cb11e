struct Account { var owner: String; var balance: Double }
let accounts = [Account(owner: "a", balance: 10.5), Account(owner: "b", balance: 2.25)]
print(accounts.reduce(0) { $0 + $1.balance })
print(accounts.map(\.balance).reduce(0, +), [1, 2, 3].reduce(0) { $0 + $1 })
protocol Shape { var area: Double { get } }
struct Sq: Shape { var side: Double; var area: Double { side * side } }
let squares = [Sq(side: 1), Sq(side: 2)]
let shapes: [any Shape] = squares
print(shapes.map(\.area), shapes.count)
var onDone: ((Int) -> Void)? = nil
onDone?(1)
onDone = { print("done", $0) }
onDone?(2)
let transform: ((Double) -> Double)? = { $0 * 2 }
print(transform?(4) as Any, transform.map { $0(5) } as Any)
let xs = [1, 2, 3]
print(xs.compactMap { $0 * 2 }, xs.compactMap { $0 > 1 ? $0 : nil })
let o: (() -> Int)? = nil
print(o == nil)
struct S {}
let s: S? = nil
print(s == nil, s != nil)
let words = ["1", "x", "3"]
print(words.compactMap(Int.init), words.compactMap { Int($0) })
