// A type's static members used in its init and, unqualified, in its static methods;
// Character ranges in a switch; the members of Double that numerical code reaches for
// (nextUp, nextDown, significand, exponent, maximum, minimum); lexicographic order.
struct Temperature {
    static let absoluteZero = -273.15
    static var made = 0
    var kelvin: Double
    init(celsius: Double) {
        kelvin = celsius - Temperature.absoluteZero
        Temperature.made += 1
    }
    static func fahrenheit(_ f: Double) -> Temperature { Temperature(celsius: (f - 32) * 5 / 9) }
    static func count() -> Int { made }
    static func celsius(ofKelvin k: Double) -> Double { k + absoluteZero }
}
print(Temperature(celsius: 0).kelvin, Temperature.fahrenheit(212).kelvin)
print(Temperature.count(), Temperature.celsius(ofKelvin: 300))

func classify(_ text: String) -> [String] {
    var kinds: [String] = []
    for ch in text {
        switch ch {
        case "a"..."z": kinds.append("lower")
        case "A"..."Z": kinds.append("upper")
        case "0"..."9": kinds.append("digit")
        case " ": kinds.append("space")
        default: kinds.append("other")
        }
    }
    return kinds
}
print(classify("aZ5 !"))
let early: ClosedRange<Character> = "a"..."m"
print(early.contains("c"), early.contains("z"), "hello".filter { early.contains($0) })

let one = 1.0
print(one.nextUp, one.nextDown, one.nextUp - one == one.ulp)
print(0.1.nextUp, 8.0.exponent, 0.375.significand, 0.375.exponent, (-0.0).isZero)
print(Double.leastNonzeroMagnitude.isSubnormal, 1.0.isNormal, Double.leastNormalMagnitude.nextDown.isSubnormal)
print(Double.maximum(1, 2), Double.minimum(.nan, 3), Double.maximum(.nan, -1), Double.minimum(-0.0, 0.0))
var x = 1.0
var steps = 0
while x + 1 != x { x *= 2; steps += 1 }
print(steps, x, x.exponent)

print("abc".lexicographicallyPrecedes("abd"), "b".lexicographicallyPrecedes("abc"))
print([1, 2].lexicographicallyPrecedes([1, 2, 0]), [3].lexicographicallyPrecedes([2, 9]), [Int]().lexicographicallyPrecedes([]))
let words = ["pear", "apple", "fig"]
print(words.sorted { $0.lexicographicallyPrecedes($1) })
