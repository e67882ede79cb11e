func power(_ base: Int, _ exponent: Int = 2) -> Int {
    var r = 1
    for _ in 0..<exponent { r *= base }
    return r
}
print(power(5))
print(power(2, 10))
func format(_ x: Double, prefix: String = "x=", suffix: String = "") -> String {
    "\(prefix)\(x)\(suffix)"
}
print(format(1.5))
print(format(1.5, prefix: "value: "))
print(format(1.5, suffix: " m"))
print(format(1.5, prefix: "[", suffix: "]"))
func repeatText(_ s: String, times: Int = 3, separator: String = " ") -> String {
    Array(repeating: s, count: times).joined(separator: separator)
}
print(repeatText("ho"))
print(repeatText("ho", times: 2))
print(repeatText("ho", separator: "-"))
func step(_ x: Double, rate: Double = 0.1, gradient: Double) -> Double { x - rate * gradient }
print(step(1.0, gradient: 2.0))
print(step(1.0, rate: 0.5, gradient: 2.0))
func total(_ xs: Int...) -> Int { xs.reduce(0, +) }
print(total())
print(total(1))
print(total(1, 2, 3, 4))
func average(_ xs: Double...) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
print(average(1, 2, 3, 4))
print(average())
func describe(_ label: String, _ values: Int..., unit: String = "") -> String {
    "\(label): \(values)\(unit)"
}
print(describe("a", 1, 2))
print(describe("b", unit: "kg"))
