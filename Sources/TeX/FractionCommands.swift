/// `\frac`, `\dfrac`, `\tfrac`, `\cfrac`, `\binom` and its variants, `\sqrt`.
enum FractionCommands {
    static let table: [String: CommandSpec] = [
        "frac": CommandSpec([.math, .math], style: .smaller) { call in
            .fraction(call.node(0), call.node(1), thickness: nil)
        },
        "dfrac": CommandSpec([.math, .math], style: .display) { call in
            .style(.fraction(call.node(0), call.node(1), thickness: nil), displayStyle: true, scriptLevel: 0, color: nil)
        },
        "cfrac": CommandSpec([.math, .math], style: .display) { call in
            .style(.fraction(call.node(0), call.node(1), thickness: nil), displayStyle: true, scriptLevel: 0, color: nil)
        },
        "tfrac": CommandSpec([.math, .math], style: .script) { call in
            .style(.fraction(call.node(0), call.node(1), thickness: nil), displayStyle: false, scriptLevel: nil, color: nil)
        },
        "binom": CommandSpec([.math, .math], style: .smaller) { call in binomial(call.node(0), call.node(1)) },
        "dbinom": CommandSpec([.math, .math], style: .display) { call in
            .style(binomial(call.node(0), call.node(1)), displayStyle: true, scriptLevel: 0, color: nil)
        },
        "tbinom": CommandSpec([.math, .math], style: .script) { call in
            .style(binomial(call.node(0), call.node(1)), displayStyle: false, scriptLevel: nil, color: nil)
        },
        "sqrt": CommandSpec([.optionalMath, .math]) { call in
            .radical(call.node(1), index: call.optionalNode(0))
        },
    ]

    /// `\binom{n}{k}`: a fraction without rule between parentheses that grow with it.
    static func binomial(_ top: MathNode, _ bottom: MathNode) -> MathNode {
        .row(AtomSpacing.finish([
            .operator(Operator("(", .open, form: .prefix, stretchy: true)),
            .fraction(top, bottom, thickness: .zero),
            .operator(Operator(")", .close, form: .postfix, stretchy: true)),
        ]))
    }
}
