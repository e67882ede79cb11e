// A Container protocol with an associated type, a protocol extension using it, a generic
// struct and a struct with a typealias conforming, and generic functions with `where`
// clauses on the associated type (`C.Item: Equatable`, `C.Item == Double`).
protocol Container {
    associatedtype Item
    var items: [Item] { get }
    mutating func push(_ item: Item)
}

extension Container {
    var size: Int { items.count }
    func peek() -> Item? { items.last }
}

struct Stack<Element>: Container {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
}

struct Bag: Container {
    typealias Item = Double
    var items: [Double] = []
    mutating func push(_ item: Item) { items.append(item) }
}

func contains<C: Container>(_ c: C, _ x: C.Item) -> Bool where C.Item: Equatable {
    for item in c.items where item == x { return true }
    return false
}

func sumAll<C: Container>(_ c: C) -> Double where C.Item == Double {
    var t = 0.0
    for x in c.items { t += x }
    return t
}

func maxItem<C: Container>(_ c: C) -> C.Item? where C.Item: Comparable {
    c.items.max()
}

var s = Stack<String>()
s.push("a"); s.push("b")
print(s.size, s.peek() ?? "-", contains(s, "a"), contains(s, "z"))
print(s.pop() ?? "-", s.size)
var b = Bag()
for x in [1.5, 2.5, -1.0] { b.push(x) }
print(b.size, sumAll(b), maxItem(b) ?? 0, contains(b, 2.5))
var n = Stack<Int>()
n.push(3)
print(maxItem(n) ?? 0, n.peek() ?? 0)
let label: Bag.Item = 4
print(label)
