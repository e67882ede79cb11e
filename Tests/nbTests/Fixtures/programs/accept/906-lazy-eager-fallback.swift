// A lazy map or filter over a sequence that is not a collection has no `first` or `count`:
// Swift's type checker takes Sequence's eager `map`/`filter` there, so every element is
// mapped once, in order, before `first` or `count` reads the array.
var calls = 0
func square(_ x: Int) -> Int {
    calls += 1
    print("square(\(x))")
    return x * x
}
let steps = sequence(first: 1) { $0 < 5 ? $0 + 1 : nil }
let firstSquare = steps.lazy.map(square).first
print("first:", firstSquare as Any, "calls:", calls)
calls = 0
let squareCount = steps.lazy.map(square).count
print("count:", squareCount, "calls:", calls)
calls = 0
let collatz = sequence(first: 27) { $0 == 1 ? nil : ($0 % 2 == 0 ? $0 / 2 : 3 * $0 + 1) }
calls = 0
let tenfoldEmpty = collatz.lazy.map { x -> Int in calls += 1; return x * 10 }.isEmpty
print("isEmpty:", tenfoldEmpty, "calls:", calls)
calls = 0
let tenfoldLast = collatz.lazy.map { x -> Int in calls += 1; return x * 10 }.last
print("last:", tenfoldLast as Any, "calls:", calls)
calls = 0
let peakCount = collatz.lazy.filter { $0 > 1000 }.map { x -> Int in calls += 1; return x }.count
print("peaks:", peakCount, "calls:", calls)
// Only the last call of a chain is eager: the map before it stays lazy, so f and p interleave.
func f(_ x: Int) -> Int { print("f", x); return x * 3 }
func p(_ x: Int) -> Bool { print("p", x); return x % 2 == 0 }
let four = sequence(first: 1) { $0 < 4 ? $0 + 1 : nil }
print(four.lazy.map(f).filter(p).first as Any)
print(four.lazy.filter(p).map(f).count)
print(four.lazy.map(f).map(f).last as Any)
let words = ["4", "x", "15", "16", "?"]
var position = 0
let numbers = AnyIterator { () -> String? in
    guard position < words.count else { return nil }
    position += 1
    return words[position - 1]
}
print(numbers.lazy.compactMap { Int($0) }.count)
let thirds = stride(from: 0, to: 10, by: 3).lazy.map { x -> Int in print("third", x); return x / 3 }
print(thirds.first(where: { $0 > 1 }) as Any)
print(stride(from: 0, to: 10, by: 3).lazy.map { x -> Int in print("third", x); return x / 3 }.first as Any)
// Sequence's `prefix(while:)` is eager too: it tests until the first element that fails.
func small(_ x: Int) -> Bool { print("small", x); return x < 3 }
let five = sequence(first: 1) { $0 < 5 ? $0 + 1 : nil }
print(five.lazy.prefix(while: small).count)
print(five.lazy.map { $0 * 2 }.prefix(while: small).first as Any)
