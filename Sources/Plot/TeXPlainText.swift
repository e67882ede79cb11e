/// A plain-Unicode reading of a TeX formula, for places MathML cannot go:
/// the fallback `<text>` that non-browser SVG viewers show, the figure's
/// `<title>`/`<desc>`, and width estimates for layout.
///
/// `\|W_1\|_F^2` → `‖W₁‖F²`, `\alpha \le 10^{-3}` → `α ≤ 10⁻³`. Unknown
/// commands keep their name without the backslash; nothing is ever dropped
/// silently except spacing and `\left`/`\right`.
enum TeXPlainText {
    static func approximate(_ tex: String) -> String {
        var reader = Reader(Array(tex))
        return reader.read(until: nil)
    }

    /// Command name → replacement text (a table, in the TeX module's spirit).
    static let symbols: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
        "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "cdot": "·", "times": "×", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠",
        "neq": "≠", "approx": "≈", "sim": "∼", "infty": "∞", "pm": "±", "to": "→",
        "rightarrow": "→", "leftarrow": "←", "sum": "∑", "prod": "∏", "int": "∫", "partial": "∂",
        "nabla": "∇", "top": "⊤", "|": "‖", "Vert": "‖", "lVert": "‖", "rVert": "‖", "vert": "|",
        "lvert": "|", "rvert": "|", "mid": "|", "langle": "⟨", "rangle": "⟩", "ldots": "…",
        "dots": "…", "cdots": "⋯", "in": "∈", "sqrt": "√", "circ": "∘", "star": "⋆", "ell": "ℓ",
        "{": "{", "}": "}", "$": "$", "%": "%", "&": "&", "#": "#", "_": "_",
        ",": " ", ";": " ", ":": " ", "!": "", " ": " ", "quad": " ", "qquad": "  ",
        "left": "", "right": "", "big": "", "Big": "", "bigl": "", "bigr": "",
    ]

    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸",
        "9": "⁹", "+": "⁺", "-": "⁻", "−": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ",
        "T": "ᵀ", "⊤": "ᵀ", "k": "ᵏ", "t": "ᵗ", "*": "*", "′": "′",
    ]

    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈",
        "9": "₉", "+": "₊", "-": "₋", "−": "₋", "=": "₌", "(": "₍", ")": "₎", "a": "ₐ", "e": "ₑ",
        "o": "ₒ", "x": "ₓ", "h": "ₕ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ", "p": "ₚ", "s": "ₛ",
        "t": "ₜ", "i": "ᵢ", "j": "ⱼ", "r": "ᵣ", "u": "ᵤ", "v": "ᵥ",
    ]

    private struct Reader {
        let chars: [Character]
        var i = 0

        init(_ chars: [Character]) { self.chars = chars }

        /// Reads up to `closer` (consumed) or the end.
        mutating func read(until closer: Character?) -> String {
            var out = ""
            while i < chars.count {
                let c = chars[i]
                if c == closer { i += 1; return out }
                out += readAtom()
            }
            return out
        }

        /// One token or group, converted.
        mutating func readAtom() -> String {
            let c = chars[i]
            i += 1
            switch c {
            case "{": return read(until: "}")
            case "\\": return readCommand()
            case "^", "_":
                guard i < chars.count else { return String(c) }
                let body = readAtom()
                let table = c == "^" ? superscripts : subscripts
                let mapped = body.compactMap { table[$0] }
                return mapped.count == body.count ? String(mapped) : String(c) + body
            case "~": return " "
            case "-": return "−"
            default: return String(c)
            }
        }

        mutating func readCommand() -> String {
            guard i < chars.count else { return "\\" }
            var name = String(chars[i])
            i += 1
            if name.first!.isLetter {
                while i < chars.count, chars[i].isLetter { name.append(chars[i]); i += 1 }
            }
            if name == "frac" || name == "dfrac" || name == "tfrac" {
                let numerator = nextArgument(), denominator = nextArgument()
                return wrap(numerator) + "/" + wrap(denominator)
            }
            if ["mathrm", "mathbf", "mathit", "mathsf", "mathcal", "mathbb", "boldsymbol", "text",
                "operatorname", "textbf", "textit", "bm"].contains(name) {
                return nextArgument()
            }
            if let symbol = symbols[name] { return symbol }
            return name // \log, \exp, \max, \det, … read as their names
        }

        mutating func nextArgument() -> String {
            while i < chars.count, chars[i] == " " { i += 1 }
            return i < chars.count ? readAtom() : ""
        }

        func wrap(_ s: String) -> String { s.count > 1 ? "(" + s + ")" : s }
    }
}
