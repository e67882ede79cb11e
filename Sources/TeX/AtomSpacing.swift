/// TeX's spacing between the atoms of a list (The TeXbook, ch. 18, rules 5–6 and 20,
/// and the table of spaces between atom types), written into the MathML explicitly:
/// every `<mo>` of a list gets `lspace` and `rspace`, and a space between two atoms
/// that are not operators is an `<mspace>`. Browsers' operator dictionaries disagree
/// with TeX and with each other (a relation at the start of a formula, `:`, the space
/// before `\log`), so none of the spacing is left to them (docs/ARCHITECTURE.md, "Math").
///
/// - The space between two atoms depends only on their classes and on the style:
///   in script style TeX drops the medium and thick spaces and some thin ones.
/// - A binary operator with nothing to combine on its left (start of a list, after
///   a relation, an opening delimiter, punctuation or another operator) is ordinary:
///   `-x`, `= -\nabla`, `(-1)`; so is one right before a relation, closer,
///   punctuation or the end of the list.
/// - Nothing is added at the ends of a list: a relation that starts a formula has
///   no space on its left.
/// - Spaces written by the author (`\,`, `\quad`) are not atoms: they add to the
///   space between the atoms around them.
/// - A named operator (`\sin`, `\operatorname{grad}_p`) followed by an atom gets
///   U+2061 FUNCTION APPLICATION, which carries the space after the operator.
enum AtomSpacing {
    /// TeX's table: row is the left atom's class, column the right one's (in
    /// `AtomClass` order: ord, op, bin, rel, open, close, punct, inner). 1, 2, 3 are
    /// thin, medium and thick spaces; a negative entry is one the TeXbook puts in
    /// parentheses (only in display and text style). Pairs that cannot occur after
    /// the binary-operator rule are 0.
    private static let table: [[Int8]] = [
        // ord  op bin rel open close punct inner
        [0, 1, -2, -3, 0, 0, 0, -1],      // ord
        [1, 1, 0, -3, 0, 0, 0, -1],       // op
        [-2, -2, 0, 0, -2, 0, 0, -2],     // bin
        [-3, -3, 0, 0, -3, 0, 0, -3],     // rel
        [0, 0, 0, 0, 0, 0, 0, 0],         // open
        [0, 1, -2, -3, 0, 0, 0, -1],      // close
        [-1, -1, 0, -1, -1, -1, -1, -1],  // punct
        [-1, 1, -2, -3, -1, 0, -1, -1],   // inner
    ]

    /// Thin, medium and thick spaces: 3, 4 and 5 mu (1 mu = 1/18 em).
    private static let widths: [Double] = [0, 3.0 / 18, 4.0 / 18, 5.0 / 18]

    /// The space TeX puts between atoms of classes `left` and `right`, in em.
    static func space(between left: AtomClass, and right: AtomClass, script: Bool) -> Double {
        let entry = table[left.rawValue][right.rawValue]
        if entry < 0 { return script ? 0 : widths[Int(-entry)] }
        return widths[Int(entry)]
    }

    static let functionApplication = "\u{2061}"

    /// Spaces the atoms of one list. `leading` and `trailing` are the classes of what
    /// encloses the list, if anything (`\left(` is an opening, align's right-hand
    /// cells follow an empty ordinary atom); `script` is true in script style.
    static func finish(_ nodes: [MathNode], after leading: AtomClass? = nil, before trailing: AtomClass? = nil,
                       script: Bool = false) -> [MathNode] {
        var nodes = nodes
        let atoms = nodes.indices.filter { !isSpace(nodes[$0]) }
        guard !atoms.isEmpty else { return nodes }
        var classes = atoms.map { nodes[$0].atomClass }
        // Rules 5 and 6: binary operators without two operands become ordinary.
        for k in classes.indices {
            if classes[k] == .bin {
                let previous = k == 0 ? leading : classes[k - 1]
                if previous.map({ [.bin, .op, .rel, .open, .punct].contains($0) }) ?? true { classes[k] = .ord }
            }
            if k > 0, classes[k - 1] == .bin, [.rel, .close, .punct].contains(classes[k]) { classes[k - 1] = .ord }
        }
        if let last = classes.indices.last, classes[last] == .bin { classes[last] = .ord }

        // The space after each atom (gaps[k] between atoms k and k + 1), kerns included.
        var before = leading.map { space(between: $0, and: classes[0], script: script) } ?? 0
        before += kerns(of: nodes[atoms[0]]).leading
        var gaps = [Double](repeating: 0, count: atoms.count)
        for k in atoms.indices {
            let next: AtomClass? = k + 1 < atoms.count ? classes[k + 1] : trailing
            var gap = next.map { space(between: classes[k], and: $0, script: script) } ?? 0
            gap += kerns(of: nodes[atoms[k]]).trailing
            if k + 1 < atoms.count { gap += kerns(of: nodes[atoms[k + 1]]).leading }
            gaps[k] = max(gap, 0)
        }
        before = max(before, 0)

        // Each gap goes on the operator to its left, else on the one to its right, else
        // into an <mspace>; every operator's other sides are zero.
        var leftSpace = [Double](repeating: 0, count: atoms.count)
        var rightSpace = [Double](repeating: 0, count: atoms.count)
        var inserted: [Int: MathNode] = [:]
        for k in atoms.indices {
            let gap = gaps[k]
            if isNamedFunction(nodes[atoms[k]]), k + 1 < atoms.count {
                var apply = Operator(functionApplication, .ord)
                apply.lspace = .zero
                apply.rspace = .em(gap)
                inserted[atoms[k]] = .operator(apply)
            } else if isEmbellishedOperator(nodes[atoms[k]]) {
                rightSpace[k] = gap
            } else if k + 1 < atoms.count, isEmbellishedOperator(nodes[atoms[k + 1]]) {
                leftSpace[k + 1] = gap
            } else if gap > 0 {
                inserted[atoms[k]] = .space(.em(gap))
            }
        }
        var leadingSpace: MathNode?
        if before > 0 {
            if isEmbellishedOperator(nodes[atoms[0]]) { leftSpace[0] += before } else { leadingSpace = .space(.em(before)) }
        }
        for (k, index) in atoms.enumerated() where isEmbellishedOperator(nodes[index]) {
            nodes[index] = withCoreOperator(nodes[index]) { symbol in
                symbol.lspace = .em(leftSpace[k])
                symbol.rspace = .em(rightSpace[k])
            }
        }
        guard !inserted.isEmpty || leadingSpace != nil else { return nodes }
        var result: [MathNode] = []
        result.reserveCapacity(nodes.count + inserted.count + 1)
        if let leadingSpace { result.append(leadingSpace) }
        for index in nodes.indices {
            result.append(nodes[index])
            if let extra = inserted[index] { result.append(extra) }
        }
        return result
    }

    private static func isSpace(_ node: MathNode) -> Bool {
        if case .space = node { return true }
        return false
    }

    /// Space that an operator's own definition adds (`\implies`, `\colon`).
    private static func kerns(of node: MathNode) -> (leading: Double, trailing: Double) {
        guard let symbol = coreOperator(node) else { return (0, 0) }
        return (symbol.leadingKern, symbol.trailingKern)
    }

    /// True for what MathML Core calls an embellished operator: an `<mo>`, or a script,
    /// style or row whose core is one. Its core `<mo>`'s `lspace` and `rspace` are the
    /// space around the whole construct.
    static func isEmbellishedOperator(_ node: MathNode) -> Bool { coreOperator(node) != nil }

    private static func coreOperator(_ node: MathNode) -> Operator? {
        switch node {
        case .operator(let symbol): return symbol
        case .scripts(let base, _, _), .limits(let base, _, _, _, _), .classed(let base, _),
             .style(let base, _, _, _):
            return coreOperator(base)
        case .row(let children) where children.count == 1: return coreOperator(children[0])
        default: return nil
        }
    }

    private static func withCoreOperator(_ node: MathNode, _ change: (inout Operator) -> Void) -> MathNode {
        switch node {
        case .operator(var symbol):
            change(&symbol)
            return .operator(symbol)
        case .scripts(let base, let sub, let sup):
            return .scripts(withCoreOperator(base, change), sub: sub, sup: sup)
        case .limits(let base, let under, let over, let accent, let accentUnder):
            return .limits(withCoreOperator(base, change), under: under, over: over, accent: accent, accentUnder: accentUnder)
        case .classed(let base, let atom):
            return .classed(withCoreOperator(base, change), atom)
        case .style(let base, let displayStyle, let scriptLevel, let color):
            return .style(withCoreOperator(base, change), displayStyle: displayStyle, scriptLevel: scriptLevel, color: color)
        case .row(let children) where children.count == 1:
            return .row([withCoreOperator(children[0], change)])
        default:
            return node
        }
    }

    private static func isNamedFunction(_ node: MathNode) -> Bool {
        switch node {
        case .function: return true
        case .scripts(let base, _, _), .limits(let base, _, _, _, _): return isNamedFunction(base)
        default: return false
        }
    }

    /// `'`, `''`… as one prime character at full size: Latin Modern Math draws U+2032
    /// already raised, where TeX puts a superscript prime (its top 0.75 em above the
    /// baseline), so it sits beside its base rather than in a superscript.
    static func prime(count: Int) -> MathNode {
        let primes = ["′", "″", "‴", "⁗"]
        let text = count <= primes.count ? primes[count - 1] : String(repeating: "′", count: count)
        return .identifier(text, upright: false)
    }
}
