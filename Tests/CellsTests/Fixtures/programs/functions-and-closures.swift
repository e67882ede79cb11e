func greet(_ name: String, from place: String = "home", times: Int = 1) -> String {
    String(repeating: "hi \(name) from \(place); ", count: times)
}
print(greet("ann"))
print(greet("bob", from: "work", times: 2))
func swapValues(_ a: inout Int, _ b: inout Int) { let t = a; a = b; b = t }
var p = 1, q = 2
swapValues(&p, &q)
print(p, q)
func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
print(factorial(10))
func makeCounter() -> () -> Int {
    var count = 0
    func next() -> Int { count += 1; return count }
    return next
}
let counter = makeCounter()
_ = counter()
print(counter(), counter())
let xs = [5, 3, 8, 1]
print(xs.map { $0 * 2 }, xs.filter { $0 > 2 }, xs.reduce(0, +), xs.sorted(), xs.sorted(by: >))
print(xs.min()!, xs.max() ?? 0, xs.first!, xs.last!, xs.contains(8), xs.firstIndex(of: 8) ?? -1)
for (i, x) in xs.enumerated() where i < 2 { print(i, x) }
print(zip([1, 2, 3], ["a", "b", "c"]).map { "\($0)\($1)" })
let scale = 2.5
let scaled = xs.map { Double($0) * scale }
print(scaled)
var adders: [(Int) -> Int] = []
for k in 1...3 { adders.append { $0 + k } }
print(adders.map { $0(10) })
let sum = [1.5, 2.5].reduce(0, +)
print(sum)

// expect: hi ann from home; 
// expect: hi bob from work; hi bob from work; 
// expect: 2 1
// expect: 3628800
// expect: 2 3
// expect: [10, 6, 16, 2] [5, 3, 8] 17 [1, 3, 5, 8] [8, 5, 3, 1]
// expect: 1 8 5 1 true 2
// expect: 0 5
// expect: 1 3
// expect: ["1a", "2b", "3c"]
// expect: [12.5, 7.5, 20.0, 2.5]
// expect: [11, 12, 13]
// expect: 4.0
