/// amsmath's `\dots`: low (…) or centred (⋯) dots, chosen by the token that follows,
/// with a thin space after them before a closing delimiter or the end of the formula
/// (amsmath's `\mdots@@`, `\dotso`, `\dotsc`; the dots themselves are Inner atoms).
///
/// `x_1 + \dots + x_n` centres them (a binary operator follows), `Q_1, \dots, Q_n`
/// keeps them low (a comma follows) and spaces both sides alike.
enum Dots {
    private enum Kind { case binary, comma, integral, other }

    static func node(for command: String, before next: Token.Kind?) -> MathNode {
        let kind: Kind
        switch command {
        case "dots": kind = chosen(before: next)
        case "dotsb", "dotsm", "cdots": kind = .binary
        case "dotsi": kind = .integral
        case "dotsc": kind = .comma
        default: kind = .other
        }
        var dots = Operator(kind == .other || kind == .comma ? "…" : "⋯", .inner)
        switch kind {
        case .integral:
            dots.leadingKern = -3.0 / 18
        case .comma:
            if closes(next) && next != .character(",") { dots.trailingKern = 3.0 / 18 }
        case .binary, .other:
            if command != "dotsb", command != "dotsm", closes(next) { dots.trailingKern = 3.0 / 18 }
        }
        return .operator(dots)
    }

    /// What the dots are followed by, as amsmath's `\mdots@@` reads it.
    private static func chosen(before next: Token.Kind?) -> Kind {
        switch next {
        case .character(","): return .comma
        case .character(let scalar) where "+=<>-*:".unicodeScalars.contains(scalar): return .binary
        case .character(let scalar):
            return binaryOrRelation(Symbols.characters[scalar] ?? Symbols.unicodeOperators[scalar]) ? .binary : .other
        case .command(let name):
            if name.hasPrefix("not") || name == "mathbin" || name == "mathrel" || name.hasPrefix("x") && name.hasSuffix("arrow") {
                return .binary
            }
            if ["int", "oint", "iint", "iiint", "iiiint", "intop"].contains(name) { return .integral }
            guard let node = Symbols.commands[name] else { return .other }
            if case .operator(let symbol) = node, symbol.atom == .op { return .binary }
            return binaryOrRelation(node) ? .binary : .other
        default: return .other
        }
    }

    private static func binaryOrRelation(_ node: MathNode?) -> Bool {
        guard case .operator(let symbol)? = node else { return false }
        return symbol.atom == .bin || symbol.atom == .rel
    }

    /// A closing delimiter, `;`, `.`, `,` or the end of the formula: amsmath adds `\,`.
    private static func closes(_ next: Token.Kind?) -> Bool {
        switch next {
        case nil, .mathShift: return true
        case .character(let scalar): return ")];.,".unicodeScalars.contains(scalar)
        case .command(let name):
            return ["}", "rbrace", "rbrack", "rangle", "rceil", "rfloor", "rgroup", "rmoustache", "right",
                    "bigr", "Bigr", "biggr", "Biggr", "rvert", "rVert"].contains(name)
        default: return false
        }
    }
}
