// Single-precision neural-network arithmetic, as frameworks compute it: sigmoid, softmax and
// a few steps of logistic regression in Float, beside the same steps in Double.
import Foundation

func sigmoid(_ z: Float) -> Float { 1 / (1 + exp(-z)) }

func softmax(_ logits: [Float]) -> [Float] {
    let largest = logits.max()!
    let exps = logits.map { exp($0 - largest) }
    var total: Float = 0
    for e in exps { total += e }
    return exps.map { $0 / total }
}

print(sigmoid(0), sigmoid(2), sigmoid(-3), sigmoid(10))
let p = softmax([1, 2, 3, 0.5])
var sum: Float = 0
for x in p { sum += x }
print(p, sum, p.firstIndex(of: p.max()!)!)

let xs: [[Float]] = [[0.5, 1.5], [1, 1], [2, 0.5], [3, 2.5]]
let ys: [Float] = [0, 0, 1, 1]
var w: [Float] = [0, 0]
var b: Float = 0
let rate: Float = 0.5
for epoch in 1...5 {
    var gradW: [Float] = [0, 0]
    var gradB: Float = 0
    var loss: Float = 0
    for (x, y) in zip(xs, ys) {
        let prediction = sigmoid(w[0] * x[0] + w[1] * x[1] + b)
        loss -= y * log(prediction) + (1 - y) * log(1 - prediction)
        let error = prediction - y
        gradW[0] += error * x[0]
        gradW[1] += error * x[1]
        gradB += error
    }
    let n = Float(xs.count)
    w[0] -= rate * gradW[0] / n
    w[1] -= rate * gradW[1] / n
    b -= rate * gradB / n
    print(epoch, loss / n, w, b)
}

let angle: Float = .pi / 6
print(sin(angle), cos(angle), tan(angle), atan2(Float(1), Float(1)) * 4, hypot(Float(3), Float(4)))
print(sqrt(Float(2)), pow(Float(2), Float(0.5)), log2(Float(10)), log10(Float(1000)), exp2(Float(-1)))
print(floor(Float(-2.5)), ceil(Float(2.1)), round(Float(2.5)), trunc(Float(-2.7)), fmod(Float(7.5), Float(2)))
print(tanh(Float(0.5)), Double(tanh(Float(0.5))), tanh(0.5), Float(tanh(0.5)) == tanh(Float(0.5)))
