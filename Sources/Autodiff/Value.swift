import Linalg

// `value(of:at:)`: a loss written once over `Tracked` values, evaluated at plain matrices
// (no tape is recorded), so the same closure is both evaluated and differentiated.

/// The value of a scalar loss at `x`: `f` evaluated on a constant `Tracked(x)`, its 1×1
/// result as a `Double`. ``Throwing/value(of:at:)-(_,Matrix)`` throws for a non-scalar result.
///
/// ```swift
/// let loss = { (W: Tracked) in 0.5 * squaredNorm(W) }
/// value(of: loss, at: eye(2))      // 1.0
/// gradient(at: eye(2), of: loss)   // eye(2)
/// ```
public func value(of f: (Tracked) -> Tracked, at x: Matrix) -> Double {
    trapping { () throws(AutodiffError) in try Throwing.value(of: { (v: [Tracked]) in f(v[0]) }, at: [x]) }
}

/// The value of a scalar loss of two matrices.
public func value(of f: (Tracked, Tracked) -> Tracked, at x: Matrix, _ y: Matrix) -> Double {
    trapping { () throws(AutodiffError) in try Throwing.value(of: { (v: [Tracked]) in f(v[0], v[1]) }, at: [x, y]) }
}

/// The value of a scalar loss of three matrices.
public func value(of f: (Tracked, Tracked, Tracked) -> Tracked, at x: Matrix, _ y: Matrix, _ z: Matrix) -> Double {
    trapping { () throws(AutodiffError) in try Throwing.value(of: { (v: [Tracked]) in f(v[0], v[1], v[2]) }, at: [x, y, z]) }
}

/// The value of a scalar loss of four matrices.
public func value(of f: (Tracked, Tracked, Tracked, Tracked) -> Tracked,
                  at x: Matrix, _ y: Matrix, _ z: Matrix, _ w: Matrix) -> Double {
    trapping { () throws(AutodiffError) in
        try Throwing.value(of: { (v: [Tracked]) in f(v[0], v[1], v[2], v[3]) }, at: [x, y, z, w])
    }
}

/// The value of a scalar loss of a list of matrices (the form `gradientFlow` takes).
public func value(of f: ([Tracked]) -> Tracked, at arguments: [Matrix]) -> Double {
    trapping { () throws(AutodiffError) in try Throwing.value(of: { (v: [Tracked]) in f(v) }, at: arguments) }
}

extension Throwing {
    /// Throwing twin of ``value(of:at:)-(_,[Matrix])``: ``AutodiffError/nonScalarLoss(shape:)``
    /// for a result that is not 1×1, or what `f` throws.
    public static func value(of f: ([Tracked]) throws(AutodiffError) -> Tracked,
                             at arguments: [Matrix]) throws(AutodiffError) -> Double {
        let output = try f(arguments.map { Tracked($0) })
        guard output.rows == 1 && output.cols == 1 else { throw .nonScalarLoss(shape: Shape(output.value)) }
        return output.value.scalar
    }
}
