/// The symbol tables: commands and characters that stand for one MathML token and
/// take no arguments. A table, not code: adding a symbol is adding a row.
enum Symbols {
    private static func ord(_ text: String) -> MathNode { .identifier(text, upright: false) }
    private static func upright(_ text: String) -> MathNode { .identifier(text, upright: true) }
    private static func op(_ text: String, _ atom: AtomClass) -> MathNode { .operator(Operator(text, atom)) }
    private static func rel(_ text: String) -> MathNode { op(text, .rel) }
    private static func bin(_ text: String) -> MathNode { op(text, .bin) }
    /// A delimiter used without `\left`: it keeps its natural size, as in TeX.
    private static func fixed(_ text: String, _ atom: AtomClass) -> MathNode {
        .operator(Operator(text, atom, stretchy: false))
    }
    private static func large(_ text: String, limits: Operator.Limits) -> MathNode {
        .operator(Operator(text, .op, limits: limits))
    }
    /// A relation that amsmath pads with `\;` on both sides (`\implies`, `\iff`).
    private static func spacedRelation(_ text: String) -> MathNode {
        .operator(Operator(text, .rel, kern: (5.0 / 18, 5.0 / 18)))
    }

    /// `\name` → node, for math mode.
    static let commands: [String: MathNode] = {
        var table: [String: MathNode] = [:]
        let greek: [(String, String)] = [
            ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"), ("varepsilon", "ε"),
            ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"), ("iota", "ι"), ("kappa", "κ"),
            ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"), ("nu", "ν"), ("xi", "ξ"), ("omicron", "ο"),
            ("pi", "π"), ("varpi", "ϖ"), ("rho", "ρ"), ("varrho", "ϱ"), ("sigma", "σ"), ("varsigma", "ς"),
            ("tau", "τ"), ("upsilon", "υ"), ("phi", "ϕ"), ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"),
            ("omega", "ω"), ("digamma", "ϝ"),
        ]
        for (name, letter) in greek { table[name] = ord(letter) }
        let capitals: [(String, String)] = [
            ("Gamma", "Γ"), ("Delta", "Δ"), ("Theta", "Θ"), ("Lambda", "Λ"), ("Xi", "Ξ"), ("Pi", "Π"),
            ("Sigma", "Σ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Psi", "Ψ"), ("Omega", "Ω"),
        ]
        for (name, letter) in capitals {
            table[name] = upright(letter)
            table["var" + name] = ord(letter)
        }
        let ordinary: [(String, String)] = [
            ("infty", "∞"), ("ell", "ℓ"), ("hbar", "ℏ"), ("hslash", "ℏ"), ("imath", "ı"), ("jmath", "ȷ"),
            ("Re", "ℜ"), ("Im", "ℑ"), ("wp", "℘"), ("emptyset", "∅"), ("varnothing", "∅"), ("forall", "∀"),
            ("exists", "∃"), ("nexists", "∄"), ("neg", "¬"), ("lnot", "¬"), ("top", "⊤"), ("bot", "⊥"),
            ("angle", "∠"), ("triangle", "△"), ("prime", "′"), ("surd", "√"), ("flat", "♭"), ("natural", "♮"),
            ("sharp", "♯"), ("clubsuit", "♣"), ("diamondsuit", "♢"), ("heartsuit", "♡"), ("spadesuit", "♠"),
            ("checkmark", "✓"), ("S", "§"), ("P", "¶"), ("complement", "∁"), ("Box", "□"), ("square", "□"),
            ("blacksquare", "■"), ("Diamond", "◇"), ("aleph", "ℵ"), ("beth", "ℶ"), ("gimel", "ℷ"),
            ("daleth", "ℸ"), ("vdots", "⋮"), ("mho", "℧"), ("eth", "ð"), ("degree", "°"),
            ("#", "#"), ("$", "$"), ("%", "%"), ("&", "&"), ("_", "_"), ("backslash", "\\"),
        ]
        for (name, symbol) in ordinary { table[name] = ord(symbol) }
        table["nabla"] = upright("∇")
        table["partial"] = upright("∂")
        table["ddots"] = op("⋱", .inner)
        for name in ["ldots", "mathellipsis"] { table[name] = op("…", .inner) }
        table["cdots"] = op("⋯", .inner)
        table["cdotp"] = op("⋅", .punct)
        table["ldotp"] = op(".", .punct)
        // amsmath: `\mskip2mu` before, `\mskip6mu` after, the colon itself ordinary.
        table["colon"] = .operator(Operator(":", .ord, kern: (2.0 / 18, 6.0 / 18)))

        let binaries: [(String, String)] = [
            ("pm", "±"), ("mp", "∓"), ("times", "×"), ("div", "÷"), ("cdot", "⋅"), ("ast", "∗"), ("star", "⋆"),
            ("circ", "∘"), ("bullet", "∙"), ("oplus", "⊕"), ("ominus", "⊖"), ("otimes", "⊗"), ("oslash", "⊘"),
            ("odot", "⊙"), ("cup", "∪"), ("cap", "∩"), ("sqcup", "⊔"), ("sqcap", "⊓"), ("uplus", "⊎"),
            ("wedge", "∧"), ("land", "∧"), ("vee", "∨"), ("lor", "∨"), ("setminus", "∖"), ("smallsetminus", "∖"),
            ("wr", "≀"), ("amalg", "⨿"), ("bigcirc", "◯"), ("dagger", "†"), ("ddagger", "‡"),
            ("triangleleft", "◁"), ("triangleright", "▷"), ("bigtriangleup", "△"), ("bigtriangledown", "▽"),
            ("lhd", "⊲"), ("rhd", "⊳"), ("unlhd", "⊴"), ("unrhd", "⊵"), ("diamond", "⋄"), ("centerdot", "⋅"),
            ("dotplus", "∔"), ("ltimes", "⋉"), ("rtimes", "⋊"), ("boxplus", "⊞"), ("boxtimes", "⊠"),
            ("boxminus", "⊟"), ("boxdot", "⊡"), ("circledast", "⊛"), ("circledcirc", "⊚"), ("veebar", "⊻"),
            ("intercal", "⊺"), ("barwedge", "⌅"),
        ]
        for (name, symbol) in binaries { table[name] = bin(symbol) }

        let relations: [(String, String)] = [
            ("leq", "≤"), ("le", "≤"), ("geq", "≥"), ("ge", "≥"), ("neq", "≠"), ("ne", "≠"), ("equiv", "≡"),
            ("approx", "≈"), ("approxeq", "≊"), ("sim", "∼"), ("simeq", "≃"), ("cong", "≅"), ("asymp", "≍"),
            ("propto", "∝"), ("varpropto", "∝"), ("ll", "≪"), ("gg", "≫"), ("lll", "⋘"), ("ggg", "⋙"),
            ("leqslant", "⩽"), ("geqslant", "⩾"), ("leqq", "≦"), ("geqq", "≧"), ("lesssim", "≲"), ("gtrsim", "≳"),
            ("prec", "≺"), ("succ", "≻"), ("preceq", "⪯"), ("succeq", "⪰"), ("in", "∈"), ("notin", "∉"),
            ("ni", "∋"), ("owns", "∋"), ("subset", "⊂"), ("supset", "⊃"), ("subseteq", "⊆"), ("supseteq", "⊇"),
            ("subsetneq", "⊊"), ("supsetneq", "⊋"), ("nsubseteq", "⊈"), ("nsupseteq", "⊉"), ("sqsubset", "⊏"),
            ("sqsupset", "⊐"), ("sqsubseteq", "⊑"), ("sqsupseteq", "⊒"), ("mid", "∣"), ("nmid", "∤"),
            ("parallel", "∥"), ("nparallel", "∦"), ("perp", "⟂"), ("vdash", "⊢"), ("dashv", "⊣"), ("models", "⊨"),
            ("vDash", "⊨"), ("Vdash", "⊩"), ("doteq", "≐"), ("triangleq", "≜"), ("coloneqq", "≔"),
            ("eqqcolon", "≕"), ("bowtie", "⋈"), ("Join", "⋈"), ("smile", "⌣"), ("frown", "⌢"), ("to", "→"),
            ("rightarrow", "→"), ("gets", "←"), ("leftarrow", "←"), ("leftrightarrow", "↔"), ("Rightarrow", "⇒"),
            ("Leftarrow", "⇐"), ("Leftrightarrow", "⇔"), ("longrightarrow", "⟶"), ("longleftarrow", "⟵"),
            ("longleftrightarrow", "⟷"), ("Longrightarrow", "⟹"), ("Longleftarrow", "⟸"),
            ("Longleftrightarrow", "⟺"), ("mapsto", "↦"), ("longmapsto", "⟼"), ("hookrightarrow", "↪"),
            ("hookleftarrow", "↩"), ("uparrow", "↑"), ("downarrow", "↓"), ("updownarrow", "↕"), ("Uparrow", "⇑"),
            ("Downarrow", "⇓"), ("Updownarrow", "⇕"), ("nearrow", "↗"), ("searrow", "↘"), ("swarrow", "↙"),
            ("nwarrow", "↖"), ("rightharpoonup", "⇀"), ("rightharpoondown", "⇁"), ("leftharpoonup", "↼"),
            ("leftharpoondown", "↽"), ("rightleftharpoons", "⇌"), ("leftrightharpoons", "⇋"), ("leadsto", "⇝"),
            ("rightsquigarrow", "⇝"), ("nleq", "≰"), ("ngeq", "≱"), ("nless", "≮"), ("ngtr", "≯"), ("nsim", "≁"),
            ("ncong", "≇"), ("lneq", "⪇"), ("gneq", "⪈"), ("therefore", "∴"), ("because", "∵"), ("multimap", "⊸"),
            ("circeq", "≗"), ("eqsim", "≂"), ("risingdotseq", "≓"), ("fallingdotseq", "≒"), ("backsim", "∽"),
            ("lessgtr", "≶"), ("gtrless", "≷"), ("sqsubsetneq", "⋤"), ("nrightarrow", "↛"), ("nleftarrow", "↚"),
            ("nRightarrow", "⇏"), ("nLeftrightarrow", "⇎"),
            // The rest of amssymb's arrows and harpoons.
            ("dashrightarrow", "⇢"), ("dasharrow", "⇢"), ("dashleftarrow", "⇠"), ("leftleftarrows", "⇇"),
            ("rightrightarrows", "⇉"), ("leftrightarrows", "⇆"), ("rightleftarrows", "⇄"), ("Lleftarrow", "⇚"),
            ("Rrightarrow", "⇛"), ("twoheadleftarrow", "↞"), ("twoheadrightarrow", "↠"), ("leftarrowtail", "↢"),
            ("rightarrowtail", "↣"), ("looparrowleft", "↫"), ("looparrowright", "↬"), ("curvearrowleft", "↶"),
            ("curvearrowright", "↷"), ("circlearrowleft", "↺"), ("circlearrowright", "↻"), ("Lsh", "↰"),
            ("Rsh", "↱"), ("upuparrows", "⇈"), ("downdownarrows", "⇊"), ("upharpoonleft", "↿"),
            ("upharpoonright", "↾"), ("restriction", "↾"), ("downharpoonleft", "⇃"), ("downharpoonright", "⇂"),
            ("leftrightsquigarrow", "↭"), ("nleftrightarrow", "↮"), ("nLeftarrow", "⇍"),
        ]
        for (name, symbol) in relations { table[name] = rel(symbol) }
        table["implies"] = spacedRelation("⟹")
        table["impliedby"] = spacedRelation("⟸")
        table["iff"] = spacedRelation("⟺")

        let limitOperators: [(String, String)] = [
            ("sum", "∑"), ("prod", "∏"), ("coprod", "∐"), ("bigcup", "⋃"), ("bigcap", "⋂"), ("bigoplus", "⨁"),
            ("bigotimes", "⨂"), ("bigodot", "⨀"), ("biguplus", "⨄"), ("bigsqcup", "⨆"), ("bigvee", "⋁"),
            ("bigwedge", "⋀"),
        ]
        for (name, symbol) in limitOperators { table[name] = large(symbol, limits: .display) }
        let integrals: [(String, String)] = [
            ("int", "∫"), ("iint", "∬"), ("iiint", "∭"), ("oint", "∮"), ("oiint", "∯"), ("oiiint", "∰"),
        ]
        for (name, symbol) in integrals { table[name] = large(symbol, limits: .never) }
        table["intop"] = large("∫", limits: .display)

        // Named operators (LaTeX's \DeclareMathOperator family, plus \argmin/\argmax).
        for name in ["arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "dim", "exp",
                     "hom", "ker", "lg", "ln", "log", "sec", "sin", "sinh", "tan", "tanh"] {
            table[name] = .function(name, limits: false)
        }
        for name in ["det", "gcd", "inf", "lim", "max", "min", "Pr", "sup"] {
            table[name] = .function(name, limits: true)
        }
        table["argmin"] = .function("arg\u{2009}min", limits: true)
        table["argmax"] = .function("arg\u{2009}max", limits: true)
        table["liminf"] = .function("lim\u{2009}inf", limits: true)
        table["limsup"] = .function("lim\u{2009}sup", limits: true)
        // amsmath: 5 mu on either side in every style.
        table["bmod"] = .operator(Operator("mod", .ord, kern: (5.0 / 18, 5.0 / 18)))

        // Delimiters used without \left/\right.
        let delimiters: [(String, String, AtomClass)] = [
            ("{", "{", .open), ("}", "}", .close), ("lbrace", "{", .open), ("rbrace", "}", .close),
            ("langle", "⟨", .open), ("rangle", "⟩", .close), ("lvert", "|", .open), ("rvert", "|", .close),
            ("lVert", "‖", .open), ("rVert", "‖", .close), ("vert", "|", .ord), ("Vert", "‖", .ord), ("|", "‖", .ord),
            ("lfloor", "⌊", .open), ("rfloor", "⌋", .close), ("lceil", "⌈", .open), ("rceil", "⌉", .close),
            ("lbrack", "[", .open), ("rbrack", "]", .close), ("lgroup", "⟮", .open), ("rgroup", "⟯", .close),
        ]
        for (name, symbol, atom) in delimiters { table[name] = fixed(symbol, atom) }
        return table
    }()

    /// Characters typed in math mode that are not plain letters or digits.
    static let characters: [Unicode.Scalar: MathNode] = [
        "+": bin("+"), "-": bin("−"), "−": bin("−"), "*": bin("∗"), "·": bin("⋅"),
        "=": rel("="), "<": rel("<"), ">": rel(">"), ":": rel(":"),
        ",": op(",", .punct), ";": op(";", .punct),
        "!": op("!", .close), "?": op("?", .close),
        "(": fixed("(", .open), ")": fixed(")", .close), "[": fixed("[", .open), "]": fixed("]", .close),
        "|": fixed("|", .ord), "/": fixed("/", .ord),
        ".": ord("."), "@": ord("@"), "\"": ord("\""), "`": ord("‘"),
    ]

    /// Operators typed directly as Unicode (`≤`, `→`), found through the command table.
    /// Built so that the result does not depend on dictionary order.
    static let unicodeOperators: [Unicode.Scalar: MathNode] = {
        var table: [Unicode.Scalar: MathNode] = [:]
        for name in commands.keys.sorted() {
            guard case .operator(let symbol)? = commands[name], symbol.leadingKern == 0,
                  symbol.text.unicodeScalars.count == 1, let scalar = symbol.text.unicodeScalars.first,
                  !scalar.isASCII, table[scalar] == nil else { continue }
            table[scalar] = .operator(symbol)
        }
        return table
    }()

    /// `\not` applied to a relation: the precomposed negation where Unicode has one.
    static let negations: [String: String] = [
        "=": "≠", "∈": "∉", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "≡": "≢", "∼": "≁", "≈": "≉", "⊂": "⊄",
        "⊃": "⊅", "⊆": "⊈", "⊇": "⊉", "∣": "∤", "∥": "∦", "≅": "≇", "≃": "≄", "→": "↛", "←": "↚", "↔": "↮",
        "⇒": "⇏", "⇔": "⇎", "∃": "∄", "≺": "⊀", "≻": "⊁", "⊢": "⊬", "⊨": "⊭", "∋": "∌",
    ]
}
