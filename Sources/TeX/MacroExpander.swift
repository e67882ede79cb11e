/// A user macro: `\newcommand{\name}[count][default]{body}`.
struct Macro: Sendable, Equatable {
    var parameterCount: Int
    /// The default of the first argument, which is then optional (`[…]`).
    var defaultArgument: [Token]?
    var body: [Token]
    /// Its expansion once went past `TeXLimits.macroExpansions`: later uses fail at
    /// once instead of expanding a thousand times again (a document of 5,000 such
    /// formulas stays fast). Redefining the macro clears it.
    var runaway = false
}

/// Expands user macros in a token stream and reads macro definitions out of it.
///
/// The parser pulls fully expanded tokens with `next()` (and `pushBack` to look
/// ahead). Expanded tokens go on a stack in front of the remaining source (linear
/// work overall). Definitions
/// (`\newcommand`, `\renewcommand`, `\providecommand`, `\def`, `\let`) are consumed
/// here and update `macros`, which the converter keeps for later formulas.
///
/// Expansion is bounded: at most `TeXLimits.macroExpansions` macro uses and
/// `TeXLimits.tokens` tokens per formula; past that the use becomes an `.invalid`
/// token naming the limit and the pending expansion is dropped, so
/// `\newcommand{\a}{\a}\a` terminates.
struct MacroExpander {
    static let expansionLimit = TeXLimits.macroExpansions
    static let tokenLimit = TeXLimits.tokens
    static let definitionCommands: Set<String> = ["newcommand", "renewcommand", "providecommand", "def", "gdef", "let"]

    var macros: [String: Macro]
    private let source: [Token]
    private var position = 0
    /// Tokens in front of `source[position...]`, the next one last.
    private var pending: [Token] = []
    private var expansions = 0
    private var expandedTokens = 0
    /// The token limit was reached: the rest of the formula is dropped.
    private var exhausted = false

    init(source: [Token], macros: [String: Macro]) {
        self.source = source
        self.macros = macros
    }

    /// The offset just past the last source token read (for slicing error spans).
    var sourceEnd: Int { position > 0 ? source[position - 1].end : 0 }

    /// Puts a token back so that the next `next()` returns it.
    mutating func pushBack(_ token: Token) { pending.append(token) }

    /// The next token with macros expanded and definitions processed.
    mutating func next() -> Token? {
        while let token = nextUnexpanded() {
            guard case .command(let name) = token.kind else { return token }
            if let macro = macros[name] {
                if let problem = expand(macro, named: name, at: token) { return problem }
                continue
            }
            if Self.definitionCommands.contains(name) {
                if let problem = define(with: name, at: token) { return problem }
                continue
            }
            return token
        }
        return nil
    }

    /// The next token as written (macro arguments and definitions are read unexpanded).
    mutating func nextUnexpanded() -> Token? {
        if let token = pending.popLast() { return token }
        guard !exhausted, position < source.count else { return nil }
        defer { position += 1 }
        return source[position]
    }

    private mutating func nextNonSpaceUnexpanded() -> Token? {
        while let token = nextUnexpanded() {
            if token.kind != .space { return token }
        }
        return nil
    }

    // MARK: Expansion

    private mutating func expand(_ macro: Macro, named name: String, at use: Token) -> Token? {
        let tooMany = TeXErrorKind.tooManyMacroExpansions(limit: Self.expansionLimit)
        if macro.runaway { return Token(kind: .invalid(tooMany), start: use.start, end: use.end) }
        expansions += 1
        guard expansions <= Self.expansionLimit else {
            macros[name]?.runaway = true
            return tooMuch(tooMany, at: use)
        }
        var arguments: [[Token]] = []
        var first = 1
        if let defaultArgument = macro.defaultArgument, macro.parameterCount > 0 {
            arguments.append(readOptionalArgument() ?? defaultArgument)
            first = 2
        }
        if first <= macro.parameterCount {
            for _ in first...macro.parameterCount {
                guard let argument = readArgument() else {
                    return Token(kind: .invalid(.missingArgument(command: name)), start: use.start, end: max(use.end, sourceEnd))
                }
                arguments.append(argument)
            }
        }
        // Straight onto the pending stack, last token first (no intermediate array).
        let before = pending.count
        for token in macro.body.reversed() {
            if case .parameter(let k) = token.kind, k >= 1, k <= arguments.count {
                for argumentToken in arguments[k - 1].reversed() {
                    pending.append(Token(kind: argumentToken.kind, start: use.start, end: use.end))
                }
            } else {
                pending.append(Token(kind: token.kind, start: use.start, end: use.end))
            }
        }
        expandedTokens += pending.count - before
        guard source.count + expandedTokens <= Self.tokenLimit else {
            defer { exhausted = true }
            return tooMuch(.tooManyTokens(limit: Self.tokenLimit), at: use)
        }
        return nil
    }

    private mutating func tooMuch(_ kind: TeXErrorKind, at use: Token) -> Token {
        pending.removeAll()
        return Token(kind: .invalid(kind), start: use.start, end: use.end)
    }

    /// A macro argument: a braced group (without its braces) or one token; nil at the end or at a `}`.
    private mutating func readArgument() -> [Token]? {
        guard let token = nextNonSpaceUnexpanded() else { return nil }
        switch token.kind {
        case .beginGroup: return readBalanced(after: token)
        case .endGroup: pushBack(token); return nil
        default: return [token]
        }
    }

    /// `[…]` if the next token opens one; the brackets are not part of the result.
    private mutating func readOptionalArgument() -> [Token]? {
        guard let token = nextNonSpaceUnexpanded() else { return nil }
        guard token.kind == .character("[") else { pushBack(token); return nil }
        var depth = 0
        var tokens: [Token] = []
        while let inner = nextUnexpanded() {
            switch inner.kind {
            case .beginGroup: depth += 1
            case .endGroup: depth -= 1
            case .character("]") where depth == 0: return tokens
            default: break
            }
            tokens.append(inner)
        }
        return tokens
    }

    /// The tokens up to the `}` matching an already read `{`; nil if it never comes.
    private mutating func readBalanced(after open: Token) -> [Token]? {
        var depth = 1
        var tokens: [Token] = []
        while let token = nextUnexpanded() {
            switch token.kind {
            case .beginGroup: depth += 1
            case .endGroup:
                depth -= 1
                if depth == 0 { return tokens }
            default: break
            }
            tokens.append(token)
        }
        return nil
    }

    // MARK: Definitions

    /// Reads a definition; returns an `.invalid` token when it cannot be read.
    private mutating func define(with command: String, at start: Token) -> Token? {
        let invalid = { (expander: MacroExpander) in
            Token(kind: .invalid(.invalidMacroDefinition(command: command)), start: start.start, end: max(start.end, expander.sourceEnd))
        }
        guard let name = readDefinedName() else { return invalid(self) }
        switch command {
        case "let":
            var target = nextNonSpaceUnexpanded()
            if target?.kind == .character("=") { target = nextNonSpaceUnexpanded() }
            guard let target else { return invalid(self) }
            if case .command(let targetName) = target.kind, let existing = macros[targetName] {
                macros[name] = existing
            } else {
                macros[name] = Macro(parameterCount: 0, defaultArgument: nil, body: [target])
            }
            return nil
        case "def", "gdef":
            var count = 0
            while let token = nextNonSpaceUnexpanded() {
                if case .parameter(let k) = token.kind, k == count + 1 { count = k; continue }
                guard token.kind == .beginGroup, let body = readBalanced(after: token) else { return invalid(self) }
                macros[name] = Macro(parameterCount: count, defaultArgument: nil, body: body)
                return nil
            }
            return invalid(self)
        default:
            var count = 0
            var defaultArgument: [Token]?
            if let countTokens = readOptionalArgument() {
                guard let parsed = Self.integer(countTokens), (0...9).contains(parsed) else { return invalid(self) }
                count = parsed
                defaultArgument = readOptionalArgument()
            }
            guard let open = nextNonSpaceUnexpanded(), open.kind == .beginGroup,
                  let body = readBalanced(after: open) else { return invalid(self) }
            if command == "providecommand", macros[name] != nil { return nil }
            macros[name] = Macro(parameterCount: count, defaultArgument: defaultArgument, body: body)
            return nil
        }
    }

    /// `\name` or `{\name}`.
    private mutating func readDefinedName() -> String? {
        guard let token = nextNonSpaceUnexpanded() else { return nil }
        switch token.kind {
        case .command(let name): return name
        case .beginGroup:
            guard let inner = nextNonSpaceUnexpanded(), case .command(let name) = inner.kind,
                  let close = nextNonSpaceUnexpanded(), close.kind == .endGroup else { return nil }
            return name
        default: return nil
        }
    }

    private static func integer(_ tokens: [Token]) -> Int? {
        var value = 0
        var digits = 0
        for token in tokens {
            switch token.kind {
            case .space: continue
            case .character(let c) where c.properties.numericType == .decimal && c.isASCII:
                value = value * 10 + Int(c.value - 48)
                digits += 1
                if digits > 2 { return nil }
            default: return nil
            }
        }
        return digits > 0 ? value : nil
    }

    /// Reads front-matter macros (`"R": "\\mathbb{R}"`): the body is tokenized and takes
    /// as many arguments as the highest `#n` it uses.
    static func macroTable(from definitions: [String: String]) -> [String: Macro] {
        var table: [String: Macro] = [:]
        for (rawName, body) in definitions {
            let name = rawName.hasPrefix("\\") ? String(rawName.dropFirst()) : rawName
            let tokens = Tokenizer.tokenize(Array(body.utf8))
            var count = 0
            for token in tokens {
                if case .parameter(let k) = token.kind { count = max(count, k) }
            }
            table[name] = Macro(parameterCount: count, defaultArgument: nil, body: tokens)
        }
        return table
    }
}
