/// Horizontal space: `\,` `\:` `\;` `\!` `\quad` `\qquad` `\ ` `\hspace{…}` `\kern`… as
/// `<mspace width>`; the phantoms, `\smash` and `\rlap` (`<mphantom>`, `<mpadded>`);
/// `\boxed`.
enum SpacingCommands {
    /// Fixed spaces, in em (TeX's mu are 1/18 em).
    static let widths: [String: Double] = [
        ",": 3.0 / 18, "thinspace": 3.0 / 18, ":": 4.0 / 18, ">": 4.0 / 18, "medspace": 4.0 / 18,
        ";": 5.0 / 18, "thickspace": 5.0 / 18, "!": -3.0 / 18, "negthinspace": -3.0 / 18,
        "negmedspace": -4.0 / 18, "negthickspace": -5.0 / 18, "enspace": 0.5, "quad": 1, "qquad": 2,
        " ": 1.0 / 3, "\t": 1.0 / 3, "\n": 1.0 / 3, "nobreakspace": 1.0 / 3, "space": 1.0 / 3,
    ]

    static let table: [String: CommandSpec] = {
        var table: [String: CommandSpec] = [:]
        for (name, width) in widths {
            table[name] = CommandSpec { _ in .space(.em(width)) }
        }
        for name in ["hspace", "kern", "mkern", "hskip", "mskip"] {
            table[name] = CommandSpec([.length], takesStar: name == "hspace") { call in .space(call.length(0)) }
        }
        table["phantom"] = CommandSpec([.math]) { call in .phantom(call.node(0)) }
        table["hphantom"] = CommandSpec([.math]) { call in
            .padded(.phantom(call.node(0)), zeroWidth: false, zeroHeight: true)
        }
        table["vphantom"] = CommandSpec([.math]) { call in
            .padded(.phantom(call.node(0)), zeroWidth: true, zeroHeight: false)
        }
        table["mathstrut"] = CommandSpec { _ in
            .padded(.phantom(.operator(Operator("(", .open, stretchy: false))), zeroWidth: true, zeroHeight: false)
        }
        table["smash"] = CommandSpec([.math]) { call in .padded(call.node(0), zeroWidth: false, zeroHeight: true) }
        table["rlap"] = CommandSpec([.math]) { call in .padded(call.node(0), zeroWidth: true, zeroHeight: false) }
        table["mathrlap"] = table["rlap"]
        table["boxed"] = CommandSpec([.math]) { call in .framed(call.node(0)) }
        return table
    }()
}
