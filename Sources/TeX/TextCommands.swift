/// Text inside math: `\text{…}`, `\textbf{…}`, `\mbox{…}`…, and the symbols text mode knows.
enum TextCommands {
    /// Text commands and the inline CSS they give their `<mtext>` (nil: plain text).
    static let styles: [String: String?] = [
        "text": nil, "textrm": nil, "textnormal": nil, "textup": nil, "mbox": nil, "hbox": nil, "textmd": nil,
        "textbf": "font-weight:bold", "textit": "font-style:italic", "emph": "font-style:italic",
        "textsl": "font-style:oblique", "texttt": "font-family:monospace", "textsf": "font-family:sans-serif",
        "textsc": "font-variant:small-caps",
    ]

    /// Commands standing for characters in text mode.
    static let symbols: [String: String] = [
        "%": "%", "&": "&", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", "\n": " ", "\t": " ",
        "textbackslash": "\\", "textasciitilde": "~", "textasciicircum": "^", "textbar": "|", "textless": "<",
        "textgreater": ">", "ldots": "…", "dots": "…", "textellipsis": "…", "S": "§", "P": "¶",
        "textendash": "–", "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’", "dag": "†",
        "ddag": "‡", "copyright": "©", "textregistered": "®", "texttrademark": "™", "pounds": "£",
        "euro": "€", "textdegree": "°", "i": "ı", "j": "ȷ", "ss": "ß", "ae": "æ", "AE": "Æ", "o": "ø",
        "O": "Ø", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "l": "ł", "L": "Ł",
        ",": "\u{2009}", ":": "\u{2005}", ";": "\u{2004}", "!": "", "quad": "\u{2003}",
        "qquad": "\u{2003}\u{2003}", "enspace": "\u{2002}", "thinspace": "\u{2009}", "nobreakspace": "\u{A0}",
    ]

    /// Text accents (`\'e`, `\"o`, `\v{c}`) → the combining mark put after the letter.
    static let accents: [String: Unicode.Scalar] = [
        "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "\"": "\u{308}", "~": "\u{303}", "=": "\u{304}",
        ".": "\u{307}", "u": "\u{306}", "v": "\u{30C}", "H": "\u{30B}", "c": "\u{327}", "r": "\u{30A}",
    ]

    static let table: [String: CommandSpec] = {
        var table: [String: CommandSpec] = [:]
        for (name, style) in styles {
            table[name] = CommandSpec([.text]) { call in
                guard let style else { return call.node(0) }
                return styled(call.node(0), style)
            }
        }
        return table
    }()

    /// Adds inline CSS to every `<mtext>` of a text argument.
    static func styled(_ node: MathNode, _ css: String) -> MathNode {
        switch node {
        case .text(let text, let style): return .text(text, style: style.map { css + ";" + $0 } ?? css)
        case .row(let children): return .row(children.map { styled($0, css) })
        default: return node
        }
    }

    /// TeX's text ligatures: `--` –, `---` —, ``` `` ``` “, `''` ”, `` ` `` ‘, `'` ’.
    static func ligatures(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "-" || $0 == "`" || $0 == "'" }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        func repeated(_ scalar: Unicode.Scalar, from start: Int) -> Int {
            var end = start
            while end < scalars.count, scalars[end] == scalar { end += 1 }
            return end - start
        }
        while i < scalars.count {
            let scalar = scalars[i]
            let run = scalar == "-" || scalar == "`" || scalar == "'" ? repeated(scalar, from: i) : 1
            switch (scalar, run) {
            case ("-", 2): result.append("–"); i += 2
            case ("-", 3...): result.append("—"); i += 3
            case ("`", 2...): result.append("“"); i += 2
            case ("`", _): result.append("‘"); i += 1
            case ("'", 2...): result.append("”"); i += 2
            case ("'", _): result.append("’"); i += 1
            default: result.append(scalar); i += 1
            }
        }
        return String(result)
    }
}
