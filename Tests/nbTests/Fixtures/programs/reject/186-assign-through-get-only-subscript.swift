print("a polynomial")
struct Polynomial {
    var coefficients: [Double]
    subscript(degree: Int) -> Double {
        degree < coefficients.count ? coefficients[degree] : 0
    }
}
var p = Polynomial(coefficients: [1, 2])
p[1] = 5
print(p.coefficients)
