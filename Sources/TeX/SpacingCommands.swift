/// Horizontal space: `\,` `\:` `\;` `\!` `\quad` `\qquad` `\ ` `\hspace{…}` `\kern`… as
/// `<mspace width>`, and `\phantom`.
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
            table[name] = CommandSpec { _ in .space(.em((width * 10_000).rounded() / 10_000)) }
        }
        for name in ["hspace", "kern", "mkern", "hskip", "mskip"] {
            table[name] = CommandSpec([.length], takesStar: name == "hspace") { call in .space(call.length(0)) }
        }
        table["phantom"] = CommandSpec([.math]) { call in .phantom(call.node(0)) }
        return table
    }()
}
