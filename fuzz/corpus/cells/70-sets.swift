var primes: Set = [2, 3, 5, 7]
let odds: Set = [1, 3, 5, 7, 9]
print(primes.count, primes.contains(5), primes.contains(4))
print(primes.sorted())
print(primes.union(odds).sorted())
print(primes.intersection(odds).sorted())
print(primes.subtracting(odds).sorted())
print(primes.symmetricDifference(odds).sorted())
print(primes.isSubset(of: [1, 2, 3, 5, 7, 11]), primes.isDisjoint(with: [4, 6]))
let inserted = primes.insert(11)
print(inserted.inserted, inserted.memberAfterInsert)
print(primes.insert(2).inserted)
print(primes.remove(7) as Any, primes.remove(100) as Any)
print(primes.sorted())
let words = ["b", "a", "b", "c", "a"]
let unique = Set(words)
print(unique.count, unique.sorted())
var seen = Set<Int>()
var firstDuplicate: Int? = nil
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5] {
    if seen.contains(x) { firstDuplicate = x; break }
    seen.insert(x)
}
print(firstDuplicate as Any)
print(Set([1, 2]) == Set([2, 1]))
let letters = Set("mississippi")
print(letters.sorted(), letters.count)
print(Set<String>().isEmpty)
print(primes.map { $0 * 10 }.sorted())
print(primes.filter { $0 > 3 }.sorted())
print(primes.min()!, primes.max()!, primes.reduce(0, +))
let single: Set = [42]
print(single)
