/// The math alphabets of `\mathbf`, `\mathbb`, `\mathcal`… as Unicode Mathematical
/// Alphanumeric Symbols (U+1D400–U+1D7FF), since MathML Core only knows
/// `mathvariant="normal"`. Letters Unicode encoded earlier (ℝ, ℒ, ℭ, ℎ…) come from
/// the Letterlike Symbols block, where the alphanumeric block has holes for them.
enum MathAlphabet: Sendable {
    case roman, bold, italic, boldItalic, script, boldScript, fraktur, boldFraktur, doubleStruck
    case sansSerif, sansSerifBold, sansSerifItalic, monospace
    /// `\boldsymbol`: bold italic letters, bold upright capital Greek and digits.
    case boldSymbol

    /// First code points of A, a and 0 in the alphabet (nil where Unicode has none).
    private var latinStart: (capital: UInt32, small: UInt32, digit: UInt32?)? {
        switch self {
        case .roman: return nil
        case .bold: return (0x1D400, 0x1D41A, 0x1D7CE)
        case .italic: return (0x1D434, 0x1D44E, nil)
        case .boldItalic, .boldSymbol: return (0x1D468, 0x1D482, 0x1D7CE)
        case .script: return (0x1D49C, 0x1D4B6, nil)
        case .boldScript: return (0x1D4D0, 0x1D4EA, nil)
        case .fraktur: return (0x1D504, 0x1D51E, nil)
        case .boldFraktur: return (0x1D56C, 0x1D586, nil)
        case .doubleStruck: return (0x1D538, 0x1D552, 0x1D7D8)
        case .sansSerif: return (0x1D5A0, 0x1D5BA, 0x1D7E2)
        case .sansSerifBold: return (0x1D5D4, 0x1D5EE, 0x1D7EC)
        case .sansSerifItalic: return (0x1D608, 0x1D622, nil)
        case .monospace: return (0x1D670, 0x1D68A, 0x1D7F6)
        }
    }

    /// First code points of Α and α (nil where Unicode has no such Greek).
    private var greekStart: (capital: UInt32, small: UInt32)? {
        switch self {
        case .bold: return (0x1D6A8, 0x1D6C2)
        case .italic: return (0x1D6E2, 0x1D6FC)
        case .boldItalic: return (0x1D71C, 0x1D736)
        case .boldSymbol: return (0x1D6A8, 0x1D736)
        case .sansSerifBold: return (0x1D756, 0x1D770)
        default: return nil
        }
    }

    /// The letters Unicode encoded before the alphanumeric block (its "holes").
    private static let exceptions: [MathAlphabet: [Unicode.Scalar: Unicode.Scalar]] = [
        .italic: ["h": "ℎ"],
        .script: ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
                  "e": "ℯ", "g": "ℊ", "o": "ℴ"],
        .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
    ]

    /// Greek letters outside α…ω that the alphanumeric block also has, by their offset
    /// after the small-letter run (∂ ϵ ϑ ϰ ϕ ϱ ϖ), and ∇ before it.
    private static let greekSymbols: [Unicode.Scalar: UInt32] = [
        "∂": 25, "ϵ": 26, "ϑ": 27, "ϰ": 28, "ϕ": 29, "ϱ": 30, "ϖ": 31,
    ]

    /// The scalar in this alphabet; the scalar itself where the alphabet has none.
    func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if let exception = Self.exceptions[self]?[scalar] { return exception }
        let value = scalar.value
        if let start = latinStart {
            switch value {
            case 0x41...0x5A: return Unicode.Scalar(start.capital + value - 0x41) ?? scalar
            case 0x61...0x7A: return Unicode.Scalar(start.small + value - 0x61) ?? scalar
            case 0x30...0x39: return start.digit.flatMap { Unicode.Scalar($0 + value - 0x30) } ?? scalar
            default: break
            }
        }
        guard let greek = greekStart else { return scalar }
        switch value {
        case 0x391...0x3A9 where value != 0x3A2: return Unicode.Scalar(greek.capital + value - 0x391) ?? scalar
        case 0x3F4: return Unicode.Scalar(greek.capital + 0x11) ?? scalar // ϴ
        case 0x2207: return Unicode.Scalar(greek.capital + 0x19) ?? scalar // ∇
        case 0x3B1...0x3C9: return Unicode.Scalar(greek.small + value - 0x3B1) ?? scalar
        default:
            guard let offset = Self.greekSymbols[scalar] else { return scalar }
            return Unicode.Scalar(greek.small + offset) ?? scalar
        }
    }

    func map(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(map(scalar)) }
        return String(result)
    }

    /// Rewrites the letters (and digits) of a parsed argument into this alphabet.
    /// `roman` makes letters upright and merges a run of letters into one `<mi>`
    /// (`\mathrm{Tr}` is one identifier, `\mathrm{d}` an upright d).
    func apply(to node: MathNode) -> MathNode {
        switch node {
        case .identifier(let text, let upright):
            return self == .roman ? .identifier(text, upright: true) : .identifier(map(text), upright: upright)
        case .number(let text): return .number(map(text))
        case .row(let children):
            let mapped = children.map(apply(to:))
            return .row(self == .roman ? Self.mergeLetters(mapped) : mapped)
        case .scripts(let base, let sub, let sup):
            return .scripts(apply(to: base), sub: sub.map(apply(to:)), sup: sup.map(apply(to:)))
        case .limits(let base, let under, let over, let accent, let accentUnder):
            return .limits(apply(to: base), under: under.map(apply(to:)), over: over.map(apply(to:)),
                           accent: accent, accentUnder: accentUnder)
        case .fraction(let numerator, let denominator, let thickness):
            return .fraction(apply(to: numerator), apply(to: denominator), thickness: thickness)
        case .radical(let body, let index):
            return .radical(apply(to: body), index: index.map(apply(to:)))
        case .style(let body, let displayStyle, let scriptLevel, let color):
            return .style(apply(to: body), displayStyle: displayStyle, scriptLevel: scriptLevel, color: color)
        case .phantom(let body): return .phantom(apply(to: body))
        case .padded(let body, let zeroWidth, let zeroHeight):
            return .padded(apply(to: body), zeroWidth: zeroWidth, zeroHeight: zeroHeight)
        case .framed(let body): return .framed(apply(to: body))
        case .classed(let body, let atom): return .classed(apply(to: body), atom)
        case .link(let url, let body): return .link(url, apply(to: body))
        case .function, .operator, .text, .space, .table, .error: return node
        }
    }

    /// Joins adjacent upright letters into one identifier.
    private static func mergeLetters(_ nodes: [MathNode]) -> [MathNode] {
        var merged: [MathNode] = []
        merged.reserveCapacity(nodes.count)
        for node in nodes {
            if case .identifier(let text, true) = node, case .identifier(let previous, true)? = merged.last,
               text.unicodeScalars.allSatisfy(\.properties.isAlphabetic),
               previous.unicodeScalars.allSatisfy(\.properties.isAlphabetic) {
                merged[merged.count - 1] = .identifier(previous + text, upright: true)
            } else {
                merged.append(node)
            }
        }
        return merged
    }
}
