import Linalg

extension Messages {
    /// The message for a failed matrix operation, naming the operation and
    /// the shapes, e.g. `cannot multiply matrices of shapes (3×4) * (5×2)`.
    public static func text(for error: LinalgError) -> String {
        switch error {
        case .shapeMismatch(let operation, let lhs, let rhs):
            "shape mismatch in '\(operation)': (\(lhs)) \(operation) (\(rhs))"
        case .notSquare(let operation, let shape): "'\(operation)' needs a square matrix, got \(shape)"
        case .notVector(let operation, let shape): "'\(operation)' needs a vector, got \(shape)"
        case .notScalar(let operation, let shape): "'\(operation)' needs a 1×1 matrix, got \(shape)"
        case .singular(let operation): "'\(operation)': the matrix is singular"
        case .notSymmetric(let operation): "'\(operation)' needs a symmetric matrix"
        case .notPositiveSemidefinite(let operation, let minEigenvalue):
            "'\(operation)' needs a positive semidefinite matrix (smallest eigenvalue \(minEigenvalue))"
        case .nonFinite(let operation): "'\(operation)': the matrix contains NaN or infinity"
        case .lapack(let routine, let info):
            info < 0 ? "LAPACK '\(routine)' rejected argument \(-info)" : "LAPACK '\(routine)' failed to converge (info \(info))"
        case .indexOutOfRange(let operation, let row, let col, let shape):
            "index out of range in '\(operation)': \(indexText(row: row, col: col)) of a \(shape) matrix"
        case .sliceOutOfRange(let operation, let rows, let cols, let shape):
            "slice out of range in '\(operation)': rows \(rows), columns \(cols) of a \(shape) matrix"
        case .negativeDimension(let operation, let rows, let cols):
            "'\(operation)': negative dimension \(rows)×\(cols)"
        case .raggedRows(let operation, let row, let expected, let found):
            "'\(operation)': row \(row) has \(found) entries, expected \(expected)"
        case .invalidAxis(let operation, let axis): "'\(operation)': axis must be 0 or 1, got \(axis)"
        case .invalidArgument(let operation, let argument, let value):
            "'\(operation)': invalid \(argument) \(value)"
        case .empty(let operation): "'\(operation)' of an empty matrix"
        case .memoryLimitExceeded(let refused): text(for: refused)
        case .cancelled(let operation): "'\(operation)' was stopped: the run's time is up"
        }
    }

    /// `allocation of 128 EB exceeds the memory limit of 2 GB (1.5 GB in use)`.
    public static func text(for refused: MemoryLimitExceeded) -> String {
        var text = "allocation of \(byteText(refused.requestedBytes)) exceeds the memory limit of "
            + byteText(Int128(refused.limitBytes))
        if refused.liveBytes > 0 { text += " (\(byteText(Int128(refused.liveBytes))) in use)" }
        return text
    }

    /// Bytes in binary units, one decimal: `512 bytes`, `1.5 KB`, `128 EB`.
    static func byteText(_ bytes: Int128) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        let units = ["KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let rounded = (value * 10).rounded() / 10
        return (rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)) + " " + units[unit]
    }

    private static func indexText(row: Int, col: Int) -> String {
        if row < 0 { return "column \(col)" }
        if col < 0 { return "row \(row)" }
        return "[\(row), \(col)]"
    }
}
