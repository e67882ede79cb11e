// Sequences made by closures, zipped with others and enumerated: endless ones stop with the
// shorter side or at a `break`, one element at a time.
let doubling = sequence(first: 1, next: { $0 * 2 })
for (power, name) in zip(doubling, ["one", "two", "four"]) { print(name, power) }
for (i, x) in doubling.enumerated() {
    if i > 3 { break }
    print(i, x)
}
print(zip(["p", "q"], doubling).map { "\($0)\($1)" }, Array(zip(1..., doubling.prefix(3))))
print(doubling.enumerated().prefix(3).map { $0.offset + $0.element })
print(Array(doubling.prefix(4).enumerated().dropFirst(2)), doubling.prefix(5).enumerated().suffix(2).map { $0.element })
// A lecturer's table: the terms of a recurrence beside their labels.
let labels = ["a0", "a1", "a2", "a3", "a4"]
let recurrence = sequence(first: 2.0, next: { $0 / 2 + 1 / $0 })
for (label, term) in zip(labels, recurrence) { print(label, term) }
var step = 0
let ticks = AnyIterator { () -> Int? in
    step += 1
    print("tick", step)
    return step <= 3 ? step * 100 : nil
}
for (i, t) in ticks.enumerated() { print("row", i, t) }
let steps = sequence(first: 1, next: { (x: Int) -> Int? in
    print("step from", x)
    return x < 4 ? x + 1 : nil
})
for (a, b) in zip(steps, steps.dropFirst()) { print("pair", a, b) }
print(zip(steps, "xyz").first { $0.1 == "y" }!)
// `contains` stops at the element it finds; `min()` and `max()` read every one.
print(steps.contains(2), doubling.contains(64), steps.min()!, steps.max()!)
print(sequence(first: 0.5, next: { $0 < 4 ? $0 * 2 : nil }).max()!, AnyIterator { nil as Int? }.min() == nil)
print(steps.starts(with: [1, 2]), doubling.starts(with: [1, 3]), steps.elementsEqual(1...4), steps.flatMap { [$0, -$0] })
