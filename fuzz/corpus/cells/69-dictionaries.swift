// Dictionary order is not stable between runs, so everything printed goes through sorted keys.
var ages = ["ann": 31, "bob": 25, "cy": 40]
print(ages.count, ages.isEmpty)
print(ages["ann"] as Any, ages["zed"] as Any)
ages["dee"] = 19
ages["bob"] = 26
ages["cy"] = nil
for name in ages.keys.sorted() { print(name, ages[name]!) }
print(ages.keys.sorted(), ages.values.sorted())
let old = ages.updateValue(32, forKey: "ann")
print(old as Any, ages["ann"]!)
print(ages.removeValue(forKey: "bob") as Any, ages.count)
print(ages["nobody", default: 0])
for (k, v) in ages.sorted(by: { $0.key < $1.key }) { print("\(k)=\(v)") }
let sortedPairs = ages.sorted { $0.value > $1.value }
print(sortedPairs.map { $0.key })
var counts: [String: Int] = [:]
for w in "the cat and the hat and the bat".split(separator: " ") {
    counts[String(w), default: 0] += 1
}
print(counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " "))
let squares = Dictionary(uniqueKeysWithValues: (1...4).map { ($0, $0 * $0) })
print(squares.keys.sorted().map { squares[$0]! })
let byLength = Dictionary(grouping: ["a", "bb", "cc", "d", "eee"], by: { $0.count })
for k in byLength.keys.sorted() { print(k, byLength[k]!) }
let filtered = counts.filter { $0.value > 1 }
print(filtered.keys.sorted())
let doubled = counts.mapValues { $0 * 2 }
print(doubled["the"]!, doubled["cat"]!)
print(["one": 1] == ["one": 1])
let single = ["k": [1.5, 2.5]]
print(single)
print(single["k"]?.count as Any)
var nested: [String: [String: Int]] = [:]
nested["x", default: [:]]["y"] = 1
print(nested)
print(counts.contains { $0.key == "cat" }, counts.values.reduce(0, +))
