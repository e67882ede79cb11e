/// How wide a browser draws a formula, in em of the formula's font size, estimated from
/// the tree and Latin Modern Math's advance widths (`LatinModernMathWidths`) the way MathML
/// Core lays it out: a row adds up, a fraction is as wide as its wider part, scripts are set
/// at 70 % and 50 % (the font's ScriptPercentScaleDown and ScriptScriptPercentScaleDown),
/// operators carry the `lspace` and `rspace` `AtomSpacing` gave them.
///
/// The report uses it where only the width matters and no browser is at hand: a display
/// formula too wide for a printed page is scaled to the text block by CSS from this number
/// (README.md, "Math"). A character the table lacks counts 0.6 em.
struct MathWidth {
    /// Math depth: 0 for the formula's own size, 1 for scripts, 2 and more for scripts of scripts.
    var depth = 0
    /// Display style (`math-style: normal`): large operators at their display size, fractions
    /// keep the size of their surroundings.
    var display: Bool

    /// The size of this depth relative to the formula's.
    var scale: Double { depth == 0 ? 1 : depth == 1 ? 0.7 : 0.5 }

    /// One step into a script position: smaller, compact style.
    var script: MathWidth { MathWidth(depth: depth + 1, display: false) }

    /// Width of `node` in em of the formula's font size.
    func width(_ node: MathNode) -> Double {
        switch node {
        case .identifier(let text, let upright):
            return text.unicodeScalars.count == 1 && !upright ? characters(Self.italic(text)) : characters(text)
        case .function(let text, _), .number(let text), .error(let text):
            return characters(text)
        case .text(let text, let style):
            let bold = style?.contains("bold") ?? false
            return characters(text) * (bold ? 1.1 : 1)
        case .operator(let symbol):
            return operatorWidth(symbol)
        case .space(let length):
            return Self.em(length) * scale
        case .row(let children):
            return children.reduce(0) { $0 + width($1) }
        case .fraction(let numerator, let denominator, _):
            // MathML Core: the parts of a display fraction keep its size; those of an inline one are scripts.
            let parts = display ? MathWidth(depth: depth, display: false) : script
            return max(parts.width(numerator), parts.width(denominator)) + 0.12 * scale
        case .radical(let body, let index):
            let sign = (body.isTall(display: false) ? 1.0 : 0.833) * scale
            guard let index else { return sign + width(body) }
            let degree = MathWidth(depth: depth + 2, display: false).width(index)
            return max(0, 0.278 * scale + degree - 0.556 * scale) + sign + width(body)
        case .scripts(let base, let sub, let sup):
            let scripts = max(sub.map(script.width) ?? 0, sup.map(script.width) ?? 0)
            return width(base) + scripts + 0.056 * scale
        case .limits(let base, let under, let over, let accent, let accentUnder):
            let overWidth = over.map { accent ? width($0) : script.width($0) } ?? 0
            let underWidth = under.map { accentUnder ? width($0) : script.width($0) } ?? 0
            return max(width(base), overWidth, underWidth)
        case .style(let body, let displayStyle, let scriptLevel, _):
            return MathWidth(depth: scriptLevel ?? depth, display: displayStyle ?? display).width(body)
        case .phantom(let body), .classed(let body, _), .link(_, let body):
            return width(body)
        case .padded(let body, let zeroWidth, _):
            return zeroWidth ? 0 : width(body)
        case .framed(let body):
            return width(body) + 0.62 * scale
        case .table(let table):
            return tableWidth(table)
        }
    }

    /// A large operator in display style has its display variant's width; a stretchy delimiter
    /// (a fence the dictionary makes stretchy, or one `\left` made so) that of its widest
    /// variant, whatever size it is drawn at, as Chromium reserves it.
    private func operatorWidth(_ symbol: Operator) -> Double {
        var glyphs = characters(symbol.text)
        if let scalar = symbol.text.unicodeScalars.first, symbol.text.unicodeScalars.count == 1 {
            if display, symbol.atom == .op, let big = LatinModernMathWidths.displayOperators[scalar] {
                glyphs = Double(big) / 1000 * scale
            } else if symbol.stretchy ?? symbol.fence, let widest = LatinModernMathWidths.stretchy[scalar] {
                glyphs = Double(widest) / 1000 * scale
            }
        }
        let spacing = (symbol.lspace.map(Self.em) ?? 0) + (symbol.rspace.map(Self.em) ?? 0)
        return glyphs + spacing * scale
    }

    private func tableWidth(_ table: Table) -> Double {
        let cells = MathWidth(depth: depth, display: table.displayStyle)
        var columns: [Double] = []
        for row in table.rows {
            for (column, cell) in row.cells.enumerated() {
                let cellWidth = cells.width(cell)
                if column < columns.count { columns[column] = max(columns[column], cellWidth) } else { columns.append(cellWidth) }
            }
        }
        // The padding `MathMLWriter` gives each cell: alternating pairs 2 em apart, columns padded inside.
        var padding = 0.0
        for column in columns.indices where column > 0 {
            switch table.layout {
            case .alternating: padding += column % 2 == 0 ? 2 : 0
            case .columns: padding += 2 * table.columnPadding
            }
        }
        return columns.reduce(0, +) + padding * scale
    }

    /// The advance widths of `text`'s characters at this depth.
    private func characters(_ text: String) -> Double {
        var total = 0.0
        for scalar in text.unicodeScalars { total += Self.advance(scalar) }
        return total * scale
    }

    /// One character's advance in em: the font's, zero for invisible operators and combining
    /// marks, 0.6 em for a character the table does not have.
    static func advance(_ scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if (0x2061...0x2064).contains(value) || (0x300...0x36F).contains(value) || value == 0x200B { return 0 }
        var low = 0, high = LatinModernMathWidths.runs.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let run = LatinModernMathWidths.runs[middle]
            if value < run.first {
                high = middle - 1
            } else if value >= run.first + UInt32(run.widths.count) {
                low = middle + 1
            } else {
                let width = run.widths[Int(value - run.first)]
                return width == 0 ? 0.6 : Double(width) / 1000
            }
        }
        return 0.6
    }

    /// A single letter as a browser draws it in `<mi>`: the mathematical italic.
    static func italic(_ text: String) -> String {
        guard let scalar = text.unicodeScalars.first else { return text }
        let value = scalar.value
        let mapped: UInt32? = switch value {
        case 0x68: 0x210E
        case 0x41...0x5A: 0x1D434 + value - 0x41
        case 0x61...0x7A: 0x1D44E + value - 0x61
        case 0x391...0x3A9: 0x1D6E2 + value - 0x391
        case 0x3B1...0x3C9: 0x1D6FC + value - 0x3B1
        default: nil
        }
        return mapped.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? text
    }

    /// A length in em: an ex is Latin Modern's x-height, a point a tenth of an em (TeX's
    /// 10 pt type), a pixel a sixteenth.
    static func em(_ length: Length) -> Double {
        switch length.unit {
        case .em: length.value
        case .ex: length.value * 0.431
        case .pt: length.value / 10
        case .px: length.value / 16
        case .pc: length.value * 1.2
        case .mm: length.value / 3.515
        case .cm: length.value / 0.3515
        case .in: length.value * 7.227
        }
    }
}
