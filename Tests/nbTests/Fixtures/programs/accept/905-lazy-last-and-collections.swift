// `last` of a lazy collection walks back from its end; a filter also finds out first whether
// it is empty, by scanning from its start.
let readings = [12, 7, 19, 3, 25, 14, 8]
func high(_ x: Int) -> Bool {
    print("  high?", x)
    return x > 10
}
func scaled(_ x: Int) -> Double {
    print("  scale", x)
    return Double(x) / 10
}
let highs = readings.lazy.filter(high)
print("last of a filter:")
print(highs.last!)
print("last of a map: one call")
print(readings.lazy.map(scaled).last!)
print("last of a map of a filter:")
print(readings.lazy.filter(high).map(scaled).last!)
print("last of a filter of a map:")
print(readings.lazy.map(scaled).filter { $0 > 1.5 }.last!)
print("last of prefix(while:) and drop(while:):")
let opening = readings.lazy.prefix(while: { (x: Int) -> Bool in
    print("  rising?", x)
    return x != 3
})
print(opening.last!)
let closing = readings.lazy.drop(while: { (x: Int) -> Bool in
    print("  skip?", x)
    return x != 3
})
print(closing.last!)
print("an empty filter has no last:")
print(readings.lazy.filter { $0 > 100 }.last as Any)
print("strings and ranges:")
let letters = "notebook".lazy.filter { $0 != "o" }
print(letters.last!, letters.first!, String(letters))
print((1..<50).lazy.filter { $0 % 7 == 0 }.last!, (1..<50).lazy.map { $0 * 2 }.last!)
print(readings[1...4].lazy.map { $0 * 100 }.last!)
print([Int]().lazy.map { $0 + 1 }.last as Any, [Int]().lazy.map { $0 + 1 }.first as Any)
