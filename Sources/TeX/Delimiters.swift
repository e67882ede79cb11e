/// What may follow `\left`, `\right`, `\middle` and `\big`…: the delimiter's character
/// (empty for `.`, the null delimiter).
enum Delimiters {
    static let characters: [Unicode.Scalar: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", ".": "", "<": "⟨", ">": "⟩",
    ]

    static let commands: [String: String] = [
        "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "|": "‖", "vert": "|", "Vert": "‖",
        "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖", "langle": "⟨", "rangle": "⟩",
        "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "lbrack": "[", "rbrack": "]",
        "lgroup": "⟮", "rgroup": "⟯", "backslash": "\\", "uparrow": "↑", "downarrow": "↓",
        "updownarrow": "↕", "Uparrow": "⇑", "Downarrow": "⇓", "Updownarrow": "⇕", "mid": "∣",
        "lmoustache": "⎰", "rmoustache": "⎱", "ulcorner": "⌜", "urcorner": "⌝", "llcorner": "⌞", "lrcorner": "⌟",
    ]

    static func delimiter(for token: Token) -> String? {
        switch token.kind {
        case .character(let scalar): return characters[scalar]
        case .command(let name): return commands[name]
        default: return nil
        }
    }
}
