// `AnyIterator`: an iterator made from a closure, or wrapping another iterator; it is its
// own Sequence, and its copies share one state.
var count = 0
let counter = AnyIterator<Int> {
    count += 1
    return count <= 3 ? count * count : nil
}
for square in counter { print("square", square) }
print(counter.next() == nil, count)
// A Fibonacci generator: the closure keeps its state between calls.
func fibonacci() -> AnyIterator<Int> {
    var (a, b) = (0, 1)
    return AnyIterator {
        defer { (a, b) = (b, a + b) }
        return a
    }
}
let fib = fibonacci()
print(fib.next()!, fib.next()!, fib.next()!, fib.next()!)
print(Array(fib.prefix(5)), fib.next()!)
print(fibonacci().prefix(10).map { $0 * 2 }, fibonacci().first(where: { $0 > 50 })!)
print(fibonacci().prefix(while: { $0 < 30 }), fibonacci().prefix(8).reduce(0, +))
for (i, f) in fibonacci().prefix(4).enumerated() { print(i, f) }
// Copies share the state: taking from one advances the other.
let first = fibonacci()
let second = first
_ = first.next()
_ = first.next()
print(second.next()!, first.next()!)
// Reading a list one word at a time.
let words = ["alpha", "beta", "gamma", "delta"]
var index = 0
let reader = AnyIterator { () -> String? in
    guard index < words.count else { return nil }
    defer { index += 1 }
    return words[index]
}
print(reader.next()!, reader.map { $0.uppercased() }, reader.next() == nil)
// A user iterator wrapped in an AnyIterator.
struct Countdown: IteratorProtocol {
    var value: Int
    mutating func next() -> Int? {
        guard value > 0 else { return nil }
        defer { value -= 1 }
        return value
    }
}
let down = AnyIterator(Countdown(value: 3))
for n in down { print("countdown", n) }
var source = Countdown(value: 5)
_ = source.next()
let wrapped = AnyIterator(source)
print(Array(wrapped), source.value)
// An endless generator of the powers of two, stopped by the loop.
var power = 1
let powers = AnyIterator { () -> Int? in
    defer { power *= 2 }
    return power
}
for p in powers {
    if p > 100 { break }
    print(p, terminator: " ")
}
print()
print(powers.next()!, powers.prefix(2).map { $0 / 2 }, powers.contains { $0 > 5000 })
// Printed as swiftc's build prints it.
print(AnyIterator<Int> { nil }, [AnyIterator(Countdown(value: 1))])
print(type(of: fibonacci()), type(of: fibonacci().prefix(2)))
