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
    /// Macro expansion went past its limits (a recursive macro such as
    /// `\newcommand{\a}{\a}`, or an expansion that grows without bound).
    case macroExpansionTooDeep
    /// Groups nested deeper than the converter follows.
    case nestingTooDeep
    /// A `\` at the very end of the formula.
    case trailingBackslash
}
