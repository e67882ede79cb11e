var m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m)
print(m.count, m[0].count)
print(m[1][2])
m[2][2] = 90
print(m[2])
print(m.map { $0.reduce(0, +) })
var transposed = [[Int]]()
for j in 0..<3 {
    var col = [Int]()
    for i in 0..<3 { col.append(m[i][j]) }
    transposed.append(col)
}
print(transposed)
let flat = m.flatMap { $0 }
print(flat)
let doubles: [[Double]] = [[1.0], [2.5, 3.5]]
print(doubles)
print([[1.0]])
var jagged: [[String]] = [[], ["a"], ["b", "c"]]
jagged[0].append("z")
print(jagged)
print(jagged.map { $0.count })
let identity = (0..<3).map { i in (0..<3).map { j in i == j ? 1.0 : 0.0 } }
print(identity)
let cube = [[[1, 2], [3]], [[4]]]
print(cube)
print(cube[0][1][0])
var rows = Array(repeating: [Int](), count: 3)
for i in 0..<6 { rows[i % 3].append(i) }
print(rows)
