struct Stack<Element> {
    private var items: [Element] = []
    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
    func peek() -> Element? { items.last }
}
var s = Stack<Int>()
for i in 1...4 { s.push(i * i) }
print(s.count, s.peek() as Any, s.pop() as Any, s.count, s.isEmpty)
var words = Stack<String>()
words.push("hello")
print(words, words.pop() ?? "-", words.pop() ?? "-")
struct Queue<T> {
    var inbox: [T] = []
    var outbox: [T] = []
    mutating func enqueue(_ x: T) { inbox.append(x) }
    mutating func dequeue() -> T? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox = []
        }
        return outbox.popLast()
    }
}
var q = Queue<Double>()
q.enqueue(1.5); q.enqueue(2.5); q.enqueue(3.5)
print(q.dequeue() as Any, q.dequeue() as Any)
q.enqueue(4.5)
print(q.dequeue() as Any, q.dequeue() as Any, q.dequeue() as Any)
struct Pair<A, B> {
    var first: A
    var second: B
    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
    func mapFirst<C>(_ f: (A) -> C) -> Pair<C, B> { Pair<C, B>(first: f(first), second: second) }
}
let p = Pair(first: 1, second: "one")
print(p)
print(p.swapped())
print(p.mapFirst { Double($0) / 2 })
print([p, Pair(first: 2, second: "two")].map { $0.second })
struct Box<T: Comparable> {
    var values: [T]
    var largest: T? { values.max() }
    func contains(_ x: T) -> Bool { values.contains(x) }
}
let b = Box(values: [3, 9, 4])
print(b.largest as Any, b.contains(4), Box(values: ["x"]).largest as Any)
let nested = Stack<Stack<Int>>()
print(nested.count, [Pair(first: [1], second: 2.5)])
struct Matrix2<T: Numeric> {
    var a: T, b: T, c: T, d: T
    var determinant: T { a * d - b * c }
    static func identity(_ one: T, _ zero: T) -> Matrix2<T> { Matrix2(a: one, b: zero, c: zero, d: one) }
}
print(Matrix2(a: 1, b: 2, c: 3, d: 4).determinant, Matrix2(a: 0.5, b: 1, c: 1, d: 4).determinant)
print(Matrix2<Int>.identity(1, 0))
