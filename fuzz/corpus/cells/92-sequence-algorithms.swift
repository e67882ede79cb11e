// One set of sequence algorithms for every sequence: arrays, slices, ranges, strides,
// strings, sets, dictionaries, zip, enumerated(), joined() and reversed().
let evens = stride(from: 0, to: 10, by: 2)
print(evens, [evens], evens.map { $0 * $0 }, evens.contains(4), evens.min()!, Array(evens.reversed()))
print(zip(evens, "abc"), zip(1...3, [1.5, 2.5]))
print(Array(zip(evens, "abcdefgh")), zip(["x", "y"], 10...20).map { "\($0)\($1)" })
for (i, (n, c)) in zip(stride(from: 10, through: 30, by: 10), "pq").enumerated() { print(i, n, c) }
print(zip([3, 1, 2], [1, 2, 3]).filter { $0 > $1 }.count, zip("ab", "abc").allSatisfy { $0 == $1 })
print(zip([1, 2], [3, 4]).reduce(0) { $0 + $1.0 * $1.1 }, zip([1, 2], [3, 4]).first { $0.1 > 3 }!)
let word = "swift"
print(word.enumerated(), word.enumerated().map { "\($0.offset):\($0.element)" }, word.enumerated().count)
print((5...7).enumerated().filter { $0.offset != 1 }.map { $0.element }, Array(word.enumerated().reversed()).first!)
print(word.reversed(), String(word.reversed()), (1...4).reversed(), Array((1...4).reversed()), word.sorted())
print([[1, 2], [3], []].joined(), Array([[1, 2], [3], []].joined()), [[1], [2, 3]].joined().count)
print([[1], [2, 3]].joined(separator: [0, 0]), Array([[1], [2, 3]].joined(separator: [0, 0])))
print(["ab", "cd"].joined(), ["ab", "cd"].joined(separator: "/"), [["a", "b"], ["c"]].map { $0.joined() }.joined(separator: "|"))
print(Array(["ab", "cd"].joined(separator: ", ")), "a-b".split(separator: "-").joined(separator: "+"))
let nested = [[1, 2], [3, 4], [5]]
print(nested.joined().map { $0 * 10 }, nested.joined().reduce(0, +), nested.flatMap { $0 }.count)
for x in nested.joined(separator: [0]) { print(x, terminator: " ") }
print()
let primes: Set = [2, 3, 5, 7]
print(primes.min()!, primes.max()!, primes.reduce(0, +), primes.sorted(by: >), primes.contains { $0 > 6 })
print(primes.count(where: { $0 % 2 == 1 }), primes.first != nil, primes.map { $0 * 2 }.sorted(), primes.allSatisfy { $0 > 1 })
let ages = ["ann": 31, "bob": 25]
print(ages.contains { $0.value > 30 }, ages.map { $0.key }.sorted(), ages.min { $0.value < $1.value }!.key)
print(ages.reduce(0) { $0 + $1.value }, ages.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }, ages.first(where: { $0.key == "bob" })!.value)
print((1...5).filter { $0.isMultiple(of: 2) }, (0..<4).map { $0 * $0 }, (1...3).reduce(1, *), (0..<3).count(where: { $0 > 0 }))
print([1, 2, 3].elementsEqual(1...3), [1, 2, 3].starts(with: [1, 2]), "hello".starts(with: "he"), (1...3).elementsEqual([1, 2]))
print((1...4).contains(3), (1..<4).first!, (1...4).last!, (1..<1).isEmpty, (2...9).underestimatedCount)
print([(1, 2)].map { $0 + $1 }, [(key: 1, value: 2)].map { $0.key }, Array(zip([1], [2])).map { $0.0 })
var collected: [Int] = []
collected.append(contentsOf: 1...3)
collected.append(contentsOf: stride(from: 10, to: 40, by: 10))
collected.append(contentsOf: [7, 8].reversed())
collected += 4...5
print(collected, collected.count, Array(zip(collected, collected.dropFirst())).count)
let chars = Array("abc") + "de"
print(chars, String(chars), Set("hello").count, Set(evens).sorted(), Set(1...3).isSubset(of: 0...5))
for (rank, name) in zip(1..., ["ada", "alan"]) { print(rank, name) }
print(zip(10..., "ab"), Array(zip("xy", 0...)), (3...).contains(9), (3...).lowerBound)
for n in 7... {
    if n * n > 70 { break }
    print(n, terminator: " ")
}
print()
print(zip([1, 2], [10, 20]).map(+), zip([3, 4], [1, 1]).map(-), [3, 1, 2].reversed() == [2, 1, 3])
