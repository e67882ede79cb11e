import Markup

/// Prints a `MathNode` tree as MathML Core into a byte buffer.
///
/// Every text and attribute value is escaped (`& < > "`), and characters that HTML
/// and MathML do not allow (`Escaping.isAllowedInMarkup`: C0 and C1 controls,
/// noncharacters) are dropped, the TeX annotation included. Attributes come in a fixed
/// order, so the same tree always gives the same bytes. Table layout is inline CSS
/// on each `<mtd>`, since MathML Core has no `columnalign`.
struct MathMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// `<math>` with `<semantics>`: the tree, then the TeX source as annotation.
    mutating func writeMath(_ node: MathNode, tex: [UInt8], display: Bool) {
        append("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"")
        if display { append(" display=\"block\"") }
        append("><semantics>")
        writeSingle(node)
        append("<annotation encoding=\"application/x-tex\">")
        escape(tex)
        append("</annotation></semantics></math>")
    }

    /// One piece of a display formula (`DisplayBreaks`): an inline `<math>` in display
    /// style, without the TeX annotation (the whole formula carries it).
    mutating func writePiece(_ nodes: [MathNode]) {
        append("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" displaystyle=\"true\">")
        writeSingle(.row(nodes))
        append("</math>")
    }

    // MARK: Nodes

    /// A node where MathML wants exactly one element (an `mfrac` part, a script base).
    private mutating func writeSingle(_ node: MathNode) {
        if case .row(let children) = node, children.count != 1 {
            append("<mrow>")
            children.forEach { write($0) }
            append("</mrow>")
        } else {
            write(node)
        }
    }

    /// The content of an element that is an inferred row (`msqrt`, `mstyle`, `mtd`…):
    /// a row's children go in directly, without an `<mrow>` of their own.
    private mutating func writeContents(_ node: MathNode) {
        if case .row(let children) = node { children.forEach { write($0) } } else { write(node) }
    }

    private mutating func write(_ node: MathNode) {
        switch node {
        case .identifier(let text, let upright):
            writeIdentifier(text, upright: upright)
        case .function(let text, _):
            writeIdentifier(text, upright: true)
        case .number(let text):
            append("<mn>")
            escape(text)
            append("</mn>")
        case .operator(let symbol):
            writeOperator(symbol)
        case .text(let text, let style):
            append("<mtext")
            if let style { attribute("style", style) }
            append(">")
            escape(text)
            append("</mtext>")
        case .space(let width) where width.value < 0:
            // Chromium treats a negative `width` as zero; a negative margin pulls back.
            append("<mspace style=\"margin-left:")
            append(width.css)
            append("\"></mspace>")
        case .space(let width):
            append("<mspace width=\"")
            append(width.css)
            append("\"></mspace>")
        case .classed(let body, _):
            write(body)
        case .link(let url, let body):
            append("<mrow")
            attribute("href", url)
            append(">")
            writeContents(body)
            append("</mrow>")
        case .row(let children):
            if children.count == 1 {
                write(children[0])
            } else {
                append("<mrow>")
                children.forEach { write($0) }
                append("</mrow>")
            }
        case .fraction(let numerator, let denominator, let thickness):
            append("<mfrac")
            if let thickness { attribute("linethickness", thickness.css) }
            append(">")
            writeSingle(numerator)
            writeSingle(denominator)
            append("</mfrac>")
        case .radical(let body, let index):
            // Chromium makes a radical as wide as the widest variant of its sign
            // (1.056 em in Latin Modern Math) and draws the sign it chose (0.833 em
            // for a body no taller than a letter, 1 em above that), leaving the
            // difference after the body; a negative margin takes it back, so that a
            // radical ends where its body does, as in TeX.
            let overhang = body.isTall(display: false) ? "-0.0556em" : "-0.2228em"
            append(index == nil ? "<msqrt" : "<mroot")
            attribute("style", "margin-right:" + overhang)
            append(">")
            if let index {
                writeSingle(body)
                writeSingle(index)
                append("</mroot>")
            } else {
                writeContents(body)
                append("</msqrt>")
            }
        case .scripts(let base, let sub, let sup):
            writeScripts(base, sub, sup, names: ("msub", "msup", "msubsup"), attributes: "")
        case .limits(let base, let under, let over, let accent, let accentUnder):
            var attributes = ""
            if accent, over != nil { attributes += " accent=\"true\"" }
            if accentUnder, under != nil { attributes += " accentunder=\"true\"" }
            writeScripts(base, under, over, names: ("munder", "mover", "munderover"), attributes: attributes)
        case .style(let body, let displayStyle, let scriptLevel, let color):
            append("<mstyle")
            if let displayStyle { attribute("displaystyle", displayStyle ? "true" : "false") }
            if let scriptLevel { attribute("scriptlevel", String(scriptLevel)) }
            if let color { attribute("style", "color:" + color) }
            append(">")
            writeContents(body)
            append("</mstyle>")
        case .phantom(let body):
            append("<mphantom>")
            writeContents(body)
            append("</mphantom>")
        case .padded(let body, let zeroWidth, let zeroHeight):
            append("<mpadded")
            if zeroWidth { append(" width=\"0\"") }
            if zeroHeight { append(" height=\"0\" depth=\"0\"") }
            append(">")
            writeContents(body)
            append("</mpadded>")
        case .framed(let body):
            append("<mrow style=\"border:0.06em solid;padding:0.3em 0.25em\">")
            writeContents(body)
            append("</mrow>")
        case .table(let table):
            writeTable(table)
        case .error(let text):
            append("<merror style=\"color:#b00020\"><mtext>")
            escape(text)
            append("</mtext></merror>")
        }
    }

    private mutating func writeIdentifier(_ text: String, upright: Bool) {
        append("<mi")
        if upright, Self.isAutoItalic(text) { append(" mathvariant=\"normal\"") }
        append(">")
        escape(text)
        append("</mi>")
    }

    private mutating func writeScripts(_ base: MathNode, _ lower: MathNode?, _ upper: MathNode?,
                                       names: (lower: String, upper: String, both: String), attributes: String) {
        let name = lower != nil && upper != nil ? names.both : lower != nil ? names.lower : names.upper
        append("<")
        append(name)
        append(attributes)
        append(">")
        writeSingle(base)
        if let lower { writeSingle(lower) }
        if let upper { writeSingle(upper) }
        append("</")
        append(name)
        append(">")
    }

    private mutating func writeOperator(_ symbol: Operator) {
        append("<mo")
        if let form = symbol.form { attribute("form", form.rawValue) }
        if symbol.fence { append(" fence=\"true\"") }
        if let stretchy = symbol.stretchy { attribute("stretchy", stretchy ? "true" : "false") }
        if let lspace = symbol.lspace { attribute("lspace", Self.spacing(lspace)) }
        if let rspace = symbol.rspace { attribute("rspace", Self.spacing(rspace)) }
        if let size = symbol.size {
            attribute("minsize", size.css)
            attribute("maxsize", size.css)
        }
        if let movable = symbol.movableLimits { attribute("movablelimits", movable ? "true" : "false") }
        if symbol.fullSize { append(" style=\"math-depth:0\"") }
        append(">")
        escape(symbol.text)
        append("</mo>")
    }

    // MARK: Tables

    private mutating func writeTable(_ table: Table) {
        append("<mtable")
        if table.displayStyle { append(" displaystyle=\"true\"") }
        append(">")
        let lastColumn = (table.rows.map(\.cells.count).max() ?? 1) - 1
        for (rowIndex, row) in table.rows.enumerated() {
            append("<mtr>")
            let isLastRow = rowIndex == table.rows.count - 1
            for (column, cell) in row.cells.enumerated() {
                append("<mtd")
                attribute("style", cellStyle(table, row: row, column: column, lastColumn: lastColumn,
                                             ruleBelow: isLastRow && table.ruleBelowLastRow))
                append(">")
                writeContents(cell)
                append("</mtd>")
            }
            append("</mtr>")
        }
        append("</mtable>")
    }

    /// Alignment, padding, extra row space and rules of one cell, as CSS. Alignment is
    /// given twice: `-webkit-` values also move the cell's math box in Chromium.
    private func cellStyle(_ table: Table, row: Table.Row, column: Int, lastColumn: Int, ruleBelow: Bool) -> String {
        var style = ""
        switch table.alignment(ofColumn: column) {
        case .left: style += "text-align:left;text-align:-webkit-left;"
        case .right: style += "text-align:right;text-align:-webkit-right;"
        case .center: break
        }
        let left: Double
        let right: Double
        switch table.layout {
        case .alternating:
            // Pairs of columns meet with no gap at the `&`; pairs are 2em apart.
            left = column % 2 == 0 && column > 0 ? 2 : 0
            right = 0
        case .columns:
            left = column == 0 ? 0 : table.columnPadding
            right = column == lastColumn ? 0 : table.columnPadding
        }
        let vertical = Length(table.rowPadding, .ex).css
        let bottom = row.spaceBelow.map { "calc(" + vertical + " + " + $0.css + ")" } ?? vertical
        style += "padding:" + vertical + " " + Self.css(right) + " " + bottom + " " + Self.css(left)
        if row.ruleAbove { style += ";border-top:0.06em solid" }
        if ruleBelow { style += ";border-bottom:0.06em solid" }
        if table.rulesAfterColumns.contains(column) { style += ";border-right:0.06em solid" }
        if table.rulesAfterColumns.contains(-1), column == 0 { style += ";border-left:0.06em solid" }
        return style
    }

    /// An em length for CSS; zero without unit.
    private static func css(_ em: Double) -> String { em == 0 ? "0" : Length.em(em).css }

    /// `lspace`/`rspace`: zero without unit, as most operators' spacing is.
    private static func spacing(_ length: Length) -> String { length.value == 0 ? "0" : length.css }

    // MARK: Bytes

    /// True for a single character a browser would italicize in `<mi>` (Latin and
    /// Greek letters, ∂, ∇, dotless i and j), which then needs `mathvariant="normal"`.
    private static func isAutoItalic(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let scalar = scalars.next(), scalars.next() == nil else { return false }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x391...0x3A9, 0x3B1...0x3C9, 0x3D1, 0x3D5, 0x3D6, 0x3F0, 0x3F1, 0x3F4, 0x3F5,
             0x2202, 0x2207, 0x131, 0x237:
            return true
        default:
            return false
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func attribute(_ name: String, _ value: String) {
        append(" ")
        append(name)
        append("=\"")
        escape(value)
        append("\"")
    }

    private mutating func escape(_ text: String) {
        var text = text
        text.withUTF8 { escape($0) }
    }

    private mutating func escape(_ source: [UInt8]) {
        source.withUnsafeBufferPointer { escape($0) }
    }

    /// Byte by byte; only a control byte or the lead byte of a sequence that may be
    /// a C1 control or a noncharacter (0xC2, 0xEF, 0xF0–0xF4) is decoded and checked.
    private mutating func escape(_ source: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < source.count {
            let byte = source[index]
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            case 0..<0x20, 0x7F:
                if Escaping.isAllowedInMarkup(Unicode.Scalar(byte)) { bytes.append(byte) }
            case 0xC2, 0xEF, 0xF0...0xF4:
                let (scalar, length) = Tokenizer.decodeScalar(source, at: index)
                if Escaping.isAllowedInMarkup(scalar) { bytes.append(contentsOf: source[index..<(index + length)]) }
                index += length
                continue
            default: bytes.append(byte)
            }
            index += 1
        }
    }
}
