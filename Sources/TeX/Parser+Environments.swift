/// `\left…\right` and `\begin{…}…\end{…}`: the constructs whose body runs to a
/// matching closer.
extension Parser {
    private static func fence(_ text: String, opening: Bool, stretchy: Bool) -> MathNode {
        var symbol = Operator(text, opening ? .open : .close, form: opening ? .prefix : .postfix, stretchy: stretchy, fence: true)
        (symbol.lspace, symbol.rspace) = (.zero, .zero)
        return .operator(symbol)
    }

    /// `\left( … \right)`: an Inner atom whose fences stretch to the body. Around a
    /// body no taller than a letter the fences keep their natural size, as TeX's do:
    /// Chromium gives a stretchy operator the width of its widest variant, which would
    /// leave a gap inside each fence. Without `\right`, the `\left(` is shown as an
    /// error and the body is kept.
    mutating func parseLeftRight(left: Token) -> MathNode {
        guard let openToken = nextNonSpace(), let open = Delimiters.delimiter(for: openToken) else {
            return fail(.invalidDelimiter, at: left.start, through: left.end)
        }
        var body = parseExpression(until: stops.union(.right), after: .open, before: .close)
        guard let right = peekNonSpace(), right.kind == .command("right") else {
            record(.missingRight, at: left.start)
            return .row([.error(slice(left.start, openToken.end))] + body)
        }
        _ = nextNonSpace()
        let stretchy = body.contains { $0.isTall(display: displayStyle) }
        // `\middle` delimiters grow with their fences.
        if !stretchy { body = body.map { node in
            guard case .operator(var symbol) = node, symbol.fence else { return node }
            symbol.stretchy = false
            return .operator(symbol)
        } }
        var closing = [Self.fence("", opening: false, stretchy: stretchy)]
        if let closeToken = nextNonSpace(), let close = Delimiters.delimiter(for: closeToken) {
            closing = [Self.fence(close, opening: false, stretchy: stretchy)]
        } else {
            closing.append(fail(.invalidDelimiter, at: right.start, through: right.end))
        }
        return .classed(.row([Self.fence(open, opening: true, stretchy: stretchy)] + body + closing), .inner)
    }

    /// `\begin{name} … \end{name}`. An unknown environment is reported and its body
    /// still laid out (as a centred table), so its `&` and `\\` do not cascade into more errors.
    mutating func parseEnvironment(begin: Token) -> MathNode {
        guard let name = readName(), !name.isEmpty else {
            return fail(.missingArgument(command: "begin"), at: begin.start)
        }
        let headerEnd = lastEnd
        var problems: [MathNode] = []
        let spec: EnvironmentSpec
        if let known = Environments.specs[name] {
            spec = known
        } else {
            problems.append(fail(.unknownEnvironment(name), at: begin.start, through: headerEnd))
            spec = EnvironmentSpec(columns: .layout(.columns([.center])), displayStyle: displayStyle, columnPadding: 0.5)
        }
        var layout = Table.Layout.columns([.center])
        var rules = Set<Int>()
        switch spec.columns {
        case .layout(let fixed): layout = fixed
        case .fromArgument:
            let specification = readName() ?? ""
            if let columns = Environments.columns(fromSpecification: specification) {
                layout = .columns(columns.alignments)
                rules = columns.rules
            } else {
                problems.append(fail(.invalidColumnSpecification, at: begin.start))
            }
        }
        if spec.takesColumnCount { _ = readName() }
        let saved = (displayStyle, scriptStyle)
        (displayStyle, scriptStyle) = (spec.displayStyle, false)
        let body = parseRows(of: name, begun: begin, alternating: layout == .alternating)
        (displayStyle, scriptStyle) = saved
        var trailing: [MathNode] = []
        switch body.ending {
        case .closed: break
        case .unclosed: if problems.isEmpty { problems.append(.error(slice(begin.start, headerEnd))) }
        case .mismatched(let wrongEnd): trailing.append(wrongEnd)
        }
        let node = Environments.node(spec, rows: body.rows, layout: layout, rules: rules, ruleBelowLastRow: body.ruleBelow)
        let parts = problems + [node] + trailing
        return parts.count == 1 ? node : .row(parts)
    }

    /// Plain TeX's `\pmatrix{a & b \cr c & d}`, `\matrix{…}`, `\cases{…}` (pasted from
    /// journal LaTeX): cells and rows up to the closing brace, laid out as the
    /// environment of the same name.
    mutating func parsePlainMatrix(_ name: String, at token: Token) -> MathNode {
        guard let spec = Environments.specs[name], case .layout(let layout) = spec.columns,
              let open = nextNonSpace(), open.kind == .beginGroup else {
            return fail(.missingArgument(command: name), at: token.start)
        }
        let saved = (displayStyle, scriptStyle)
        (displayStyle, scriptStyle) = (spec.displayStyle, false)
        defer { (displayStyle, scriptStyle) = saved }
        var rows: [Table.Row] = []
        var cells: [MathNode] = []
        while true {
            cells.append(.row(parseExpression(until: [.cell, .row, .closeBrace])))
            guard let separator = nextNonSpace() else {
                record(.unbalancedBrace, at: open.start)
                rows.append(Table.Row(cells: cells, spaceBelow: nil))
                break
            }
            if separator.kind == .alignment { continue }
            if separator.kind == .endGroup {
                rows.append(Table.Row(cells: cells, spaceBelow: nil))
                break
            }
            rows.append(Table.Row(cells: cells, spaceBelow: parseRowSpacing()))
            cells = []
        }
        if rows.count > 1, rows[rows.count - 1].cells == [.row([])] { rows.removeLast() }
        return Environments.node(spec, rows: rows, layout: layout, rules: [], ruleBelowLastRow: false)
    }

    /// An environment's rows as read, and how its body ended.
    private struct Body {
        enum Ending {
            case closed
            /// No `\end` came: the `\begin{…}` is shown as the error.
            case unclosed
            /// `\end{other}`: shown after the table.
            case mismatched(MathNode)
        }
        var rows: [Table.Row]
        /// `\hline` after the last `\\`.
        var ruleBelow: Bool
        var ending: Ending
    }

    /// Cells separated by `&`, rows by `\\` (with optional `[space]`), up to `\end{name}`.
    private mutating func parseRows(of name: String, begun begin: Token, alternating: Bool) -> Body {
        var ending = Body.Ending.closed
        var rows: [Table.Row] = []
        var cells: [MathNode] = []
        var ruleAbove = false
        let cellStops: Stops = stops.intersection([.closeBrace, .right]).union([.cell, .row, .end])
        reading: while true {
            if cells.isEmpty { ruleAbove = skipRules() }
            // align's right-hand cells start after an empty ord (amsmath's `{}`), so `&=`
            // keeps relation spacing.
            let rightHand = alternating && cells.count % 2 == 1
            cells.append(.row(parseExpression(until: cellStops, after: rightHand ? .ord : nil)))
            guard let token = nextNonSpace() else {
                record(.missingEnd(name), at: begin.start)
                ending = .unclosed
                rows.append(Table.Row(cells: cells, spaceBelow: nil, ruleAbove: ruleAbove))
                break reading
            }
            switch token.kind {
            case .alignment:
                continue reading
            case .command("end"):
                let found = readName() ?? ""
                if found != name { ending = .mismatched(fail(.mismatchedEnd(expected: name, found: found), at: token.start)) }
                rows.append(Table.Row(cells: cells, spaceBelow: nil, ruleAbove: ruleAbove))
                break reading
            case let kind where Self.isRowBreak(kind):
                rows.append(Table.Row(cells: cells, spaceBelow: parseRowSpacing(), ruleAbove: ruleAbove))
                cells = []
            default:
                tokens.pushBack(token)
                record(.missingEnd(name), at: begin.start)
                ending = .unclosed
                rows.append(Table.Row(cells: cells, spaceBelow: nil, ruleAbove: ruleAbove))
                break reading
            }
        }
        // A final `\\` before `\end` opens no row (but a `\hline` after it is a bottom rule).
        var ruleBelow = false
        if rows.count > 1, let last = rows.last, last.cells == [.row([])] {
            ruleBelow = last.ruleAbove
            rows.removeLast()
        }
        return Body(rows: rows, ruleBelow: ruleBelow, ending: ending)
    }

    /// Consumes `\hline`s at the start of a row; true if there was one.
    private mutating func skipRules() -> Bool {
        var found = false
        while let token = peekNonSpace(), token.kind == .command("hline") {
            _ = nextNonSpace()
            found = true
        }
        return found
    }
}
