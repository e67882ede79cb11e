import Linalg

// Reverse-mode gradients with Swift's differentiable-programming names:
// `gradient(at:of:)` and `valueWithGradient(at:of:)` for 1 to 4 matrix arguments,
// a list of matrices, and scalar (Double) arguments. All are thin wrappers over
// `Throwing.valueWithGradient(at: [Matrix], of:)`.

extension Throwing {
    /// The core: evaluates `f` on tracked copies of `arguments`, checks that the result
    /// is 1×1, and sweeps back once to get `∂f/∂argument` for each argument (zeros
    /// for an argument the result does not depend on).
    ///
    /// Throws ``AutodiffError/nonScalarLoss(shape:)``, ``AutodiffError/mixedTapes(operation:)``,
    /// or whatever `f` throws (e.g. ``AutodiffError/linalg(_:)`` for a shape mismatch).
    public static func valueWithGradient(
        at arguments: [Matrix], of f: ([Tracked]) throws(AutodiffError) -> Tracked
    ) throws(AutodiffError) -> (value: Double, gradient: [Matrix]) {
        let tape = Tape()
        let leaves = arguments.map { Tracked(value: $0, tape: tape, index: tape.append(shape: Shape($0), inputs: [])) }
        tape.leafCount = leaves.count
        let output = try f(leaves)
        guard output.rows == 1 && output.cols == 1 else { throw .nonScalarLoss(shape: Shape(output.value)) }
        guard let outputTape = output.tape else {
            return (output.value.scalar, arguments.map { Linalg.zeros($0.rows, $0.cols) })
        }
        guard outputTape === tape else { throw .mixedTapes(operation: "gradient") }
        let cotangents = tape.backpropagate(from: output.index, seed: vector([1]))
        let gradients = arguments.indices.map { index in
            cotangents[index] ?? Linalg.zeros(arguments[index].rows, arguments[index].cols)
        }
        return (output.value.scalar, gradients)
    }

    /// Throwing twin of ``gradient(at:of:)-([Matrix],_)``.
    public static func gradient(
        at arguments: [Matrix], of f: ([Tracked]) throws(AutodiffError) -> Tracked
    ) throws(AutodiffError) -> [Matrix] {
        try valueWithGradient(at: arguments, of: f).gradient
    }

    /// Throwing twin of ``valueWithGradient(at:of:)-(Matrix,_)``.
    public static func valueWithGradient(
        at x: Matrix, of f: (Tracked) throws(AutodiffError) -> Tracked
    ) throws(AutodiffError) -> (value: Double, gradient: Matrix) {
        let (value, g) = try valueWithGradient(at: [x]) { (v: [Tracked]) throws(AutodiffError) in try f(v[0]) }
        return (value, g[0])
    }

    /// Throwing twin of ``valueWithGradient(at:_:of:)``.
    public static func valueWithGradient(
        at x: Matrix, _ y: Matrix, of f: (Tracked, Tracked) throws(AutodiffError) -> Tracked
    ) throws(AutodiffError) -> (value: Double, gradient: (Matrix, Matrix)) {
        let (value, g) = try valueWithGradient(at: [x, y]) { (v: [Tracked]) throws(AutodiffError) in try f(v[0], v[1]) }
        return (value, (g[0], g[1]))
    }

    /// Throwing twin of ``valueWithGradient(at:_:_:of:)``.
    public static func valueWithGradient(
        at x: Matrix, _ y: Matrix, _ z: Matrix, of f: (Tracked, Tracked, Tracked) throws(AutodiffError) -> Tracked
    ) throws(AutodiffError) -> (value: Double, gradient: (Matrix, Matrix, Matrix)) {
        let (value, g) = try valueWithGradient(at: [x, y, z]) { (v: [Tracked]) throws(AutodiffError) in
            try f(v[0], v[1], v[2])
        }
        return (value, (g[0], g[1], g[2]))
    }

    /// Throwing twin of ``valueWithGradient(at:_:_:_:of:)``.
    public static func valueWithGradient(
        at x: Matrix, _ y: Matrix, _ z: Matrix, _ w: Matrix,
        of f: (Tracked, Tracked, Tracked, Tracked) throws(AutodiffError) -> Tracked
    ) throws(AutodiffError) -> (value: Double, gradient: (Matrix, Matrix, Matrix, Matrix)) {
        let (value, g) = try valueWithGradient(at: [x, y, z, w]) { (v: [Tracked]) throws(AutodiffError) in
            try f(v[0], v[1], v[2], v[3])
        }
        return (value, (g[0], g[1], g[2], g[3]))
    }

    /// Throwing twin of ``valueWithGradient(at:of:)-(Double,_)``.
    public static func valueWithGradient(
        at x: Double, of f: (Tracked) throws(AutodiffError) -> Tracked
    ) throws(AutodiffError) -> (value: Double, gradient: Double) {
        let (value, g) = try valueWithGradient(at: vector([x]), of: f)
        return (value, g.scalar)
    }

    /// Throwing twin of ``valueWithGradient(at:_:of:)-(Double,Double,_)``.
    public static func valueWithGradient(
        at x: Double, _ y: Double, of f: (Tracked, Tracked) throws(AutodiffError) -> Tracked
    ) throws(AutodiffError) -> (value: Double, gradient: (Double, Double)) {
        let (value, g) = try valueWithGradient(at: vector([x]), vector([y]), of: f)
        return (value, (g.0.scalar, g.1.scalar))
    }
}

// MARK: Trapping forms

/// The gradient of a scalar function of a list of matrices (e.g. a network's layers).
///
/// ```swift
/// let grads = gradient(at: [W1, W2, W3]) { Ws in 0.5 * squaredNorm(Ws[2] * Ws[1] * Ws[0] * X - Y) }
/// ```
/// Traps on a non-scalar result or a shape mismatch; ``Throwing/gradient(at:of:)`` throws.
public func gradient(at arguments: [Matrix], of f: ([Tracked]) -> Tracked) -> [Matrix] {
    trapping { () throws(AutodiffError) in try Throwing.gradient(at: arguments, of: f) }
}

/// The value and the gradient for a list of matrices.
public func valueWithGradient(at arguments: [Matrix], of f: ([Tracked]) -> Tracked)
    -> (value: Double, gradient: [Matrix]) {
    trapping { () throws(AutodiffError) in try Throwing.valueWithGradient(at: arguments, of: f) }
}

/// `∇f(x)` for a scalar function of one matrix, by one reverse sweep.
///
/// ```swift
/// let g = gradient(at: W) { W in 0.5 * squaredNorm(W * X - Y) }   // = (WX − Y)Xᵀ
/// ```
public func gradient(at x: Matrix, of f: (Tracked) -> Tracked) -> Matrix {
    valueWithGradient(at: x, of: f).gradient
}

/// `(∂f/∂x, ∂f/∂y)`.
///
/// ```swift
/// let (g1, g2) = gradient(at: W1, W2) { W1, W2 in 0.5 * squaredNorm(W2 * W1 * X - Y) }
/// ```
public func gradient(at x: Matrix, _ y: Matrix, of f: (Tracked, Tracked) -> Tracked) -> (Matrix, Matrix) {
    valueWithGradient(at: x, y, of: f).gradient
}

/// The three partial gradients.
public func gradient(at x: Matrix, _ y: Matrix, _ z: Matrix,
                     of f: (Tracked, Tracked, Tracked) -> Tracked) -> (Matrix, Matrix, Matrix) {
    valueWithGradient(at: x, y, z, of: f).gradient
}

/// The four partial gradients.
public func gradient(at x: Matrix, _ y: Matrix, _ z: Matrix, _ w: Matrix,
                     of f: (Tracked, Tracked, Tracked, Tracked) -> Tracked) -> (Matrix, Matrix, Matrix, Matrix) {
    valueWithGradient(at: x, y, z, w, of: f).gradient
}

/// `f(x)` and `∇f(x)` from one forward and one reverse sweep.
///
/// ```swift
/// let (loss, g) = valueWithGradient(at: W) { W in 0.5 * squaredNorm(W * X - Y) }
/// ```
public func valueWithGradient(at x: Matrix, of f: (Tracked) -> Tracked) -> (value: Double, gradient: Matrix) {
    trapping { () throws(AutodiffError) in try Throwing.valueWithGradient(at: x, of: f) }
}

/// `f(x, y)` and both partial gradients.
///
/// ```swift
/// let (loss, (d1, d2)) = valueWithGradient(at: W1, W2) { W1, W2 in 0.5 * squaredNorm(W2 * W1 * X - Y) }
/// ```
public func valueWithGradient(at x: Matrix, _ y: Matrix, of f: (Tracked, Tracked) -> Tracked)
    -> (value: Double, gradient: (Matrix, Matrix)) {
    trapping { () throws(AutodiffError) in try Throwing.valueWithGradient(at: x, y, of: f) }
}

/// `f(x, y, z)` and its three partial gradients.
public func valueWithGradient(at x: Matrix, _ y: Matrix, _ z: Matrix, of f: (Tracked, Tracked, Tracked) -> Tracked)
    -> (value: Double, gradient: (Matrix, Matrix, Matrix)) {
    trapping { () throws(AutodiffError) in try Throwing.valueWithGradient(at: x, y, z, of: f) }
}

/// `f(x, y, z, w)` and its four partial gradients.
public func valueWithGradient(at x: Matrix, _ y: Matrix, _ z: Matrix, _ w: Matrix,
                              of f: (Tracked, Tracked, Tracked, Tracked) -> Tracked)
    -> (value: Double, gradient: (Matrix, Matrix, Matrix, Matrix)) {
    trapping { () throws(AutodiffError) in try Throwing.valueWithGradient(at: x, y, z, w, of: f) }
}

/// The derivative of a scalar function of one `Double` (the argument is a 1×1 `Tracked`).
///
/// ```swift
/// gradient(at: 3.0) { x in x * x }   // 6.0
/// ```
public func gradient(at x: Double, of f: (Tracked) -> Tracked) -> Double {
    valueWithGradient(at: x, of: f).gradient
}

/// Both partial derivatives of a scalar function of two `Double`s.
public func gradient(at x: Double, _ y: Double, of f: (Tracked, Tracked) -> Tracked) -> (Double, Double) {
    valueWithGradient(at: x, y, of: f).gradient
}

/// `f(x)` and `f'(x)` for one `Double`.
public func valueWithGradient(at x: Double, of f: (Tracked) -> Tracked) -> (value: Double, gradient: Double) {
    trapping { () throws(AutodiffError) in try Throwing.valueWithGradient(at: x, of: f) }
}

/// `f(x, y)` and both partial derivatives for two `Double`s.
public func valueWithGradient(at x: Double, _ y: Double, of f: (Tracked, Tracked) -> Tracked)
    -> (value: Double, gradient: (Double, Double)) {
    trapping { () throws(AutodiffError) in try Throwing.valueWithGradient(at: x, y, of: f) }
}
