struct Fraction: CustomStringConvertible {
    var num: Int
    var den: Int
    init(_ n: Int, _ d: Int) {
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
        let g = gcd(n, d)
        let sign = d < 0 ? -1 : 1
        num = sign * n / g
        den = sign * d / g
    }
    var description: String { den == 1 ? "\(num)" : "\(num)/\(den)" }
    func plus(_ o: Fraction) -> Fraction { Fraction(num * o.den + o.num * den, den * o.den) }
    func times(_ o: Fraction) -> Fraction { Fraction(num * o.num, den * o.den) }
}
let half = Fraction(1, 2), third = Fraction(2, 6)
print(half, third)
print(half.plus(third), half.times(third))
print([half, third, Fraction(4, -8)])
print("sum: \(half.plus(half))")
var h = Fraction(0, 1)
for k in 1...6 { h = h.plus(Fraction(1, k)) }
print(h)
print((a: half, b: 3))
let opt: Fraction? = half
print(opt as Any)
