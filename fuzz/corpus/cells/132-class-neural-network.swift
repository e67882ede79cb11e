import Foundation

// A small neural network built from objects: each layer keeps its parameters and what its
// backward pass needs, parameters are shared by reference with the optimizer that updates
// them in place, and the network calls its layers through the base class.
final class Parameter {
    var value: [Double]
    var grad: [Double]
    init(_ value: [Double]) {
        self.value = value
        grad = Array(repeating: 0, count: value.count)
    }
    func zeroGrad() {
        for i in grad.indices { grad[i] = 0 }
    }
}

class Layer {
    var name: String { "identity" }
    func forward(_ x: [Double]) -> [Double] { x }
    func backward(_ grad: [Double]) -> [Double] { grad }
    func parameters() -> [Parameter] { [] }
}

final class Dense: Layer {
    let inputs: Int, outputs: Int
    let weights: Parameter
    let bias: Parameter
    private var lastInput: [Double] = []
    init(inputs: Int, outputs: Int, seed: Int) {
        self.inputs = inputs
        self.outputs = outputs
        var state = seed
        var w: [Double] = []
        for _ in 0..<(inputs * outputs) {
            state = (state * 1103515245 + 12345) % 2147483648
            w.append(Double(state % 2000) / 1000.0 - 1.0)
        }
        weights = Parameter(w)
        bias = Parameter(Array(repeating: 0, count: outputs))
    }
    override var name: String { "dense(\(inputs)->\(outputs))" }
    override func forward(_ x: [Double]) -> [Double] {
        lastInput = x
        var y = bias.value
        for o in 0..<outputs {
            for i in 0..<inputs { y[o] += weights.value[o * inputs + i] * x[i] }
        }
        return y
    }
    override func backward(_ grad: [Double]) -> [Double] {
        var dx = Array(repeating: 0.0, count: inputs)
        for o in 0..<outputs {
            bias.grad[o] += grad[o]
            for i in 0..<inputs {
                weights.grad[o * inputs + i] += grad[o] * lastInput[i]
                dx[i] += grad[o] * weights.value[o * inputs + i]
            }
        }
        return dx
    }
    override func parameters() -> [Parameter] { [weights, bias] }
}

final class Tanh: Layer {
    private var lastOutput: [Double] = []
    override var name: String { "tanh" }
    override func forward(_ x: [Double]) -> [Double] {
        lastOutput = x.map { tanh($0) }
        return lastOutput
    }
    override func backward(_ grad: [Double]) -> [Double] {
        zip(grad, lastOutput).map { g, y in g * (1 - y * y) }
    }
}

protocol Optimizer {
    var label: String { get }
    func step(_ parameters: [Parameter])
}

final class SGD: Optimizer {
    let rate: Double
    init(rate: Double) { self.rate = rate }
    var label: String { "sgd(\(rate))" }
    func step(_ parameters: [Parameter]) {
        for p in parameters {
            for i in p.value.indices { p.value[i] -= rate * p.grad[i] }
        }
    }
}

final class Momentum: Optimizer {
    let rate: Double, beta: Double
    private var velocities: [[Double]] = []
    init(rate: Double, beta: Double) {
        self.rate = rate
        self.beta = beta
    }
    var label: String { "momentum(\(rate), \(beta))" }
    func step(_ parameters: [Parameter]) {
        if velocities.isEmpty { velocities = parameters.map { Array(repeating: 0.0, count: $0.value.count) } }
        for (k, p) in parameters.enumerated() {
            for i in p.value.indices {
                velocities[k][i] = beta * velocities[k][i] + p.grad[i]
                p.value[i] -= rate * velocities[k][i]
            }
        }
    }
}

final class Network {
    private(set) var layers: [Layer] = []
    @discardableResult
    func add(_ layer: Layer) -> Network {
        layers.append(layer)
        return self
    }
    func predict(_ x: [Double]) -> [Double] { layers.reduce(x) { $1.forward($0) } }
    var parameterCount: Int { layers.flatMap { $0.parameters() }.reduce(0) { $0 + $1.value.count } }
    func train(_ data: [([Double], Double)], epochs: Int, optimizer: any Optimizer) -> [Double] {
        var losses: [Double] = []
        let parameters = layers.flatMap { $0.parameters() }
        for _ in 0..<epochs {
            var total = 0.0
            for (x, target) in data {
                parameters.forEach { $0.zeroGrad() }
                let y = predict(x)[0]
                total += (y - target) * (y - target)
                var grad = [2 * (y - target)]
                for layer in layers.reversed() { grad = layer.backward(grad) }
                optimizer.step(parameters)
            }
            losses.append(total / Double(data.count))
        }
        return losses
    }
}

func rounded(_ x: Double, _ places: Double = 1000) -> Double { (x * places).rounded() / places }

let xor: [([Double], Double)] = [([0, 0], 0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 0)]
let optimizers: [any Optimizer] = [SGD(rate: 0.2), Momentum(rate: 0.1, beta: 0.9)]
for optimizer in optimizers {
    let net = Network()
    net.add(Dense(inputs: 2, outputs: 4, seed: 7)).add(Tanh()).add(Dense(inputs: 4, outputs: 1, seed: 11))
    print(optimizer.label, net.layers.map { $0.name }, net.parameterCount)
    let losses = net.train(xor, epochs: 200, optimizer: optimizer)
    print([0, 5, 10, 20, 40, 80, 199].map { rounded(losses[$0], 10000) })
    print(xor.map { rounded(net.predict($0.0)[0], 100) })
    let first = net.layers[0] as! Dense
    print(first.bias.value.map { rounded($0) }, net.layers.filter { $0 is Tanh }.count)
}

// A parameter object is shared by reference; the array it holds is a value, copied on assignment.
let shared = Parameter([0.5, -0.5])
let tied = Dense(inputs: 1, outputs: 2, seed: 1)
tied.weights.value = shared.value
let view = shared
view.value[0] = 2
view.grad[1] = 1
shared.zeroGrad()
print(shared.value, shared.grad, tied.weights.value, view === shared, tied.weights === shared)
