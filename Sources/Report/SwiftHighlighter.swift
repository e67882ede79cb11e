import Cells
import Markup
import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Highlights Swift from swift-syntax's classification (the same one
/// SourceKit-LSP uses): each classified range becomes a `<span class="hl-…">`.
///
/// ```swift
/// SwiftHighlighter.html(for: "let x = 1 // one")
/// // <span class="hl-keyword">let</span> <span class="hl-identifier">x</span> = …
/// ```
///
/// Classes: `hl-keyword`, `hl-type`, `hl-identifier`, `hl-number`,
/// `hl-string`, `hl-comment`, `hl-operator`, `hl-attribute`, `hl-label`.
/// The classifier is syntactic, so `Matrix` in `Matrix([[1]])` is an
/// identifier; capitalised words with a lowercase letter (`Matrix`,
/// `Figure`) are given `hl-type` as editors do, since Swift types are
/// UpperCamelCase. Math-style names (`A`, `W1`, `X`) stay identifiers, and so
/// does every name the notebook's cells declare as a constant, variable or
/// parameter (`let We = …`, `{ Gu in … }`): what the checker knows each name to be.
enum SwiftHighlighter {
    static func html(for code: String, variables: Set<String> = []) -> String {
        ParsedCode(code).html(variables: variables)
    }

    /// Whether parsing `code` again for the report is cheap: not past 64 KB, and not nesting `[`
    /// past the cells' limit (swift-syntax's parser takes exponential time there; the cell itself
    /// was refused for it, docs/ARCHITECTURE.md "Cells: limits").
    static func isWorthParsing(_ code: String) -> Bool {
        code.utf8.count <= 64 << 10 && CellLimits.overNestedBracket(in: code) == nil
    }

    /// The names `code` binds: `let`/`var` patterns (tuples included), function,
    /// closure and shorthand closure parameters, `for` loop variables.
    static func declaredNames(in code: String) -> Set<String> {
        ParsedCode(code).declaredNames
    }

    /// A cell's code parsed once for the report: the names it declares (for every cell's
    /// highlighting) and its classified ranges (for its own). A ``ReportMemo`` keeps them
    /// from one render to the next.
    struct ParsedCode: Sendable {
        let code: String
        /// Classified byte ranges, in order; nil when the code is shown unhighlighted.
        let classifications: [Classified]?
        let declaredNames: Set<String>

        /// One classified byte range, as far as the HTML goes: its class, and whether it is an
        /// identifier (which a declared variable's name stays, whatever its case).
        struct Classified: Sendable, Equatable {
            var range: Range<Int>
            var isIdentifier: Bool
            var className: String?
        }

        /// Code parsed before (a ``ReportMemo`` read back).
        init(code: String, classifications: [Classified]?, declaredNames: Set<String>) {
            self.code = code
            self.classifications = classifications
            self.declaredNames = declaredNames
        }

        init(_ code: String) {
            self.code = code
            // Code whose nested `[` would take swift-syntax's parser exponential time (a cell
            // refused for it, docs/ARCHITECTURE.md "Cells: limits") is shown unhighlighted.
            // So is a cell past 64 KB: parsing it again only to color it would double the time
            // its check took (a chain of 20,000 operators takes seconds to parse).
            guard SwiftHighlighter.isWorthParsing(code) else {
                classifications = nil
                declaredNames = []
                return
            }
            let tree = Parser.parse(source: code)
            let bytes = Array(code.utf8)
            classifications = tree.classifications.map {
                let range = $0.range.lowerBound.utf8Offset..<max($0.range.lowerBound.utf8Offset, $0.range.upperBound.utf8Offset)
                let clamped = min(range.lowerBound, bytes.count)..<min(range.upperBound, bytes.count)
                return Classified(range: range, isIdentifier: $0.kind == .identifier,
                                  className: SwiftHighlighter.className($0.kind, text: String(decoding: bytes[clamped], as: UTF8.self)))
            }
            let visitor = DeclaredNames(viewMode: .sourceAccurate)
            visitor.walk(tree)
            declaredNames = visitor.names
        }

        /// Each classified range as a `<span class="hl-…">`; `variables` stay identifiers.
        func html(variables: Set<String>) -> String {
            guard let classifications else { return Escaping.text(code) }
            let bytes = Array(code.utf8)
            var html = ""
            var position = 0
            func plain(upTo end: Int) {
                guard end > position else { return }
                html += Escaping.text(String(decoding: bytes[position..<end], as: UTF8.self))
                position = end
            }
            for classified in classifications {
                let start = min(classified.range.lowerBound, bytes.count)
                let end = min(classified.range.upperBound, bytes.count)
                guard start >= position, end > start else { continue }
                plain(upTo: start)
                let text = String(decoding: bytes[start..<end], as: UTF8.self)
                if let name = variables.contains(text) && classified.isIdentifier ? "identifier" : classified.className {
                    html += "<span class=\"hl-\(name)\">\(Escaping.text(text))</span>"
                } else {
                    html += Escaping.text(text)
                }
                position = end
            }
            plain(upTo: bytes.count)
            return html
        }
    }

    static func className(_ kind: SyntaxClassification, text: String) -> String? {
        switch kind {
        case .keyword, .ifConfigDirective: "keyword"
        case .type: "type"
        case .identifier, .dollarIdentifier:
            text.first?.isUppercase == true && text.contains(where: \.isLowercase) ? "type" : "identifier"
        case .integerLiteral, .floatLiteral: "number"
        case .stringLiteral, .regexLiteral: "string"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: "comment"
        case .operator: "operator"
        case .attribute: "attribute"
        case .argumentLabel: "label"
        case .editorPlaceholder, .none: nil
        }
    }
}

private final class DeclaredNames: SyntaxVisitor {
    var names: Set<String> = []

    override func visit(_ node: IdentifierPatternSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.identifier.text)
        return .visitChildren
    }

    override func visit(_ node: ClosureShorthandParameterSyntax) -> SyntaxVisitorContinueKind {
        names.insert(node.name.text)
        return .visitChildren
    }

    override func visit(_ node: ClosureParameterSyntax) -> SyntaxVisitorContinueKind {
        names.insert((node.secondName ?? node.firstName).text)
        return .visitChildren
    }

    override func visit(_ node: FunctionParameterSyntax) -> SyntaxVisitorContinueKind {
        names.insert((node.secondName ?? node.firstName).text)
        return .visitChildren
    }
}
