import Foundation
let z: Double = 3 / 2
let a = 7, b = 2
print(z, a / b, a % b, -a / b, -a % b)
let mixed = 1 + 2.5
print(mixed, 10.0 / 4, 2 * 3.5)
print(1.0, 0.1, 1e-05, 5e+20, 1.0 / 3.0, 100000000.0, 1e16)
print(Double.infinity, -Double.infinity, Double.nan, 0.1 + 0.2)
print(Int.max, Int.min, Int.max &+ 1)
print(Double(a) / Double(b), Int(3.99), Int(-3.99))
var total = 0
total += 5; total -= 2; total *= 10
print(total)
print(sqrt(2.0), pow(2.0, 10.0), exp(0.0), abs(-3), abs(-2.5), min(3, 4), max(2.5, 1.0))
print(7.0.truncatingRemainder(dividingBy: 2), (2.5).rounded(), Double(7).squareRoot())

// expect: 1.5 3 1 -3 -1
// expect: 3.5 2.5 7.0
// expect: 1.0 0.1 1e-05 5e+20 0.3333333333333333 100000000.0 1e+16
// expect: inf -inf nan 0.30000000000000004
// expect: 9223372036854775807 -9223372036854775808 -9223372036854775808
// expect: 3.5 3 -3
// expect: 30
// expect: 1.4142135623730951 1024.0 1.0 3 2.5 3 2.5
// expect: 1.0 3.0 2.6457513110645907
