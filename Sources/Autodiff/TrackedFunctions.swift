import Foundation
import Linalg

// The differentiable counterparts of Linalg's elementwise functions, reductions and
// slicing: same names, `Tracked` in and out, each with its pullback G ↦ ∂.

/// `relu`, differentiable (derivative 0 at 0, the usual subgradient choice).
public func relu(_ x: Tracked) -> Tracked {
    let X = x.value
    return x.unary(relu(X)) { G in Matrix.zipped(G, X) { g, v in v > 0 ? g : 0 } }
}

/// `leakyRelu`, differentiable (derivative `slope` at 0 and below).
public func leakyRelu(_ x: Tracked, slope: Double) -> Tracked {
    let X = x.value
    return x.unary(leakyRelu(X, slope: slope)) { G in Matrix.zipped(G, X) { g, v in v > 0 ? g : slope * g } }
}

/// Elementwise `tanh`, differentiable: ∂ = G ∘ (1 − tanh²).
public func tanh(_ x: Tracked) -> Tracked {
    let Y = tanh(x.value)
    return x.unary(Y) { G in Matrix.zipped(G, Y) { g, y in g * (1 - y * y) } }
}

/// Elementwise logistic sigmoid, differentiable: ∂ = G ∘ σ(1 − σ).
public func sigmoid(_ x: Tracked) -> Tracked {
    let Y = sigmoid(x.value)
    return x.unary(Y) { G in Matrix.zipped(G, Y) { g, y in g * y * (1 - y) } }
}

/// Elementwise `exp`, differentiable.
public func exp(_ x: Tracked) -> Tracked {
    let Y = exp(x.value)
    return x.unary(Y) { G in G .* Y }
}

/// Elementwise natural `log`, differentiable: ∂ = G ./ x.
public func log(_ x: Tracked) -> Tracked {
    let X = x.value
    return x.unary(log(X)) { G in G ./ X }
}

/// Elementwise square root, differentiable: ∂ = G ./ (2√x).
public func sqrt(_ x: Tracked) -> Tracked {
    let Y = sqrt(x.value)
    return x.unary(Y) { G in Matrix.zipped(G, Y) { g, y in g / (2 * y) } }
}

/// Elementwise power `x^p`, differentiable in x: ∂ = G ∘ p·x^(p−1).
public func pow(_ x: Tracked, _ p: Double) -> Tracked {
    let X = x.value
    return x.unary(pow(X, p)) { G in Matrix.zipped(G, X) { g, v in g * p * Foundation.pow(v, p - 1) } }
}

/// Elementwise absolute value, differentiable away from 0 (derivative 0 at 0).
public func abs(_ x: Tracked) -> Tracked {
    let X = x.value
    return x.unary(abs(X)) { G in G .* sign(X) }
}

// MARK: Reductions (to 1×1)

/// The sum of all elements, as a 1×1 tracked scalar.
public func sum(_ x: Tracked) -> Tracked {
    let shape = x.shape
    return x.unary(vector([sum(x.value)])) { G in Matrix(rows: shape.rows, cols: shape.cols, repeating: G.scalar) }
}

/// The mean of all elements, as a 1×1 tracked scalar.
public func mean(_ x: Tracked) -> Tracked { sum(x) / Double(x.value.count) }

/// `‖x‖²_F`, as a 1×1 tracked scalar: ∂ = 2gX.
public func squaredNorm(_ x: Tracked) -> Tracked {
    let X = x.value
    return x.unary(vector([squaredNorm(X)])) { G in (2 * G.scalar) * X }
}

/// `‖x‖_F`, as a 1×1 tracked scalar: ∂ = gX/‖X‖ (0 at X = 0, a subgradient).
public func norm(_ x: Tracked) -> Tracked {
    let X = x.value
    let n = norm(X)
    return x.unary(vector([n])) { G in n == 0 ? 0 * X : (G.scalar / n) * X }
}

/// The Frobenius inner product `⟨a, b⟩`, as a 1×1 tracked scalar.
/// ``Throwing/dot(_:_:)-(Tracked,Tracked)`` throws.
public func dot(_ a: Tracked, _ b: Tracked) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.dot(a, b) } }

/// The trace of a square tracked matrix, as 1×1: ∂ = g·I. ``Throwing/trace(_:)-(Tracked)`` throws.
public func trace(_ x: Tracked) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.trace(x) } }

/// Sums along an axis (0: down columns → 1×cols; 1: across rows → rows×1), differentiable.
public func sum(_ x: Tracked, axis: Int) -> Tracked {
    trapping { () throws(AutodiffError) in try Throwing.sum(x, axis: axis) }
}

/// Means along an axis, differentiable.
public func mean(_ x: Tracked, axis: Int) -> Tracked {
    trapping { () throws(AutodiffError) in try Throwing.mean(x, axis: axis) }
}

// MARK: Slicing and assembling

extension Tracked {
    /// Element `(i, j)` as a 1×1 tracked scalar. ``Throwing/element(_:_:_:)-(Tracked,_,_)`` throws.
    public subscript(i: Int, j: Int) -> Tracked {
        trapping { () throws(AutodiffError) in try Throwing.element(self, i, j) }
    }

    /// Row `i` (1×cols), differentiable.
    public func row(_ i: Int) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.row(self, i) } }

    /// Column `j` (rows×1), differentiable.
    public func col(_ j: Int) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.col(self, j) } }

    /// A block, with any range forms (`x[0..<2, 1...]`), differentiable.
    public subscript<R: RangeExpression, C: RangeExpression>(_ rowRange: R, _ colRange: C) -> Tracked
        where R.Bound == Int, C.Bound == Int {
        trapping { () throws(AutodiffError) in try Throwing.slice(self, rowRange, colRange) }
    }
}

/// `diag` of a tracked value: a vector to its diagonal matrix, or a matrix to its diagonal.
/// ``Throwing/diag(_:)-(Tracked)`` throws.
public func diag(_ x: Tracked) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.diag(x) } }

/// Side by side, differentiable. ``Throwing/hstack(_:)-([Tracked])`` throws.
public func hstack(_ blocks: [Tracked]) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.hstack(blocks) } }

/// Top to bottom, differentiable. ``Throwing/vstack(_:)-([Tracked])`` throws.
public func vstack(_ blocks: [Tracked]) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.vstack(blocks) } }

extension Throwing {
    /// Throwing twin of ``dot(_:_:)-(Tracked,Tracked)``.
    public static func dot(_ a: Tracked, _ b: Tracked) throws(AutodiffError) -> Tracked {
        let (A, B) = (a.value, b.value)
        let value = try lifting { () throws(LinalgError) in try Throwing.dot(A, B) }
        return try Tracked.record(vector([value]), operation: "dot", [
            (a, { G in G.scalar * B }),
            (b, { G in G.scalar * A }),
        ])
    }

    /// Throwing twin of ``trace(_:)-(Tracked)``.
    public static func trace(_ x: Tracked) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.trace(x.value) }
        let n = x.rows
        return x.unary(vector([value])) { G in G.scalar * Linalg.eye(n) }
    }

    /// Throwing twin of ``sum(_:axis:)-(Tracked,_)``.
    public static func sum(_ x: Tracked, axis: Int) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.sum(x.value, axis: axis) }
        let (rows, cols) = (x.rows, x.cols)
        return x.unary(value) { G in
            axis == 0 ? Matrix.gemm(Linalg.ones(rows, 1), G) : Matrix.gemm(G, Linalg.ones(1, cols))
        }
    }

    /// Throwing twin of ``mean(_:axis:)-(Tracked,_)``.
    public static func mean(_ x: Tracked, axis: Int) throws(AutodiffError) -> Tracked {
        try sum(x, axis: axis) / Double(axis == 0 ? x.rows : x.cols)
    }

    /// Throwing twin of the tracked element subscript `x[i, j]`.
    public static func element(_ x: Tracked, _ i: Int, _ j: Int) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.element(x.value, i, j) }
        return x.embeddingPullback(vector([value]), rows: i..<(i + 1), cols: j..<(j + 1))
    }

    /// Throwing twin of ``Tracked/row(_:)``.
    public static func row(_ x: Tracked, _ i: Int) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.row(x.value, i) }
        return x.embeddingPullback(value, rows: i..<(i + 1), cols: 0..<x.cols)
    }

    /// Throwing twin of ``Tracked/col(_:)``.
    public static func col(_ x: Tracked, _ j: Int) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.col(x.value, j) }
        return x.embeddingPullback(value, rows: 0..<x.rows, cols: j..<(j + 1))
    }

    /// Throwing twin of the tracked slice subscript `x[rows, cols]`.
    public static func slice<R: RangeExpression, C: RangeExpression>(_ x: Tracked, _ rowRange: R, _ colRange: C)
        throws(AutodiffError) -> Tracked where R.Bound == Int, C.Bound == Int {
        let value = try lifting { () throws(LinalgError) in try Throwing.slice(x.value, rowRange, colRange) }
        let all = 0..<Int.max
        let rows = rowRange.relative(to: all)
        let cols = colRange.relative(to: all)
        return x.embeddingPullback(value, rows: rows.clamped(to: 0..<x.rows), cols: cols.clamped(to: 0..<x.cols))
    }

    /// Throwing twin of ``diag(_:)-(Tracked)``.
    public static func diag(_ x: Tracked) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.diag(x.value) }
        let shape = Shape(x.value)
        if x.value.isVector {
            return x.unary(value) { G in
                let d = Linalg.diag(G)
                return shape.rows == 1 ? d.T : d
            }
        }
        return x.embeddingPullback(value, diagonalOf: shape)
    }

    /// Throwing twin of ``hstack(_:)-([Tracked])``.
    public static func hstack(_ blocks: [Tracked]) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.hstack(blocks.map(\.value)) }
        var offset = 0
        var inputs: [(Tracked, (Matrix) -> Matrix)] = []
        for block in blocks {
            let columns = offset..<(offset + block.cols)
            inputs.append((block, { G in G[0..<G.rows, columns] }))
            offset += block.cols
        }
        return try Tracked.record(value, operation: "hstack", inputs)
    }

    /// Throwing twin of ``vstack(_:)-([Tracked])``.
    public static func vstack(_ blocks: [Tracked]) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.vstack(blocks.map(\.value)) }
        var offset = 0
        var inputs: [(Tracked, (Matrix) -> Matrix)] = []
        for block in blocks {
            let rows = offset..<(offset + block.rows)
            inputs.append((block, { G in G[rows, 0..<G.cols] }))
            offset += block.rows
        }
        return try Tracked.record(value, operation: "vstack", inputs)
    }
}

extension Tracked {
    /// Records `value` = the diagonal of this (non-vector) value; the pullback puts the
    /// cotangent back on the diagonal of a zero matrix.
    func embeddingPullback(_ value: Matrix, diagonalOf shape: Shape) -> Tracked {
        unary(value) { G in
            var out = zeros(shape.rows, shape.cols)
            for i in 0..<G.rows { out[i, i] = G[i, 0] }
            return out
        }
    }

    /// Records `value` = the block `rows × cols` of this value; the pullback places the
    /// cotangent back into a zero matrix of this value's shape.
    func embeddingPullback(_ value: Matrix, rows: Range<Int>, cols: Range<Int>) -> Tracked {
        let shape = Shape(self.value)
        return unary(value) { G in
            var out = zeros(shape.rows, shape.cols)
            out[rows, cols] = G
            return out
        }
    }
}
