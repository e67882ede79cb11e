var maybeList: [Int]? = [1]
maybeList?.append(2)
print(maybeList as Any)
maybeList = nil
maybeList?.append(3)
print(maybeList as Any)
var d: [String: [Int]] = ["a": [1]]
d["a"]?.append(2)
d["b"]?.append(3)
print(d["a"] as Any, d["b"] as Any)
struct P { var x = 0; mutating func bump() { x += 1 } }
var p: P? = P()
p?.x = 5
p?.bump()
print(p as Any)
p = nil
p?.x = 9
print(p as Any)
var grid: [[Int]]? = [[1, 2], [3]]
grid?[0][1] = 7
print(grid as Any)
let r = maybeList?.popLast()
print(r as Any)
