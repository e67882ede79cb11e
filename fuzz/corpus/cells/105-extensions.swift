extension Int {
    var isEven: Bool { self % 2 == 0 }
    func times(_ body: () -> Void) { for _ in 0..<self { body() } }
    func clamped(to limit: Int) -> Int { Swift.min(self, limit) }
}
print(4.isEven, 7.isEven, 12.clamped(to: 10))
var n = 0
3.times { n += 2 }
print(n)
extension Double {
    var squared: Double { self * self }
    func rounded(places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
print(1.5.squared, 3.14159.rounded(places: 2))
extension String {
    var reversedString: String { String(reversed()) }
    func repeated(_ k: Int) -> String { String(repeating: self, count: k) }
    var isPalindrome: Bool { self == reversedString }
}
print("abc".reversedString, "ab".repeated(3), "level".isPalindrome, "swift".isPalindrome)
extension Array where Element == Int {
    var total: Int { reduce(0, +) }
    func average() -> Double { isEmpty ? 0 : Double(total) / Double(count) }
}
print([1, 2, 3, 4].total, [1, 2].average(), [Int]().average())
extension Array where Element: Comparable {
    func isSortedAscending() -> Bool {
        for i in 1..<Swift.max(count, 1) where self[i - 1] > self[i] { return false }
        return true
    }
}
print([1, 2, 3].isSortedAscending(), ["b", "a"].isSortedAscending(), [2.0].isSortedAscending())
extension Array {
    func second() -> Element? { count > 1 ? self[1] : nil }
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
print([1, 2, 3].second() as Any, ["x"].second() as Any, [1, 2, 3, 4, 5].chunked(into: 2))
struct Point { var x: Double; var y: Double }
extension Point {
    static let origin = Point(x: 0, y: 0)
    var length: Double { (x * x + y * y).squareRoot() }
    func distance(to other: Point) -> Double { Point(x: x - other.x, y: y - other.y).length }
    mutating func moveBy(dx: Double, dy: Double) { x += dx; y += dy }
}
var pt = Point(x: 3, y: 4)
print(pt.length, pt.distance(to: .origin), Point.origin)
pt.moveBy(dx: 1, dy: 1)
print(pt)
extension Point: CustomStringConvertible {
    var description: String { "(\(x), \(y))" }
}
print(pt, [pt])
extension Optional where Wrapped == Int {
    var orZero: Int { self ?? 0 }
}
let maybe: Int? = nil
print(maybe.orZero, Optional(5).orZero)
extension Dictionary where Value == Int {
    var sumOfValues: Int { values.reduce(0, +) }
}
print(["a": 1, "b": 2].sumOfValues)
