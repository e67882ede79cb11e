import Linalg

// The dot operators on tracked values, broadcasting as Linalg's do (an m×n value with a
// 1×n row, an m×1 column or a 1×1 scalar). The pullback of an operand that was broadcast
// sums the cotangent over the dimensions it was repeated along.

extension Throwing {
    /// Throwing twin of `a .+ b` for tracked values, with broadcasting.
    public static func elementwiseAdd(_ a: Tracked, _ b: Tracked) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.elementwiseAdd(a.value, b.value) }
        let (shapeA, shapeB) = (Shape(a.value), Shape(b.value))
        return try Tracked.record(value, operation: ".+", [
            (a, { G in G.summed(to: shapeA) }),
            (b, { G in G.summed(to: shapeB) }),
        ])
    }

    /// Throwing twin of `a .- b` for tracked values, with broadcasting.
    public static func elementwiseSubtract(_ a: Tracked, _ b: Tracked) throws(AutodiffError) -> Tracked {
        let value = try lifting { () throws(LinalgError) in try Throwing.elementwiseSubtract(a.value, b.value) }
        let (shapeA, shapeB) = (Shape(a.value), Shape(b.value))
        return try Tracked.record(value, operation: ".-", [
            (a, { G in G.summed(to: shapeA) }),
            (b, { G in -G.summed(to: shapeB) }),
        ])
    }

    /// Throwing twin of `a .* b` for tracked values, with broadcasting.
    public static func hadamard(_ a: Tracked, _ b: Tracked) throws(AutodiffError) -> Tracked {
        let (A, B) = (a.value, b.value)
        let value = try lifting { () throws(LinalgError) in try Throwing.hadamard(A, B) }
        return try Tracked.record(value, operation: ".*", [
            (a, { G in (G .* B).summed(to: Shape(A)) }),
            (b, { G in (G .* A).summed(to: Shape(B)) }),
        ])
    }

    /// Throwing twin of `a ./ b` for tracked values, with broadcasting.
    public static func elementwiseDivide(_ a: Tracked, _ b: Tracked) throws(AutodiffError) -> Tracked {
        let (A, B) = (a.value, b.value)
        let value = try lifting { () throws(LinalgError) in try Throwing.elementwiseDivide(A, B) }
        return try Tracked.record(value, operation: "./", [
            (a, { G in (G ./ B).summed(to: Shape(A)) }),
            (b, { G in (-(G .* value ./ B)).summed(to: Shape(B)) }),
        ])
    }
}

extension Matrix {
    /// The cotangent of an operand of shape `shape` that was broadcast to this one's:
    /// summed over the rows and/or columns along which it was repeated.
    func summed(to shape: Shape) -> Matrix {
        var result = self
        if shape.rows == 1 && rows != 1 { result = sum(result, axis: 0) }
        if shape.cols == 1 && cols != 1 { result = sum(result, axis: 1) }
        return result
    }
}

/// Elementwise sum with broadcasting, differentiable. ``Throwing/elementwiseAdd(_:_:)-(Tracked,Tracked)`` throws.
public func .+ (a: Tracked, b: Tracked) -> Tracked {
    trapping { () throws(AutodiffError) in try Throwing.elementwiseAdd(a, b) }
}
/// `.+` with a constant matrix (e.g. a bias row added to every row).
public func .+ (a: Tracked, b: Matrix) -> Tracked { a .+ Tracked(b) }
/// `.+` with a constant matrix.
public func .+ (a: Matrix, b: Tracked) -> Tracked { Tracked(a) .+ b }
/// Elementwise difference with broadcasting, differentiable.
public func .- (a: Tracked, b: Tracked) -> Tracked {
    trapping { () throws(AutodiffError) in try Throwing.elementwiseSubtract(a, b) }
}
/// `.-` with a constant matrix.
public func .- (a: Tracked, b: Matrix) -> Tracked { a .- Tracked(b) }
/// `.-` from a constant matrix.
public func .- (a: Matrix, b: Tracked) -> Tracked { Tracked(a) .- b }
/// Elementwise product with broadcasting, differentiable.
public func .* (a: Tracked, b: Tracked) -> Tracked { trapping { () throws(AutodiffError) in try Throwing.hadamard(a, b) } }
/// Elementwise product with a constant matrix (e.g. a mask).
public func .* (a: Tracked, b: Matrix) -> Tracked { a .* Tracked(b) }
/// Elementwise product with a constant matrix.
public func .* (a: Matrix, b: Tracked) -> Tracked { Tracked(a) .* b }
/// Elementwise quotient with broadcasting, differentiable.
public func ./ (a: Tracked, b: Tracked) -> Tracked {
    trapping { () throws(AutodiffError) in try Throwing.elementwiseDivide(a, b) }
}
/// Elementwise quotient by a constant matrix.
public func ./ (a: Tracked, b: Matrix) -> Tracked { a ./ Tracked(b) }
/// Elementwise quotient of a constant matrix.
public func ./ (a: Matrix, b: Tracked) -> Tracked { Tracked(a) ./ b }

/// `a .+ c`: adds a constant to every element.
public func .+ (a: Tracked, c: Double) -> Tracked { a + c }
/// `c .+ a`.
public func .+ (c: Double, a: Tracked) -> Tracked { c + a }
/// `a .- c`.
public func .- (a: Tracked, c: Double) -> Tracked { a - c }
/// `c .- a`.
public func .- (c: Double, a: Tracked) -> Tracked { c - a }
/// `a .* c`: scaling.
public func .* (a: Tracked, c: Double) -> Tracked { a * c }
/// `c .* a`: scaling.
public func .* (c: Double, a: Tracked) -> Tracked { c * a }
/// `a ./ c`.
public func ./ (a: Tracked, c: Double) -> Tracked { a / c }
/// `c ./ a`, elementwise.
public func ./ (c: Double, a: Tracked) -> Tracked { c / a }
