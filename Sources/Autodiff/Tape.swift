import Linalg

/// The record of one gradient computation: every value computed from the tracked
/// arguments, in order, with how to send a cotangent back to its inputs.
///
/// A tape is created by each `gradient(at:of:)` call and reached only through the
/// ``Tracked`` values of that call, so there is no global state: concurrent
/// gradient computations on different threads never share a tape.
final class Tape {
    /// One recorded value: for each tracked input, its node and the pullback that maps
    /// this node's cotangent to that input's contribution.
    struct Node {
        var inputs: [(index: Int, pullback: (Matrix) -> Matrix)]
        var shape: Shape
    }

    private(set) var nodes: [Node] = []
    /// The number of leading nodes that are the function's arguments (kept to the end of
    /// the reverse sweep; intermediate cotangents are freed once propagated).
    var leafCount = 0

    /// Appends a node and returns its index.
    func append(shape: Shape, inputs: [(index: Int, pullback: (Matrix) -> Matrix)]) -> Int {
        nodes.append(Node(inputs: inputs, shape: shape))
        return nodes.count - 1
    }

    /// Reverse sweep from `output` (seeded with `seed`): the cotangent of every node, in
    /// particular of the leaves; `nil` where nothing flowed back.
    func backpropagate(from output: Int, seed: Matrix) -> [Matrix?] {
        var cotangents = [Matrix?](repeating: nil, count: nodes.count)
        cotangents[output] = seed
        for index in stride(from: output, through: 0, by: -1) {
            guard let cotangent = cotangents[index] else { continue }
            if index >= leafCount { cotangents[index] = nil }   // free intermediates early
            for input in nodes[index].inputs {
                let contribution = input.pullback(cotangent)
                if cotangents[input.index] == nil {
                    cotangents[input.index] = contribution
                } else {
                    cotangents[input.index]! += contribution
                }
            }
        }
        return cotangents
    }
}
