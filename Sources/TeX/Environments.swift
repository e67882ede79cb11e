/// The environments `\begin{…}` knows, and how their rows become a `Table`.
struct EnvironmentSpec: Sendable {
    enum Columns: Sendable {
        /// Fixed layout.
        case layout(Table.Layout)
        /// `array`: read from the `{lcr}` argument.
        case fromArgument
    }

    var columns: Columns
    /// Cells are in display style (`align`, `gather`) or text style (matrices, `cases`).
    var displayStyle: Bool
    /// Half the gap between columns, in em.
    var columnPadding: Double
    /// Delimiters around the table (`pmatrix`, `cases`); nil for none.
    var open: String? = nil
    var close: String? = nil
    /// `alignat{n}`: a column-count argument to read and ignore.
    var takesColumnCount = false
    /// A lone formula (`equation`) is written without a table.
    var unwrapsSingleCell = false
}

enum Environments {
    private static let aligned = EnvironmentSpec(columns: .layout(.alternating), displayStyle: true, columnPadding: 0)
    private static let gathered = EnvironmentSpec(columns: .layout(.columns([.center])), displayStyle: true, columnPadding: 0)
    private static func matrix(_ open: String?, _ close: String?) -> EnvironmentSpec {
        EnvironmentSpec(columns: .layout(.columns([.center])), displayStyle: false, columnPadding: 0.5, open: open, close: close)
    }

    static let specs: [String: EnvironmentSpec] = {
        var table: [String: EnvironmentSpec] = [:]
        for name in ["align", "align*", "aligned", "split", "flalign", "flalign*"] { table[name] = aligned }
        for name in ["alignat", "alignat*", "alignedat"] {
            var spec = aligned
            spec.takesColumnCount = true
            table[name] = spec
        }
        for name in ["gather", "gather*", "gathered"] { table[name] = gathered }
        var equation = gathered
        equation.unwrapsSingleCell = true
        for name in ["equation", "equation*", "displaymath", "math"] { table[name] = equation }
        table["matrix"] = matrix(nil, nil)
        table["smallmatrix"] = matrix(nil, nil)
        table["pmatrix"] = matrix("(", ")")
        table["bmatrix"] = matrix("[", "]")
        table["Bmatrix"] = matrix("{", "}")
        table["vmatrix"] = matrix("|", "|")
        table["Vmatrix"] = matrix("‖", "‖")
        let cases = EnvironmentSpec(columns: .layout(.columns([.left, .left])), displayStyle: false, columnPadding: 0.5, open: "{")
        table["cases"] = cases
        var displayCases = cases
        displayCases.displayStyle = true
        table["dcases"] = displayCases
        table["rcases"] = EnvironmentSpec(columns: .layout(.columns([.left, .left])), displayStyle: false, columnPadding: 0.5, close: "}")
        table["array"] = EnvironmentSpec(columns: .fromArgument, displayStyle: false, columnPadding: 0.5)
        table["darray"] = EnvironmentSpec(columns: .fromArgument, displayStyle: true, columnPadding: 0.5)
        return table
    }()

    /// Reads `array`'s column specification (`lcr`, `|` for rules); nil if it has
    /// anything else (`p{…}`, `@{…}`).
    static func columns(fromSpecification text: String) -> (alignments: [Table.Alignment], rules: Set<Int>)? {
        var alignments: [Table.Alignment] = []
        var rules = Set<Int>()
        for character in text where character != " " {
            switch character {
            case "l": alignments.append(.left)
            case "c": alignments.append(.center)
            case "r": alignments.append(.right)
            case "|": rules.insert(alignments.count - 1)
            default: return nil
            }
        }
        return alignments.isEmpty ? nil : (alignments, rules)
    }

    /// The node for a parsed environment.
    static func node(_ spec: EnvironmentSpec, rows: [Table.Row], layout: Table.Layout, rules: Set<Int>,
                     ruleBelowLastRow: Bool) -> MathNode {
        if spec.unwrapsSingleCell, rows.count == 1, rows[0].cells.count == 1, !rows[0].ruleAbove, !ruleBelowLastRow {
            return rows[0].cells[0]
        }
        var table = Table(rows: rows, layout: layout, displayStyle: spec.displayStyle, columnPadding: spec.columnPadding)
        table.rulesAfterColumns = rules
        table.ruleBelowLastRow = ruleBelowLastRow
        guard spec.open != nil || spec.close != nil else { return .table(table) }
        // amsmath's `pmatrix` is `\left(\begin{matrix}…\end{matrix}\right)`: an Inner atom.
        var parts: [MathNode] = []
        if let open = spec.open {
            parts.append(.operator(Operator(open, .open, form: .prefix, stretchy: true, fence: true)))
        }
        parts.append(.table(table))
        if let close = spec.close {
            parts.append(.operator(Operator(close, .close, form: .postfix, stretchy: true, fence: true)))
        }
        return .classed(.row(AtomSpacing.finish(parts, after: nil)), .inner)
    }
}
