// Floating-point and integer edge cases, printed as the standard library prints them.
let extremes: [Double] = [.greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNormalMagnitude,
                          .leastNonzeroMagnitude, .ulpOfOne, .infinity, -.infinity, 0.0, -0.0]
for x in extremes {
    print(x, x.description, x.isNormal, x.isSubnormal, x.isFinite, x.sign == .minus)
}
let floats: [Float] = [.greatestFiniteMagnitude, .leastNormalMagnitude, .leastNonzeroMagnitude, .ulpOfOne, -0.0]
print(floats)
let subnormal = Double.leastNormalMagnitude / 4
print(subnormal, subnormal.isSubnormal, subnormal * 4 == .leastNormalMagnitude)
print(1e16, 1e15, 123456789012345680.0, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 1e-5, 0.0001, 100.0, 1e300 * 10)
print(Float(0.1), Float(1) / 3, Float(16777217), Double(Float(0.1)))

// NaN: never equal, unordered, and how min and max treat it.
let nan = Double.nan
func comparisons(_ a: Double, _ b: Double) -> [Bool] { [a == b, a != b, a < b, a > b] }
print(nan, -nan, comparisons(nan, nan), comparisons(nan, 1), nan.isNaN)
print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan))
print([3.0, nan, 1.0].min() as Any, [3.0, 1.0].max() as Any)
print(Double.minimum(nan, 2), Double.maximum(2, nan), (-0.0).isZero, -0.0 == 0.0)

// Rounding rules.
let halves = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]
print(halves.map { $0.rounded() })
print(halves.map { $0.rounded(.toNearestOrEven) })
print(halves.map { $0.rounded(.towardZero) })
print(halves.map { $0.rounded(.up) }, halves.map { $0.rounded(.down) })
print(halves.map { $0.rounded(.awayFromZero) })
print((-0.4).rounded(), (0.49999999999999994).rounded(), 2.675 * 100, (2.675 * 100).rounded() / 100)
print(7.0.truncatingRemainder(dividingBy: 3), (-7.0).truncatingRemainder(dividingBy: 3), 7.0.remainder(dividingBy: 3))

// Integer limits, wrapping arithmetic and remainders with negative operands.
print(Int.max, Int.min, Int.max &+ 1, Int.min &- 1, Int.max &* 2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, -7 / 2, 7 / -2)
print(Int8.max &+ 1, UInt8.min &- 1, Int16.max, UInt32.max, Int64.min)
let (sum, overflow) = Int.max.addingReportingOverflow(1)
print(sum, overflow, Int.max.multipliedReportingOverflow(by: 2))

// Conversions at the edges.
print(Double(Int.max), Double(Int.min), Double(1 << 53 + 1), Int(exactly: 2.5) as Any, Int(exactly: 4.0) as Any)
let top = Double(Int.max)
print(Int(2.9), Int(-2.9), Int(exactly: top) as Any, UInt8(exactly: 256) as Any, Int8(exactly: -128) as Any)
print(Int("  12") as Any, Int("+12") as Any, Int("-0") as Any, Double("1e3") as Any, Double("inf") as Any, Double("nan") as Any)
print(String(255, radix: 16), String(-255, radix: 2), Int("ff", radix: 16) as Any)
