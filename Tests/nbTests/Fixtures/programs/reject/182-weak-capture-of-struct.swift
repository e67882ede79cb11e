print("a closure over a point")
struct Point {
    var x = 0.0
    var y = 0.0
}
let origin = Point()
let describe = { [weak origin] in
    print(origin?.x ?? 0)
}
describe()
