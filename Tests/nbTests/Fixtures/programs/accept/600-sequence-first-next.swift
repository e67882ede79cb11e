// `sequence(first:next:)`: a sequence unfolded from its first element, each next one made
// from the one before, until `next` returns nil; endless when it never does.
for x in sequence(first: 1, next: { $0 < 100 ? $0 * 3 : nil }) { print(x, terminator: " ") }
print()
let powers = sequence(first: 1, next: { $0 < 100 ? $0 * 3 : nil })
print(Array(powers), Array(powers).count, powers.map { $0 + 1 }, powers.filter { $0 % 2 == 1 }.count)
print(powers.reduce(0, +), powers.reduce(into: [String]()) { $0.append("<\($1)>") })
print(Array(powers.prefix(3)), powers.prefix(while: { $0 < 30 }), powers.first(where: { $0 > 10 })!)
print(powers.contains { $0 == 27 }, powers.allSatisfy { $0 > 0 }, powers.compactMap { $0 > 5 ? $0 / 2 : nil })
// Collatz: the next term from the one before, ending at 1.
func collatz(_ n: Int) -> [Int] {
    Array(sequence(first: n, next: { $0 == 1 ? nil : ($0 % 2 == 0 ? $0 / 2 : 3 * $0 + 1) }))
}
print(collatz(6), collatz(27).count, collatz(27).max()!)
// An endless sequence: `break`, `prefix`, `first(where:)` and `prefix(while:)` stop it.
let naturals = sequence(first: 0, next: { $0 + 1 })
for n in naturals {
    if n * n > 50 { print("first square above 50:", n * n); break }
}
print(Array(naturals.prefix(5)), naturals.first(where: { $0 * $0 > 200 })!, naturals.prefix(while: { $0 < 4 }))
print(naturals.prefix(6).map { $0 * $0 }, naturals.prefix(10).filter { $0 % 3 == 0 }, naturals.prefix(4).reduce(0, +))
print(Array(naturals.dropFirst(3).prefix(3)), Array(naturals.prefix(5).dropFirst(2)))
for (i, n) in naturals.prefix(3).enumerated() { print(i, n) }
// Newton's method for the square root of 2, until the step is tiny.
let newton = sequence(first: 1.0, next: { x in
    let y = (x + 2 / x) / 2
    return abs(y - x) < 1e-12 ? nil : y
})
for x in newton { print(x) }
print(Array(newton).last!, Array(newton).count)
// The closures run one element at a time, interleaved as Swift runs them.
let noisy = sequence(first: 1, next: { (x: Int) -> Int? in
    print("next after", x)
    return x < 8 ? x * 2 : nil
})
for x in noisy { print("body", x) }
let doubled = noisy.map { (x: Int) -> Int in
    print("map", x)
    return x * 10
}
print(doubled)
print(noisy.first(where: { x in print("test", x); return x > 2 })!)
print(noisy.prefix(2).map { $0 + 1 })
print(noisy.count(where: { x in print("count", x); return x > 1 }))
print(noisy.max(by: { a, b in print("max", a, b); return a < b })!, noisy.min { $0 < $1 }!)
for x in noisy.prefix(2) { print("prefix body", x) }
var fib = sequence(first: (0, 1), next: { ($0.1, $0.0 + $0.1) }).prefix(10).map { $0.0 }
fib.append(-1)
print(fib)
// Printed as swiftc's build prints it.
let tens = sequence(first: 10, next: { $0 > 1 ? $0 / 2 : nil })
print(tens)
print([tens.prefix(2)], type(of: tens))
