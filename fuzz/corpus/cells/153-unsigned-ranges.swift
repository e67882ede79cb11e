// Ranges of UInt and UInt64 whose bounds lie above Int.max: materialized, mapped,
// reduced and counted, not only iterated.
let top = (UInt.max - 2)...UInt.max
print(Array(top), top.count)
print(top.map { $0 % 10 }, top.reduce(0) { $0 &+ $1 })
let half: Range<UInt64> = 9_223_372_036_854_775_806..<9_223_372_036_854_775_809
print(half.count, Array(half))
for value in half where value > UInt64(Int.max) { print("above Int.max:", value) }
let small: ClosedRange<UInt8> = 250...255
print(small.count, small.filter { $0.isMultiple(of: 2) })
