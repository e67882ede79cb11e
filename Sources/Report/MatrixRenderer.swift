import Markup
import Foundation
import Linalg

/// A matrix a cell displayed: up to 8 × 8 as typeset math (a parenthesised
/// MathML `mtable`, like TeX's `pmatrix`), larger as an HTML table with its
/// size as caption, cut to the first and last 10 rows and columns with `⋮`
/// and `⋯` beyond 20.
///
/// Numbers are compact: at most 4 significant digits (`%.4g`), a true minus
/// sign, integers without `.0`, and powers of ten typeset (`1.5 × 10⁻⁵`).
enum MatrixRenderer {
    static let mathLimit = 8
    static let tableLimit = 20
    static let tableEdge = 10

    static func html(_ matrix: Matrix, labels: ReportLabels) -> String {
        if matrix.rows <= mathLimit, matrix.cols <= mathLimit, matrix.rows > 0, matrix.cols > 0 {
            return "<div class=\"cell-value matrix-math\">" + mathML(matrix) + "</div>\n"
        }
        return table(matrix, labels: labels)
    }

    static func mathML(_ matrix: Matrix) -> String {
        var html = "<math display=\"block\"><mrow><mo>(</mo><mtable class=\"matrix\">"
        for i in 0..<matrix.rows {
            html += "<mtr>"
            for j in 0..<matrix.cols { html += "<mtd>" + numberMathML(matrix[i, j]) + "</mtd>" }
            html += "</mtr>"
        }
        return html + "</mtable><mo>)</mo></mrow></math>"
    }

    /// Indices to show along one axis: all up to the limit, else the first
    /// and last `tableEdge`, with nil for the ellipsis between.
    static func shownIndices(_ count: Int) -> [Int?] {
        guard count > tableLimit else { return Array(0..<count) }
        return Array(0..<tableEdge) + [nil] + Array((count - tableEdge)..<count)
    }

    static func table(_ matrix: Matrix, labels: ReportLabels) -> String {
        let columns = shownIndices(matrix.cols)
        var html = "<div class=\"cell-value matrix-table\"><table>\n"
        html += "<caption>\(Escaping.text(labels.matrix)) \(matrix.rows) × \(matrix.cols)</caption>\n"
        for row in shownIndices(matrix.rows) {
            html += "<tr>"
            for column in columns {
                switch (row, column) {
                case let (i?, j?): html += "<td>\(Escaping.text(numberText(matrix[i, j])))</td>"
                case (nil, nil): html += "<td class=\"ellipsis\">⋱</td>"
                case (nil, _): html += "<td class=\"ellipsis\">⋮</td>"
                case (_, nil): html += "<td class=\"ellipsis\">⋯</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</table></div>\n"
    }

    /// Mantissa and decimal exponent (nil when written without one) of the
    /// compact form; `%.4g` decides, so 0.0001234 becomes 1.234 × 10⁻⁴.
    static func parts(_ value: Double) -> (mantissa: String, exponent: Int?) {
        if value.isNaN { return ("NaN", nil) }
        if value.isInfinite { return (value < 0 ? "−∞" : "∞", nil) }
        if value == 0 { return ("0", nil) }
        let formatted = String(format: "%.4g", value)
        let minus = formatted.hasPrefix("-") ? "−" : ""
        let unsigned = formatted.hasPrefix("-") ? String(formatted.dropFirst()) : formatted
        if let e = unsigned.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            return (minus + String(unsigned[..<e]), Int(unsigned[unsigned.index(after: e)...]))
        }
        return (minus + unsigned, nil)
    }

    static func numberText(_ value: Double) -> String {
        let (mantissa, exponent) = parts(value)
        guard let exponent else { return mantissa }
        return "\(mantissa)×10" + superscript(exponent)
    }

    static func numberMathML(_ value: Double) -> String {
        let (mantissa, exponent) = parts(value)
        guard let exponent else { return "<mn>\(mantissa)</mn>" }
        let power = exponent < 0 ? "<mrow><mo>−</mo><mn>\(-exponent)</mn></mrow>" : "<mn>\(exponent)</mn>"
        return "<mrow><mn>\(mantissa)</mn><mo>×</mo><msup><mn>10</mn>\(power)</msup></mrow>"
    }

    private static func superscript(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(abs(exponent)).map { digits[$0.wholeNumberValue ?? 0] }
        return (exponent < 0 ? "⁻" : "") + String(body)
    }
}
