infix operator .+ : AdditionPrecedence
infix operator .- : AdditionPrecedence
infix operator .* : MultiplicationPrecedence
infix operator ./ : MultiplicationPrecedence

// The dot operators `.+ .- .* ./`, Julia's broadcasting: two operands whose every
// dimension is equal or 1 (an m×n matrix with a 1×n row, an m×1 column, a 1×1 scalar, or
// a row with a column); a dimension of 1 repeats along the other operand's, by indexing
// with stride 0 (nothing is copied to broadcast). `+` and `-` between matrices stay
// strict linear algebra: their shapes must match.

extension Throwing {
    /// Throwing twin of `A .+ B`: elementwise sum with broadcasting.
    /// Throws ``LinalgError/shapeMismatch(operation:lhs:rhs:)`` naming both shapes.
    public static func elementwiseAdd(_ A: consuming Matrix, _ B: Matrix) throws(LinalgError) -> Matrix {
        try Matrix.broadcast(A, B, operation: ".+", ElementSum.self)
    }

    /// Throwing twin of `A .- B`: elementwise difference with broadcasting.
    public static func elementwiseSubtract(_ A: consuming Matrix, _ B: Matrix) throws(LinalgError) -> Matrix {
        try Matrix.broadcast(A, B, operation: ".-", ElementDifference.self)
    }

    /// Throwing twin of `A .* B`: the elementwise (Hadamard) product, with broadcasting.
    public static func hadamard(_ A: consuming Matrix, _ B: Matrix) throws(LinalgError) -> Matrix {
        try Matrix.broadcast(A, B, operation: ".*", ElementProduct.self)
    }

    /// Throwing twin of `A ./ B`: elementwise division with broadcasting (x/0 follows IEEE 754).
    public static func elementwiseDivide(_ A: consuming Matrix, _ B: Matrix) throws(LinalgError) -> Matrix {
        try Matrix.broadcast(A, B, operation: "./", ElementQuotient.self)
    }

    /// The shape two operands broadcast to: each dimension equal, or 1 on one side.
    public static func broadcastShape(_ A: Shape, _ B: Shape, operation: String) throws(LinalgError) -> Shape {
        func extent(_ a: Int, _ b: Int) -> Int? { a == b ? a : a == 1 ? b : b == 1 ? a : nil }
        guard let rows = extent(A.rows, B.rows), let cols = extent(A.cols, B.cols) else {
            throw .shapeMismatch(operation: operation, lhs: A, rhs: B)
        }
        return Shape(rows, cols)
    }
}

extension Matrix {
    /// `op(a, b)` over the broadcast shape of `A` and `B`. Equal shapes take
    /// ``zipElements(_:_:operation:_:)`` (which reuses a temporary's buffer).
    @inlinable
    static func broadcast<Operation: ElementOperation>(_ A: consuming Matrix, _ B: Matrix, operation: String,
                                                        _ kind: Operation.Type) throws(LinalgError) -> Matrix {
        if A.rows == B.rows && A.cols == B.cols { return try zipElements(A, B, operation: operation, kind) }
        return try repeating(A, B, operation: operation, kind)
    }

    /// `op(a, b)` for shapes that differ and broadcast, into a new matrix.
    @inlinable
    static func repeating<Operation: ElementOperation>(_ A: Matrix, _ B: Matrix, operation: String,
                                                        _: Operation.Type) throws(LinalgError) -> Matrix {
        let shape = try Throwing.broadcastShape(Shape(A), Shape(B), operation: operation)
        try RunLimits.checkAllocation(rows: shape.rows, cols: shape.cols)
        let (rows, cols) = (shape.rows, shape.cols)
        // Strides of 0 repeat a dimension of 1.
        let (aRow, aCol) = (A.rows == 1 ? 0 : 1, A.cols == 1 ? 0 : A.rows)
        let (bRow, bCol) = (B.rows == 1 ? 0 : 1, B.cols == 1 ? 0 : B.rows)
        return A.withBase { a in
            B.withBase { b in
                Matrix(rows: rows, cols: cols) { out in
                    let po = out.baseAddress!
                    for j in 0..<cols {
                        let (ac, bc, oc) = (a + j * aCol, b + j * bCol, po + j * rows)
                        for i in 0..<rows { oc[i] = Operation.apply(ac[i * aRow], bc[i * bRow]) }
                    }
                }
            }
        }
    }
}

/// Elementwise sum with broadcasting: `Y .+ b` adds the row `b` (1×n) to every row of
/// `Y` (m×n), or the column `b` (m×1) to every column. Traps on shapes that do not
/// broadcast; ``Throwing/elementwiseAdd(_:_:)`` throws.
///
/// ```swift
/// Matrix([[1, 2], [3, 4]]) .+ Matrix([[10, 20]])   // [[11, 22], [13, 24]]
/// ```
public func .+ (A: consuming Matrix, B: Matrix) -> Matrix {
    do { return try Throwing.elementwiseAdd(consume A, B) } catch { fatalError("\(error)") }
}
/// Elementwise difference with broadcasting: `Y .- mean(Y, axis: 0)` centers every column.
/// ``Throwing/elementwiseSubtract(_:_:)`` throws.
public func .- (A: consuming Matrix, B: Matrix) -> Matrix {
    do { return try Throwing.elementwiseSubtract(consume A, B) } catch { fatalError("\(error)") }
}
/// Elementwise (Hadamard) product `A ∘ B` with broadcasting: `W .* mask`, `X .* w` scales
/// row i of X by `w[i]` for a column `w`. ``Throwing/hadamard(_:_:)`` throws.
public func .* (A: consuming Matrix, B: Matrix) -> Matrix {
    do { return try Throwing.hadamard(consume A, B) } catch { fatalError("\(error)") }
}
/// Elementwise quotient with broadcasting: `Y ./ norm(Y, axis: 0)` normalizes every column.
/// ``Throwing/elementwiseDivide(_:_:)`` throws.
public func ./ (A: consuming Matrix, B: Matrix) -> Matrix {
    do { return try Throwing.elementwiseDivide(consume A, B) } catch { fatalError("\(error)") }
}

/// `A .+ c`: adds `c` to every element (as `A + c`).
public func .+ (A: Matrix, c: Double) -> Matrix { A.map { $0 + c } }
/// `c .+ A`: adds `c` to every element.
public func .+ (c: Double, A: Matrix) -> Matrix { A.map { c + $0 } }
/// `A .- c`: subtracts `c` from every element.
public func .- (A: Matrix, c: Double) -> Matrix { A.map { $0 - c } }
/// `c .- A`, elementwise.
public func .- (c: Double, A: Matrix) -> Matrix { A.map { c - $0 } }
/// `A .* c`: every element scaled (as `A * c`).
public func .* (A: Matrix, c: Double) -> Matrix { A.map { $0 * c } }
/// `c .* A`: every element scaled.
public func .* (c: Double, A: Matrix) -> Matrix { A.map { c * $0 } }
/// `A ./ c`: every element divided (as `A / c`).
public func ./ (A: Matrix, c: Double) -> Matrix { A.map { $0 / c } }
/// `c ./ A`, elementwise: `c / a_ij`.
public func ./ (c: Double, A: Matrix) -> Matrix { A.map { c / $0 } }
