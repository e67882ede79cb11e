extension Matrix {
    /// Row `i` as a `1 × cols` matrix. Traps when out of range; ``Throwing/row(_:_:)`` throws.
    ///
    /// ```swift
    /// W.row(0)   // the weights into neuron 0
    /// ```
    public func row(_ i: Int) -> Matrix { trapping { () throws(LinalgError) in try Throwing.row(self, i) } }

    /// Column `j` as a `rows × 1` matrix. ``Throwing/col(_:_:)`` throws.
    ///
    /// ```swift
    /// W.col(0)   // the weights out of neuron 0
    /// ```
    public func col(_ j: Int) -> Matrix { trapping { () throws(LinalgError) in try Throwing.col(self, j) } }

    /// The block of rows `rowRange` and columns `colRange`, with any range form Swift has:
    /// `A[0..<2, 1...2]`, `A[1..., ..<3]`. The setter writes a block of the same shape.
    /// ``Throwing/slice(_:_:_:)`` and ``Throwing/setSlice(_:_:_:_:)`` throw instead of trapping.
    ///
    /// ```swift
    /// let top = A[0..<2, 0..<A.cols]
    /// A[0..<2, 0..<2] = eye(2)
    /// ```
    public subscript<R: RangeExpression, C: RangeExpression>(_ rowRange: R, _ colRange: C) -> Matrix
        where R.Bound == Int, C.Bound == Int {
        get {
            trapping { () throws(LinalgError) in try Throwing.slice(self, rowRange, colRange) }
        }
        set {
            trapping { () throws(LinalgError) in try Throwing.setSlice(&self, rowRange, colRange, newValue) }
        }
    }
}

extension Matrix {
    /// The rows `rowRange`, all columns: `A[rows: 0..<2]`, `A[rows: 1...]`. The setter writes
    /// a block of the same shape. ``Throwing/slice(_:_:_:)`` throws instead of trapping.
    ///
    /// ```swift
    /// let (U, S, V) = svd(A)
    /// let top2 = V[cols: 0..<2]   // the top two right singular vectors
    /// ```
    public subscript<R: RangeExpression>(rows rowRange: R) -> Matrix where R.Bound == Int {
        get { self[rowRange, 0..<cols] }
        set { self[rowRange, 0..<cols] = newValue }
    }

    /// The columns `colRange`, all rows: `A[cols: 1...]`. Assignable on a `var`.
    public subscript<C: RangeExpression>(cols colRange: C) -> Matrix where C.Bound == Int {
        get { self[0..<rows, colRange] }
        set { self[0..<rows, colRange] = newValue }
    }

    /// `A[..., colRange]`: all rows (as ``subscript(cols:)``).
    public subscript<C: RangeExpression>(_ all: UnboundedRange, _ colRange: C) -> Matrix where C.Bound == Int {
        get { self[0..<rows, colRange] }
        set { self[0..<rows, colRange] = newValue }
    }

    /// `A[rowRange, ...]`: all columns (as ``subscript(rows:)``).
    public subscript<R: RangeExpression>(_ rowRange: R, _ all: UnboundedRange) -> Matrix where R.Bound == Int {
        get { self[rowRange, 0..<cols] }
        set { self[rowRange, 0..<cols] = newValue }
    }
}

extension Throwing {
    /// Throwing twin of ``Matrix/row(_:)``.
    public static func row(_ A: Matrix, _ i: Int) throws(LinalgError) -> Matrix {
        guard i >= 0 && i < A.rows else { throw .indexOutOfRange(operation: "row", row: i, col: -1, shape: Shape(A)) }
        let A = A.materialized
        return Matrix(rows: 1, cols: A.cols) { out in
            for j in 0..<A.cols { out[j] = A.storage[i + j * A.rows] }
        }
    }

    /// Throwing twin of ``Matrix/col(_:)``.
    public static func col(_ A: Matrix, _ j: Int) throws(LinalgError) -> Matrix {
        guard j >= 0 && j < A.cols else { throw .indexOutOfRange(operation: "col", row: -1, col: j, shape: Shape(A)) }
        let A = A.materialized
        return Matrix(rows: A.rows, cols: 1) { out in
            for i in 0..<A.rows { out[i] = A.storage[i + j * A.rows] }
        }
    }

    /// Throwing twin of the slice subscript's getter, `A[rows, cols]`.
    public static func slice<R: RangeExpression, C: RangeExpression>(_ A: Matrix, _ rowRange: R, _ colRange: C)
        throws(LinalgError) -> Matrix where R.Bound == Int, C.Bound == Int {
        let (rs, cs) = try A.checkedRanges(rowRange, colRange, operation: "[]")
        let A = A.materialized
        return Matrix(rows: rs.count, cols: cs.count) { out in
            for (jOut, j) in cs.enumerated() {
                for (iOut, i) in rs.enumerated() { out[iOut + jOut * rs.count] = A.storage[i + j * A.rows] }
            }
        }
    }

    /// Throwing twin of the slice subscript's setter, `A[rows, cols] = B`.
    public static func setSlice<R: RangeExpression, C: RangeExpression>(
        _ A: inout Matrix, _ rowRange: R, _ colRange: C, _ B: Matrix
    ) throws(LinalgError) where R.Bound == Int, C.Bound == Int {
        let (rs, cs) = try A.checkedRanges(rowRange, colRange, operation: "[]=")
        guard B.rows == rs.count && B.cols == cs.count else {
            throw .shapeMismatch(operation: "[]=", lhs: Shape(rs.count, cs.count), rhs: Shape(B))
        }
        let rows = A.rows
        let B = B.materialized
        A = A.materialized
        for (jB, j) in cs.enumerated() {
            for (iB, i) in rs.enumerated() { A.storage[i + j * rows] = B.storage[iB + jB * B.rows] }
        }
    }
}

extension Matrix {
    /// Resolves range expressions against this matrix's rows and columns; throws if either
    /// leaves the matrix (or is reversed).
    func checkedRanges<R: RangeExpression, C: RangeExpression>(_ rowRange: R, _ colRange: C, operation: String)
        throws(LinalgError) -> (Range<Int>, Range<Int>) where R.Bound == Int, C.Bound == Int {
        // `relative(to:)` of an unbounded side uses the collection's bounds; pass ranges
        // that are wide enough to hold any bound the user wrote.
        let rs = rowRange.relative(to: Matrix.RangeUniverse(upper: rows))
        let cs = colRange.relative(to: Matrix.RangeUniverse(upper: cols))
        guard rs.lowerBound >= 0 && rs.upperBound <= rows && cs.lowerBound >= 0 && cs.upperBound <= cols else {
            throw .sliceOutOfRange(operation: operation, rows: rs, cols: cs, shape: Shape(self))
        }
        return (rs, cs)
    }

    /// Indices `0..<upper`, as a collection, so that `1...` means `1..<upper`
    /// (and out-of-range bounds are reported rather than clamped).
    struct RangeUniverse: Collection {
        let upper: Int
        var startIndex: Int { 0 }
        var endIndex: Int { upper }
        func index(after i: Int) -> Int { i + 1 }
        subscript(position: Int) -> Int { position }
    }
}
