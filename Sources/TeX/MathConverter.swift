/// Converts TeX formulas to MathML Core, the MathML that browsers render natively.
///
/// ```swift
/// var converter = MathConverter(macros: ["R": "\\mathbb{R}"])
/// let result = converter.convert(#"x \in \R^n"#, display: false)
/// // result.mathML:
/// // <math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>x</mi>
/// // <mo>∈</mo><msup><mi>ℝ</mi><mi>n</mi></msup></mrow>
/// // <annotation encoding="application/x-tex">x \in \R^n</annotation></semantics></math>
/// // result.errors: []
/// ```
///
/// The converter keeps the macros defined so far: `\newcommand`, `\renewcommand`,
/// `\providecommand`, `\def` and `\let` in one formula are available in every later
/// call on the same converter, so a document converts its math in document order.
/// Conversion is deterministic (same macros and input, same bytes) and linear in the
/// input; macro expansion is bounded per formula (see `TeXLimits`).
/// Two converters are equal when they hold the same macros: they convert every formula alike.
public struct MathConverter: Sendable, Equatable {
    private var macros: [String: Macro]

    /// - Parameter macros: front-matter `math.macros`, e.g.
    ///   `["grad": "\\operatorname{grad}", "R": "\\mathbb{R}"]`. Names are given without
    ///   the backslash (a leading one is tolerated); a body using `#1`…`#9` takes as many
    ///   arguments as its highest parameter, as MathJax and KaTeX take them.
    public init(macros: [String: String] = [:]) {
        self.macros = MacroExpander.macroTable(from: macros)
    }

    /// Converts one formula.
    ///
    /// Never throws and never traps: each problem is reported in `MathResult.errors`
    /// with its UTF-8 byte offset in `tex`, and the offending TeX is shown in place in
    /// red (`<merror>`) while the rest of the formula converts.
    ///
    /// - Parameters:
    ///   - tex: the formula without its delimiters (`x^2`, not `$x^2$`); a whole
    ///     `\begin{align*}…\end{align*}` is one formula.
    ///   - display: `true` for display math (`display="block"`, large operators with
    ///     limits under and over), `false` for inline math.
    public mutating func convert(_ tex: String, display: Bool) -> MathResult {
        let source = Array(tex.utf8)
        var parser = Parser(source: source, macros: macros, display: display)
        macros = [:]
        let tree = parser.parseFormula()
        macros = parser.tokens.macros
        var writer = MathMLWriter(capacity: source.count * 8 + 160)
        writer.writeMath(tree, tex: source, display: display)
        var result = MathResult(mathML: String(decoding: writer.bytes, as: UTF8.self), errors: parser.errors)
        if display {
            let measure = MathWidth(display: true)
            result.width = measure.width(tree)
            result.pieces = DisplayBreaks.pieces(of: tree).map { nodes in
                var piece = MathMLWriter(capacity: 256)
                piece.writePiece(nodes)
                return MathPiece(mathML: String(decoding: piece.bytes, as: UTF8.self), width: measure.width(.row(nodes)))
            }
        }
        return result
    }
}

/// The MathML of one formula and the problems found in it.
public struct MathResult: Sendable, Equatable {
    /// One complete `<math>` element.
    public var mathML: String
    /// Empty when the formula converted cleanly; otherwise in source order of discovery.
    public var errors: [TeXError]
    /// Display math: how wide the formula is drawn, in em of its font size, estimated from
    /// Latin Modern Math's advance widths (`MathWidth`); 0 for inline math.
    public var width: Double = 0
    /// Display math with relations at its top level: the formula cut before each of them
    /// (`DisplayBreaks`), each piece an inline `<math displaystyle="true">`; set side by side
    /// they draw the formula, and a line may break between any two. Empty otherwise.
    public var pieces: [MathPiece] = []

    public init(mathML: String, errors: [TeXError]) {
        self.mathML = mathML
        self.errors = errors
    }
}

/// One piece of a display formula cut at its top-level relations: its MathML and its width
/// in em of the formula's font size.
public struct MathPiece: Sendable, Equatable {
    public var mathML: String
    public var width: Double

    public init(mathML: String, width: Double) {
        self.mathML = mathML
        self.width = width
    }
}
