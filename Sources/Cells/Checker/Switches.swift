import SwiftSyntax
import CellValues

/// A compiled case pattern: tests a value and, when it matches, binds its names.
typealias Matcher = (Frame, Value) throws -> Bool

/// One `case` of a switch: its patterns and what it runs (or, in a `switch`
/// expression, computes). A struct, not a tuple: closures in an array of tuples
/// are called through reabstraction thunks.
struct SwitchArm<Body> {
    let matches: Matcher
    let body: Body
}

extension Checker {
    func switchStatement(_ switchExpr: SwitchExprSyntax, label: String?) throws -> Exec {
        let subject = try expression(switchExpr.subject)
        return try withBreakTarget(label: label, isLoop: false) { id in
            var arms: [SwitchArm<Statement>] = []
            var coverage = Coverage()
            for element in switchExpr.cases {
                guard let switchCase = element.as(SwitchCaseSyntax.self) else {
                    throw notSupported(.conditionalCompilationInSwitch, element)
                }
                let arm = try withScope { () throws -> SwitchArm<Statement> in
                    let matcher = try caseMatcher(switchCase, subject.type, &coverage)
                    if switchCase.statements.isEmpty {
                        throw error(.syntax(message: "'case' label in a 'switch' must have at least one executable statement"),
                                    at: switchCase)
                    }
                    return SwitchArm(matches: matcher, body: Statement(run: try block(Array(switchCase.statements), newScope: false)))
                }
                arms.append(arm)
            }
            if !coverage.isExhaustive(subject.type, declarations: declarations) {
                throw error(.switchNotExhaustive, at: switchExpr.switchKeyword)
            }
            let source = subject.eval
            return { frame in
                let value = try source(frame)
                guard var index = try arms.firstIndex(where: { try $0.matches(frame, value) }) else { return .next }
                while true {
                    let flow = try arms[index].body.run(frame)
                    if case .breakLoop(let target) = flow, target == id { return .next }
                    if flow == .fallthroughCase, index + 1 < arms.count {
                        index += 1
                        continue
                    }
                    return flow == .fallthroughCase ? .next : flow
                }
            }
        }
    }

    /// `switch` used as a value: every case is a single expression.
    func switchExpression(_ switchExpr: SwitchExprSyntax, expected: CellType?) throws -> Compiled {
        let subject = try expression(switchExpr.subject)
        var arms: [SwitchArm<Compiled>] = []
        var coverage = Coverage()
        var resultType = expected
        for element in switchExpr.cases {
            guard let switchCase = element.as(SwitchCaseSyntax.self),
                  switchCase.statements.count == 1, let value = Checker.singleExpression(switchCase.statements.first!.item) else {
                throw notSupported(.switchExpressionWithStatements, element)
            }
            let arm = try withScope { () throws -> SwitchArm<Compiled> in
                let matcher = try caseMatcher(switchCase, subject.type, &coverage)
                let compiled = try expression(value, expected: resultType)
                if resultType == nil { resultType = compiled.type }
                return SwitchArm(matches: matcher, body: try coerce(compiled, to: resultType!, context: .contextual, at: value))
            }
            arms.append(arm)
        }
        if !coverage.isExhaustive(subject.type, declarations: declarations) {
            throw error(.switchNotExhaustive, at: switchExpr.switchKeyword)
        }
        let source = subject.eval
        return Compiled(resultType ?? .void) { frame in
            let value = try source(frame)
            for arm in arms where try arm.matches(frame, value) { return try arm.body.eval(frame) }
            return .void
        }
    }

    /// `if` used as a value: `let x = if c { 1 } else { 2 }`.
    func ifExpression(_ ifExpr: IfExprSyntax, expected: CellType?) throws -> Compiled {
        func single(_ block: CodeBlockSyntax) throws -> ExprSyntax {
            guard block.statements.count == 1, case .expr(let value) = block.statements.first!.item else {
                throw notSupported(.ifExpressionWithStatements, block)
            }
            return value
        }
        var condition: ((Frame) throws -> Bool)?
        let first = try withScope { () throws -> Compiled in
            condition = try conditions(ifExpr.conditions)
            return try expression(try single(ifExpr.body), expected: expected)
        }
        let test = condition!
        let type = expected ?? first.type
        let yes = try coerce(first, to: type, context: .contextual, at: ifExpr.body).eval
        let no: Eval
        switch ifExpr.elseBody {
        case .codeBlock(let block): no = try expression(try single(block), as: type, context: .contextual).eval
        case .ifExpr(let elseIf): no = try coerce(try ifExpression(elseIf, expected: type), to: type, context: .contextual, at: elseIf).eval
        case nil: throw error(.syntax(message: "'if' must have an unconditional 'else' to be used as expression"), at: ifExpr)
        }
        return Compiled(type) { frame in try test(frame) ? try yes(frame) : try no(frame) }
    }

    private func caseMatcher(_ switchCase: SwitchCaseSyntax, _ type: CellType, _ coverage: inout Coverage) throws -> Matcher {
        guard case .case(let caseLabel) = switchCase.label else {
            coverage.catchAll = true
            return { _, _ in true }
        }
        var matchers: [Matcher] = []
        for item in caseLabel.caseItems {
            var itemCoverage = Coverage()
            var matcher = try patternMatcher(item.pattern, type, binding: false, &itemCoverage)
            if let whereClause = item.whereClause {
                let guardTest = try booleanCondition(whereClause.condition)
                let inner = matcher
                matcher = { frame, value in try inner(frame, value) && guardTest(frame) }
            } else {
                coverage.merge(itemCoverage)
            }
            matchers.append(matcher)
        }
        if matchers.count == 1 { return matchers[0] }
        return { frame, value in
            for matcher in matchers where try matcher(frame, value) { return true }
            return false
        }
    }

    /// A pattern against a value of `type`. `binding`: inside `let`, bare names bind.
    func patternMatcher(_ pattern: PatternSyntax, _ type: CellType, binding: Bool,
                                _ coverage: inout Coverage) throws -> Matcher {
        if let matcher = try existentialPatternMatcher(pattern, type, &coverage) { return matcher }
        if pattern.is(WildcardPatternSyntax.self) {
            coverage.catchAll = true
            return { _, _ in true }
        }
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            coverage.catchAll = true
            let bind = try bindOrReuse(identifier.identifier.text, type, at: identifier)
            return { frame, value in bind(frame, value); return true }
        }
        if let valueBinding = pattern.as(ValueBindingPatternSyntax.self) {
            return try patternMatcher(valueBinding.pattern, type, binding: true, &coverage)
        }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            return try tupleMatcher(tuple.elements.map { ($0.pattern, nil as ExprSyntax?) }, type, binding: binding,
                                    at: tuple, &coverage)
        }
        if let expressionPattern = pattern.as(ExpressionPatternSyntax.self) {
            return try expressionMatcher(expressionPattern.expression, type, binding: binding, &coverage)
        }
        if let isType = pattern.as(IsTypePatternSyntax.self) {
            return try castPattern(nil, isType.type, type, binding: binding, &coverage)
        }
        throw notSupported(.pattern, pattern)
    }

    private func tupleMatcher(_ parts: [(PatternSyntax?, ExprSyntax?)], _ type: CellType, binding: Bool,
                              at node: some SyntaxProtocol, _ coverage: inout Coverage) throws -> Matcher {
        guard case .tuple(let elements) = type, elements.count == parts.count else {
            throw error(.tuplePatternMismatch(type: type, expectedCount: parts.count), at: node)
        }
        var allCatch = true
        let matchers = try zip(parts, elements).map { part, element -> Matcher in
            var inner = Coverage()
            let matcher = try part.0.map { try patternMatcher($0, element.type, binding: binding, &inner) }
                ?? expressionMatcher(part.1!, element.type, binding: binding, &inner)
            allCatch = allCatch && inner.catchAll
            return matcher
        }
        if allCatch { coverage.catchAll = true }
        return { frame, value in
            let items = value.array
            for (index, matcher) in matchers.enumerated() where try !matcher(frame, items[index]) { return false }
            return true
        }
    }

    func expressionMatcher(_ expr: ExprSyntax, _ type: CellType, binding: Bool,
                           _ coverage: inout Coverage) throws -> Matcher {
        if let patternExpr = expr.as(PatternExprSyntax.self) {
            return try patternMatcher(patternExpr.pattern, type, binding: binding, &coverage)
        }
        if let matcher = try existentialExpressionMatcher(expr, type, binding: binding, &coverage) { return matcher }
        if expr.is(DiscardAssignmentExprSyntax.self) {
            coverage.catchAll = true
            return { _, _ in true }
        }
        if let cast = expr.as(AsExprSyntax.self), cast.questionOrExclamationMark == nil,
           let inner = cast.expression.as(PatternExprSyntax.self) {
            // `case let dog as Dog`
            return try castPattern(inner.pattern, cast.type, type, binding: binding, &coverage)
        }
        if binding, let reference = expr.as(DeclReferenceExprSyntax.self) {
            coverage.catchAll = true
            let bind = try bindOrReuse(reference.baseName.text, type, at: reference)
            return { frame, value in bind(frame, value); return true }
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            return try tupleMatcher(tuple.elements.map { (nil, $0.expression) }, type, binding: binding, at: tuple, &coverage)
        }
        if case .optional(let wrapped) = type, let matcher = try optionalMatcher(expr, wrapped, binding: binding, &coverage) {
            return matcher
        }
        if let typeName = type.nominalName, let layout = declarations.enumLayout(typeName) {
            var caseName: String?
            var arguments: [LabeledExprSyntax] = []
            if let member = expr.as(MemberAccessExprSyntax.self) { caseName = member.declName.baseName.text }
            if let call = expr.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self) {
                caseName = member.declName.baseName.text
                arguments = Array(call.arguments)
            }
            if let caseName {
                guard let index = layout.cases.firstIndex(where: { $0.name == caseName }) else {
                    throw error(.typeHasNoMember(type: typeName, member: caseName), at: expr)
                }
                let payload = layout.cases[index].payload
                if !arguments.isEmpty && arguments.count != payload.count {
                    throw error(.tuplePatternMismatch(type: CellType.tuple(payload), expectedCount: arguments.count), at: expr)
                }
                var allCatch = true
                let parts = try zip(arguments, payload).map { argument, element -> Matcher in
                    var inner = Coverage()
                    let matcher = try expressionMatcher(argument.expression, element.type, binding: binding, &inner)
                    allCatch = allCatch && inner.catchAll
                    return matcher
                }
                if allCatch { coverage.enumCases.insert(index) }
                return { frame, value in
                    guard case .enumCase(let actual, let values) = value, actual == index else { return false }
                    for (position, part) in parts.enumerated() where try !part(frame, values[position]) { return false }
                    return true
                }
            }
        }
        if let postfix = expr.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
            let lower = try expression(postfix.expression, as: type, context: .contextual).eval
            return { frame, value in !ValueEquality.less(value, try lower(frame)) }
        }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self), ["..<", "..."].contains(prefix.operator.text) {
            let upper = try expression(prefix.expression, as: type, context: .contextual).eval
            let closed = prefix.operator.text == "..."
            return { frame, value in
                let bound = try upper(frame)
                return ValueEquality.less(value, bound) || (closed && ValueEquality.equal(value, bound))
            }
        }
        // `case "a"..."z"` on a Character: the bounds' literals take the subject's type.
        var context = type
        if let infix = expr.as(InfixOperatorExprSyntax.self),
           let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op == "..." || op == "..<" {
            context = .range(type, closed: op == "...")
        }
        let compiled = try expression(expr, expected: context)
        if case .range(let bound, _) = compiled.type, bound == type {
            let range = compiled.eval
            let closed = compiled.type == .range(bound, closed: true)
            return { frame, value in
                let bounds = try range(frame).array
                return !ValueEquality.less(value, bounds[0])
                    && (closed ? !ValueEquality.less(bounds[1], value) : ValueEquality.less(value, bounds[1]))
            }
        }
        let candidate = try coerce(compiled, to: type, context: .contextual, at: expr)
        if type == .bool, let literal = expr.as(BooleanLiteralExprSyntax.self) {
            coverage.booleans.insert(literal.literal.tokenKind == .keyword(.true))
        }
        let eval = candidate.eval
        return { frame, value in ValueEquality.equal(value, try eval(frame)) }
    }

    /// The patterns of an optional: `nil` and `.none`, `.some(p)` and `p?` (which match the
    /// wrapped value against `p`). Coverage counts `.none` as case 0 and `.some` as case 1.
    private func optionalMatcher(_ expr: ExprSyntax, _ wrapped: CellType, binding: Bool,
                                 _ coverage: inout Coverage) throws -> Matcher? {
        let member = expr.as(MemberAccessExprSyntax.self)
        if expr.is(NilLiteralExprSyntax.self) || (member?.base == nil && member?.declName.baseName.text == "none") {
            coverage.enumCases.insert(0)
            return { _, value in value.isNone }
        }
        var payload: ExprSyntax?
        if let chain = expr.as(OptionalChainingExprSyntax.self) { payload = chain.expression }
        if let call = expr.as(FunctionCallExprSyntax.self), let callee = call.calledExpression.as(MemberAccessExprSyntax.self),
           callee.base == nil, callee.declName.baseName.text == "some", call.arguments.count == 1 {
            payload = call.arguments.first!.expression
        }
        guard let payload else { return nil }
        var inner = Coverage()
        let matcher = try expressionMatcher(payload, wrapped, binding: binding, &inner)
        if inner.isExhaustive(wrapped, declarations: declarations) { coverage.enumCases.insert(1) }
        return { frame, value in
            if value.isNone { return false }
            return try matcher(frame, value.unwrappedOptional)
        }
    }

    /// Binds a name in a case; the same name in another pattern of the same case reuses its slot.
    private func bindOrReuse(_ name: String, _ type: CellType, at node: some SyntaxProtocol) throws -> (Frame, Value) -> Void {
        let variable: Variable
        if case .variable(let existing) = scope.names[name], existing.type == type {
            variable = existing
        } else {
            variable = try declare(name, type: type, mutable: false, at: node)
        }
        let write = self.write(variable)
        return { frame, value in write(frame, value) }
    }
}

/// What the unguarded patterns of a switch cover, for Swift's exhaustiveness rule.
struct Coverage {
    var catchAll = false
    var enumCases: Set<Int> = []
    var booleans: Set<Bool> = []

    mutating func merge(_ other: Coverage) {
        catchAll = catchAll || other.catchAll
        enumCases.formUnion(other.enumCases)
        booleans.formUnion(other.booleans)
    }

    func isExhaustive(_ type: CellType, declarations: Declarations) -> Bool {
        if catchAll || type == .error { return true }
        if type == .bool { return booleans.count == 2 }
        if let name = type.nominalName, let layout = declarations.enumLayout(name) { return enumCases.count == layout.cases.count }
        if case .optional = type { return enumCases.count == 2 }
        return false
    }
}
