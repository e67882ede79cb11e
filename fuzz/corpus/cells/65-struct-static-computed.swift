struct Rect {
    var origin: (x: Double, y: Double)
    var width: Double
    var height: Double
    static let unit = Rect(origin: (0, 0), width: 1, height: 1)
    static func square(_ side: Double) -> Rect { Rect(origin: (0, 0), width: side, height: side) }
    var area: Double { width * height }
    var center: (x: Double, y: Double) {
        get { (origin.x + width / 2, origin.y + height / 2) }
        set {
            origin.x = newValue.x - width / 2
            origin.y = newValue.y - height / 2
        }
    }
    func contains(_ p: (x: Double, y: Double)) -> Bool {
        p.x >= origin.x && p.x <= origin.x + width && p.y >= origin.y && p.y <= origin.y + height
    }
}
print(Rect.unit.area, Rect.square(3).area)
var r = Rect(origin: (1, 1), width: 4, height: 2)
print(r.center)
r.center = (0, 0)
print(r.origin, r.center)
print(r.contains((0, 0)), r.contains((5, 5)))
print(r)
struct Money: Equatable, Comparable {
    var cents: Int
    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
    var text: String { "$\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }
}
let prices = [Money(cents: 250), Money(cents: 1999), Money(cents: 5)]
print(prices.reduce(Money(cents: 0), +).text)
print(prices.max()!.text, prices.min()!.text)
print(prices.sorted().map { $0.text })
print(Money(cents: 5) == Money(cents: 5))
