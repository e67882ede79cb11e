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

// sequence(first:next:) and AnyIterator.
let powers = sequence(first: 1) { $0 < 500 ? $0 * 3 : nil }
print(Array(powers))
let collatz = sequence(first: 27) { $0 == 1 ? nil : ($0 % 2 == 0 ? $0 / 2 : 3 * $0 + 1) }
print(collatz.count { _ in true }, collatz.max()!)
var state = 0
let squares = AnyIterator { () -> Int? in
    state += 1
    return state <= 5 ? state * state : nil
}
print(Array(squares))
var letters = ["a", "b", "c"].makeIterator()
let upper = AnyIterator { letters.next()?.uppercased() }
for letter in upper { print(letter, terminator: "") }
print()
