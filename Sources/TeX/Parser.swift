import Markup

/// Reads a formula's expanded tokens into a `MathNode` tree.
///
/// Recursive descent, shaped like KaTeX's and Temml's parsers: an expression is a
/// list of atoms with their scripts; commands are looked up in `Symbols` (no
/// arguments) and `CommandRegistry` (arguments, then a builder). Only real syntax is
/// handled here: groups, scripts and primes, `\left…\right`, environments and rows.
///
/// Errors never stop the parser. Each one is recorded with its byte offset and the
/// offending TeX becomes an `.error` node in place; parsing goes on after it.
/// Nesting is bounded (`maximumDepth`), so hostile input cannot exhaust the stack.
struct Parser {
    /// Tokens that end the expression being read.
    struct Stops: OptionSet {
        let rawValue: Int
        static let closeBrace = Stops(rawValue: 1)
        static let right = Stops(rawValue: 2)
        static let end = Stops(rawValue: 4)
        static let cell = Stops(rawValue: 8)
        static let row = Stops(rawValue: 16)
        static let closeBracket = Stops(rawValue: 32)
        static let mathShift = Stops(rawValue: 64)
        static let closeMath = Stops(rawValue: 128)
    }

    /// Result of reading one argument.
    enum ArgumentRead {
        case read(Argument)
        case failed(TeXErrorKind)
    }

    static let maximumDepth = TeXLimits.nesting

    var tokens: MacroExpander
    let source: [UInt8]
    private(set) var errors: [TeXError] = []
    /// Display style at the current point: decides where large operators put their limits.
    var displayStyle: Bool
    /// Script or scriptscript style at the current point (inside scripts, inline
    /// fractions): TeX leaves out most spaces between atoms there.
    var scriptStyle = false
    /// The stops of the innermost expression being read (for `\displaystyle`'s rest of group).
    var stops: Stops = []
    var depth = 0
    /// End offset of the last token consumed (not merely peeked).
    var lastEnd = 0

    init(source: [UInt8], macros: [String: Macro], display: Bool) {
        self.source = source
        self.tokens = MacroExpander(source: Tokenizer.tokenize(source), macros: macros)
        self.displayStyle = display
    }

    // MARK: Formula

    /// The whole formula. Rows separated by `\\` outside any environment are stacked
    /// and centred, as KaTeX does in display math.
    mutating func parseFormula() -> MathNode {
        var rows: [Table.Row] = []
        while true {
            rows.append(Table.Row(cells: [.row(parseExpression(until: [.row]))], spaceBelow: nil))
            guard nextNonSpace() != nil else { break }
            rows[rows.count - 1].spaceBelow = parseRowSpacing()
        }
        if rows.count > 1, rows[rows.count - 1].cells == [.row([])] { rows.removeLast() }
        if rows.count == 1 { return rows[0].cells[0] }
        return .table(Table(rows: rows, layout: .columns([.center]), displayStyle: displayStyle, columnPadding: 0))
    }

    // MARK: Tokens

    mutating func next() -> Token? {
        guard let token = tokens.next() else { return nil }
        lastEnd = max(lastEnd, token.end)
        return token
    }

    mutating func nextNonSpace() -> Token? {
        while let token = next() {
            if token.kind != .space { return token }
        }
        return nil
    }

    mutating func peekNonSpace() -> Token? {
        let end = lastEnd
        defer { lastEnd = end }
        guard let token = nextNonSpace() else { return nil }
        tokens.pushBack(token)
        return token
    }

    func slice(_ start: Int, _ end: Int) -> String {
        let from = min(max(start, 0), source.count)
        let to = min(max(end, from), source.count)
        return String(decoding: source[from..<to], as: UTF8.self)
    }

    /// Records an error and returns the node that shows `source[start..<end]` in its place.
    mutating func fail(_ kind: TeXErrorKind, at start: Int, through end: Int? = nil) -> MathNode {
        record(kind, at: start)
        return .error(slice(start, end ?? lastEnd))
    }

    /// Records an error: the first `TeXLimits.errors` of a formula as they are, then one
    /// `.moreErrors` that counts the rest (20,000 unclosed `\left(` are one mistake).
    mutating func record(_ kind: TeXErrorKind, at offset: Int) {
        let limit = TeXLimits.errors
        if errors.count < limit {
            errors.append(TeXError(offset: offset, kind: kind))
        } else if errors.count == limit {
            errors.append(TeXError(offset: offset, kind: .moreErrors(count: 1)))
        } else if case .moreErrors(let count) = errors[limit].kind {
            errors[limit] = TeXError(offset: errors[limit].offset, kind: .moreErrors(count: count + 1))
        }
    }

    static func isRowBreak(_ kind: Token.Kind) -> Bool {
        kind == .command("\\") || kind == .command("cr") || kind == .command("newline")
    }

    func isStop(_ token: Token, _ stops: Stops) -> Bool {
        switch token.kind {
        case .endGroup: return stops.contains(.closeBrace)
        case .alignment: return stops.contains(.cell)
        case .mathShift: return stops.contains(.mathShift)
        case .character("]"): return stops.contains(.closeBracket)
        case .command("right"): return stops.contains(.right)
        case .command("end"): return stops.contains(.end)
        case .command(")"): return stops.contains(.closeMath)
        case let kind where Self.isRowBreak(kind): return stops.contains(.row)
        default: return false
        }
    }

    // MARK: Expressions and atoms

    /// Atoms up to a stop token (not consumed) or the end of input, spaced. `leading`
    /// and `trailing` are the classes of what encloses the list (align's right-hand
    /// cells follow an empty ord; `\left(…\right)` is between an opening and a closing).
    mutating func parseExpression(until stops: Stops, after leading: AtomClass? = nil,
                                  before trailing: AtomClass? = nil) -> [MathNode] {
        let outer = self.stops
        self.stops = stops
        defer { self.stops = outer }
        var nodes: [MathNode] = []
        while let token = peekNonSpace() {
            if isStop(token, stops) { break }
            _ = nextNonSpace()
            if case .command(let name) = token.kind, Self.infixFractions.contains(name) {
                // `{a \over b}`: what came before is the numerator, the rest the denominator.
                if depth >= Self.maximumDepth {
                    nodes.append(fail(.nestingTooDeep(limit: TeXLimits.nesting), at: token.start, through: token.end))
                    continue
                }
                depth += 1
                defer { depth -= 1 }
                let numerator = MathNode.row(AtomSpacing.finish(nodes, after: leading, script: scriptStyle))
                let denominator = MathNode.row(parseExpression(until: stops))
                return [Self.infixFraction(name, numerator, denominator)]
            }
            if let node = parseAtomWithScripts(token) { nodes.append(node) }
        }
        return AtomSpacing.finish(nodes, after: leading, before: trailing, script: scriptStyle)
    }

    /// TeX's infix fraction primitives.
    static let infixFractions: Set<String> = ["over", "atop", "choose"]

    private static func infixFraction(_ name: String, _ numerator: MathNode, _ denominator: MathNode) -> MathNode {
        switch name {
        case "atop": return .fraction(numerator, denominator, thickness: .zero)
        case "choose": return FractionCommands.binomial(numerator, denominator)
        default: return .fraction(numerator, denominator, thickness: nil)
        }
    }

    private mutating func parseAtomWithScripts(_ token: Token) -> MathNode? {
        switch token.kind {
        case .superscript, .subscript, .character("'"):
            tokens.pushBack(token)
            return attachScripts(to: nil)
        default:
            return attachScripts(to: parseAtom(token))
        }
    }

    /// One atom starting with `token` (already consumed). `single` keeps a digit alone
    /// (`x_12` is x₁2, as in TeX) instead of reading a whole number.
    mutating func parseAtom(_ token: Token, single: Bool = false) -> MathNode? {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth { return skipTooDeep(token) }
        switch token.kind {
        case .beginGroup: return parseGroup(open: token)
        case .character(let scalar): return parseCharacter(scalar, single: single)
        case .command(let name): return parseCommand(name, token)
        case .active: return .space(.em(1.0 / 3))
        case .space: return nil
        case .endGroup: return fail(.unbalancedBrace, at: token.start, through: token.end)
        case .alignment: return fail(.misplacedAlignment, at: token.start, through: token.end)
        case .mathShift: return fail(.unexpectedMathShift, at: token.start, through: token.end)
        case .parameter: return fail(.unexpectedParameter, at: token.start, through: token.end)
        case .superscript: return fail(.missingArgument(command: "^"), at: token.start, through: token.end)
        case .subscript: return fail(.missingArgument(command: "_"), at: token.start, through: token.end)
        case .invalid(.controlCharacter(let value)):
            record(.controlCharacter(value), at: token.start)
            return nil
        case .invalid(let kind): return fail(kind, at: token.start, through: token.end)
        }
    }

    /// Past the nesting limit: reports once and skips the group (or token) without recursing.
    private mutating func skipTooDeep(_ token: Token) -> MathNode {
        if token.kind == .beginGroup {
            var open = 1
            while open > 0, let inner = next() {
                if inner.kind == .beginGroup { open += 1 }
                if inner.kind == .endGroup { open -= 1 }
            }
        }
        return fail(.nestingTooDeep(limit: TeXLimits.nesting), at: token.start)
    }

    /// `{…}` after its `{`.
    private mutating func parseGroup(open: Token) -> MathNode {
        let body = parseExpression(until: [.closeBrace])
        if nextNonSpace() != nil { return .row(body) }
        record(.unbalancedBrace, at: open.start)
        return .row([.error("{")] + body)
    }

    private mutating func parseCharacter(_ scalar: Unicode.Scalar, single: Bool) -> MathNode {
        if Self.isDigit(scalar) { return .number(single ? String(scalar) : readNumber(startingWith: scalar)) }
        if scalar.isASCII, Tokenizer.isLetter(UInt8(scalar.value)) { return .identifier(String(scalar), upright: false) }
        if scalar == ":" || scalar == "=", let pair = readRelationPair(after: scalar) { return pair }
        if let node = Symbols.characters[scalar] ?? Symbols.unicodeOperators[scalar] { return node }
        if scalar == "'" { return AtomSpacing.prime(count: 1) }
        if scalar.properties.isAlphabetic { return .identifier(String(scalar), upright: false) }
        if scalar.properties.numericType == .decimal { return .number(String(scalar)) }
        return .operator(Operator(String(scalar), .ord))
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// `:=`, `=:` and `::` as one relation: TeX puts no space between adjacent
    /// relations, and one `<mo>` keeps a browser from spacing the two halves.
    private mutating func readRelationPair(after first: Unicode.Scalar) -> MathNode? {
        guard let token = peekNonSpace(), case .character(let second) = token.kind,
              second == ":" || (first == ":" && second == "=") else { return nil }
        _ = nextNonSpace()
        return .operator(Operator(String(first) + String(second), .rel))
    }

    /// Digits with at most one decimal point between digits: `0.5`, `10`.
    private mutating func readNumber(startingWith first: Unicode.Scalar) -> String {
        var text = String(first)
        var seenPoint = false
        func isDigit(_ token: Token?) -> Unicode.Scalar? {
            if case .character(let c)? = token?.kind, Self.isDigit(c) { return c }
            return nil
        }
        while let token = next() {
            if let digit = isDigit(token) { text.unicodeScalars.append(digit); continue }
            if token.kind == .character("."), !seenPoint {
                let after = next()
                if let digit = isDigit(after) {
                    text += "."
                    text.unicodeScalars.append(digit)
                    seenPoint = true
                    continue
                }
                if let after { tokens.pushBack(after) }
            }
            tokens.pushBack(token)
            break
        }
        return text
    }

    private mutating func parseCommand(_ name: String, _ token: Token) -> MathNode? {
        switch name {
        case "begin": return parseEnvironment(begin: token)
        case "left": return parseLeftRight(left: token)
        case "right":
            if let delimiter = nextNonSpace(), Delimiters.delimiter(for: delimiter) == nil { tokens.pushBack(delimiter) }
            return fail(.unexpectedRight, at: token.start)
        case "end":
            let name = readName() ?? ""
            return fail(.unexpectedEnd(name), at: token.start)
        case "\\", "cr", "newline":
            return fail(.misplacedRowBreak, at: token.start, through: token.end)
        case "limits", "nolimits":
            return fail(.misplacedLimits, at: token.start, through: token.end)
        case "hline":
            return fail(.misplacedRule, at: token.start, through: token.end)
        case "substack":
            return parseSubstack(token)
        case "href", "url":
            return parseLink(name, at: token)
        case "pmatrix", "matrix", "bmatrix", "cases":
            return parsePlainMatrix(name, at: token)
        case "dots", "dotso", "dotsc", "dotsb", "dotsm", "dotsi", "cdots", "ldots":
            return Dots.node(for: name, before: peekNonSpace()?.kind)
        default:
            break
        }
        if let node = Symbols.commands[name] { return node }
        if let spec = CommandRegistry.commands[name] { return parseCall(spec, named: name, at: token) }
        return fail(.unknownCommand(name), at: token.start, through: token.end)
    }

    /// `\href{url}{math}` and `\url{url}`: a link if `URLPolicy` allows the URL; a
    /// refused one keeps the text, drops the link and is reported at the command.
    private mutating func parseLink(_ name: String, at token: Token) -> MathNode {
        guard let url = readName() else { return fail(.missingArgument(command: name), at: token.start) }
        let body: MathNode
        if name == "url" {
            body = .text(url, style: "font-family:monospace")
        } else {
            guard case .read(.node(let node)) = parseArgument(.math, command: name) else {
                return fail(.missingArgument(command: name), at: token.start)
            }
            body = node
        }
        switch URLPolicy.check(url) {
        case .allowed(let target): return .link(target, body)
        case .refused(let scheme):
            record(.refusedURL(scheme: scheme), at: token.start)
            return body
        }
    }

    /// `\substack{i<j \\ k}`: centred lines for a limit, packed tightly.
    private mutating func parseSubstack(_ token: Token) -> MathNode {
        guard let open = nextNonSpace(), open.kind == .beginGroup else {
            return fail(.missingArgument(command: "substack"), at: token.start)
        }
        var rows: [Table.Row] = []
        while true {
            rows.append(Table.Row(cells: [.row(parseExpression(until: [.row, .closeBrace]))], spaceBelow: nil))
            guard let separator = nextNonSpace() else {
                record(.unbalancedBrace, at: open.start)
                break
            }
            if separator.kind == .endGroup { break }
            rows[rows.count - 1].spaceBelow = parseRowSpacing()
        }
        return .table(Table(rows: rows, layout: .columns([.center]), displayStyle: false, columnPadding: 0, rowPadding: 0.1))
    }

    // MARK: Scripts

    /// Reads `^`, `_`, primes and `\limits`/`\nolimits` after `base` and builds the
    /// script element: under/over (`munderover`) for limits, else `msubsup`.
    private mutating func attachScripts(to base: MathNode?) -> MathNode? {
        var sub: MathNode?
        var sup: MathNode?
        var primes = 0
        var limitsOverride: Bool?
        var misplaced: [MathNode] = []
        scanning: while let token = peekNonSpace() {
            switch token.kind {
            case .superscript, .subscript:
                _ = nextNonSpace()
                let isSuperscript = token.kind == .superscript
                let script = parseScriptArgument(token)
                if isSuperscript ? sup != nil : sub != nil {
                    misplaced.append(fail(isSuperscript ? .doubleSuperscript : .doubleSubscript, at: token.start))
                } else if isSuperscript {
                    sup = script
                } else {
                    sub = script
                }
            case .character("'"):
                _ = nextNonSpace()
                if sup != nil {
                    misplaced.append(fail(.doubleSuperscript, at: token.start, through: token.end))
                } else {
                    primes += 1
                }
            case .command(let name) where name == "limits" || name == "nolimits":
                guard let base, base.atomClass == .op else { break scanning }
                _ = nextNonSpace()
                limitsOverride = name == "limits"
            default:
                break scanning
            }
        }
        var base = base
        if primes > 0 {
            // The prime beside its base at full size (see `AtomSpacing.prime`); any other
            // scripts go on the primed base: `f'^2`, `x'_i`.
            let prime = AtomSpacing.prime(count: primes)
            base = base.map { .classed(.row([$0, prime]), $0.atomClass) } ?? prime
        }
        guard sub != nil || sup != nil else { return base.map { misplaced.isEmpty ? $0 : .row([$0] + misplaced) } }
        var core = base ?? .row([])
        let underOver = limitsOverride ?? (core.forcesLimits || (core.takesLimits && displayStyle))
        if limitsOverride == true, case .operator(var symbol) = core {
            symbol.movableLimits = false
            core = .operator(symbol)
        }
        let node: MathNode = underOver
            ? .limits(core, under: sub, over: sup, accent: false, accentUnder: false)
            : .scripts(core, sub: sub, sup: sup)
        return misplaced.isEmpty ? node : .row([node] + misplaced)
    }

    /// The argument of `^` or `_`, in text style; an error node when it is missing.
    private mutating func parseScriptArgument(_ marker: Token) -> MathNode {
        let saved = (displayStyle, scriptStyle)
        (displayStyle, scriptStyle) = (false, true)
        defer { (displayStyle, scriptStyle) = saved }
        let command = marker.kind == .superscript ? "^" : "_"
        if case .read(.node(let node)) = parseArgument(.math, command: command) { return node }
        return fail(.missingArgument(command: command), at: marker.start, through: marker.end)
    }
}
