var a = [1, 2, 3]
var b = a
b.append(4)
a[0] = 100
print(a, b)
b.insert(0, at: 0)
print(b.remove(at: 1), b, b.count, b.isEmpty)
var grid = [[0, 0], [0, 0]]
grid[1][0] = 5
print(grid)
var ages = ["ann": 31, "bob": 25]
ages["cy"] = 40
ages["bob"] = nil
print(ages["ann"] ?? 0, ages["zed"] ?? -1, ages.count)
for key in ages.keys.sorted() { print(key, ages[key]!) }
var counts: [String: Int] = [:]
for w in ["a", "b", "a"] { counts[w, default: 0] += 1 }
print(counts["a"]!, counts["b"]!)
var seen: Set<Int> = [1, 2]
seen.insert(3)
print(seen.contains(2), seen.count, seen.sorted())
let t = (x: 1, y: 2.5)
let (u, v) = t
print(t.x, t.y, u, v, t.0)
print(Array(1...4), Array("hey"), [Int](repeating: 7, count: 3))
let words = ["b", "a", "c"]
print(words.joined(separator: ","), Array(words.reversed()), Array(words.prefix(2)), words.dropFirst())

// expect: [100, 2, 3] [1, 2, 3, 4]
// expect: 1 [0, 2, 3, 4] 4 false
// expect: [[0, 0], [5, 0]]
// expect: 31 -1 2
// expect: ann 31
// expect: cy 40
// expect: 2 1
// expect: true 3 [1, 2, 3]
// expect: 1 2.5 1 2.5 1
// expect: [1, 2, 3, 4] ["h", "e", "y"] [7, 7, 7]
// expect: b,a,c ["c", "a", "b"] ["b", "a"] ["a", "c"]
