/// The shape of a matrix, `rows × cols`, as carried by errors.
///
/// ```swift
/// Shape(3, 4) == Shape(rows: 3, cols: 4)   // true; prints as 3×4
/// ```
public struct Shape: Hashable, Sendable, CustomStringConvertible {
    /// Number of rows.
    public var rows: Int
    /// Number of columns.
    public var cols: Int

    /// `rows × cols`.
    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }

    /// `rows × cols`, unlabeled: `Shape(3, 4)`.
    public init(_ rows: Int, _ cols: Int) {
        self.init(rows: rows, cols: cols)
    }

    /// The shape of `matrix`, as errors carry it.
    public init(_ matrix: Matrix) {
        self.init(rows: matrix.rows, cols: matrix.cols)
    }

    /// `3×4`: data formatting only, no prose (messages are written by Diagnostics).
    public var description: String { "\(rows)×\(cols)" }
}

/// Why a matrix operation could not produce a result. Data only: the operation's
/// name as a user writes it (`"*"`, `"svd"`, `"solve"`) and the shapes or codes
/// involved; the words are written by the Diagnostics module.
///
/// Every fallible operation exists once as a throwing function in the
/// ``Throwing`` namespace (`Throwing.svd(A)`, `Throwing.product(A, B)` for `A * B`);
/// the convenient API (`svd(A)`, `A * B`) calls it and traps with the error, the
/// way an out-of-range array index traps in Swift.
public enum LinalgError: Error, Hashable, Sendable {
    /// Two operands whose shapes do not fit, e.g. `(3×4) * (5×2)`:
    /// `.shapeMismatch(operation: "*", lhs: Shape(3, 4), rhs: Shape(5, 2))`.
    case shapeMismatch(operation: String, lhs: Shape, rhs: Shape)
    /// An operation defined only for square matrices (`det`, `inverse`, `trace`, `expm`, …).
    case notSquare(operation: String, shape: Shape)
    /// An operation defined only for column or row vectors (e.g. `diag` of a non-vector
    /// is fine, but `vector`-only operations like `dot`).
    case notVector(operation: String, shape: Shape)
    /// An operation that needs a 1×1 matrix (e.g. `Matrix.scalar`).
    case notScalar(operation: String, shape: Shape)
    /// An exactly singular matrix (LU found a zero pivot) where an inverse is needed.
    case singular(operation: String)
    /// A matrix that must be symmetric (`sqrtm`) is not, beyond rounding.
    case notSymmetric(operation: String)
    /// A matrix that must be positive semidefinite (`sqrtm`) has a clearly negative
    /// eigenvalue.
    case notPositiveSemidefinite(operation: String, minEigenvalue: Double)
    /// A NaN or infinity in the input of a LAPACK-backed operation.
    case nonFinite(operation: String)
    /// LAPACK reported failure: `info < 0` is an illegal argument (a bug here),
    /// `info > 0` a failure to converge or a zero pivot.
    case lapack(routine: String, info: Int32)
    /// An element index `(row, col)` or a row/column outside the matrix.
    /// A whole-row or whole-column index carries `-1` for the other coordinate.
    case indexOutOfRange(operation: String, row: Int, col: Int, shape: Shape)
    /// A slice `rows`, `cols` (half-open `lower..<upper`) outside the matrix.
    case sliceOutOfRange(operation: String, rows: Range<Int>, cols: Range<Int>, shape: Shape)
    /// A negative dimension, e.g. `zeros(-1, 3)`.
    case negativeDimension(operation: String, rows: Int, cols: Int)
    /// Rows of different lengths in `Matrix([[1, 2], [3]])`: `row` has `found`
    /// entries where `expected` were expected.
    case raggedRows(operation: String, row: Int, expected: Int, found: Int)
    /// A reduction axis other than 0 (down the rows) or 1 (across the columns).
    case invalidAxis(operation: String, axis: Int)
    /// An argument outside its domain, e.g. a negative tolerance or a zero count.
    case invalidArgument(operation: String, argument: String, value: Double)
    /// An operation that needs at least one element (e.g. `max` of an empty matrix).
    case empty(operation: String)
    /// An allocation the run's ``MemoryBudget`` refused (or one past `Int.max` bytes),
    /// with the real size asked for.
    case memoryLimitExceeded(MemoryLimitExceeded)
    /// A long computation stopped at a checkpoint because the run's ``RunLimits`` said
    /// so (a cell's time limit passed).
    case cancelled(operation: String)
}

/// Runs a throwing twin and traps with its error: the one place the convenient,
/// non-throwing API turns a ``LinalgError`` into a trap, as Swift does for an
/// out-of-range array index.
@inline(__always)
@usableFromInline
func trapping<T>(_ body: () throws(LinalgError) -> T) -> T {
    do {
        return try body()
    } catch {
        fatalError("\(error)")
    }
}
