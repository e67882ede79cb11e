import SwiftSyntax
import CellValues

/// `throw`, `do`/`catch` and `try`, `try?`, `try!`: a cell's errors are `any Error` values
/// (the thrown value boxed with its dynamic type) that travel as `ThrownError`s.
///
/// Nothing here runs on code that does not mention errors: a `try` inside a function
/// compiles to its expression unchanged, and a call that can throw is an ordinary call
/// (its error comes up through the closures' own `throws`).
extension Checker {
    /// The type of `error` in a `catch` clause, and of every thrown value.
    static let anyError = CellType.existential("Error")

    /// Whether values of `type` can be thrown: types declared `: Error`, and `any Error`.
    func isError(_ type: CellType) -> Bool {
        type == Checker.anyError || declarations.conforms(type, to: "Error")
    }

    // MARK: throw

    /// `throw ParseError.bad(s)`: the value, boxed as an `any Error`, leaves as a `ThrownError`.
    func throwStatement(_ stmt: ThrowStmtSyntax) throws -> Exec {
        let value = try expression(stmt.expression)
        if value.type.containsError { return { _ in .next } }
        guard isError(value.type) else {
            throw error(.thrownTypeNotError(type: value.type), at: stmt.expression)
        }
        try checkThrow(at: stmt)
        // In a generic declaration checked with archetypes, nothing runs: typed only.
        if value.type.containsArchetype { return { _ in .next } }
        let boxed = try coerce(value, to: Checker.anyError, context: .contextual, at: stmt.expression).eval
        if scope.function.effects.context == .topLevel {
            let (line, column) = location(stmt)
            return { frame in throw ThrownError(try boxed(frame), line: line, column: column) }
        }
        return { frame in throw ThrownError(try boxed(frame)) }
    }

    // MARK: do / catch

    /// `do { … } catch pattern where condition { … } catch { … }`: the first clause whose
    /// pattern matches the error runs; with none, the error goes on. Errors thrown by the
    /// clauses themselves go to what encloses the whole statement.
    func doStatement(_ stmt: DoStmtSyntax) throws -> Exec {
        if let clause = stmt.throwsClause { throw notSupported(.typedThrows, clause) }
        let statements = Array(stmt.body.statements)
        if stmt.catchClauses.isEmpty { return try block(statements) }
        let effects = scope.function.effects
        effects.handlers.append(stmt.catchClauses.contains(where: Checker.catchesEverything))
        let body: Exec
        do {
            defer { effects.handlers.removeLast() }
            body = try block(statements)
        }
        effects.catchDepth += 1
        defer { effects.catchDepth -= 1 }
        let clauses = try stmt.catchClauses.map { clause in
            try withScope { () throws -> SwitchArm<Statement> in
                let matcher = try catchMatcher(clause)
                return SwitchArm(matches: matcher, body: Statement(run: try block(Array(clause.body.statements), newScope: false)))
            }
        }
        return { frame in
            do {
                return try body(frame)
            } catch let thrown as ThrownError {
                for clause in clauses where try clause.matches(frame, thrown.value) { return try clause.body.run(frame) }
                throw thrown
            }
        }
    }

    /// What a `catch` clause matches, binding its names (`error` for a clause without a pattern).
    private func catchMatcher(_ clause: CatchClauseSyntax) throws -> Matcher {
        if clause.catchItems.isEmpty {
            let bind = write(try declare("error", type: Checker.anyError, mutable: false, at: clause.catchKeyword))
            return { frame, value in bind(frame, value); return true }
        }
        let matchers = try clause.catchItems.map { item -> Matcher in
            var matcher: Matcher
            if let pattern = item.pattern {
                var coverage = Coverage()
                matcher = try patternMatcher(pattern, Checker.anyError, binding: false, &coverage)
            } else {
                // `catch where condition`: the error is `error`, as without a pattern.
                let bind = write(try declare("error", type: Checker.anyError, mutable: false, at: clause.catchKeyword))
                matcher = { frame, value in bind(frame, value); return true }
            }
            if let whereClause = item.whereClause {
                let condition = try booleanCondition(whereClause.condition)
                let inner = matcher
                matcher = { frame, value in try inner(frame, value) && condition(frame) }
            }
            return matcher
        }
        if matchers.count == 1 { return matchers[0] }
        return { frame, value in
            for matcher in matchers where try matcher(frame, value) { return true }
            return false
        }
    }

    // MARK: try

    /// `try e`, `try? e`, `try! e`: `e` with the calls in it that can throw covered.
    ///
    /// `try` adds nothing at run time except at the top level, where it notes where an error
    /// left (to report it there if nothing catches it). `try?` makes an optional (Swift 5's
    /// flattening: `try?` of an `Int?` is an `Int?`, of an `Int??` an `Int??`) that is nil
    /// when `e` threw; `try!` turns the error into Swift's fatal error.
    func tryExpression(_ node: TryExprSyntax, expected: CellType?) throws -> Compiled {
        let kind: TryMark.Kind = switch node.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?, .infixQuestionMark?: .optional
        case .exclamationMark?: .forced
        default: .plain
        }
        try checkTryPlacement(node)
        let effects = scope.function.effects
        effects.tries.append(TryMark(kind: kind, node: node))
        defer { effects.tries.removeLast() }
        let (line, column) = location(node)
        switch kind {
        case .plain:
            let inner = try expression(node.expression, expected: expected)
            guard effects.context == .topLevel else { return inner }
            let eval = inner.eval
            var compiled = Compiled(inner.type) { frame in
                do {
                    return try eval(frame)
                } catch var thrown as ThrownError {
                    if thrown.line == nil { (thrown.line, thrown.column) = (line, column) }
                    throw thrown
                }
            }
            compiled.discardable = inner.discardable
            return compiled
        case .optional:
            let inner = try expression(node.expression, expected: expected?.optionalWrapped)
            if inner.type.containsError { return inner }
            let type = inner.type.optionalWrapped == nil ? CellType.optional(inner.type) : inner.type
            // Same representation: a `T` value is a non-nil `T?`.
            let eval = inner.eval
            return Compiled(type) { frame in
                do { return try eval(frame) } catch is ThrownError { return .none }
            }
        case .forced:
            let inner = try expression(node.expression, expected: expected)
            let eval = inner.eval, runtime = self.runtime
            return Compiled(inner.type) { frame in
                do {
                    return try eval(frame)
                } catch let thrown as ThrownError {
                    throw CellError(line: line, column: column, kind: .forcedTryFailed(error: thrown.reflected(runtime.printer)))
                }
            }
        }
    }

    /// `error.localizedDescription` (Foundation's bridging to `NSError`) is outside the subset:
    /// said so, rather than that `any Error` has no such member.
    func checkFoundationErrorMember(_ type: CellType, _ name: String, at node: some SyntaxProtocol) throws {
        guard ["localizedDescription", "errorDescription", "failureReason"].contains(name), type != .error, isError(type),
              propertyType(of: type, name) == nil else { return }
        throw notSupported(.errorMember(name: name), node)
    }

    /// Whether `node` is a `try?` (whose optional swiftc asks to unwrap in words of its own).
    static func isOptionalTry(_ node: some SyntaxProtocol) -> Bool {
        guard let mark = Syntax(node).as(TryExprSyntax.self)?.questionOrExclamationMark else { return false }
        return mark.tokenKind == .postfixQuestionMark || mark.tokenKind == .infixQuestionMark
    }

    /// A function type used where another is expected: a function that does not throw may be
    /// used as one that does (same representation); not the other way round. Nil when the two
    /// types differ by more than `throws`.
    func functionConversion(_ compiled: Compiled, to type: CellType, at node: some SyntaxProtocol) throws -> Compiled? {
        guard case .function(let have, let haveResult, let haveThrows) = compiled.type,
              case .function(let want, let wantResult, let wantThrows) = type,
              have == want, haveResult == wantResult else { return nil }
        if haveThrows && !wantThrows {
            throw error(.throwingFunctionConversion(from: compiled.type, to: type), at: node)
        }
        return compiled.retyped(type)
    }

    /// `Result { try f() }` and `Result(catching: { … })`: the closure's value as `.success`,
    /// or what it throws as `.failure`; a `Result<Success, any Error>`. Nil when the call is
    /// not this initializer (or a cell declares a `Result` of its own).
    func resultCatchingCall(_ arguments: [CallArgument], expected: CellType?, at node: some SyntaxProtocol) throws -> Compiled? {
        guard arguments.count == 1, arguments[0].label == "catching" || arguments[0].isTrailingClosure,
              lookup("Result") == nil else { return nil }
        _ = try declareLibraryEnum("Result")
        guard declarations.genericStructs["Result"]?.signature.parameters == ["Success", "Failure"] else { return nil }
        var success = CellType.generic("Success")
        if case .instance("Result", let types)? = expected.map({ $0.optionalWrapped ?? $0 }), types.count == 2 { success = types[0] }
        let body = try expression(arguments[0].expression, expected: .function([], success, throws: true))
        guard case .function(let parameters, let result, _) = body.type, parameters.isEmpty else {
            if body.type.containsError { return Compiled(.error) { _ in .void } }
            throw error(.ambiguousExpression, at: arguments[0].expression)
        }
        let type = try instantiateStruct("Result", [result, Checker.anyError], at: Syntax(node))
        let eval = body.eval
        return Compiled(type) { frame in
            let function = try eval(frame).function
            var none: [Value] = []
            do {
                return .enumCase(0, [try function.call(&none)])
            } catch let thrown as ThrownError {
                return .enumCase(1, [thrown.value])
            }
        }
    }
}
