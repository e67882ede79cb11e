/// A dense matrix of `Double`s with value semantics.
///
/// ```swift
/// let A = Matrix([[1, 2], [3, 4]])   // given by rows
/// A.rows; A.cols                     // 2, 2
/// A[0, 1]                            // 2.0
/// var B = A; B[0, 0] = 9             // A is unchanged: copy-on-write
/// ```
///
/// Storage is **column-major** (Fortran order, as BLAS and LAPACK want it):
/// element `(i, j)` lives at `i + j * rows` of ``columnMajorElements``, so products
/// and factorizations hand the buffer straight to OpenBLAS and LAPACK without
/// copying or transposing. Copies share one buffer until one of them is written
/// (copy-on-write), and elementwise operators reuse a temporary's buffer.
///
/// Indices are 0-based, as everywhere in Swift. A vector is an `n×1` column
/// (``vector(_:)``); a scalar result of a matrix expression is `1×1`.
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let cols: Int
    /// The elements: column-major, or (``isTransposedView``) those of the transpose.
    @usableFromInline var buffer: ElementBuffer
    /// Whether ``buffer`` holds the `cols × rows` matrix whose transpose this is (so this
    /// matrix row by row): what `A.T` makes, without copying. A product hands such an
    /// operand to BLAS with its transpose flag; anything else reads ``storage``, which
    /// writes the transpose out first.
    @usableFromInline var isTransposedView: Bool

    /// The elements in column-major order (see ``columnMajorElements``). For a transposed
    /// view, reading makes the transpose (a new buffer each time: loops read it once) and
    /// writing makes it the matrix's own buffer first.
    @inlinable var storage: ElementBuffer {
        get { isTransposedView ? Matrix.transposed(buffer, rows: cols, cols: rows) : buffer }
        _modify {
            if isTransposedView {
                buffer = Matrix.transposed(buffer, rows: cols, cols: rows)
                isTransposedView = false
            }
            yield &buffer
        }
    }

    /// The elements in column-major order: `(i, j)` is at `i + j * rows` (a copy).
    public var columnMajorElements: [Double] { storage.array }

    /// Reads the elements in column-major order without copying them.
    ///
    /// ```swift
    /// let total = A.withColumnMajorElements { $0.reduce(0, +) }
    /// ```
    @inlinable
    public func withColumnMajorElements<Result>(_ body: (UnsafeBufferPointer<Double>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer(body)
    }

    /// Copies a column-major array; the caller guarantees `elements.count == rows * cols`.
    @inlinable
    init(rows: Int, cols: Int, unchecked elements: [Double]) {
        self.init(rows: rows, cols: cols, storage: ElementBuffer(elements))
    }

    /// Shares a buffer of `rows * cols` elements.
    @inlinable
    init(rows: Int, cols: Int, storage: ElementBuffer) {
        self.rows = rows
        self.cols = cols
        self.buffer = storage
        self.isTransposedView = false
    }

    /// The transpose of the `rows × cols` matrix whose column-major elements `buffer` holds,
    /// as a view of `buffer` (no copy).
    @inlinable
    init(transposing buffer: ElementBuffer, rows: Int, cols: Int) {
        self.rows = cols
        self.cols = rows
        self.buffer = buffer
        self.isTransposedView = true
    }

    /// Allocates without initializing and lets `fill` write all `rows * cols`
    /// elements (column-major). Internal: the fast path of every operation.
    @inlinable
    init(rows: Int, cols: Int, fill: (UnsafeMutableBufferPointer<Double>) -> Void) {
        _ = ProcessTuning.applied
        self.rows = rows
        self.cols = cols
        self.buffer = ElementBuffer(count: rows * cols, fill: fill)
        self.isTransposedView = false
    }

    /// A matrix from its rows.
    ///
    /// ```swift
    /// Matrix([[1, 2, 3], [4, 5, 6]])   // 2×3
    /// ```
    /// Traps on ragged rows; ``Throwing/matrix(_:)`` throws instead.
    public init(_ rows: [[Double]]) {
        self = trapping { () throws(LinalgError) in try Throwing.matrix(rows) }
    }

    /// A `rows × cols` matrix from elements listed row by row (as a reader writes them).
    ///
    /// ```swift
    /// Matrix(rows: 2, cols: 2, rowMajor: [1, 2, 3, 4])   // [[1, 2], [3, 4]]
    /// ```
    public init(rows: Int, cols: Int, rowMajor elements: [Double]) {
        self = trapping { () throws(LinalgError) in
            try Throwing.matrix(rows: rows, cols: cols, rowMajor: elements)
        }
    }

    /// A `rows × cols` matrix from elements listed column by column (the storage order).
    /// ``Throwing/matrix(rows:cols:columnMajor:)`` throws on a count mismatch.
    public init(rows: Int, cols: Int, columnMajor elements: [Double]) {
        self = trapping { () throws(LinalgError) in
            try Throwing.matrix(rows: rows, cols: cols, columnMajor: elements)
        }
    }

    /// The square matrix with `entries` on its diagonal and zeros elsewhere.
    ///
    /// ```swift
    /// Matrix(diagonal: [1, 2, 3])   // 3×3
    /// ```
    /// ``Throwing/matrix(diagonal:)`` throws when it would pass the run's memory budget.
    public init(diagonal entries: [Double]) {
        self = trapping { () throws(LinalgError) in try Throwing.matrix(diagonal: entries) }
    }

    /// A `1 × n` row with the given entries.
    ///
    /// ```swift
    /// Matrix(row: [1, 2, 3])   // 1×3
    /// ```
    public init(row entries: [Double]) {
        self.init(rows: 1, cols: entries.count, unchecked: entries)
    }

    /// An `n × 1` column with the given entries (as ``vector(_:)``).
    public init(column entries: [Double]) {
        self.init(rows: entries.count, cols: 1, unchecked: entries)
    }

    /// A `rows × cols` matrix with every element equal to `value`.
    public init(rows: Int, cols: Int, repeating value: Double) {
        self = trapping { () throws(LinalgError) in
            try Throwing.matrix(rows: rows, cols: cols, repeating: value)
        }
    }

    /// This matrix with its own column-major buffer: a transposed view written out once, so
    /// that a loop reading ``storage`` element by element does not transpose each time.
    @inlinable var materialized: Matrix {
        isTransposedView ? Matrix(rows: rows, cols: cols, storage: storage) : self
    }

    /// The number of rows and columns, as a tuple: `let (m, n) = A.shape`.
    ///
    /// ```swift
    /// Matrix([[1, 2, 3]]).shape   // (rows: 1, cols: 3)
    /// ```
    public var shape: (rows: Int, cols: Int) { (rows, cols) }

    /// Number of elements, `rows * cols`.
    public var count: Int { rows * cols }

    /// Whether the matrix is `n×n`.
    public var isSquare: Bool { rows == cols }

    /// Whether the matrix is a column (`n×1`) or row (`1×n`) vector.
    public var isVector: Bool { rows == 1 || cols == 1 }

    /// Element `(i, j)`, 0-based. Traps when out of range, like `Array`;
    /// ``Throwing/element(_:_:_:)`` and ``Throwing/setElement(_:_:_:_:)`` throw instead.
    ///
    /// ```swift
    /// var A = zeros(2, 2); A[1, 0] = 3
    /// ```
    public subscript(i: Int, j: Int) -> Double {
        @inlinable get {
            precondition(i >= 0 && i < rows && j >= 0 && j < cols,
                         "\(LinalgError.indexOutOfRange(operation: "[]", row: i, col: j, shape: Shape(self)))")
            return isTransposedView ? buffer[j &+ i &* cols] : buffer[i &+ j &* rows]
        }
        @inlinable set {
            precondition(i >= 0 && i < rows && j >= 0 && j < cols,
                         "\(LinalgError.indexOutOfRange(operation: "[]", row: i, col: j, shape: Shape(self)))")
            storage[i &+ j &* rows] = newValue
        }
    }

    /// The rows as arrays, e.g. to hand to code that wants `[[Double]]`.
    ///
    /// ```swift
    /// Matrix([[1, 2], [3, 4]]).rowArrays   // [[1.0, 2.0], [3.0, 4.0]]
    /// ```
    public var rowArrays: [[Double]] {
        let storage = self.storage
        return (0..<rows).map { i in (0..<cols).map { j in storage[i + j * rows] } }
    }

    /// The entries row by row, the order in which `Matrix([[…]])` is written (numpy's
    /// `ravel()`); for a vector, its entries. (``vec(_:)`` is column by column.)
    ///
    /// ```swift
    /// Matrix([[1, 2], [3, 4]]).array   // [1.0, 2.0, 3.0, 4.0]
    /// ```
    public var array: [Double] {
        var out = [Double]()
        out.reserveCapacity(count)
        let storage = self.storage
        for i in 0..<rows {
            for j in 0..<cols { out.append(storage[i + j * rows]) }
        }
        return out
    }

    /// The single element of a 1×1 matrix (a scalar result such as `x.T * y`).
    /// Traps for other shapes; ``Throwing/scalar(_:)`` throws instead.
    public var scalar: Double {
        trapping { () throws(LinalgError) in try Throwing.scalar(self) }
    }
}

extension Matrix {
    /// Equal shapes and elements (a transposed view equals the matrix it stands for).
    public static func == (lhs: Matrix, rhs: Matrix) -> Bool {
        lhs.rows == rhs.rows && lhs.cols == rhs.cols
            && (lhs.isTransposedView == rhs.isTransposedView ? lhs.buffer == rhs.buffer : lhs.storage == rhs.storage)
    }
}

extension Throwing {
    /// Throwing twin of ``Matrix/init(_:)``: a matrix from its rows.
    /// Throws ``LinalgError/raggedRows(operation:row:expected:found:)``.
    public static func matrix(_ rowArrays: [[Double]]) throws(LinalgError) -> Matrix {
        let rows = rowArrays.count
        let cols = rowArrays.first?.count ?? 0
        for (index, row) in rowArrays.enumerated() where row.count != cols {
            throw .raggedRows(operation: "Matrix", row: index, expected: cols, found: row.count)
        }
        try RunLimits.checkAllocation(rows: rows, cols: cols)
        return Matrix(rows: rows, cols: cols) { out in
            for i in 0..<rows {
                let row = rowArrays[i]
                for j in 0..<cols { (out.baseAddress! + i + j * rows).initialize(to: row[j]) }
            }
        }
    }

    /// Throwing twin of ``Matrix/init(rows:cols:rowMajor:)``.
    public static func matrix(rows: Int, cols: Int, rowMajor elements: [Double]) throws(LinalgError) -> Matrix {
        try RunLimits.checkAllocation(rows: rows, cols: cols)
        guard elements.count == rows * cols else {
            throw .shapeMismatch(operation: "Matrix", lhs: Shape(rows, cols), rhs: Shape(elements.count, 1))
        }
        return Matrix(rows: rows, cols: cols) { out in
            for i in 0..<rows {
                for j in 0..<cols { (out.baseAddress! + i + j * rows).initialize(to: elements[i * cols + j]) }
            }
        }
    }

    /// Throwing twin of ``Matrix/init(rows:cols:columnMajor:)``.
    public static func matrix(rows: Int, cols: Int, columnMajor elements: [Double]) throws(LinalgError) -> Matrix {
        try RunLimits.checkAllocation(rows: rows, cols: cols)
        guard elements.count == rows * cols else {
            throw .shapeMismatch(operation: "Matrix", lhs: Shape(rows, cols), rhs: Shape(elements.count, 1))
        }
        return Matrix(rows: rows, cols: cols, unchecked: elements)
    }

    /// Throwing twin of ``Matrix/init(diagonal:)``.
    public static func matrix(diagonal entries: [Double]) throws(LinalgError) -> Matrix {
        let n = entries.count
        try RunLimits.checkAllocation(rows: n, cols: n)
        return Matrix(rows: n, cols: n) { out in
            out.initialize(repeating: 0)
            for i in 0..<n { out[i + i * n] = entries[i] }
        }
    }

    /// Throwing twin of ``Matrix/init(rows:cols:repeating:)``.
    public static func matrix(rows: Int, cols: Int, repeating value: Double) throws(LinalgError) -> Matrix {
        try RunLimits.checkAllocation(rows: rows, cols: cols)
        return Matrix(rows: rows, cols: cols, storage: ElementBuffer(repeating: value, count: rows * cols))
    }

    /// Throwing twin of the element subscript's getter, `A[i, j]`.
    public static func element(_ A: Matrix, _ i: Int, _ j: Int) throws(LinalgError) -> Double {
        guard i >= 0 && i < A.rows && j >= 0 && j < A.cols else {
            throw .indexOutOfRange(operation: "[]", row: i, col: j, shape: Shape(A))
        }
        return A[i, j]
    }

    /// Throwing twin of the element subscript's setter, `A[i, j] = value`.
    public static func setElement(_ A: inout Matrix, _ i: Int, _ j: Int, _ value: Double) throws(LinalgError) {
        guard i >= 0 && i < A.rows && j >= 0 && j < A.cols else {
            throw .indexOutOfRange(operation: "[]", row: i, col: j, shape: Shape(A))
        }
        A.storage[i + j * A.rows] = value
    }

    /// Throwing twin of ``Matrix/scalar``.
    public static func scalar(_ A: Matrix) throws(LinalgError) -> Double {
        guard A.rows == 1 && A.cols == 1 else { throw .notScalar(operation: "scalar", shape: Shape(A)) }
        return A.buffer[0]
    }
}
