import Foundation

extension Matrix: CustomStringConvertible {
    /// A readable rendering: a `rows×cols Matrix` header, then the rows with
    /// right-aligned columns, each number to 6 significant digits in Swift's style
    /// (`1.0`, `-0.5`, `1e-05`, `inf`, `nan`). Matrices over 12 rows or columns show
    /// their first and last 5 with `⋮` and `…` between.
    ///
    /// ```
    /// 2×2 Matrix
    ///  1.0  2.0
    ///  3.0  4.0
    /// ```
    public var description: String {
        let edge = 5
        let rowIndices = Matrix.shownIndices(rows, edge: edge)
        let colIndices = Matrix.shownIndices(cols, edge: edge)
        // Format the shown cells, with nil standing for an elision column/row.
        var table: [[String]] = []
        let storage = self.storage
        for i in rowIndices {
            guard let i else {
                table.append(colIndices.map { $0 == nil ? "⋱" : "⋮" })
                continue
            }
            table.append(colIndices.map { j in
                guard let j else { return "…" }
                return Matrix.format(storage[i + j * rows])
            })
        }
        var widths = [Int](repeating: 0, count: colIndices.count)
        for line in table {
            for (column, cell) in line.enumerated() { widths[column] = Swift.max(widths[column], cell.count) }
        }
        var text = "\(rows)×\(cols) Matrix"
        for line in table {
            text += "\n"
            for (column, cell) in line.enumerated() {
                text += (column == 0 ? " " : "  ") + String(repeating: " ", count: widths[column] - cell.count) + cell
            }
        }
        return text
    }

    /// The indices to show of `0..<count`, with `nil` for the elided middle.
    static func shownIndices(_ count: Int, edge: Int) -> [Int?] {
        if count <= 2 * edge + 2 { return Array(0..<count) }
        return Array(0..<edge) + [nil] + Array((count - edge)..<count)
    }

    /// One element: 6 significant digits, always with a `.` or exponent, like Swift's `print`.
    static func format(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
        var text = String(format: "%.6g", x)
        if !text.contains(".") && !text.contains("e") { text += ".0" }
        return text
    }
}
