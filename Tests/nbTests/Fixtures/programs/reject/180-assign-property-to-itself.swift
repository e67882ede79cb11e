print("normalizing a vector")
struct Vector {
    var x: Double
    var y: Double
}
var v = Vector(x: 3, y: 4)
let length = (v.x * v.x + v.y * v.y).squareRoot()
v.x = v.x
v.y = v.y / length
print(v)
