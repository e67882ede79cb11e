/// Where a display formula may break when it is too wide for a printed page: before each
/// relation at its top level (`a = b + c = d` into `a`, `= b + c`, `= d`), as TeX's manual
/// sets a long display (The TeXbook, ch. 19: break before a relation, continue with it), and
/// after a wide space the author put between a formula and its condition (`\quad x > 0`).
/// A run of relations (`\le =`) stays together, and so does the condition (a line break
/// inside `x > 0` is worse than one before it); nothing inside a group, fraction, script or
/// `\left…\right` breaks. The browser chooses the breaks: the pieces are set side by side
/// and wrap like words (README.md, "Math").
enum DisplayBreaks {
    /// An author's space at least this wide (a `\quad` is 1 em) ends a piece.
    static let wideSpace = 0.9

    /// The top-level atoms of `tree` in pieces, or none when it has no place to break.
    static func pieces(of tree: MathNode) -> [[MathNode]] {
        guard case .row(let children) = tree else { return [] }
        var pieces: [[MathNode]] = [[]]
        var previous: AtomClass?
        var afterWideSpace = false
        var inCondition = false
        for child in children {
            if case .space(let length) = child {
                pieces[pieces.count - 1].append(child)
                if MathWidth.em(length) >= wideSpace, previous != nil { afterWideSpace = true }
                continue
            }
            let atom = child.atomClass
            let relation = atom == .rel && previous != nil && previous != .rel && !inCondition
            if relation || afterWideSpace, pieces[pieces.count - 1].contains(where: { !$0.isSpace }) {
                pieces.append([])
                inCondition = inCondition || afterWideSpace
            }
            pieces[pieces.count - 1].append(child)
            previous = atom
            afterWideSpace = false
        }
        return pieces.count > 1 ? pieces : []
    }
}

extension MathNode {
    var isSpace: Bool {
        if case .space = self { return true }
        return false
    }
}
