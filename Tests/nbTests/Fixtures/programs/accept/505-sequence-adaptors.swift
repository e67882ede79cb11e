// prefix and dropFirst of sequences that are not collections (zip, strides, joined sequences)
// wrap them (PrefixSequence, DropFirstSequence); a stride's suffix and dropLast are arrays.
let xs = [1, 2, 3, 4, 5]
let z = zip(xs, xs.dropFirst())
print(z.prefix(2))
print(z.dropFirst(3))
print(z.dropFirst(1).prefix(2).map { $0 * $1 }, z.prefix(0).map { $0.0 }, z.dropFirst(9).map { $0.1 })
print([z.prefix(1)])
print(Array(z.prefix(2)), z.prefix(3).map { $0 + $1 }, z.dropFirst().count(where: { $0.0 > 2 }))
let s = stride(from: 0, to: 10, by: 3)
print(s.prefix(2), s.dropFirst(2), s.suffix(1), s.dropLast())
for (a, b) in z.dropFirst(2) { print(a, b) }
print(z.prefix(2).dropFirst(), Array(z.dropFirst().prefix(2)))
let st = stride(from: 1.0, through: 2.0, by: 0.5)
print(st.prefix(2), Array(st.dropFirst()))
let nested = [[1, 2], [3], [4, 5]]
print(Array(nested.joined(separator: [0]).prefix(4)), Array(nested.joined(separator: [0]).dropFirst(5)))
print(nested.joined(separator: [0]).prefix(2))
var running = 0
for (i, pair) in zip(stride(from: 10, to: 100, by: 10), "abcdef").dropFirst(2).enumerated() {
    running += pair.0
    print(i, pair.0, pair.1, running)
}
