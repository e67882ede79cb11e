// Endless sequences made lazy: only the elements asked for are computed.
func isPrime(_ n: Int) -> Bool {
    if n < 2 { return false }
    var d = 2
    while d * d <= n {
        if n % d == 0 { return false }
        d += 1
    }
    return true
}
// The first prime above N, from an endless range.
func firstPrime(above n: Int) -> Int {
    ((n + 1)...).lazy.filter(isPrime).first(where: { _ in true })!
}
print(firstPrime(above: 100), firstPrime(above: 1000), firstPrime(above: 7919))
// The first ten primes, pulled one at a time.
var primes: [Int] = []
for p in (2...).lazy.filter(isPrime) {
    primes.append(p)
    if primes.count == 10 { break }
}
print(primes)
// Twin primes below 100, from a lazy closed range.
let twins = (3...97).lazy.filter { isPrime($0) && isPrime($0 + 2) }.map { ($0, $0 + 2) }
print(Array(twins))
print(twins.count, twins.first!)
// Collatz lengths: the sequence of a number, made by a closure, measured lazily.
func collatz(_ n: Int) -> UnfoldFirstSequence<Int> {
    sequence(first: n, next: { $0 == 1 ? nil : ($0 % 2 == 0 ? $0 / 2 : 3 * $0 + 1) })
}
func collatzLength(_ n: Int) -> Int {
    collatz(n).lazy.map { _ in 1 }.reduce(0, +)
}
print((1...10).map(collatzLength))
let longest = (1...30).lazy.map { (n: Int) -> (Int, Int) in (n, collatzLength(n)) }
    .reduce((0, 0)) { $1.1 > $0.1 ? $1 : $0 }
print("longest below 30:", longest)
// The first Collatz number whose sequence passes 1000, and how it gets there.
let climber = (1...).lazy.first(where: { n in collatz(n).contains(where: { $0 > 1000 }) })!
print(climber, Array(collatz(climber).lazy.filter { $0 > 500 }))
// Powers of two below a bound: prefix(while:) stops the endless sequence.
let powers = sequence(first: 1, next: { $0 * 2 }).lazy.prefix(while: { $0 < 1000 })
print(Array(powers), powers.reduce(0, +))
// Squares, skipping the small ones, with their positions.
let bigSquares = (1...).lazy.map { $0 * $0 }.drop(while: { $0 < 50 })
for (i, s) in bigSquares.prefix(4).enumerated() { print(i, s) }
// Triangular numbers with the memo-free pipeline of a lecture: each one recomputed on demand.
let triangular = (1...).lazy.map { n in (1...n).reduce(0, +) }
print(Array(triangular.prefix(8)))
print(triangular.first(where: { $0 > 100 })!)
// A sum of reciprocals until the terms are tiny.
let harmonicTerms = (1...).lazy.map { 1.0 / Double($0 * $0) }.prefix(while: { $0 > 1e-4 })
print(harmonicTerms.reduce(0, +))
