var a = [1, 2, 3]
var b = a
b.append(4)
b[0] = 100
print(a)
print(b)
func mutateCopy(_ xs: [Int]) -> [Int] {
    var copy = xs
    copy[0] = -1
    return copy
}
let c = mutateCopy(a)
print(a, c)
var grid = [[0, 0], [0, 0]]
var row = grid[0]
row[1] = 5
print(grid, row)
grid[1] = row
row[0] = 7
print(grid, row)
let frozen = a
a.removeAll()
print(frozen, a)
var s1 = "abc"
var s2 = s1
s2 += "d"
print(s1, s2)
s1 = "z"
print(s1, s2)
var t1 = (x: 1, y: 2)
var t2 = t1
t2.x = 9
print(t1, t2)
t1.y = 0
print(t1, t2)
