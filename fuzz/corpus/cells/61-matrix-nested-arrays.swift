typealias Grid = [[Double]]
func multiply(_ a: Grid, _ b: Grid) -> Grid {
    let n = a.count, m = b[0].count, k = b.count
    var c = Grid(repeating: [Double](repeating: 0, count: m), count: n)
    for i in 0..<n {
        for j in 0..<m {
            var s = 0.0
            for t in 0..<k { s += a[i][t] * b[t][j] }
            c[i][j] = s
        }
    }
    return c
}
func transpose(_ a: Grid) -> Grid {
    (0..<a[0].count).map { j in a.map { $0[j] } }
}
let a: Grid = [[1, 2], [3, 4]]
let b: Grid = [[0, 1], [1, 0]]
print(multiply(a, b))
print(multiply(b, a))
print(transpose([[1, 2, 3], [4, 5, 6]]))
var p = a
for _ in 0..<4 { p = multiply(p, a) }
print(p)
let trace = (0..<2).reduce(0.0) { $0 + p[$1][$1] }
print(trace)
let v: [Double] = [1, -1]
let av = a.map { row in zip(row, v).map { $0 * $1 }.reduce(0, +) }
print(av)
func identity(_ n: Int) -> Grid {
    (0..<n).map { i in (0..<n).map { i == $0 ? 1.0 : 0.0 } }
}
print(identity(3))
print(multiply(identity(2), a) == a)
for row in a { print(row.map { String($0) }.joined(separator: " ")) }
