/// Reading commands' arguments, as their `CommandSpec` declares them.
extension Parser {
    /// Reads the arguments of a registry command and builds its node. A missing or
    /// malformed argument turns the whole command, as far as it was read, into an error node.
    mutating func parseCall(_ spec: CommandSpec, named name: String, at token: Token) -> MathNode? {
        var starred = false
        if spec.takesStar, let star = next() {
            if star.kind == .character("*") { starred = true } else { tokens.pushBack(star) }
        }
        let saved = (displayStyle, scriptStyle)
        switch spec.argumentStyle {
        case .display: (displayStyle, scriptStyle) = (true, false)
        case .text: (displayStyle, scriptStyle) = (false, false)
        case .smaller: (displayStyle, scriptStyle) = (false, scriptStyle || !displayStyle)
        case .script: (displayStyle, scriptStyle) = (false, true)
        case .inherit: break
        }
        var arguments: [Argument] = []
        arguments.reserveCapacity(spec.arguments.count)
        for kind in spec.arguments {
            switch parseArgument(kind, command: name) {
            case .read(let argument): arguments.append(argument)
            case .failed(let problem):
                (displayStyle, scriptStyle) = saved
                return fail(problem, at: token.start)
            }
        }
        (displayStyle, scriptStyle) = saved
        return spec.build(CommandCall(name: name, arguments: arguments, starred: starred, displayStyle: displayStyle))
    }

    /// Tokens that cannot start an argument: the argument is missing.
    private static func endsArguments(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .endGroup, .alignment, .superscript, .subscript, .command("right"), .command("end"): return true
        default: return isRowBreak(kind)
        }
    }

    mutating func parseArgument(_ kind: ArgumentKind, command: String) -> ArgumentRead {
        let missing = ArgumentRead.failed(.missingArgument(command: command))
        switch kind {
        case .math:
            guard let token = nextNonSpace() else { return missing }
            if Self.endsArguments(token.kind) {
                tokens.pushBack(token)
                return missing
            }
            // Through `parseAtom` even for a group, so nesting is counted (`x^{x^{x^{…}}}`).
            guard let node = parseAtom(token, single: true) else { return .read(.node(.row([]))) }
            if token.kind == .beginGroup { return .read(.node(node)) }
            let finished = AtomSpacing.finish([node], script: scriptStyle)
            return .read(.node(finished.count == 1 ? finished[0] : .row(finished)))
        case .optionalMath:
            guard let token = peekNonSpace(), token.kind == .character("[") else { return .read(.absent) }
            _ = nextNonSpace()
            let body = parseExpression(until: [.closeBracket])
            guard nextNonSpace() != nil else { return missing }
            return .read(.node(.row(body)))
        case .text:
            guard let token = nextNonSpace() else { return missing }
            switch token.kind {
            case .beginGroup: return .read(.node(parseTextGroup(open: token)))
            case .character(let scalar): return .read(.node(.text(String(scalar), style: nil)))
            default:
                tokens.pushBack(token)
                return missing
            }
        case .name:
            guard let name = readName() else { return missing }
            return .read(.name(name))
        case .length:
            guard let text = readLengthText() else { return missing }
            guard let length = Length(tex: text) else { return .failed(.invalidLength) }
            return .read(.length(length))
        case .delimiter:
            guard let token = nextNonSpace() else { return missing }
            guard let delimiter = Delimiters.delimiter(for: token) else {
                tokens.pushBack(token)
                return .failed(.invalidDelimiter)
            }
            return .read(.delimiter(delimiter))
        case .restOfGroup:
            return .read(.node(.row(parseExpression(until: stops))))
        }
    }

    /// `{characters}` as a string (braces nested inside kept), or one character token.
    mutating func readName() -> String? {
        guard let token = nextNonSpace() else { return nil }
        switch token.kind {
        case .character(let scalar): return String(scalar)
        case .beginGroup: break
        default:
            tokens.pushBack(token)
            return nil
        }
        var text = ""
        var open = 1
        while let inner = next() {
            switch inner.kind {
            case .beginGroup: open += 1; text += "{"
            case .endGroup:
                open -= 1
                if open == 0 { return Self.trimmed(text) }
                text += "}"
            case .character(let scalar): text.unicodeScalars.append(scalar)
            case .invalid(.controlCharacter(let value)): record(.controlCharacter(value), at: inner.start)
            case .space: text += " "
            case .command(let name): text += "\\" + name
            default: text += slice(inner.start, inner.end)
            }
        }
        return nil
    }

    private static func trimmed(_ text: String) -> String {
        var scalars = Substring(text)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }

    /// A dimension's text: braced (`{10pt}`) or bare (`1.5em`, `-3mu`).
    private mutating func readLengthText() -> String? {
        guard let first = nextNonSpace() else { return nil }
        if first.kind == .beginGroup {
            tokens.pushBack(first)
            return readName()
        }
        var text = ""
        var token: Token? = first
        while let current = token, case .character(let scalar) = current.kind,
              scalar == "-" || scalar == "+" || scalar == "." || ("0"..."9").contains(scalar) {
            text.unicodeScalars.append(scalar)
            token = next()
        }
        while let current = token, current.kind == .space { token = next() }
        var letters = 0
        while letters < 2, let current = token, case .character(let scalar) = current.kind,
              scalar.isASCII, scalar.properties.isAlphabetic {
            text.unicodeScalars.append(scalar)
            letters += 1
            token = letters < 2 ? next() : nil
        }
        if let token { tokens.pushBack(token) }
        return text.isEmpty ? nil : text
    }

    /// After `\\`: an optional `*` and `[length]` of extra space.
    mutating func parseRowSpacing() -> Length? {
        guard var token = peekNonSpace() else { return nil }
        if token.kind == .character("*") {
            _ = nextNonSpace()
            guard let following = peekNonSpace() else { return nil }
            token = following
        }
        guard token.kind == .character("[") else { return nil }
        _ = nextNonSpace()
        var text = ""
        while let inner = next(), inner.kind != .character("]") {
            if case .character(let scalar) = inner.kind { text.unicodeScalars.append(scalar) } else { text += " " }
        }
        guard let length = Length(tex: text) else {
            record(.invalidLength, at: token.start)
            return nil
        }
        return length
    }
}
