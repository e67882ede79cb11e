// The lazy adaptors' types and values, printed as swiftc's build prints them.
let xs = [3, 1, 4, 1, 5, 9, 2, 6]
let doubled = xs.lazy.map { $0 * 2 }
print(doubled)
print(type(of: doubled))
print(xs.lazy)
print(type(of: xs.lazy), type(of: xs.lazy.elements), type(of: doubled.elements))
print(xs.lazy.filter { $0 > 2 })
print(xs.lazy.filter { $0 > 2 }.map { $0 + 1 })
print(xs.lazy.map { $0 + 1 }.map { String($0) })
print(xs.lazy.filter { $0 > 1 }.filter { $0 < 9 })
print(type(of: xs.lazy.compactMap { $0 > 3 ? $0 * 10 : nil }))
print(xs.lazy.prefix(while: { $0 < 5 }), xs.lazy.drop(while: { $0 < 5 }))
print([xs.lazy.map { $0 * 3 }])
print(type(of: (1...5).lazy.filter { $0 % 2 == 1 }), type(of: (0..<3).lazy.map { Double($0) }))
// compactMap: the transform runs once per element, the nils are filtered out.
let parsed = ["1", "x", "3", "", "5"].lazy.compactMap { (s: String) -> Int? in
    print("parse", s)
    return Int(s)
}
print(Array(parsed))
print(parsed.first!)
print(parsed.count)
// Strings: a lazy map over characters, indexed by String.Index.
let word = "lazy"
let upper = word.lazy.map { (c: Character) -> String in
    print("upper", c)
    return c.uppercased()
}
print(upper.joined(separator: "-"))
print(upper[word.startIndex], upper.count)
let vowels = "evaluation".lazy.filter { "aeiou".contains($0) }
print(String(vowels), vowels.count, vowels.first!)
// prefix(while:) and drop(while:) of a lazy collection: their first and count.
let small = xs.lazy.prefix(while: { (x: Int) -> Bool in
    print("small?", x)
    return x < 5
})
print(Array(small))
print(small.first!)
print(small.count)
let rest = xs.lazy.drop(while: { (x: Int) -> Bool in
    print("drop?", x)
    return x < 5
})
print(Array(rest))
print(rest.first!, rest.count, rest.isEmpty)
// Ranges: a lazy map over a range keeps the range's indices.
let cubes = (0..<10).lazy.map { $0 * $0 * $0 }
print(cubes[4], cubes.count, cubes.first!, Array(cubes.filter { $0 % 2 == 0 }))
// zip and enumerated with a lazy sequence.
for (i, v) in xs.lazy.map({ $0 * $0 }).enumerated() where i < 3 { print(i, v) }
print(Array(zip(["a", "b", "c"], xs.lazy.filter { $0 % 2 == 1 })))
// Sequence algorithms over lazy values.
let lazySquares = xs.lazy.map { $0 * $0 }
print(lazySquares.sorted(), lazySquares.min()!, lazySquares.max()!, lazySquares.contains(81))
print(lazySquares.allSatisfy { $0 > 0 }, lazySquares.reduce(into: [Int]()) { $0.insert($1, at: 0) })
print(lazySquares.map { $0 + 1 }.filter { $0 > 10 }.reduce(0, +))
