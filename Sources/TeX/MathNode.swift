/// The presentation tree the parser builds and `MathMLWriter` prints: one case per
/// MathML Core element (or small family of elements), with the decisions already
/// taken (which script element, which operator attributes, which cell styles).
indirect enum MathNode: Sendable, Equatable {
    /// `<mi>`. `upright` asks for `mathvariant="normal"` where a browser would
    /// otherwise italicize (a single Latin or Greek letter, ∂, ∇).
    case identifier(String, upright: Bool)
    /// `<mi>` for a named operator (`\sin`, `\operatorname{grad}`); `limits` puts its
    /// scripts under and over in display style (`\lim`, `\max`, `\operatorname*`).
    case function(String, limits: Bool)
    /// `<mn>`
    case number(String)
    /// `<mo>`
    case `operator`(Operator)
    /// `<mtext>`; `style` is inline CSS (`font-weight:bold` for `\textbf`).
    case text(String, style: String?)
    /// `<mspace width>`
    case space(Length)
    /// `<mrow>`; a braced group or any sequence.
    case row([MathNode])
    /// `<mfrac>`; `thickness` is `linethickness` (zero for `\binom`).
    case fraction(MathNode, MathNode, thickness: Length?)
    /// `<msqrt>` or, with an index, `<mroot>`.
    case radical(MathNode, index: MathNode?)
    /// `<msub>`, `<msup>` or `<msubsup>`.
    case scripts(MathNode, sub: MathNode?, sup: MathNode?)
    /// `<munder>`, `<mover>` or `<munderover>`.
    case limits(MathNode, under: MathNode?, over: MathNode?, accent: Bool, accentUnder: Bool)
    /// `<mstyle>` changing display style, script level or colour (a CSS colour).
    case style(MathNode, displayStyle: Bool?, scriptLevel: Int?, color: String?)
    /// `<mphantom>`
    case phantom(MathNode)
    /// `<mpadded>` with some dimensions set to zero (`\hphantom`, `\vphantom`, `\smash`).
    case padded(MathNode, zeroWidth: Bool, zeroHeight: Bool)
    /// A row drawn with a frame around it (`\boxed`), as inline CSS.
    case framed(MathNode)
    /// `<mtable>`
    case table(Table)
    /// `<merror>` showing the offending TeX in red.
    case error(String)
    /// A node that counts as one atom of the given class in its list (TeX's
    /// `\left…\right` is Inner, `\mathrel{\text{…}}` a relation); written as the node itself.
    case classed(MathNode, AtomClass)
    /// `<mrow href>`: `\href{url}{…}` with a URL that `URLPolicy` allowed.
    case link(String, MathNode)

    /// The TeX atom class (TeXbook ch. 17): scripts keep their nucleus's class; groups,
    /// fractions, radicals, tables and text are ordinary.
    var atomClass: AtomClass {
        switch self {
        case .operator(let op): return op.atom
        case .function: return .op
        case .classed(_, let atom): return atom
        case .scripts(let base, _, _), .limits(let base, _, _, _, _): return base.atomClass
        default: return .ord
        }
    }

    /// Whether a delimiter around this node must grow past its natural size (TeX's
    /// rule 19 with Latin Modern's parenthesis, about one em high): fractions, tables,
    /// radicals, stacked limits and braces, display-size large operators, big delimiters.
    func isTall(display: Bool) -> Bool {
        switch self {
        case .fraction, .table, .radical, .framed: return true
        case .operator(let symbol):
            if let size = symbol.size, size.value > 1 { return true }
            return display && symbol.atom == .op && symbol.limits != .none
        case .limits(let base, let under, let over, let accent, let accentUnder):
            if (over != nil && !accent) || (under != nil && !accentUnder) { return true }
            return base.isTall(display: display)
        case .scripts(let base, let sub, let sup):
            return base.isTall(display: display) || (sub?.isTall(display: false) ?? false) || (sup?.isTall(display: false) ?? false)
        case .row(let children): return children.contains { $0.isTall(display: display) }
        case .classed(let body, _), .phantom(let body), .link(_, let body): return body.isTall(display: display)
        case .padded(let body, _, let zeroHeight): return !zeroHeight && body.isTall(display: display)
        case .style(let body, let displayStyle, _, _): return body.isTall(display: displayStyle ?? display)
        case .identifier, .function, .number, .text, .space, .error: return false
        }
    }

    /// True for a node whose following scripts go under and over in display style.
    var takesLimits: Bool {
        switch self {
        case .operator(let op): return op.limits == .display || op.limits == .always
        case .function(_, let limits): return limits
        default: return false
        }
    }

    /// True for nodes that take scripts under and over even inline (`\underbrace`).
    var forcesLimits: Bool {
        switch self {
        case .operator(let op): return op.limits == .always
        case .limits(_, let under, let over, let accent, let accentUnder):
            return (under != nil && !accentUnder && over == nil) || (over != nil && !accent && under == nil)
        default: return false
        }
    }
}

/// TeX's atom classes (TeXbook ch. 17): the space between two atoms is decided by
/// their classes alone (`AtomSpacing`).
enum AtomClass: Int, Sendable, Equatable {
    case ord, op, bin, rel, open, close, punct, inner
}

/// Attributes of an `<mo>`. `lspace` and `rspace` are set by `AtomSpacing` for every
/// operator of a list, so that browsers draw TeX's spacing rather than their operator
/// dictionary's; `nil` (an operator that is part of a construct, such as an accent)
/// leaves the dictionary in charge.
struct Operator: Sendable, Equatable {
    enum Form: String, Sendable { case prefix, infix, postfix }
    /// Where scripts go: `.display` under/over in display style only (`\sum`),
    /// `.always` (`\limits`, `\underbrace`), `.never` (`\int`, `\nolimits`).
    enum Limits: Sendable { case none, display, always, never }

    var text: String
    var atom: AtomClass
    var form: Form? = nil
    var stretchy: Bool? = nil
    var fence = false
    var lspace: Length? = nil
    var rspace: Length? = nil
    /// Space in em that the symbol's own TeX definition puts before and after it, on top
    /// of the spacing of its class (amsmath's `\implies` is `\;\Longrightarrow\;`).
    var leadingKern = 0.0
    var trailingKern = 0.0
    var size: Length? = nil
    var movableLimits: Bool? = nil
    var limits: Limits = .none
    /// Drawn at the size of its base though it stands in a script position (a brace
    /// under `\underbrace`): Chromium stretches a script-size brace short of its base.
    var fullSize = false

    init(_ text: String, _ atom: AtomClass, form: Form? = nil, stretchy: Bool? = nil, fence: Bool = false,
         kern: (leading: Double, trailing: Double) = (0, 0), limits: Limits = .none) {
        self.leadingKern = kern.leading
        self.trailingKern = kern.trailing
        self.text = text
        self.atom = atom
        self.form = form
        self.stretchy = stretchy
        self.fence = fence
        self.limits = limits
    }
}

/// A table from an environment, with the layout each cell gets as inline CSS
/// (MathML Core has no `columnalign`).
struct Table: Sendable, Equatable {
    enum Alignment: Sendable { case left, center, right }
    enum Layout: Sendable, Equatable {
        /// `align`, `aligned`, `split`: columns alternate right/left, no gap at the `&`.
        case alternating
        /// `matrix`, `gather`, `array`…: one alignment per column (the last repeats).
        case columns([Alignment])
    }
    struct Row: Sendable, Equatable {
        var cells: [MathNode]
        /// Extra space below the row (`\\[10pt]`).
        var spaceBelow: Length?
        /// `\hline` above the row.
        var ruleAbove = false
    }

    var rows: [Row]
    var layout: Layout
    var displayStyle: Bool
    /// Horizontal padding inside each cell, in em (half the gap between columns).
    var columnPadding: Double
    /// Vertical rules after these columns (from `array`'s `|`).
    var rulesAfterColumns: Set<Int> = []
    var ruleBelowLastRow = false

    /// Vertical padding above and below each row, in ex: display tables (`align`,
    /// `gather`) get TeX's `\jot` of extra room, matrices less, `\substack` almost none.
    var rowPadding: Double

    init(rows: [Row], layout: Layout, displayStyle: Bool, columnPadding: Double, rowPadding: Double? = nil) {
        self.rows = rows
        self.layout = layout
        self.displayStyle = displayStyle
        self.columnPadding = columnPadding
        self.rowPadding = rowPadding ?? (displayStyle ? 0.7 : 0.5)
    }

    func alignment(ofColumn column: Int) -> Alignment {
        switch layout {
        case .alternating: return column % 2 == 0 ? .right : .left
        case .columns(let alignments):
            guard let last = alignments.last else { return .center }
            return column < alignments.count ? alignments[column] : last
        }
    }
}
