func quadrant(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0):
        return "origin"
    case (_, 0):
        return "x axis"
    case (0, _):
        return "y axis"
    case let (x, y) where x > 0 && y > 0:
        return "first (\(x), \(y))"
    case let (x, y) where x < 0 && y > 0:
        return "second (\(x), \(y))"
    case (let x, let y) where x == y:
        return "diagonal \(x)"
    default:
        return "lower half"
    }
}
for p in [(0, 0), (3, 0), (0, -2), (1, 2), (-1, 2), (-3, -3), (2, -5)] {
    print(p, quadrant(p))
}
for n in 1...6 {
    switch n {
    case let k where k % 2 == 0:
        print(n, "even")
    default:
        print(n, "odd")
    }
}
let range = (1...5, 10...20)
let value = (3, 15)
switch value {
case (range.0, range.1):
    print("inside both")
default:
    print("outside")
}
let pair = (x: 2, y: 7)
switch pair {
case (1...3, 5...9):
    print("box hit")
default:
    print("miss")
}
