// A lecturer's generic numerics: members of a T: FloatingPoint parameter (squareRoot, isNaN,
// magnitude) in functions instantiated for Double and Float; literals beside a Float are Floats.
import Foundation

func rms<T: BinaryFloatingPoint>(_ xs: [T]) -> T {
    var s: T = 0
    for x in xs { s += x * x }
    return (s / T(xs.count)).squareRoot()
}
func safeRoot<T: FloatingPoint>(_ x: T) -> T? {
    if x.isNaN || x < 0 { return nil }
    return x.squareRoot()
}
func spread<T: BinaryFloatingPoint>(_ xs: [T]) -> T {
    var lo = xs[0], hi = xs[0]
    for x in xs { lo = min(lo, x); hi = max(hi, x) }
    return (hi - lo).magnitude
}
print(rms([3.0, 4.0]))
print(rms([Float(3), 4]))
print(safeRoot(2.0) ?? -1, safeRoot(-1.0) ?? -1, safeRoot(Double.nan) ?? -1)
print(safeRoot(Float(2)) ?? -1)
print(spread([1.5, -2.25, 4.0]), spread([Float(0.1), 0.7]))
let halves: [Double] = [0.25, 2.5, -3.5]
print(halves.map { rms([$0, $0]) })
let a = [Float(3), 4, 0.5, -1.25]
print(a, type(of: a))
let b = [1, Float(2.5)]
print(b.reduce(0, +))
let c: [Float] = [1, 2.5]
print(c)
let d = [Float(0.1), Float(0.7)]
print(d)
