// Values called like functions through `callAsFunction`: a polynomial evaluated by
// Horner's rule, an affine map, a scaled activation; and structs with optional fields.
struct Polynomial {
    var coefficients: [Double]   // c0 + c1 x + c2 x² + …
    func callAsFunction(_ x: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }
    var derivative: Polynomial {
        Polynomial(coefficients: (1..<max(coefficients.count, 1)).map { Double($0) * coefficients[$0] })
    }
}
let p = Polynomial(coefficients: [1, 2, 3])
print(p(2), p(0), p.callAsFunction(1), p.derivative(2))
var x = 1.0
for _ in 0..<5 { x -= (p(x) - 10) / p.derivative(x) }
print((x * 1e6).rounded() / 1e6)

struct Affine {
    var scale: Double, shift: Double
    func callAsFunction(_ x: Double) -> Double { scale * x + shift }
    func callAsFunction(_ xs: [Double]) -> [Double] { xs.map { scale * $0 + shift } }
}
let f = Affine(scale: 2, shift: -1)
print(f(3), f([0, 1, 2]), [1.0, 2].map { f($0) })

struct Contact { var name: String?; var tags: [String]? }
let contacts = [Contact(name: "Ada", tags: ["math"]), Contact(name: nil, tags: nil)]
print(contacts.map { $0.name ?? "?" }, contacts.map { $0.tags?.count ?? 0 })
