/// Commands that make operators: `\operatorname`, `\mathop` and the class changers,
/// `\not`, sized delimiters (`\big(`, `\Bigl[`), `\middle`, `\pmod`, and equation tags.
enum OperatorCommands {
    /// `\big`… heights, as in KaTeX.
    private static let sizes: [(String, Double)] = [("big", 1.2), ("Big", 1.8), ("bigg", 2.4), ("Bigg", 3.0)]

    /// `\mathbin`… → the atom class they give.
    private static let classChangers: [String: AtomClass] = [
        "mathbin": .bin, "mathrel": .rel, "mathopen": .open, "mathclose": .close, "mathpunct": .punct,
        "mathinner": .inner,
    ]

    static let table: [String: CommandSpec] = {
        var table: [String: CommandSpec] = [:]
        table["operatorname"] = CommandSpec([.math], takesStar: true) { call in
            namedOperator(call.node(0), limits: call.starred)
        }
        table["mathop"] = CommandSpec([.math]) { call in namedOperator(call.node(0), limits: true) }
        table["mathord"] = CommandSpec([.math]) { call in .classed(call.node(0), .ord) }
        for (name, atom) in classChangers {
            table[name] = CommandSpec([.math]) { call in
                guard let text = plainText(call.node(0)) else { return .classed(call.node(0), atom) }
                return .operator(Operator(text, atom))
            }
        }
        table["not"] = CommandSpec([.math]) { call in negated(call.node(0)) }
        for (name, height) in sizes {
            let size = Length.em(height)
            let variants: [(String, AtomClass, Operator.Form?)] = [
                ("", .ord, nil), ("l", .open, .prefix), ("r", .close, .postfix), ("m", .rel, .infix),
            ]
            for (suffix, atom, form) in variants {
                table[name + suffix] = CommandSpec([.delimiter]) { call in
                    var delimiter = Operator(call.delimiter(0), atom, form: form, stretchy: true)
                    delimiter.size = size
                    return .operator(delimiter)
                }
            }
        }
        // e-TeX sets `\middle` as a closing for what precedes and an opening for what
        // follows: no space on either side.
        table["middle"] = CommandSpec([.delimiter]) { call in
            .operator(Operator(call.delimiter(0), .open, stretchy: true, fence: true))
        }
        table["pmod"] = CommandSpec([.math]) { call in
            .row(AtomSpacing.finish([.space(.em(1)), .operator(Operator("(", .open, stretchy: false)),
                                     .function("mod", limits: false), .space(.em(1.0 / 3)), call.node(0),
                                     .operator(Operator(")", .close, stretchy: false))]))
        }
        table["tag"] = CommandSpec([.text], takesStar: true) { call in
            let tag = call.node(0)
            return .row([.space(.em(2))] + (call.starred ? [tag] : [.text("(", style: nil), tag, .text(")", style: nil)]))
        }
        table["label"] = CommandSpec([.name]) { _ in nil }
        // Plain TeX's line-break hints: a browser breaks inline math where it may.
        for name in ["break", "allowbreak", "nobreak"] { table[name] = CommandSpec { _ in nil } }
        table["nonumber"] = CommandSpec { _ in nil }
        table["notag"] = CommandSpec { _ in nil }
        table["ensuremath"] = CommandSpec([.math]) { call in call.node(0) }
        return table
    }()

    /// `\operatorname{grad}` → `<mi>grad</mi>`; an argument that is not plain text
    /// (`\operatorname{\mathcal{L}_1}`) stays a row of upright parts.
    static func namedOperator(_ node: MathNode, limits: Bool) -> MathNode {
        if let text = plainText(node), !text.isEmpty { return .function(text, limits: limits) }
        return .classed(MathAlphabet.roman.apply(to: node), .op)
    }

    /// The characters of a row of identifiers, numbers, operators and thin spaces, or nil.
    static func plainText(_ node: MathNode) -> String? {
        switch node {
        case .identifier(let text, _), .number(let text), .function(let text, _): return text
        case .operator(let symbol): return symbol.text == "−" ? "-" : symbol.text
        case .space(let width): return width.value > 0 ? "\u{2009}" : ""
        case .row(let children):
            var text = ""
            for child in children {
                guard let part = plainText(child) else { return nil }
                text += part
            }
            return text
        default: return nil
        }
    }

    /// `\not=` → ≠; otherwise the combining long solidus over a one-character token.
    private static func negated(_ node: MathNode) -> MathNode {
        switch node {
        case .operator(var symbol):
            symbol.text = Symbols.negations[symbol.text] ?? symbol.text + "\u{0338}"
            return .operator(symbol)
        case .identifier(let text, let upright):
            return .identifier(Symbols.negations[text] ?? text + "\u{0338}", upright: upright)
        case .row(let children) where children.count == 1:
            return negated(children[0])
        default:
            return node
        }
    }
}
