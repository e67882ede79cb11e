/// The spacing decisions TeX takes from atom classes and MathML Core's operator
/// dictionary cannot infer from position alone:
///
/// - a binary operator with nothing to combine on its left (start of a list, after
///   a relation, an opening fence, punctuation or another operator) is unary: `-x`,
///   `= -\nabla`, `(-1)`, and so is one right before a relation, closer or the end;
/// - a named operator (`\sin`, `\operatorname{grad}_p`) followed by an argument gets
///   U+2061 FUNCTION APPLICATION, plus TeX's thin space before an ordinary argument;
/// - `\dots` is centred (⋯) next to a binary operator or relation, low (…) elsewhere.
enum AtomSpacing {
    static let functionApplication = MathNode.operator(Operator("\u{2061}", .ord))

    static func finish(_ nodes: [MathNode], after leading: AtomClass?) -> [MathNode] {
        guard !nodes.isEmpty else { return nodes }
        var classes = nodes.map(\.atomClass)
        var result: [MathNode] = []
        result.reserveCapacity(nodes.count + 2)
        for index in nodes.indices {
            var node = nodes[index]
            if classes[index] == .bin {
                let previous = index == 0 ? leading : classes[index - 1]
                let following: AtomClass? = index + 1 < nodes.count ? classes[index + 1] : nil
                let noLeftOperand = previous.map { [.bin, .op, .rel, .open, .punct].contains($0) } ?? true
                let noRightOperand = following.map { [.rel, .close, .punct].contains($0) } ?? true
                if noLeftOperand || noRightOperand {
                    node = unary(node, prefix: noLeftOperand)
                    classes[index] = .ord
                }
            }
            if case .operator(var dots) = node, dots.centersBetweenOperators {
                let neighbours = [index > 0 ? classes[index - 1] : nil, index + 1 < nodes.count ? classes[index + 1] : nil]
                if neighbours.contains(where: { $0 == .bin || $0 == .rel }) { dots.text = "⋯" }
                node = .operator(dots)
            }
            result.append(node)
            if index + 1 < nodes.count, isNamedFunction(node) {
                result.append(functionApplication)
                let next = nodes[index + 1]
                if case .space = next {} else if classes[index + 1] == .ord || classes[index + 1] == .op {
                    result.append(.space(.thin))
                }
            }
        }
        return result
    }

    /// A binary operator used as an ordinary symbol: `form="prefix"` for + − ± ∓ (the
    /// dictionary's prefix entries have no space), otherwise explicit zero spacing.
    private static func unary(_ node: MathNode, prefix: Bool) -> MathNode {
        switch node {
        case .operator(var symbol):
            if prefix, ["+", "−", "±", "∓"].contains(symbol.text) {
                symbol.form = .prefix
            } else {
                symbol = symbol.spaced(.zero)
            }
            return .operator(symbol)
        case .scripts(let base, let sub, let sup):
            return .scripts(unary(base, prefix: prefix), sub: sub, sup: sup)
        case .limits(let base, let under, let over, let accent, let accentUnder):
            return .limits(unary(base, prefix: prefix), under: under, over: over, accent: accent, accentUnder: accentUnder)
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

    /// `'`, `''`… as one prime character, set as a superscript by the parser.
    static func prime(count: Int) -> MathNode {
        let primes = ["′", "″", "‴", "⁗"]
        let text = count <= primes.count ? primes[count - 1] : String(repeating: "′", count: count)
        return .operator(Operator(text, .ord).spaced(.zero))
    }
}
