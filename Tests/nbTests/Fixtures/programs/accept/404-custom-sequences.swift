// User types conforming to Sequence and IteratorProtocol, in `for in` and the sequence algorithms.
struct Countdown: Sequence, IteratorProtocol {
    var count: Int
    mutating func next() -> Int? {
        if count == 0 { return nil }
        defer { count -= 1 }
        return count
    }
}
for n in Countdown(count: 3) { print(n, terminator: " ") }
print()
print(Countdown(count: 5).map { $0 * $0 }, Countdown(count: 6).filter { $0 % 2 == 0 })
print(Countdown(count: 4).reduce(0, +), Array(Countdown(count: 2)), Countdown(count: 3).contains(2))

struct Fibonacci: Sequence {
    let limit: Int
    func makeIterator() -> FibonacciIterator { FibonacciIterator(limit: limit) }
}
struct FibonacciIterator: IteratorProtocol {
    let limit: Int
    var a = 0, b = 1
    init(limit: Int) { self.limit = limit }
    mutating func next() -> Int? {
        guard a <= limit else { return nil }
        let value = a
        (a, b) = (b, a + b)
        return value
    }
}
let fib = Fibonacci(limit: 100)
print(Array(fib))
print(fib.filter { $0 % 2 == 0 }.map { $0 / 2 }, fib.reduce(0, +))
for (i, f) in fib.enumerated() where i > 8 { print(i, f) }
var it = fib.makeIterator()
print(it.next()!, it.next()!, it.next()!)

// An endless sequence of one's own: `for in` takes an element at a time, so `break` ends it.
struct Naturals: Sequence, IteratorProtocol {
    var current = 0
    mutating func next() -> Int? {
        current += 1
        return current
    }
}
var total = 0
for n in Naturals() {
    if n > 10 { break }
    if n % 3 == 0 { continue }
    total += n
}
print(total)

// An iterator whose next() prints: the loop interleaves with it.
struct Noisy: Sequence, IteratorProtocol {
    var left = 2
    mutating func next() -> String? {
        guard left > 0 else { return nil }
        left -= 1
        print("next")
        return "item \(left)"
    }
}
for item in Noisy() { print(item) }
print(Noisy().map { $0.count }, Noisy().sorted())

// A class of one's own as a Sequence: a linked list with a struct iterator, and a class that is its own iterator.
final class ListNode {
    let value: Int
    var next: ListNode?
    init(_ value: Int, next: ListNode? = nil) { self.value = value; self.next = next }
}
struct ListIterator: IteratorProtocol {
    var current: ListNode?
    mutating func next() -> Int? {
        guard let node = current else { return nil }
        current = node.next
        return node.value
    }
}
final class LinkedList: Sequence {
    var head: ListNode?
    func push(_ value: Int) { head = ListNode(value, next: head) }
    func makeIterator() -> ListIterator { ListIterator(current: head) }
}
let list = LinkedList()
for v in [3, 1, 4, 1, 5] { list.push(v) }
for v in list { print(v, terminator: " ") }
print()
print(list.map { $0 * 2 }, list.reduce(0, +), Array(list).sorted(), list.contains(4))
class Ticker: Sequence, IteratorProtocol {
    var count = 0
    func next() -> Int? {
        count += 1
        return count <= 3 ? count : nil
    }
}
let ticker = Ticker()
for t in ticker { print("tick", t) }
print(ticker.count)
