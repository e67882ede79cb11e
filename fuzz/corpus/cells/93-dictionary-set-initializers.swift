// Dictionaries and sets built from any sequence. Their order changes from run to run,
// so everything printed goes through sorted keys.
let names = ["ada", "grace", "alan", "barbara"]
let lengths = Dictionary(uniqueKeysWithValues: zip(names, names.map { $0.count }))
print(lengths.keys.sorted(), lengths["grace"]!)
let squares = Dictionary(uniqueKeysWithValues: (1...5).map { ($0, $0 * $0) })
print(squares.keys.sorted().map { squares[$0]! }, squares.count)
let byInitial = Dictionary(grouping: names, by: { $0.first! })
for key in byInitial.keys.sorted() { print(key, byInitial[key]!) }
let byParity = Dictionary(grouping: 1...10) { $0 % 2 == 0 ? "even" : "odd" }
print(byParity["even"]!, byParity["odd"]!.reduce(0, +))
let letterGroups = Dictionary(grouping: "mississippi", by: { $0 })
print(letterGroups.keys.sorted().map { "\($0)\(letterGroups[$0]!.count)" }.joined())
let totals = Dictionary([("a", 1), ("b", 2), ("a", 3)], uniquingKeysWith: +)
print(totals.keys.sorted().map { "\($0)=\(totals[$0]!)" })
var inventory = ["apples": 3, "pears": 1]
inventory.merge([("apples", 2), ("plums", 4)]) { $0 + $1 }
inventory.merge(["pears": 5]) { old, _ in old }
print(inventory.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
let inverted = Dictionary(uniqueKeysWithValues: lengths.map { ($0.value * 10, $0.key) })
print(inverted.keys.sorted(), inverted[70]!)
let typed: [Int: [String]] = Dictionary(grouping: ["x", "yy", "zz"], by: { $0.count })
print(typed[2]!, typed.count)
let evens = Set(stride(from: 0, through: 12, by: 2))
let small = Set(0..<7)
print(evens.sorted(), small.sorted(), evens.intersection(small).sorted(), evens.union(7...8).sorted())
print(evens.subtracting(stride(from: 0, to: 12, by: 4)).sorted(), small.symmetricDifference([5, 6, 7, 8]).sorted())
print(small.isSuperset(of: [1, 2]), small.isSubset(of: 0...10), evens.isDisjoint(with: [1, 3, 5]))
var seen = Set("hello")
seen.formUnion("world")
seen.subtract("lo")
print(seen.sorted(), seen.count, seen.contains("w"), Set(names.map { $0.count }).sorted())
let keySet = Set(lengths.keys), valueSet = Set(lengths.values)
print(keySet.sorted(), valueSet.sorted(), keySet.filter { $0.hasPrefix("a") }.sorted())
let kept: [Int] = evens.filter { $0 > 8 }
let keptSet = evens.filter { $0 > 8 }
print(kept.sorted(), keptSet.isSubset(of: evens), keptSet.sorted())
var unique = Set<String>()
for word in "the cat and the hat".split(separator: " ") { unique.insert(String(word)) }
print(unique.sorted(), Array(unique).count, Set(unique.map { $0.count }).sorted())
