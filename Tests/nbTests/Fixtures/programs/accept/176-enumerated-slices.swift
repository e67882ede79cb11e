// Skipping a header row or the first term: enumerated() then dropFirst, prefix, suffix, dropLast.
let rows = ["name,score", "ada,93", "alan,88", "grace,97"]
for (i, row) in rows.enumerated().dropFirst() {
    let fields = row.split(separator: ",")
    print("row \(i): \(fields[0]) scored \(fields[1])")
}
let terms = [1.0, 0.5, 0.25, 0.125, 0.0625]
var tail = 0.0
for (k, t) in terms.enumerated().dropFirst(2) {
    tail += t
    print(k, t, tail)
}
for (k, t) in terms.enumerated().prefix(2) { print("head", k, t) }
for (k, t) in terms.enumerated().suffix(2) { print("last", k, t) }
for (k, t) in terms.enumerated().dropLast(3) { print("early", k, t) }
let middle = terms.enumerated().dropFirst()
print(middle.count, middle.map { $0.offset * 10 })
print(Array(terms.enumerated().dropFirst(4)))
print(terms.enumerated().dropFirst(9).isEmpty)
// Printed as Swift reflects the slice: the base's index and the offset (0 at the end).
let xs = [10, 20, 30, 40]
print(xs.enumerated().dropFirst(2))
print(xs.enumerated().dropLast())
print([xs.enumerated().prefix(1)])
print("ab".enumerated().dropFirst())
print((1...3).enumerated().dropFirst())
print((5..<8).enumerated().suffix(1))
