let words = ["alpha", "beta", "gamma"]
print(words.joined())
print(words.joined(separator: ", "))
print(words.joined(separator: "\n"))
print([1, 2, 3].map(String.init).joined(separator: "+"))
print([1, 2, 3].map { String($0) }.joined(separator: " < "))
print([[1, 2], [3, 4]].joined().map { $0 })
print(Array([[1, 2], [3]].joined(separator: [0])))
let row = [1.5, 2.0, -3.25]
print(row.map { "\($0)" }.joined(separator: "\t"))
let table = [[1, 2, 3], [4, 5, 6]]
for r in table {
    print(r.map { String($0) }.joined(separator: " | "))
}
print(table.map { $0.map(String.init).joined(separator: ",") }.joined(separator: ";"))
print([String]().joined(separator: "x").isEmpty)
print(String(repeating: "-", count: 5) + words[0])
