/// Accents and braces over and under a base: `\hat`, `\widehat`, `\vec`, `\overline`,
/// `\underbrace`, `\overset`, `\xrightarrow`…
enum AccentCommands {
    /// Accent command → (character, stretchy). Wide accents stretch over their base.
    private static let accents: [String: (String, Bool)] = [
        "hat": ("^", false), "widehat": ("^", true), "check": ("ˇ", false), "widecheck": ("ˇ", true),
        "tilde": ("~", false), "widetilde": ("~", true), "bar": ("¯", false), "overline": ("‾", true),
        "dot": ("˙", false), "ddot": ("¨", false), "dddot": ("⃛", false), "vec": ("→", false),
        "acute": ("´", false), "grave": ("`", false), "breve": ("˘", false), "mathring": ("˚", false),
        "overrightarrow": ("→", true), "overleftarrow": ("←", true), "overleftrightarrow": ("↔", true),
    ]

    /// Commands putting a stretched character under their base, as an accent.
    private static let underAccents: [String: String] = [
        "underline": "‾", "underrightarrow": "→", "underleftarrow": "←", "underleftrightarrow": "↔",
    ]

    /// Braces: the scripts that follow go under (`\underbrace{…}_{k}`) or over them.
    private static let braces: [String: (String, over: Bool)] = [
        "overbrace": ("⏞", true), "underbrace": ("⏟", false),
        "overbracket": ("⎴", true), "underbracket": ("⎵", false),
        "overparen": ("⏜", true), "underparen": ("⏝", false),
    ]

    private static func mark(_ text: String, stretchy: Bool) -> MathNode {
        .operator(Operator(text, .ord, stretchy: stretchy))
    }

    static let table: [String: CommandSpec] = {
        var table: [String: CommandSpec] = [:]
        for (name, (character, stretchy)) in accents {
            table[name] = CommandSpec([.math]) { call in
                .limits(call.node(0), under: nil, over: mark(character, stretchy: stretchy), accent: true, accentUnder: false)
            }
        }
        for (name, character) in underAccents {
            table[name] = CommandSpec([.math]) { call in
                .limits(call.node(0), under: mark(character, stretchy: true), over: nil, accent: false, accentUnder: true)
            }
        }
        for (name, (character, over)) in braces {
            table[name] = CommandSpec([.math]) { call in
                var symbol = Operator(character, .ord, stretchy: true)
                symbol.fullSize = true
                let brace = MathNode.operator(symbol)
                return over
                    ? .limits(call.node(0), under: nil, over: brace, accent: false, accentUnder: false)
                    : .limits(call.node(0), under: brace, over: nil, accent: false, accentUnder: false)
            }
        }
        table["overset"] = CommandSpec([.math, .math]) { call in
            .limits(call.node(1), under: nil, over: call.node(0), accent: false, accentUnder: false)
        }
        table["stackrel"] = table["overset"]
        table["underset"] = CommandSpec([.math, .math]) { call in
            .limits(call.node(1), under: call.node(0), over: nil, accent: false, accentUnder: false)
        }
        let arrows: [String: String] = [
            "xrightarrow": "→", "xleftarrow": "←", "xleftrightarrow": "↔", "xRightarrow": "⇒",
            "xLeftarrow": "⇐", "xLeftrightarrow": "⇔", "xmapsto": "↦",
        ]
        for (name, arrow) in arrows {
            table[name] = CommandSpec([.optionalMath, .math], style: .script) { call in
                let body = MathNode.operator(Operator(arrow, .rel, stretchy: true))
                let over = MathNode.row([.space(.em(0.4)), call.node(1), .space(.em(0.4))])
                return .limits(body, under: call.optionalNode(0), over: over, accent: false, accentUnder: false)
            }
        }
        return table
    }()
}
