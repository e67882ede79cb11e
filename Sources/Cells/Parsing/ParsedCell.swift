import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// One cell parsed by swift-syntax, with its operators folded and a map from
/// positions in the cell to line and column in the .md file.
struct ParsedCell {
    let source: CellSource
    let tree: SourceFileSyntax
    let converter: SourceLocationConverter
    /// Syntax errors (from SwiftParserDiagnostics) and operator-folding errors.
    let syntaxErrors: [CellError]

    /// Swift's standard operators plus the library's: `.*` and `./` (MultiplicationPrecedence)
    /// and `.+` and `.-` (AdditionPrecedence) broadcast elementwise, `≈` compares (ComparisonPrecedence).
    static let operators: OperatorTable = {
        var table = OperatorTable.standardOperators
        let declarations = Parser.parse(source: """
            infix operator .* : MultiplicationPrecedence
            infix operator ./ : MultiplicationPrecedence
            infix operator .+ : AdditionPrecedence
            infix operator .- : AdditionPrecedence
            infix operator ≈ : ComparisonPrecedence
            """)
        try? table.addSourceFile(declarations)
        return table
    }()

    /// The operators a notebook's cells fold with: the standard and library ones, plus every
    /// `infix`/`prefix`/`postfix operator` and `precedencegroup` its cells declare
    /// (`CellOperators`).
    static func operatorTable(for sources: [CellSource]) -> OperatorTable {
        CellOperators.table(adding: sources, to: operators)
    }

    init(_ source: CellSource, operators: OperatorTable = ParsedCell.operators) {
        self.source = source
        if let offset = CellLimits.overNestedBracket(in: source.code) {
            // Refused before swift-syntax parses it (its parser would take exponential time).
            let before = source.code.utf8.prefix(offset)
            let line = before.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            let column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            tree = Parser.parse(source: "")
            converter = SourceLocationConverter(fileName: "cell", tree: tree)
            syntaxErrors = [CellError(line: source.firstLine + line, column: column,
                                      kind: .expressionTooComplex(kind: .squareBrackets, limit: CellLimits.squareBrackets))]
            return
        }
        let parsed = Parser.parse(source: source.code)
        let converter = SourceLocationConverter(fileName: "cell", tree: parsed)
        self.converter = converter
        var errors: [CellError] = []
        let firstLine = source.firstLine
        func position(_ position: AbsolutePosition) -> (Int, Int) {
            let location = converter.location(for: position)
            return (location.line + firstLine - 1, location.column)
        }
        if let invalid = Self.characterThatTrapsFixIts(in: parsed) {
            // swift-syntax 603 would trap building a Fix-It with no change for it (see below).
            let (line, column) = position(invalid)
            errors.append(CellError(line: line, column: column, kind: .syntax(message: "invalid character in source file")))
        } else {
            for diagnostic in ParseDiagnosticsGenerator.diagnostics(for: parsed)
            where diagnostic.diagMessage.severity == .error {
                let (line, column) = position(diagnostic.position)
                errors.append(CellError(line: line, column: column, kind: .syntax(message: diagnostic.message)))
            }
        }
        var folded = parsed
        if errors.isEmpty {
            let result = operators.foldAll(parsed) { error in
                let (line, column) = position(error.location.position)
                errors.append(CellError(line: line, column: column,
                                        kind: .syntax(message: error.message)))
            }
            folded = result.as(SourceFileSyntax.self) ?? parsed
            if errors.isEmpty, let (node, limit) = CellLimits.check(folded) {
                let (line, column) = position(node.positionAfterSkippingLeadingTrivia)
                errors.append(CellError(line: line, column: column,
                                        kind: .expressionTooComplex(kind: limit, limit: CellLimits.operands)))
            }
        }
        tree = folded
        syntaxErrors = errors
    }

    /// Where an invalid character stands between a space and an `=` that has a space after it
    /// (`var s \u{FFFD}= ""`, found by fuzzing): swift-syntax 603 reports "'=' must have consistent
    /// whitespace on both sides" there, and its Fix-It for it has no change, which traps
    /// (`FixIt.swift`: "A Fix-It must have at least one change"). nb reports the character
    /// itself, in the words swiftc uses for it, and does not ask swift-syntax for its diagnostics.
    static func characterThatTrapsFixIts(in tree: SourceFileSyntax) -> AbsolutePosition? {
        for token in tree.tokens(viewMode: .all) where token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides {
            let spaceBefore = token.previousToken(viewMode: .all)?.trailingTrivia.contains { $0.isSpaceOrTab } ?? false
            let spaceAfter = token.trailingTrivia.contains { $0.isSpaceOrTab }
            guard spaceBefore && spaceAfter else { continue }
            // The character is trivia: after the previous token, or before the `=`.
            if let previous = token.previousToken(viewMode: .all) {
                var position = previous.endPositionBeforeTrailingTrivia
                for piece in previous.trailingTrivia {
                    if case .unexpectedText = piece { return position }
                    position += piece.sourceLength
                }
            }
            var position = token.position
            for piece in token.leadingTrivia {
                if case .unexpectedText = piece { return position }
                position += piece.sourceLength
            }
            return token.positionAfterSkippingLeadingTrivia
        }
        return nil
    }

    /// The .md line and column of a position in this cell's tree.
    func location(at position: AbsolutePosition) -> (line: Int, column: Int) {
        let location = converter.location(for: position)
        return (location.line + source.firstLine - 1, location.column)
    }

    /// Whether `node` belongs to this cell's tree (and not to a type parsed again from its text).
    func contains(_ node: Syntax) -> Bool {
        node.root.id == Syntax(tree).id
    }

    /// The .md line and column of a node (its first token, after leading trivia).
    func location(of node: some SyntaxProtocol) -> (line: Int, column: Int) {
        let location = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        return (location.line + source.firstLine - 1, location.column)
    }
}

extension OperatorError {
    /// The place the folding error refers to.
    var location: Syntax {
        switch self {
        case .missingGroup(_, let node), .missingOperator(_, let node): Syntax(node)
        case .incomparableOperators(let left, _, _, _): Syntax(left)
        case .operatorAlreadyExists(_, let newOperator): newOperator.syntax.map(Syntax.init) ?? Syntax(TokenSyntax.unknown(""))
        case .groupAlreadyExists(_, let newGroup): newGroup.syntax.map(Syntax.init) ?? Syntax(TokenSyntax.unknown(""))
        @unknown default: Syntax(TokenSyntax.unknown(""))
        }
    }
}
