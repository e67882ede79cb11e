// drop(while:) of sequences made by closures: the dropping happens at once, up to the first
// element kept, and that element is read ahead, as Swift's DropWhileSequence does.
let doubling = sequence(first: 1, next: { (x: Int) -> Int? in
    print("next", x)
    return x < 40 ? x * 2 : nil
})
let big = doubling.drop(while: { (x: Int) -> Bool in
    print("drop?", x)
    return x < 5
})
print("made")
print(big)
print(type(of: big))
for x in big { print("body", x) }
print(Array(big))
print(big.map { $0 + 1 })
print(big.drop(while: { $0 < 20 }).first(where: { _ in true })!)
print(Array(big.prefix(2)), big.reduce(0, +), big.contains(64))
// An AnyIterator shares its state: the element read ahead is the sequence's own.
let shared = AnyIterator(sequence(first: 1, next: { $0 < 40 ? $0 * 2 : nil }))
let rest = shared.drop(while: { $0 < 5 })
print(type(of: rest))
print(Array(rest.prefix(2)))
print(Array(rest))
// Skipping the transient of an iteration: the logistic map settles on its fixed point.
let r = 2.5
let orbit = sequence(first: 0.1, next: { x in r * x * (1 - x) })
let settled = orbit.drop(while: { abs($0 - 0.6) > 1e-6 })
print(Array(settled.prefix(3)).map { ($0 * 1e6).rounded() / 1e6 })
// Collatz: the part of a trajectory after it first drops below its start.
let start = 27
let below = sequence(first: start, next: { $0 == 1 ? nil : ($0 % 2 == 0 ? $0 / 2 : 3 * $0 + 1) })
    .drop(while: { $0 >= start })
print(Array(below.prefix(5)), Array(below).count)
// Everything dropped: an empty sequence.
let none = sequence(first: 1, next: { $0 < 3 ? $0 + 1 : nil }).drop(while: { _ in true })
print(Array(none), none)
