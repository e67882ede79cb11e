/// A title, axis label or legend entry: text with `$…$` math spans.
///
/// `\$` is a literal dollar sign; a `$` without a closing partner is kept as
/// text, so `"cost in $"` reads as written. `$$…$$` is treated like `$…$`
/// (a label has no room for display math).
struct LabelText: Equatable {
    enum Piece: Equatable {
        case text(String)
        case math(String)
    }

    let pieces: [Piece]

    init(_ source: String) {
        var pieces: [Piece] = []
        var text = ""
        let chars = Array(source)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1] == "$" {
                text.append("$")
                i += 2
                continue
            }
            if c == "$" {
                let fence = i + 1 < chars.count && chars[i + 1] == "$" ? 2 : 1
                if let end = Self.closing(chars, from: i + fence, fence: fence), end > i + fence {
                    if !text.isEmpty { pieces.append(.text(text)); text = "" }
                    pieces.append(.math(String(chars[(i + fence)..<end])))
                    i = end + fence
                    continue
                }
            }
            text.append(c)
            i += 1
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    /// Index of the closing `$` (or `$$`) not preceded by a backslash.
    private static func closing(_ chars: [Character], from start: Int, fence: Int) -> Int? {
        var j = start
        while j < chars.count {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "$" && (fence == 1 || (j + 1 < chars.count && chars[j + 1] == "$")) { return j }
            j += 1
        }
        return nil
    }

    var hasMath: Bool { pieces.contains { if case .math = $0 { return true } else { return false } } }

    /// The label in plain Unicode (math approximated), for fallbacks and measuring.
    var plain: String {
        pieces.map { piece in
            switch piece {
            case .text(let t): return t
            case .math(let tex): return TeXPlainText.approximate(tex)
            }
        }.joined()
    }

    /// Estimated rendered width. Typeset math runs wider than its plain
    /// reading (italic letters in the math font, operator spacing): 25 % is
    /// allowed for it, and a quarter em for the space around a formula.
    func width(fontSize: Double) -> Double {
        pieces.reduce(0) { sum, piece in
            switch piece {
            case .text(let t): return sum + TextMetrics.width(t, fontSize: fontSize)
            case .math(let tex):
                return sum + 1.25 * TextMetrics.width(TeXPlainText.approximate(tex), fontSize: fontSize) + 0.25 * fontSize
            }
        }
    }
}
