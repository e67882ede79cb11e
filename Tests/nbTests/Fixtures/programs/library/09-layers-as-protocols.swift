import Linalg

protocol Layer {
    var name: String { get }
    func forward(_ x: Matrix) -> Matrix
}

struct Dense: Layer {
    var weights: Matrix
    var name: String { "dense \(weights.rows)x\(weights.cols)" }
    func forward(_ x: Matrix) -> Matrix { weights * x }
}

struct Activation: Layer {
    let name: String
    let function: (Matrix) -> Matrix
    func forward(_ x: Matrix) -> Matrix { function(x) }
}

extension Layer {
    func describe(on x: Matrix) -> String { "\(name): \(forward(x).rows) rows" }
}

struct Network {
    var layers: [any Layer]
    func forward(_ x: Matrix) -> Matrix { layers.reduce(x) { $1.forward($0) } }
    mutating func append(_ layer: any Layer) { layers.append(layer) }
}

func repeated<T>(_ value: T, _ count: Int) -> [T] { Array(repeating: value, count: count) }

let x = Matrix([[1], [-2], [3]])
var net = Network(layers: [Dense(weights: Matrix([[1, 0, 1], [0, 1, 0]])), Activation(name: "relu", function: relu)])
net.append(Dense(weights: Matrix([[2, -1]])))
var h = x
for layer in net.layers {
    print(layer.describe(on: h))
    h = layer.forward(h)
}
let y = net.forward(x)
print(y.rows, y.cols, y[0, 0])
check(y ≈ Matrix([[8]]), "two dense layers around a ReLU")
let identities = repeated(eye(2), 3)
print(identities.count, identities.reduce(eye(2)) { $0 * $1 } == eye(2))
