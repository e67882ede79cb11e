print("a program swiftc rejects prints nothing")
// Only a map call written before `count` can be Sequence's eager map; a lazy map of a
// sequence that is not a collection, once stored, has no `count`.
let steps = sequence(first: 1) { $0 < 5 ? $0 + 1 : nil }
let squares = steps.lazy.map { $0 * $0 }
print(squares.count)
