import SwiftSyntax

/// How a call's arguments solve its generic parameters, beside `resolve` in CallResolution.swift:
/// the order they are checked in (a closure waits for the argument that fixes its `T`), which
/// literals have nothing but their default type to go by, and the conflict swiftc reports when
/// two arguments give one parameter different types, its types named in swiftc's order.
extension Checker {
    /// "conflicting arguments to generic parameter" for `name`, solved to `solved` by an earlier
    /// argument and given `other` by the one at parameter `index`. swiftc binds an argument's own
    /// type before a literal's and a scalar literal's before a collection literal's, and of two
    /// literals the later first; it names the types in that order. A library function, and a
    /// generic result wanted as `Any` (`print(maxOf(1, "two"))`), name them as written.
    func conflict(_ name: String, _ solved: CellType, _ other: CellType, _ binding: FunctionBinding,
                          _ arguments: [CallArgument], _ assignment: [Int?], _ order: [Int], _ index: Int,
                          expected: CellType?, at node: some SyntaxProtocol) -> CellError {
        let earlier = order.prefix { $0 != index }.first { p in
            binding.parameters[p].type == .generic(name) && p < assignment.count && assignment[p] != nil
        }
        var asWritten = true
        if case .cell = binding.origin, !(binding.result.containsGeneric && (expected == .any || Checker.isPrinted(node))),
           let earlier, let at = assignment[earlier], let current = assignment[index] {
            let first = Checker.literalRank(arguments[at].expression), later = Checker.literalRank(arguments[current].expression)
            asWritten = first < later || first == 0 && later == 0
        }
        let (one, two) = asWritten ? (solved, other) : (other, solved)
        return error(.conflictingGenericArguments(parameter: name, first: one, second: two), at: calleeNode(node))
    }

    /// How late swiftc's solver binds an argument's type: 0 for an expression's own type, 1 for a
    /// scalar literal (integer arithmetic, a float, string or Boolean literal), 2 for a collection literal.
    static func literalRank(_ expr: ExprSyntax) -> Int {
        if expr.is(ArrayExprSyntax.self) || expr.is(DictionaryExprSyntax.self) { return 2 }
        if isLiteralArithmetic(expr) || expr.is(FloatLiteralExprSyntax.self) || expr.is(StringLiteralExprSyntax.self)
            || expr.is(BooleanLiteralExprSyntax.self) { return 1 }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self), prefix.expression.is(FloatLiteralExprSyntax.self) { return 1 }
        return 0
    }

    /// Whether `node` is an argument of `print` (whose parameter is `Any`).
    static func isPrinted(_ node: some SyntaxProtocol) -> Bool {
        guard let call = Syntax(node).parent?.as(LabeledExprSyntax.self)?.parent?.parent?.as(FunctionCallExprSyntax.self)
        else { return false }
        return call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "print"
    }

    /// `abs(-(4))`: the operator an ambiguous negation names when the call's arguments are all integer
    /// literal arithmetic and its overloads take several numeric types there (Int's and Double's `abs`),
    /// so that no argument decides which.
    func ambiguousLiteralArgument(_ candidates: [FunctionBinding], _ arguments: [CallArgument]) -> TokenSyntax? {
        guard candidates.count > 1, arguments.allSatisfy({ $0.label == nil && Checker.isLiteralArithmetic($0.expression) })
        else { return nil }
        for (position, argument) in arguments.enumerated() {
            guard let ambiguous = argument.expression.as(PrefixOperatorExprSyntax.self).flatMap({ ambiguousNegation($0) }) else { continue }
            let types = Set(candidates.filter { $0.parameters.count == arguments.count }.map { $0.parameters[position].type })
            if types.filter(\.isNumeric).count > 1 { return ambiguous }
        }
        return nil
    }

    /// Whether every argument for generic parameter `name` is integer literal arithmetic, so that
    /// nothing but the literals' default type could solve it.
    func onlyLiteralsSolve(_ name: String, _ binding: FunctionBinding, _ arguments: [CallArgument],
                                   _ assignment: [Int?]) -> Bool {
        binding.parameters.indices.allSatisfy { index in
            guard index < assignment.count, let at = assignment[index],
                  binding.parameters[index].type == .generic(name) else { return true }
            return Checker.isLiteralArithmetic(arguments[at].expression)
        }
    }

    /// The order the parameters' arguments are checked in: as written, except that closures
    /// (without written parameter types) for parameters whose function type takes a generic
    /// parameter not yet solved come last.
    func argumentOrder(_ binding: FunctionBinding, _ arguments: [CallArgument], _ assignment: [Int?],
                               _ solution: [String: CellType]) -> [Int] {
        var now: [Int] = [], later: [Int] = []
        for (index, parameter) in binding.parameters.enumerated() {
            if index < assignment.count, let at = assignment[index], !parameter.isVariadic,
               case .function(let ps, _, _) = parameter.type.substituting(solution),
               ps.contains(where: { $0.type.containsGeneric }),
               waitsForContext(arguments[at].expression) {
                later.append(index)
            } else if index < assignment.count, assignment[index] != nil, Checker.mentionsAssociatedType(parameter.type) {
                later.append(index)   // `positions(of: "s", in: text)`: `C.Element` is known once `C` is
            } else {
                now.append(index)
            }
        }
        return later.isEmpty ? now : now + later
    }

    /// A closure without written parameter types, or a name with several meanings (an operator,
    /// an overloaded or generic function): what it is depends on the types of the call's other
    /// arguments.
    func waitsForContext(_ expr: ExprSyntax) -> Bool {
        if let closure = expr.as(ClosureExprSyntax.self) { return !Checker.hasWrittenTypes(closure) }
        return namesSeveralFunctions(expr)
    }

    /// An operator, or the name of an overloaded or generic function: which one it means (or which
    /// instance) depends on the function type its context expects.
    func namesSeveralFunctions(_ expr: ExprSyntax) -> Bool {
        guard let reference = expr.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil else { return false }
        let name = reference.baseName.text
        if reference.baseName.tokenKind != .identifier(name) { return true }   // `+`, `>`
        switch lookup(name) {
        case .functions(let overloads): return overloads.count > 1 || overloads.contains { $0.generic != nil }
        case .variable: return false
        case nil:
            guard let builtins = surface.functions[name] else { return false }
            return builtins.count > 1 || builtins.contains { !$0.generics.isEmpty }
        }
    }

    /// `{ (x: Int) in … }`: a closure whose parameter types are written out.
    static func hasWrittenTypes(_ closure: ClosureExprSyntax) -> Bool {
        guard case .parameterClause(let clause)? = closure.signature?.parameterClause else { return false }
        return clause.parameters.contains { $0.type != nil }
    }

    /// Applies `binding`'s `where` requirements whose generic parameter is solved (binding the
    /// pattern's parameters), and solves an open parameter from its pattern once that is known.
    func meetRequirements(_ binding: FunctionBinding, _ solution: inout [String: CellType],
                                  at node: some SyntaxProtocol) throws {
        for requirement in binding.requirements {
            if let type = solution[requirement.generic] {
                guard !requirement.pattern.bind(to: type, &solution) else { continue }
                if case .someSequence = requirement.pattern, type.sequenceElement == nil {
                    throw error(.doesNotConform(type: type, protocol: "Sequence"), at: node)
                }
                throw error(.cannotConvert(from: type, to: requirement.pattern.substituting(solution),
                                           context: .argument), at: node)
            } else if case .someSequence = requirement.pattern {
                continue
            } else {
                let pattern = requirement.pattern.substituting(solution)
                if !pattern.containsGeneric { solution[requirement.generic] = pattern }
            }
        }
    }
}
