/// A problem found while converting one formula.
///
/// Errors are data: where (`offset`) and what (`kind`), never message text. The
/// module `Diagnostics` turns them into words. Conversion never stops at an error:
/// the offending TeX is shown in place, in red, and the rest of the formula converts.
///
/// ```swift
/// var converter = MathConverter()
/// let result = converter.convert(#"a + \foo"#, display: false)
/// result.errors == [TeXError(offset: 4, kind: .unknownCommand("foo"))]
/// ```
public struct TeXError: Error, Sendable, Equatable {
    /// UTF-8 byte offset into the `tex` string passed to `MathConverter.convert`.
    /// For an error inside a macro's expansion it is the offset of the macro's use.
    public var offset: Int
    /// What went wrong.
    public var kind: TeXErrorKind

    public init(offset: Int, kind: TeXErrorKind) {
        self.offset = offset
        self.kind = kind
    }
}

/// What went wrong in a formula. Command and environment names are given without
/// the backslash (`.unknownCommand("foo")` for `\foo`).
public enum TeXErrorKind: Sendable, Equatable {
    /// `\foo` is neither a built-in command nor a defined macro.
    case unknownCommand(String)
    /// `\begin{foo}` names no known environment.
    case unknownEnvironment(String)
    /// A command, a script (`^`, `_`) or a macro ended before all its arguments
    /// (`\frac{a}`, `x^`). `command` is `"^"` or `"_"` for scripts.
    case missingArgument(command: String)
    /// A `{` without its `}`, or a `}` without its `{`.
    case unbalancedBrace
    /// `\end{found}` closes `\begin{expected}`.
    case mismatchedEnd(expected: String, found: String)
    /// `\begin{name}` is never closed.
    case missingEnd(String)
    /// `\end{name}` without a `\begin`.
    case unexpectedEnd(String)
    /// `\left` without its `\right`.
    case missingRight
    /// `\right` without a `\left`.
    case unexpectedRight
    /// `\left`, `\right`, `\middle`, `\big`… followed by something that is not a delimiter.
    case invalidDelimiter
    /// `x^a^b`: two superscripts on one base.
    case doubleSuperscript
    /// `x_a_b`: two subscripts on one base.
    case doubleSubscript
    /// `\limits` or `\nolimits` not after a large operator.
    case misplacedLimits
    /// `&` outside a table environment.
    case misplacedAlignment
    /// `\\` inside a group, where no row can end.
    case misplacedRowBreak
    /// `\hline` outside the start of a table row.
    case misplacedRule
    /// A `$` inside math (only `\text{…$x$…}` may switch back to math).
    case unexpectedMathShift
    /// A `#` outside a macro definition.
    case unexpectedParameter
    /// A length argument that is not a TeX dimension (`\hspace{wide}`).
    case invalidLength
    /// A column specification of `array` with an unknown letter.
    case invalidColumnSpecification
    /// `\newcommand`, `\renewcommand`, `\def` or `\let` in a form that cannot be read.
    case invalidMacroDefinition(command: String)
    /// More macro expansions in one formula than `TeXLimits.macroExpansions` (a
    /// recursive macro such as `\newcommand{\a}{\a}`); the rest of the expansion is dropped.
    case tooManyMacroExpansions(limit: Int)
    /// More tokens in one formula, macro expansions included, than `TeXLimits.tokens`;
    /// the rest of the formula is dropped.
    case tooManyTokens(limit: Int)
    /// Groups, arguments or environments nested deeper than `TeXLimits.nesting`.
    case nestingTooDeep(limit: Int)
    /// A `\` at the very end of the formula.
    case trailingBackslash
    /// A control character (NUL, U+0001, U+000C…) or a noncharacter, which HTML and
    /// MathML do not allow: dropped from the output. The value is its code point.
    case controlCharacter(UInt32)
    /// `\href` or `\url` with a URL `URLPolicy` refuses (`javascript:`…): the text is
    /// kept, the link dropped. `scheme` is lowercased.
    case refusedURL(scheme: String)
    /// More than `TeXLimits.errors` errors in one formula: the first ones are reported,
    /// then this one with how many more there were.
    case moreErrors(count: Int)
}

/// The limits that bound the work one formula can cause (as KaTeX's `maxExpand`):
/// each is reported as a `TeXError` naming it, at the place it was reached, and the
/// rest of the formula and of the document still converts.
public enum TeXLimits {
    /// Groups, command arguments, scripts, `\left…\right` and environments inside
    /// each other. The parser recurses once per level, so this also bounds its stack.
    public static let nesting = 48
    /// Macro uses expanded in one formula.
    public static let macroExpansions = 1_000
    /// Tokens read in one formula: the source's and those macro expansions produce.
    public static let tokens = 100_000
    /// Errors reported per formula (a broken formula is one mistake shown many ways).
    public static let errors = 10
}
