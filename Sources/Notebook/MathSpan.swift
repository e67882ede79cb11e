/// One formula as written in the notebook: its TeX and where that TeX starts
/// in the `.md` file, so that an error the TeX converter reports at a byte
/// offset in the formula can be reported as `file.md:line:column`.
///
/// ```swift
/// // line 7 of the file:  "where $\frac{1}{x$ holds"
/// let span: MathSpan = …                     // tex "\frac{1}{x", line 7, column 8
/// span.position(ofUTF8Offset: 5)            // (line: 7, column: 13), the "{" of "{1}"
/// ```
public struct MathSpan: Sendable, Equatable {
    /// How the formula was delimited in the source.
    public enum Delimiter: Sendable, Equatable {
        /// `$…$`
        case dollar
        /// `$$…$$`
        case doubleDollar
        /// `\(…\)`
        case parenthesis
        /// `\[…\]`
        case bracket
        /// A bare `\begin{name}…\end{name}` (`align`, `align*`, `equation`, `gather`, …);
        /// the TeX then includes the `\begin` and `\end` lines.
        case environment(name: String)
    }

    /// The TeX between the delimiters, verbatim (for environments, the whole
    /// `\begin{…}…\end{…}`).
    public var tex: String
    public var delimiter: Delimiter
    /// 1-based line and column (in Unicode scalars) of the TeX's first character.
    public var line: Int
    public var column: Int
    /// The `{#eq-…}` label written right after display math, if any: the
    /// formula is numbered and `@eq-…` refers to it.
    public var label: String?

    public init(tex: String, delimiter: Delimiter, line: Int, column: Int) {
        self.tex = tex
        self.delimiter = delimiter
        self.line = line
        self.column = column
    }

    /// Whether the formula is set on its own line (everything except `$…$` and `\(…\)`).
    public var isDisplay: Bool {
        switch delimiter {
        case .dollar, .parenthesis: false
        case .doubleDollar, .bracket, .environment: true
        }
    }

    /// The formula as it stands in the source, delimiters included; used where
    /// math cannot be typeset (inside a link destination, an image's alt text).
    public var sourceText: String {
        switch delimiter {
        case .dollar: "$" + tex + "$"
        case .doubleDollar: "$$" + tex + "$$"
        case .parenthesis: "\\(" + tex + "\\)"
        case .bracket: "\\[" + tex + "\\]"
        case .environment: tex
        }
    }

    /// The `.md` position of the byte at `offset` (a UTF-8 offset into ``tex``,
    /// as the TeX converter reports errors). Offsets past the end map to the
    /// position just after the formula; an offset inside a multi-byte
    /// character maps to that character.
    public func position(ofUTF8Offset offset: Int) -> (line: Int, column: Int) {
        var line = self.line
        var column = self.column
        var consumed = 0
        for scalar in tex.unicodeScalars {
            let width = UTF8.width(scalar)
            if consumed + width > offset { break }
            consumed += width
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
