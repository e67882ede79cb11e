// Float, Swift's 32-bit floating-point type: literals, arithmetic rounded to Float at every
// step, conversions to and from Double and Int, and printing with Float's own shortest digits.
let f: Float = 0.1
let g = Float(2.5)
print(f, g, f + g, f * 3, f / 3, 3 * f, -f, g - f)
print(Double(f), Float(0.1 as Double), Float(1) / 3, 1 / Float(3), Double(Float(1) / 3))

var sum: Float = 0
for i in 1...10 { sum += Float(i) * 0.1 }
print(sum, sum == 5.5, sum.squareRoot())
var tenth: Float = 0
for _ in 0..<10 { tenth += 0.1 }
print(tenth, tenth == 1, Double(tenth))
var doubleTenth = 0.0
for _ in 0..<10 { doubleTenth += 0.1 }
print(doubleTenth)

print(Float.pi, Float.greatestFiniteMagnitude, Float.ulpOfOne, Float.leastNormalMagnitude, Float.infinity, Float.nan.isNaN)
print(Int(g), Int(Float(-7.9)), Float(7), Float("3.25") ?? 0, Float("x") ?? -1, f < g, f > g, f == 0.1)
print(f * 1e10, Float(1e-7), Float(16777217), Float(16777216) + 1, Float(123456789), 1e38 as Float * 10)

let xs: [Float] = [1.5, 2.25, 3, 0.1]
var total: Float = 0
for x in xs { total += x }
print(xs, total, xs.map { $0 * $0 }, xs.max()!, xs.min()!, xs.sorted(by: >))
print(String(f), "\(g)", f.description, [f: 1], Optional(g) as Any)

func mean(_ values: [Float]) -> Float {
    var s: Float = 0
    for v in values { s += v }
    return s / Float(values.count)
}
let m = mean(xs)
print(m, Double(m), (m * 100).rounded() / 100, abs(-m), m.magnitude, m.rounded(.down), m.rounded(.up))

struct Neuron {
    var weights: [Float]
    var bias: Float
    func output(_ inputs: [Float]) -> Float {
        var z = bias
        for i in 0..<inputs.count { z += weights[i] * inputs[i] }
        return max(0, z)
    }
}
let neuron = Neuron(weights: [0.5, -0.25, 0.125], bias: 0.1)
print(neuron.output([1, 2, 3]), neuron.output([-1, 0, 0]), neuron)
var w: Float = 1
for _ in 0..<5 { w -= 0.3 * (2 * w - 1) }
print(w, Float(0.7).nextUp, Float(1).nextDown, Float(0.1).ulp)
var weights = [Float](repeating: 0, count: 3)
weights[0] += 0.5
weights[2] = 2
func square<T: Numeric>(_ x: T) -> T { x * x }
print(weights, weights.reduce(0, +), Float(Int8(3)), Float(UInt8(200)), max(0, Float(-1.5)), min(Float(-1.5), 1), square(Float(1.1)))
