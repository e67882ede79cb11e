import SwiftSyntax

/// Whether calls of a function can throw: `throws` always needs `try`, `rethrows` only when
/// one of its function arguments throws (`try xs.map { try parse($0) }`, but `xs.map { $0 + 1 }`).
enum ThrowingEffect: Equatable {
    case none, `throws`, `rethrows`
}

/// Where errors thrown by the code being compiled go, for one function body, closure or
/// the top level (a loop whose iterations get frames of their own shares its function's).
///
/// Swift decides statically that every error is either caught or propagated by a function
/// that says so, and rejects the rest; these are the facts that decision needs while the
/// checker walks the body: what the function may throw, the `do` statements around the
/// current point and the `try` expressions around the current expression.
final class FunctionEffects {
    enum Context: Equatable {
        /// A cell's top level: an error that gets out ends the cell, as `main` ends a program.
        case topLevel
        /// A `throws` function or initializer, or a closure that throws (declared or inferred).
        case throwing
        case nonThrowing
        /// A `rethrows` function: it may throw only by calling its function parameters.
        case rethrowing
        /// Code out of which nothing may be thrown: a `defer` body (nor jumped out of), a
        /// property's initial value, a default argument.
        case barrier(UnhandledErrorReason)
    }

    var context: Context
    /// The `do` statements with `catch` clauses whose bodies enclose the current point,
    /// innermost last: whether each has a clause that catches everything.
    var handlers: [Bool] = []
    /// The `try` expressions around the expression being compiled, innermost last.
    var tries: [TryMark] = []
    /// In a `rethrows` function: its function parameters, whose calls may throw.
    var rethrowingParameters: Set<Variable.Key> = []
    /// How many `catch` bodies enclose the current point (a `rethrows` function may rethrow there).
    var catchDepth = 0
    /// In a `defer` body: how many break targets were open outside it (they cannot be jumped to).
    var breakTargetsOutsideDefer: Int?
    /// How many calls whose errors propagate (under a plain `try`) were checked so far: an
    /// operator's autoclosure operand that has one makes the operator throw.
    var throwingCalls = 0

    init(_ context: Context = .nonThrowing) {
        self.context = context
    }
}

/// One `try`, `try?` or `try!` being compiled: it covers the calls inside its expression
/// (not those inside closures there).
struct TryMark {
    enum Kind { case plain, optional, forced }
    let kind: Kind
    let node: TryExprSyntax
}

extension Checker {
    /// `throws`/`rethrows` as written on a function, initializer or closure (`async` and typed
    /// throws are outside the subset).
    func throwingEffect(_ effects: FunctionEffectSpecifiersSyntax?) throws -> ThrowingEffect {
        guard let effects else { return .none }
        if let async = effects.asyncSpecifier { throw notSupported(.asyncFunction, async) }
        guard let clause = effects.throwsClause else { return .none }
        if let type = clause.type { throw notSupported(.typedThrows, type) }
        return clause.throwsSpecifier.tokenKind == .keyword(.rethrows) ? .rethrows : .throws
    }

    /// Why an error thrown at the current point would go nowhere, or nil when something takes
    /// it: a `do` with a catch-all clause, a function that throws, the top level.
    private func unhandledReason() -> UnhandledErrorReason? {
        let effects = scope.function.effects
        if effects.handlers.contains(true) { return nil }
        switch effects.context {
        case .topLevel, .throwing: return nil
        case .barrier(let reason): return reason
        case .rethrowing: return .rethrowingFunction
        case .nonThrowing: return effects.handlers.isEmpty ? .notThrowingFunction : .catchNotExhaustive
        }
    }

    /// Checks a call that can throw (at `node`, the call as swiftc reports it): it must be
    /// marked with `try` and its error must go somewhere. `callee` is the variable called,
    /// when it is one (in a `rethrows` function, calling a function parameter may throw).
    func checkThrowingCall(callee: Variable?, at node: some SyntaxProtocol) throws {
        let effects = scope.function.effects
        let callsRethrowingParameter = callee.map { effects.rethrowingParameters.contains($0.key) } ?? false
        var reason = unhandledReason()
        if reason == .rethrowingFunction, callsRethrowingParameter { reason = nil }
        guard let mark = effects.tries.last else {
            throw error(.throwingCall(markedWithTry: false, unhandled: reason), at: node)
        }
        guard mark.kind == .plain else { return }   // `try?` and `try!` take the error
        effects.throwingCalls += 1
        guard let reason else { return }
        switch reason {
        case .notThrowingFunction, .catchNotExhaustive:
            throw error(.tryNotHandled(reason), at: mark.node)
        case .deferBody, .rethrowingFunction, .propertyInitializer, .globalVariableInitializer, .defaultArgument:
            throw error(.throwingCall(markedWithTry: true, unhandled: reason), at: node)
        }
    }

    /// Compiles code out of which no error may be thrown (`reason` says what it is): a
    /// `defer` body, a property's initial value, a default argument. Errors caught inside
    /// it are fine.
    func withoutThrowing<T>(_ reason: UnhandledErrorReason, _ body: () throws -> T) rethrows -> T {
        let effects = scope.function.effects
        let saved = (effects.context, effects.handlers, effects.tries, effects.catchDepth)
        effects.context = .barrier(reason)
        effects.handlers = []
        effects.tries = []
        effects.catchDepth = 0
        defer { (effects.context, effects.handlers, effects.tries, effects.catchDepth) = saved }
        return try body()
    }

    /// The right operand of `&&`, `||` or `??`, an autoclosure of an operator that rethrows:
    /// a call in it that can throw makes the operator throw, and then the whole expression
    /// needs a `try` (one inside the operand does not cover the operator).
    func autoclosureOperand<T>(of op: some SyntaxProtocol, _ compile: () throws -> T) throws -> T {
        let effects = scope.function.effects
        let before = effects.throwingCalls
        let operand = try compile()
        guard effects.throwingCalls > before else { return operand }
        if effects.tries.isEmpty { throw error(.throwingOperatorWithoutTry, at: op) }
        try checkThrowingCall(callee: nil, at: op)
        return operand
    }

    /// `1 + try f()`: a `try` may stand right of an assignment only (`x = try f()`).
    func checkTryPlacement(_ node: TryExprSyntax) throws {
        guard let infix = node.parent?.as(InfixOperatorExprSyntax.self), infix.rightOperand.id == node.id,
              !infix.operator.is(AssignmentExprSyntax.self) else { return }
        if let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, Checker.isCompoundAssignment(op) { return }
        throw error(.tryRightOfOperator(keyword: node.tryKeyword.text + (node.questionOrExclamationMark?.text ?? "")), at: node)
    }

    /// Checks a `throw` statement: its error must go somewhere.
    func checkThrow(at node: ThrowStmtSyntax) throws {
        let effects = scope.function.effects
        guard let reason = unhandledReason() else { return }
        // A `rethrows` function may rethrow what it caught from its parameters.
        if reason == .rethrowingFunction, effects.catchDepth > 0 { return }
        throw error(.throwNotHandled(reason), at: node)
    }

    /// Whether a closure without a `throws` of its own throws: Swift decides it from the body's
    /// syntax, before types are known. A `try` (not `try?`/`try!`) or a `throw` that is not in
    /// the body of a `do` with a catch-all clause, nor inside a nested closure or function.
    static func closureThrows(_ closure: ClosureExprSyntax) -> Bool {
        let finder = ThrowFinder(viewMode: .sourceAccurate)
        finder.walk(closure.statements)
        return finder.found
    }

    /// A `catch` clause that catches every error: no pattern, or `_`/`let e` without `where`.
    static func catchesEverything(_ clause: CatchClauseSyntax) -> Bool {
        if clause.catchItems.isEmpty { return true }
        return clause.catchItems.contains { item in
            guard item.whereClause == nil else { return false }
            guard var pattern = item.pattern else { return true }
            if let binding = pattern.as(ValueBindingPatternSyntax.self) { pattern = binding.pattern }
            if let expression = pattern.as(ExpressionPatternSyntax.self)?.expression,
               expression.is(DiscardAssignmentExprSyntax.self) { return true }
            return pattern.is(IdentifierPatternSyntax.self) || pattern.is(WildcardPatternSyntax.self)
        }
    }
}

/// Finds what makes a closure throw (see `Checker.closureThrows`).
private final class ThrowFinder: SyntaxVisitor {
    var found = false

    override func visit(_ node: TryExprSyntax) -> SyntaxVisitorContinueKind {
        if node.questionOrExclamationMark == nil { found = true }
        return found ? .skipChildren : .visitChildren
    }

    override func visit(_ node: ThrowStmtSyntax) -> SyntaxVisitorContinueKind {
        found = true
        return .skipChildren
    }

    override func visit(_ node: DoStmtSyntax) -> SyntaxVisitorContinueKind {
        guard node.catchClauses.contains(where: Checker.catchesEverything) else { return .visitChildren }
        // The body's errors are caught; the catch bodies' are not.
        for clause in node.catchClauses { walk(clause.body) }
        return .skipChildren
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
}
