let xs = [4, 8, 15, 16, 23, 42]
print(xs.count, xs.isEmpty)
print(xs.first as Any, xs.last as Any)
print(xs.first!, xs.last!)
let none: [Int] = []
print(none.first as Any, none.last as Any)
print(xs.contains(15), xs.contains(7))
print(xs.contains { $0 > 40 })
print(xs.firstIndex(of: 16) as Any)
print(xs.firstIndex(of: 99) as Any)
print(xs.firstIndex { $0 > 10 } as Any)
print(xs.lastIndex { $0 < 20 } as Any)
print(xs.first { $0 % 5 == 0 } as Any)
if let i = xs.firstIndex(of: 23) { print("23 is at", i) }
print(xs.allSatisfy { $0 > 0 })
print(xs.filter { $0.isMultiple(of: 2) }.count)
print(xs.prefix(2), xs.suffix(2))
print(Array(xs.prefix(3)))
print(Array(xs.dropFirst()), Array(xs.dropLast(2)))
print(xs.elementsEqual([4, 8, 15, 16, 23, 42]))
let words = ["kiwi", "apple", "fig"]
print(words.contains("fig"), words.firstIndex(of: "apple")!)
print(words.first!.count)
