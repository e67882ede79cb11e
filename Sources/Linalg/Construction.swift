/// A `rows × cols` matrix of zeros. Traps on a negative size; ``Throwing/zeros(_:_:)`` throws.
///
/// ```swift
/// zeros(2, 3)
/// ```
public func zeros(_ rows: Int, _ cols: Int) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.zeros(rows, cols) }
}

/// A `rows × cols` matrix of ones. ``Throwing/ones(_:_:)`` throws.
public func ones(_ rows: Int, _ cols: Int) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.ones(rows, cols) }
}

/// The `n × n` identity matrix. ``Throwing/eye(_:)`` throws.
///
/// ```swift
/// eye(3) * A == A   // for any A with 3 rows
/// ```
public func eye(_ n: Int) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.eye(n) }
}

/// A column vector (`n × 1`) with the given entries.
///
/// ```swift
/// vector([1, 2, 3])   // 3×1
/// ```
public func vector(_ entries: [Double]) -> Matrix {
    Matrix(rows: entries.count, cols: 1, unchecked: entries)
}

/// A `rows × cols` matrix of independent N(0, std²) draws from the current
/// random stream (``Random``), filled row by row (the order a reader reads
/// them, and numpy's). ``Throwing/randn(_:_:std:)`` throws.
///
/// ```swift
/// let X = randn(3, 20)
/// let W = randn(4, 3, std: 0.1)
/// ```
public func randn(_ rows: Int, _ cols: Int, std: Double = 1) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.randn(rows, cols, std: std) }
}

/// `randn` drawing from a stream the caller owns instead of the process-wide one
/// (for reproducible code that runs concurrently, like tests).
///
/// ```swift
/// var stream = RandomStream(seed: 7)
/// let A = randn(3, 3, using: &stream)
/// ```
public func randn(_ rows: Int, _ cols: Int, std: Double = 1, using stream: inout RandomStream) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.randn(rows, cols, std: std, using: &stream) }
}

/// A `rows × cols` matrix of independent uniform draws in [0, 1) from the current
/// random stream, filled row by row. ``Throwing/rand(_:_:)`` throws.
public func rand(_ rows: Int, _ cols: Int) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.rand(rows, cols) }
}

/// `rand` drawing from a stream the caller owns. ``Throwing/rand(_:_:using:)`` throws.
public func rand(_ rows: Int, _ cols: Int, using stream: inout RandomStream) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.rand(rows, cols, using: &stream) }
}

/// One N(0, 1) number from the current random stream: the next value `randn(1, 1)`
/// would hold.
///
/// ```swift
/// let noise = 0.1 * randn()
/// ```
public func randn() -> Double { Random.draw { $0.normal() } }

/// One N(0, 1) number from a stream the caller owns.
public func randn(using stream: inout RandomStream) -> Double { stream.normal() }

/// One uniform number in [0, 1) from the current random stream: the next value
/// `rand(1, 1)` would hold.
public func rand() -> Double { Random.draw { $0.uniform() } }

/// One uniform number in [0, 1) from a stream the caller owns.
public func rand(using stream: inout RandomStream) -> Double { stream.uniform() }

/// `diag(v)`: the square matrix with the vector `v` (n×1 or 1×n) on its diagonal;
/// `diag(A)` of a non-vector matrix: its main diagonal as a column vector.
///
/// ```swift
/// let (U, S, V) = svd(A)
/// U * diag(S) * V.T ≈ A
/// diag(eye(3))   // 3×1 of ones
/// ```
/// A 1×1 matrix is treated as a vector (its diagonal matrix is itself).
/// ``Throwing/diag(_:)`` throws when the n×n result would pass the run's ``MemoryBudget``.
public func diag(_ A: Matrix) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.diag(A) }
}

/// Side by side: `[A B …]`, all with the same number of rows. ``Throwing/hstack(_:)`` throws.
///
/// ```swift
/// hstack([eye(2), zeros(2, 1)])   // 2×3
/// ```
public func hstack(_ blocks: [Matrix]) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.hstack(blocks) }
}

/// Stacked top to bottom, all with the same number of columns. ``Throwing/vstack(_:)`` throws.
public func vstack(_ blocks: [Matrix]) -> Matrix {
    trapping { () throws(LinalgError) in try Throwing.vstack(blocks) }
}

extension Throwing {
    /// Throwing twin of ``zeros(_:_:)``.
    public static func zeros(_ rows: Int, _ cols: Int) throws(LinalgError) -> Matrix {
        try matrix(rows: rows, cols: cols, repeating: 0)
    }

    /// Throwing twin of ``ones(_:_:)``.
    public static func ones(_ rows: Int, _ cols: Int) throws(LinalgError) -> Matrix {
        try matrix(rows: rows, cols: cols, repeating: 1)
    }

    /// Throwing twin of ``eye(_:)``.
    public static func eye(_ n: Int) throws(LinalgError) -> Matrix {
        var I = try zeros(n, n)
        for i in 0..<n { I.storage[i + i * n] = 1 }
        return I
    }

    /// Throwing twin of ``randn(_:_:std:)``; also throws for a negative or non-finite `std`.
    public static func randn(_ rows: Int, _ cols: Int, std: Double = 1) throws(LinalgError) -> Matrix {
        try Random.draw { (stream: inout RandomStream) throws(LinalgError) in
            try randn(rows, cols, std: std, using: &stream)
        }
    }

    /// Throwing twin of ``randn(_:_:std:using:)``.
    public static func randn(_ rows: Int, _ cols: Int, std: Double = 1,
                             using stream: inout RandomStream) throws(LinalgError) -> Matrix {
        guard std >= 0 && std.isFinite else { throw .invalidArgument(operation: "randn", argument: "std", value: std) }
        try RunLimits.checkAllocation(rows: rows, cols: cols)
        return Matrix(rows: rows, cols: cols) { out in
            for i in 0..<rows {
                for j in 0..<cols { out[i + j * rows] = std * stream.normal() }
            }
        }
    }

    /// Throwing twin of ``rand(_:_:)``.
    public static func rand(_ rows: Int, _ cols: Int) throws(LinalgError) -> Matrix {
        try Random.draw { (stream: inout RandomStream) throws(LinalgError) in try rand(rows, cols, using: &stream) }
    }

    /// Throwing twin of ``rand(_:_:using:)``.
    public static func rand(_ rows: Int, _ cols: Int, using stream: inout RandomStream) throws(LinalgError) -> Matrix {
        try RunLimits.checkAllocation(rows: rows, cols: cols)
        return Matrix(rows: rows, cols: cols) { out in
            for i in 0..<rows {
                for j in 0..<cols { out[i + j * rows] = stream.uniform() }
            }
        }
    }

    /// Throwing twin of ``diag(_:)``.
    public static func diag(_ A: Matrix) throws(LinalgError) -> Matrix {
        let A = A.materialized
        if A.isVector {
            let n = A.count
            try RunLimits.checkAllocation(rows: n, cols: n)
            return Matrix(rows: n, cols: n) { out in
                out.initialize(repeating: 0)
                for i in 0..<n { out[i + i * n] = A.storage[i] }
            }
        }
        let n = Swift.min(A.rows, A.cols)
        return Matrix(rows: n, cols: 1) { out in
            for i in 0..<n { out[i] = A.storage[i + i * A.rows] }
        }
    }

    /// Throwing twin of ``hstack(_:)``.
    public static func hstack(_ blocks: [Matrix]) throws(LinalgError) -> Matrix {
        guard let first = blocks.first else { return Matrix(rows: 0, cols: 0, unchecked: []) }
        let cols = try stackedExtent(blocks, operation: "hstack", shared: \.rows, stacked: \.cols)
        try RunLimits.checkAllocation(rows: first.rows, cols: cols)
        // Column-major: the blocks' buffers simply follow one another.
        var elements = [Double]()
        elements.reserveCapacity(first.rows * cols)
        for block in blocks { block.storage.withUnsafeBufferPointer { elements.append(contentsOf: $0) } }
        return Matrix(rows: first.rows, cols: cols, unchecked: elements)
    }

    /// Throwing twin of ``vstack(_:)``.
    public static func vstack(_ blocks: [Matrix]) throws(LinalgError) -> Matrix {
        guard let first = blocks.first else { return Matrix(rows: 0, cols: 0, unchecked: []) }
        let rows = try stackedExtent(blocks, operation: "vstack", shared: \.cols, stacked: \.rows)
        try RunLimits.checkAllocation(rows: rows, cols: first.cols)
        let cols = first.cols
        return Matrix(rows: rows, cols: cols) { out in
            var rowOffset = 0
            for block in blocks {
                let block = block.materialized
                for j in 0..<cols {
                    for i in 0..<block.rows { out[rowOffset + i + j * rows] = block.storage[i + j * block.rows] }
                }
                rowOffset += block.rows
            }
        }
    }

    /// The summed `stacked` extent of `blocks` (non-empty), after checking that they all
    /// share the first block's `shared` extent.
    static func stackedExtent(_ blocks: [Matrix], operation: String, shared: KeyPath<Matrix, Int>,
                              stacked: KeyPath<Matrix, Int>) throws(LinalgError) -> Int {
        var total = 0
        for block in blocks {
            guard block[keyPath: shared] == blocks[0][keyPath: shared] else {
                throw .shapeMismatch(operation: operation, lhs: Shape(blocks[0]), rhs: Shape(block))
            }
            total += block[keyPath: stacked]
        }
        return total
    }
}
