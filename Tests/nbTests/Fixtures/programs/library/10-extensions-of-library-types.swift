import Linalg

extension Matrix {
    var isSquare: Bool { rows == cols }
    func scaled(by k: Double) -> Matrix { k * self }
    static func diagonal(_ values: [Double]) -> Matrix {
        var m = zeros(values.count, values.count)
        for (i, v) in values.enumerated() { m[i, i] = v }
        return m
    }
}
let A = Matrix([[1, 2], [3, 4]])
print(A.isSquare, Matrix([[1, 2, 3]]).isSquare, A.scaled(by: 2)[1, 1])
print(Matrix.diagonal([1, 2, 3]).rows, trace(Matrix.diagonal([1, 2, 3])))
enum Activation: String, CaseIterable, CustomStringConvertible {
    case relu, tanh, identity
    func apply(_ x: Matrix) -> Matrix {
        switch self {
        case .relu: return Linalg.relu(x)
        case .tanh: return Linalg.tanh(x)
        case .identity: return x
        }
    }
    var description: String { "σ=\(rawValue)" }
}
let x = Matrix([[-1], [2]])
for f in Activation.allCases { print(f, sum(f.apply(x))) }
print(Activation.allCases.map { "\($0)" })
struct Run: Hashable, Comparable, CustomStringConvertible {
    var rate: Double
    var steps: Int
    static func < (a: Run, b: Run) -> Bool { (a.rate, a.steps) < (b.rate, b.steps) }
    var description: String { "η=\(rate)/\(steps)" }
}
var results: [Run: Double] = [:]
for rate in [0.1, 0.01] {
    for steps in [10, 100] { results[Run(rate: rate, steps: steps)] = rate * Double(steps) }
}
for run in results.keys.sorted() { print(run, results[run]!) }
print(Set(results.keys).count, results.keys.sorted().first!, results.keys.max()!)
func mean<T: BinaryFloatingPoint>(_ xs: [T]) -> T { xs.reduce(0, +) / T(xs.count) }
print(mean([1.0, 2.0, 6.0]))
struct History<Value> {
    private(set) var values: [Value] = []
    mutating func record(_ v: Value) { values.append(v) }
    var last: Value? { values.last }
}
var losses = History<Double>()
for i in 1...5 { losses.record(1.0 / Double(i)) }
print(losses.values.count, losses.last!, losses)
