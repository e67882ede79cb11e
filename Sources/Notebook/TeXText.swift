import Foundation

/// Turns the TeX of a BibTeX field into plain Unicode text: accents
/// (`{\"o}`, `\"{o}`, `\'e`, `\c{c}`, `\v{s}`), letters (`\ss`, `\o`, `\ae`, `\l`,
/// `\i`), escaped specials (`\&`, `\%`), dashes (`--`, `---`), `~` as a
/// no-break space; case-protecting braces are dropped. Unknown commands keep
/// their argument's text. Math (`$…$`) is kept with its dollars, for the
/// reference list to typeset.
enum TeXText {
    /// Combining marks of TeX's accent commands.
    static let accents: [Character: Unicode.Scalar] = [
        "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}", "=": "\u{0304}",
        ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "k": "\u{0328}",
        "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}",
    ]
    /// Letters TeX names by command.
    static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ",
    ]

    static func plain(_ tex: String) -> String {
        let c = Array(tex)
        var out = ""
        var i = 0
        var inMath = false
        /// The next argument: a braced group's text or one character.
        func argument() -> String {
            while i < c.count, c[i] == " " { i += 1 }
            guard i < c.count else { return "" }
            if c[i] == "{" {
                var depth = 1
                var j = i + 1
                while j < c.count, depth > 0 {
                    if c[j] == "{" { depth += 1 } else if c[j] == "}" { depth -= 1 }
                    j += 1
                }
                let inner = String(c[(i + 1)..<max(i + 1, j - 1)])
                i = j
                return plain(inner)
            }
            if c[i] == "\\" {
                // `\"\i`: an accent on a dotless i.
                var j = i + 1
                while j < c.count, c[j].isLetter { j += 1 }
                let name = String(c[(i + 1)..<j])
                if let letter = letters[name] { i = j; return letter == "ı" ? "i" : letter }
            }
            let one = String(c[i])
            i += 1
            return one
        }
        while i < c.count {
            let ch = c[i]
            if ch == "$" { inMath.toggle(); out.append(ch); i += 1; continue }
            if inMath { out.append(ch); i += 1; continue }
            switch ch {
            case "{", "}":
                i += 1
            case "~":
                out.append("\u{00A0}")
                i += 1
            case "-":
                var run = 0
                while i < c.count, c[i] == "-" { run += 1; i += 1 }
                out += run >= 3 ? "—" : run == 2 ? "–" : "-"
            case "\\":
                i += 1
                guard i < c.count else { break }
                let next = c[i]
                if let mark = accents[next], !(next.isLetter && i + 1 < c.count && c[i + 1].isLetter) {
                    i += 1
                    let base = argument()
                    guard let first = base.first else { break }
                    var scalars = String(first).unicodeScalars
                    scalars.append(mark)
                    out += String(scalars).precomposedStringWithCanonicalMapping + base.dropFirst()
                } else if next.isLetter {
                    var j = i
                    while j < c.count, c[j].isLetter { j += 1 }
                    let name = String(c[i..<j])
                    i = j
                    if let letter = letters[name] {
                        out += letter
                        // `\ss{}` or `\o ` end with an empty group or a space.
                        if i < c.count, c[i] == " " { i += 1 }
                    } else {
                        // `\emph{x}`, `\textbf{x}`, `\url{x}`: the argument's text.
                        if i < c.count, c[i] == " " { i += 1 }
                        if i < c.count, c[i] == "{" { out += argument() }
                    }
                } else {
                    // `\&`, `\%`, `\$`, `\_`, `\#`, `\{`, `\}`.
                    out.append(next)
                    i += 1
                }
            case "\n", "\t":
                out.append(" ")
                i += 1
            default:
                out.append(ch)
                i += 1
            }
        }
        // Runs of spaces from line breaks in the file read as one.
        return out.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
