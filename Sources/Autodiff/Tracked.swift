import Linalg

/// A matrix-valued value whose computation is recorded for reverse-mode
/// differentiation: the parameter type of the closures given to
/// ``gradient(at:of:)`` and ``valueWithGradient(at:of:)``. Scalars are 1×1.
///
/// A closure written against `Tracked` reads like one written against `Matrix`;
/// constants (`Matrix` values captured from outside, `Double` literals) mix freely:
///
/// ```swift
/// let g = gradient(at: W) { W in 0.5 * squaredNorm(W * X - Y) }   // X, Y: Matrix
/// ```
///
/// `Tracked(A)` lifts a constant (no derivative flows to it). A `Tracked` belongs to
/// the gradient computation that made it: it must not escape its closure.
public struct Tracked {
    /// The value computed.
    public let value: Matrix
    /// The tape recording this value, or nil for a constant.
    let tape: Tape?
    /// This value's node on `tape`.
    let index: Int

    /// A constant: its derivative is not wanted.
    public init(_ value: Matrix) {
        self.value = value
        self.tape = nil
        self.index = -1
    }

    /// A 1×1 constant.
    public init(_ value: Double) {
        self.init(vector([value]))
    }

    init(value: Matrix, tape: Tape, index: Int) {
        self.value = value
        self.tape = tape
        self.index = index
    }

    /// Number of rows of ``value``.
    public var rows: Int { value.rows }
    /// Number of columns of ``value``.
    public var cols: Int { value.cols }
    /// The shape of ``value``.
    public var shape: (rows: Int, cols: Int) { value.shape }
    /// The single element of a 1×1 value (e.g. to print a loss inside the closure).
    public var scalar: Double { value.scalar }

    /// Records `value`, computed from `inputs`, each with the pullback mapping the
    /// result's cotangent to that input's. Constant inputs are not recorded; a result
    /// of constants only is a constant. Throws ``AutodiffError/mixedTapes(operation:)``.
    static func record(_ value: Matrix, operation: String,
                       _ inputs: [(Tracked, (Matrix) -> Matrix)]) throws(AutodiffError) -> Tracked {
        var tape: Tape?
        for (input, _) in inputs {
            guard let inputTape = input.tape else { continue }
            if let tape, tape !== inputTape { throw .mixedTapes(operation: operation) }
            tape = inputTape
        }
        guard let tape else { return Tracked(value) }
        let edges = inputs.compactMap { input, pullback in
            input.tape == nil ? nil : (index: input.index, pullback: pullback)
        }
        return Tracked(value: value, tape: tape, index: tape.append(shape: Shape(value), inputs: edges))
    }

    /// Records a function of this value alone (cannot mix tapes).
    func unary(_ value: Matrix, pullback: @escaping (Matrix) -> Matrix) -> Tracked {
        guard let tape else { return Tracked(value) }
        return Tracked(value: value, tape: tape,
                       index: tape.append(shape: Shape(value), inputs: [(index: index, pullback: pullback)]))
    }

    /// The transpose.
    public var T: Tracked {
        unary(value.T) { $0.T }
    }
}

extension Tracked: CustomStringConvertible {
    /// The value's description, marked as tracked.
    public var description: String { "Tracked " + value.description }
}

// MARK: Throwing twins of the binary operators

extension Throwing {
    /// Throwing twin of `a * b` for tracked values: the matrix product, or scaling
    /// when one side is 1×1 (as for `Matrix`).
    public static func product(_ a: Tracked, _ b: Tracked) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.product(a.value, b.value) }
        let (A, B) = (a.value, b.value)
        if A.cols == B.rows {
            return try Tracked.record(value, operation: "*", [
                (a, { G in Matrix.gemm(G, B, transposeB: true) }),
                (b, { G in Matrix.gemm(A, transposeA: true, G) }),
            ])
        }
        if A.rows == 1 && A.cols == 1 {
            return try Tracked.record(value, operation: "*", [
                (a, { G in vector([Linalg.dot(G, B)]) }),
                (b, { G in A.scalar * G }),
            ])
        }
        return try Tracked.record(value, operation: "*", [
            (a, { G in B.scalar * G }),
            (b, { G in vector([Linalg.dot(G, A)]) }),
        ])
    }

    /// Throwing twin of `a + b` for tracked values (same shapes).
    public static func add(_ a: Tracked, _ b: Tracked) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.add(a.value, b.value) }
        return try Tracked.record(value, operation: "+", [(a, { $0 }), (b, { $0 })])
    }

    /// Throwing twin of `a - b` for tracked values (same shapes).
    public static func subtract(_ a: Tracked, _ b: Tracked) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.subtract(a.value, b.value) }
        return try Tracked.record(value, operation: "-", [(a, { $0 }), (b, { -$0 })])
    }

    /// Throwing twin of `a / b` for tracked values, where `b` is 1×1 (a scalar, e.g. a
    /// norm in a ratio); other shapes throw a shape mismatch for `/` (use `./`).
    public static func divide(_ a: Tracked, _ b: Tracked) throws(AutodiffError) -> Tracked {
        guard b.rows == 1 && b.cols == 1 else {
            throw .linalg(.shapeMismatch(operation: "/", lhs: Shape(a.value), rhs: Shape(b.value)))
        }
        let s = b.value.scalar
        let value = a.value / s
        return try Tracked.record(value, operation: "/", [
            (a, { $0 / s }),
            (b, { G in vector([-Linalg.dot(G, value) / s]) }),
        ])
    }
}

// MARK: Operators

/// The matrix product (or scaling by a 1×1 side), differentiable. Traps on a shape
/// mismatch; ``Throwing/product(_:_:)-(Tracked,Tracked)`` throws.
public func * (a: Tracked, b: Tracked) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.product(a, b) } }
/// Product with a constant matrix on the right (no derivative flows to `b`).
public func * (a: Tracked, b: Matrix) -> Tracked { a * Tracked(b) }
/// Product with a constant matrix on the left.
public func * (a: Matrix, b: Tracked) -> Tracked { Tracked(a) * b }
/// Elementwise sum, differentiable.
public func + (a: Tracked, b: Tracked) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.add(a, b) } }
/// Sum with a constant matrix.
public func + (a: Tracked, b: Matrix) -> Tracked { a + Tracked(b) }
/// Sum with a constant matrix.
public func + (a: Matrix, b: Tracked) -> Tracked { Tracked(a) + b }
/// Elementwise difference, differentiable.
public func - (a: Tracked, b: Tracked) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.subtract(a, b) } }
/// Difference with a constant matrix (e.g. the targets in `W * X - Y`).
public func - (a: Tracked, b: Matrix) -> Tracked { a - Tracked(b) }
/// Difference from a constant matrix.
public func - (a: Matrix, b: Tracked) -> Tracked { Tracked(a) - b }
/// Division by a 1×1 tracked scalar, differentiable in both.
public func / (a: Tracked, b: Tracked) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.divide(a, b) } }
/// A constant matrix divided by a 1×1 tracked scalar.
public func / (a: Matrix, b: Tracked) -> Tracked { Tracked(a) / b }

/// Scaling by a constant.
public func * (c: Double, a: Tracked) -> Tracked { a.unary(c * a.value) { c * $0 } }
/// Scaling by a constant.
public func * (a: Tracked, c: Double) -> Tracked { c * a }
/// Division by a constant (`loss / Double(m)`).
public func / (a: Tracked, c: Double) -> Tracked { a.unary(a.value / c) { $0 / c } }
/// `c / a` elementwise.
public func / (c: Double, a: Tracked) -> Tracked {
    let value = c / a.value
    return a.unary(value) { G in -(G .* value ./ a.value) }
}
/// Adds a constant to every element.
public func + (a: Tracked, c: Double) -> Tracked { a.unary(a.value + c) { $0 } }
/// Adds a constant to every element.
public func + (c: Double, a: Tracked) -> Tracked { a + c }
/// Subtracts a constant from every element.
public func - (a: Tracked, c: Double) -> Tracked { a + (-c) }
/// `c - a`, elementwise.
public func - (c: Double, a: Tracked) -> Tracked { a.unary(c - a.value) { -$0 } }
/// Negation.
public prefix func - (a: Tracked) -> Tracked { a.unary(-a.value) { -$0 } }
