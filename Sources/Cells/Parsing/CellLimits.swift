import SwiftSyntax

/// The nesting limits of the cell language, so that no input overflows the stack or takes
/// exponential time: nested `[` are counted in the source before swift-syntax parses it,
/// operands on the folded syntax before the checker (which recurses over expressions) sees
/// it; an expression past a limit is an error at its place (docs/ARCHITECTURE.md, "Cells:
/// limits and per-run state"). Parentheses, braces and calls are bounded by swift-syntax's
/// own nesting limit.
///
/// ```swift
/// let parsed = ParsedCell(source)   // checks both
/// parsed.syntaxErrors               // [expressionTooComplex(.squareBrackets, 12)] for 13 nested `[`
/// ```
public enum CellLimits {
    /// Expressions inside each other counting every operator's operands: a chain
    /// `1 + 1 + … + 1` of n terms folds into n - 1 nested operators.
    public static let operands = 20_000

    /// Square brackets of collection literals and types (`[[1]]`, `[[Int]]`) inside each
    /// other, counted in the source before swift-syntax parses it: its parser's lookahead
    /// for inline-array types (`[3 of Int]`) takes time exponential in this nesting
    /// (16 levels: seconds; 27: hours). Subscripts (`a[b[i]]`) do not count.
    public static let squareBrackets = 12

    /// The UTF-8 offset of the first `[` in `source` nested past `squareBrackets`, or nil.
    /// A lexer's view, just enough to be right: comments and string literals are skipped
    /// (their interpolations are code), a `[` right after a name, `)`, `]`, `?` or `!` is a
    /// subscript.
    /// Public because every use of swift-syntax's parser on a cell's code needs it (the
    /// report's highlighter shows such code unhighlighted).
    public static func overNestedBracket(in source: String) -> Int? {
        let bytes = Array(source.utf8)
        enum Mode { case code(parens: Int), string(multiline: Bool, hashes: Int) }
        var modes: [Mode] = [.code(parens: 0)]
        var brackets: [Bool] = []   // per open `[`: whether it is a literal's or a type's
        var depth = 0
        var lastSignificant: UInt8 = 0
        var index = 0
        func at(_ i: Int, _ text: String) -> Bool {
            let t = Array(text.utf8)
            return i + t.count <= bytes.count && Array(bytes[i..<(i + t.count)]) == t
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch modes[modes.count - 1] {
            case .string(let multiline, let hashes):
                let closing = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
                if byte == UInt8(ascii: "\\"), at(index + 1, String(repeating: "#", count: hashes) + "(") {
                    index += 2 + hashes
                    modes.append(.code(parens: 0))
                    continue
                }
                if byte == UInt8(ascii: "\\"), hashes == 0 { index += 2; continue }
                if at(index, closing) {
                    modes.removeLast()
                    index += closing.utf8.count
                    lastSignificant = UInt8(ascii: "\"")
                    continue
                }
                index += 1
            case .code(let parens):
                if at(index, "//") {
                    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                    continue
                }
                if at(index, "/*") {
                    var level = 0
                    repeat {
                        if at(index, "/*") { level += 1; index += 2 }
                        else if at(index, "*/") { level -= 1; index += 2 }
                        else { index += 1 }
                    } while level > 0 && index < bytes.count
                    continue
                }
                var hashes = 0
                while at(index + hashes, "#") { hashes += 1 }
                if at(index + hashes, "\"") {
                    let multiline = at(index + hashes, "\"\"\"")
                    index += hashes + (multiline ? 3 : 1)
                    modes.append(.string(multiline: multiline, hashes: hashes))
                    continue
                }
                switch byte {
                case UInt8(ascii: "("):
                    modes[modes.count - 1] = .code(parens: parens + 1)
                case UInt8(ascii: ")"):
                    if parens == 0, modes.count > 1 { modes.removeLast() }   // the end of an interpolation
                    else { modes[modes.count - 1] = .code(parens: max(0, parens - 1)) }
                case UInt8(ascii: "["):
                    let isSubscript = lastSignificant == UInt8(ascii: "_") || lastSignificant == UInt8(ascii: ")")
                        || lastSignificant == UInt8(ascii: "]") || lastSignificant == UInt8(ascii: "?")
                        || lastSignificant == UInt8(ascii: "!") || lastSignificant >= 0x80
                        || (lastSignificant >= UInt8(ascii: "0") && lastSignificant <= UInt8(ascii: "9"))
                        || (lastSignificant | 0x20 >= UInt8(ascii: "a") && lastSignificant | 0x20 <= UInt8(ascii: "z"))
                    brackets.append(!isSubscript)
                    if !isSubscript {
                        depth += 1
                        if depth > squareBrackets { return index }
                    }
                case UInt8(ascii: "]"):
                    if let literal = brackets.popLast(), literal { depth -= 1 }
                default:
                    break
                }
                if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\r") {
                    lastSignificant = byte
                }
                index += 1
            }
        }
        return nil
    }

    /// The first place in `tree` past a limit: the node and which limit, or nil.
    static func check(_ tree: some SyntaxProtocol) -> (node: Syntax, limit: ExpressionLimit)? {
        // Iterative (an explicit stack), so the check itself cannot overflow.
        var pending: [(node: Syntax, depth: Int)] = [(Syntax(tree), 0)]
        while let (node, depth) = pending.popLast() {
            let newDepth = depth + (node.is(ExprSyntax.self) ? 1 : 0)
            if newDepth > Self.operands { return (node, .operands) }
            for child in node.children(viewMode: .sourceAccurate).reversed() {
                pending.append((child, newDepth))
            }
        }
        return nil
    }
}
