print("start")
struct Rect {
    var w = 1.0, h = 2.0
    var area: Double { w * h }
}
var r = Rect()
r.area = 3
