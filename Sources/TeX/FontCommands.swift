/// Font commands: `\mathbf{W}`, `\mathbb{R}`, `\mathcal{L}`, `\boldsymbol{\alpha}`…, the
/// old switches (`{\bf x}`) and the style switches `\displaystyle`, `\color`.
enum FontCommands {
    private static let alphabets: [String: MathAlphabet] = [
        "mathrm": .roman, "mathup": .roman, "mathbf": .bold, "mathit": .italic, "mathbfit": .boldItalic,
        "mathcal": .script, "mathscr": .script, "mathbfcal": .boldScript, "mathbfscr": .boldScript,
        "mathfrak": .fraktur, "mathbffrak": .boldFraktur, "mathbb": .doubleStruck, "Bbb": .doubleStruck,
        "mathsf": .sansSerif, "mathbfsf": .sansSerifBold, "mathsfit": .sansSerifItalic, "mathtt": .monospace,
        "boldsymbol": .boldSymbol, "bm": .boldSymbol, "pmb": .boldSymbol,
        "symbf": .bold, "symrm": .roman, "symit": .italic, "symcal": .script, "symscr": .script,
        "symbb": .doubleStruck, "symsf": .sansSerif, "symtt": .monospace, "symfrak": .fraktur,
    ]

    /// Old-style switches that apply to the rest of the group.
    private static let switches: [String: MathAlphabet] = [
        "rm": .roman, "bf": .bold, "it": .italic, "cal": .script, "sf": .sansSerif, "tt": .monospace,
        "frak": .fraktur, "Bbb": .doubleStruck,
    ]

    static let table: [String: CommandSpec] = {
        var table: [String: CommandSpec] = [:]
        for (name, alphabet) in alphabets {
            table[name] = CommandSpec([.math]) { call in alphabet.apply(to: call.node(0)) }
        }
        for (name, alphabet) in switches where table[name] == nil {
            table[name] = CommandSpec([.restOfGroup]) { call in alphabet.apply(to: call.node(0)) }
        }
        table["mathnormal"] = CommandSpec([.math]) { call in call.node(0) }
        table["displaystyle"] = CommandSpec([.restOfGroup], style: .display) { call in
            .style(call.node(0), displayStyle: true, scriptLevel: 0, color: nil)
        }
        table["textstyle"] = CommandSpec([.restOfGroup], style: .text) { call in
            .style(call.node(0), displayStyle: false, scriptLevel: 0, color: nil)
        }
        table["scriptstyle"] = CommandSpec([.restOfGroup], style: .script) { call in
            .style(call.node(0), displayStyle: false, scriptLevel: 1, color: nil)
        }
        table["scriptscriptstyle"] = CommandSpec([.restOfGroup], style: .script) { call in
            .style(call.node(0), displayStyle: false, scriptLevel: 2, color: nil)
        }
        table["color"] = CommandSpec([.name, .restOfGroup]) { call in colored(call.node(1), call.name(0)) }
        table["textcolor"] = CommandSpec([.name, .math]) { call in colored(call.node(1), call.name(0)) }
        return table
    }()

    /// Wraps in a colour if the name is a plain CSS colour (`red`, `#b00020`); anything
    /// else is ignored rather than written into a style attribute.
    private static func colored(_ node: MathNode, _ color: String) -> MathNode {
        let safe = !color.isEmpty && color.count <= 32
            && color.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "#") }
        return safe ? .style(node, displayStyle: nil, scriptLevel: nil, color: color) : node
    }
}
