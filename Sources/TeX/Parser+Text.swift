/// Text mode: the argument of `\text{…}` and its relatives. Characters are kept as
/// written (blanks collapse to one), `$…$` and `\(…\)` switch back to math, and
/// text commands (`\textbf`, `\%`, `\ldots`…) are looked up in `TextCommands`.
extension Parser {
    /// The text up to the `}` matching the already read `open`.
    mutating func parseTextGroup(open: Token) -> MathNode {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth { return fail(.nestingTooDeep(limit: TeXLimits.nesting), at: open.start) }
        var nodes: [MathNode] = []
        var buffer = ""
        var nestedBraces = 0
        func flush() {
            guard !buffer.isEmpty else { return }
            nodes.append(.text(Self.textContent(buffer), style: nil))
            buffer = ""
        }
        while let token = next() {
            switch token.kind {
            case .character(let scalar): buffer.unicodeScalars.append(scalar)
            case .space: if !buffer.hasSuffix(" ") { buffer += " " }
            case .active: buffer += "\u{A0}"
            case .superscript: buffer += "^"
            case .subscript: buffer += "_"
            case .beginGroup: nestedBraces += 1
            case .endGroup:
                if nestedBraces == 0 {
                    flush()
                    return nodes.count == 1 ? nodes[0] : .row(nodes)
                }
                nestedBraces -= 1
            case .mathShift:
                flush()
                nodes.append(parseInlineMath(opener: token, until: .mathShift))
            case .command("("):
                flush()
                nodes.append(parseInlineMath(opener: token, until: .closeMath))
            case .command(let name):
                if let symbol = TextCommands.symbols[name] {
                    buffer += symbol
                } else if let mark = TextCommands.accents[name] {
                    buffer += readAccented(mark)
                } else if let style = TextCommands.styles[name] {
                    flush()
                    let argumentOpen = nextNonSpace()
                    guard let argumentOpen, argumentOpen.kind == .beginGroup else {
                        if let argumentOpen { tokens.pushBack(argumentOpen) }
                        nodes.append(fail(.missingArgument(command: name), at: token.start, through: token.end))
                        continue
                    }
                    let inner = parseTextGroup(open: argumentOpen)
                    nodes.append(style.map { TextCommands.styled(inner, $0) } ?? inner)
                } else {
                    flush()
                    nodes.append(fail(.unknownCommand(name), at: token.start, through: token.end))
                }
            case .alignment:
                flush()
                nodes.append(fail(.misplacedAlignment, at: token.start, through: token.end))
            case .parameter:
                flush()
                nodes.append(fail(.unexpectedParameter, at: token.start, through: token.end))
            case .invalid(.controlCharacter(let value)):
                record(.controlCharacter(value), at: token.start)
            case .invalid(let kind):
                flush()
                nodes.append(fail(kind, at: token.start, through: token.end))
            }
        }
        flush()
        record(.unbalancedBrace, at: open.start)
        return .row([.error("{")] + nodes)
    }

    /// The letter after a text accent (`\'e` or `\'{e}`) with its combining mark.
    private mutating func readAccented(_ mark: Unicode.Scalar) -> String {
        guard let token = nextNonSpace() else { return String(mark) }
        var letters = String.UnicodeScalarView()
        switch token.kind {
        case .character(let scalar): letters.append(scalar)
        case .beginGroup:
            while let inner = next(), inner.kind != .endGroup {
                if case .character(let scalar) = inner.kind { letters.append(scalar) }
            }
        default:
            tokens.pushBack(token)
        }
        if letters.isEmpty { return String(mark) }
        letters.insert(mark, at: letters.index(after: letters.startIndex))
        return String(letters)
    }

    /// `$…$` or `\(…\)` inside text, in text style.
    private mutating func parseInlineMath(opener: Token, until closer: Stops) -> MathNode {
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        let body = parseExpression(until: [closer, .closeBrace])
        if let token = peekNonSpace(), isStop(token, closer) {
            _ = nextNonSpace()
            return .row(body)
        }
        return .row([fail(.unexpectedMathShift, at: opener.start, through: opener.end)] + body)
    }

    /// Applies text ligatures and keeps blanks at either end visible (a browser trims
    /// them in `<mtext>`), as no-break spaces.
    private static func textContent(_ raw: String) -> String {
        var text = TextCommands.ligatures(raw)
        if text.hasPrefix(" ") { text = "\u{A0}" + text.dropFirst() }
        if text.hasSuffix(" ") { text = text.dropLast() + "\u{A0}" }
        return text
    }
}
