import TeX

extension Messages {
    /// The message for a problem in a formula (shown as a warning: the
    /// formula is still typeset, with the bad part in red).
    public static func text(for kind: TeXErrorKind) -> String {
        switch kind {
        case .unknownCommand(let name): "unknown TeX command '\\\(name)'"
        case .unknownEnvironment(let name): "unknown TeX environment '\(name)'"
        case .missingArgument(let command):
            command == "^" || command == "_"
                ? "missing script after '\(command)'"
                : "missing argument for '\\\(command)'"
        case .unbalancedBrace: "unbalanced braces in formula"
        case .mismatchedEnd(let expected, let found): "'\\end{\(found)}' closes '\\begin{\(expected)}'"
        case .missingEnd(let name): "'\\begin{\(name)}' is never closed"
        case .unexpectedEnd(let name): "'\\end{\(name)}' without a matching '\\begin{\(name)}'"
        case .missingRight: "'\\left' without a matching '\\right'"
        case .unexpectedRight: "'\\right' without a matching '\\left'"
        case .invalidDelimiter: "expected a delimiter after '\\left', '\\right', '\\middle' or '\\big'"
        case .doubleSuperscript: "double superscript; use braces, as in x^{a^b}"
        case .doubleSubscript: "double subscript; use braces, as in x_{a_b}"
        case .misplacedLimits: "'\\limits' and '\\nolimits' only follow a large operator"
        case .misplacedAlignment: "'&' is only allowed in an alignment or matrix environment"
        case .misplacedRowBreak: "'\\\\' cannot end a row inside a group"
        case .misplacedRule: "'\\hline' only starts a table row"
        case .unexpectedMathShift: "'$' inside math"
        case .unexpectedParameter: "'#' outside a macro definition"
        case .invalidLength: "expected a TeX length such as 10pt or 1em"
        case .invalidColumnSpecification: "unknown column type in array specification"
        case .invalidMacroDefinition(let command): "cannot read this '\\\(command)' definition"
        case .tooManyMacroExpansions(let limit):
            "more than \(limit) macro expansions in one formula (is a macro defined in terms of itself?)"
        case .tooManyTokens(let limit): "formula longer than \(limit) tokens, macro expansions included; the rest is dropped"
        case .moreErrors(let count): "and \(count) more error\(count == 1 ? "" : "s") in this formula (the first \(TeXLimits.errors) are shown)"
        case .nestingTooDeep(let limit): "groups nested more than \(limit) deep in one formula"
        case .trailingBackslash: "formula ends with a lone '\\'"
        case .refusedURL(let scheme):
            "link with the URL scheme '\(scheme):' is not allowed in a report (only http, https, mailto and relative links); its text is kept"
        case .controlCharacter(let value):
            "control character \(codePoint(value)) is not allowed in HTML; it was dropped from the formula"
        }
    }

    /// `U+000C`: at least four hex digits, as Unicode writes code points.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
