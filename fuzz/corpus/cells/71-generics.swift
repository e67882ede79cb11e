func swapPair<T>(_ p: (T, T)) -> (T, T) { (p.1, p.0) }
print(swapPair((1, 2)), swapPair(("a", "b")))
func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}
print(largest([3, 9, 2]) as Any, largest(["pear", "apple"]) as Any, largest([Double]()) as Any)
func repeated<T>(_ x: T, _ n: Int) -> [T] { Array(repeating: x, count: n) }
print(repeated("ab", 3), repeated(1.5, 2))
struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ e: Element) { items.append(e) }
    mutating func pop() -> Element? { items.popLast() }
    var peek: Element? { items.last }
    var count: Int { items.count }
}
var ints = Stack<Int>()
ints.push(1); ints.push(2); ints.push(3)
print(ints.pop() as Any, ints.peek as Any, ints.count)
var strs = Stack<String>()
strs.push("x")
print(strs)
print(ints)
struct Pair<A, B> {
    let first: A
    let second: B
    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
}
let p = Pair(first: 1, second: "one")
print(p, p.swapped())
func countWhere<T>(_ xs: [T], _ pred: (T) -> Bool) -> Int {
    var n = 0
    for x in xs where pred(x) { n += 1 }
    return n
}
print(countWhere([1, 2, 3, 4]) { $0 > 2 }, countWhere(["a", "bb"]) { $0.count == 2 })
func sumAll<T: Numeric>(_ xs: [T]) -> T { xs.reduce(0, +) }
print(sumAll([1, 2, 3]), sumAll([0.5, 0.25]))
func pairs<T, U>(_ xs: [T], _ ys: [U]) -> [(T, U)] { Array(zip(xs, ys)) }
print(pairs([1, 2], ["a", "b", "c"]))
func identity<T>(_ x: T) -> T { x }
print(identity(7), identity("s"), identity([1.0]))
