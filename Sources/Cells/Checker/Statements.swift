import SwiftSyntax
import CellValues

extension Checker {
    /// A block's statements, in a scope of their own. Functions declared in the
    /// block are visible from its start (their values are made on entry).
    func block(_ items: [CodeBlockItemSyntax], newScope: Bool = true) throws -> Exec {
        let compile = { () throws -> Exec in
            let statements = try self.declareFunctions(items) + self.blockStatements(items)
            return Lowering.sequence(statements)
        }
        return newScope ? try withScope(compile) : try compile()
    }

    func statement(_ item: CodeBlockItemSyntax.Item) throws -> Exec {
        switch item {
        case .decl(let decl): return try declaration(decl)
        case .stmt(let stmt): return try statement(stmt)
        case .expr(let expr): return try expressionStatement(expr)
        }
    }

    func expressionStatement(_ expr: ExprSyntax) throws -> Exec {
        if let ifExpr = expr.as(IfExprSyntax.self) { return try ifStatement(ifExpr) }
        if let switchExpr = expr.as(SwitchExprSyntax.self) { return try switchStatement(switchExpr, label: nil) }
        let compiled = try expression(expr)
        // Not `statement ?? …`: a closure through a generic (`??`'s `T`) comes back wrapped in
        // reabstraction thunks, paid on every run of the statement.
        if let statement = compiled.statement { return statement }
        return Lowering.discarding(compiled.eval)
    }

    private func statement(_ stmt: StmtSyntax) throws -> Exec {
        switch stmt.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let e): return try expressionStatement(e.expression)
        case .returnStmt(let r): return try returnStatement(r)
        case .breakStmt(let b): return try jump(b.label?.text, isBreak: true, at: b)
        case .continueStmt(let c): return try jump(c.label?.text, isBreak: false, at: c)
        case .guardStmt(let g): return try guardStatement(g)
        case .forStmt(let f): return try forStatement(f, label: nil)
        case .whileStmt(let w): return try whileStatement(w, label: nil)
        case .repeatStmt(let r): return try repeatStatement(r, label: nil)
        case .labeledStmt(let labeled):
            let label = labeled.label.text
            switch labeled.statement.as(StmtSyntaxEnum.self) {
            case .forStmt(let f): return try forStatement(f, label: label)
            case .whileStmt(let w): return try whileStatement(w, label: label)
            case .repeatStmt(let r): return try repeatStatement(r, label: label)
            case .expressionStmt(let e) where e.expression.is(SwitchExprSyntax.self):
                return try switchStatement(e.expression.cast(SwitchExprSyntax.self), label: label)
            default: throw notSupported(.labelOnStatement, labeled)
            }
        case .doStmt(let d): return try doStatement(d)
        case .deferStmt(let d): throw notSupported(.deferOutsideBlock, d)
        case .throwStmt(let t): return try throwStatement(t)
        case .fallThroughStmt: return Lowering.leaving(with: .fallthroughCase)
        case .discardStmt(let d): throw notSupported(.discard, d)
        case .yieldStmt(let y): throw notSupported(.yield, y)
        default: throw notSupported(.statement, stmt)
        }
    }

    private func returnStatement(_ stmt: ReturnStmtSyntax) throws -> Exec {
        let function = scope.function
        if function.isGlobal { throw error(.returnOutsideFunction, at: stmt) }
        try checkJumpOutOfDefer("return", targetIndex: nil, at: stmt)
        guard let value = stmt.expression else {
            if function.inferredReturn { function.returnType = .void; function.inferredReturn = false }
            if let type = function.returnType, type != .void, type != .error {
                throw error(.missingReturnValue, at: stmt)
            }
            return Lowering.leaving(with: .returned)
        }
        let eval: Eval
        if function.inferredReturn {
            let compiled = try expression(value)
            function.returnType = compiled.type
            function.inferredReturn = false
            eval = compiled.eval
        } else {
            let type = function.returnType ?? .void
            if type == .void {
                let compiled = try expression(value)
                if compiled.type != .void { throw error(.unexpectedReturnValue, at: value) }
                eval = compiled.eval
            } else {
                eval = try expression(value, as: type, context: .returnValue).eval
            }
        }
        return Lowering.returning(eval)
    }

    private func jump(_ label: String?, isBreak: Bool, at node: some SyntaxProtocol) throws -> Exec {
        let target: BreakTarget?
        if let label {
            target = breakTargets.last { $0.label == label }
            if target == nil { throw error(.unknownLabel(label: label), at: node) }
        } else {
            target = isBreak ? breakTargets.last : breakTargets.last { $0.isLoop }
        }
        let insideConditional = Syntax(node).ancestorOrSelf { $0.is(IfExprSyntax.self) || $0.is(DoStmtSyntax.self) ? $0 : nil } != nil
        guard let target else {
            throw error(.breakOutsideLoop(keyword: isBreak ? "break" : "continue", insideConditional: insideConditional), at: node)
        }
        if !isBreak && !target.isLoop {
            throw error(.breakOutsideLoop(keyword: "continue", insideConditional: insideConditional), at: node)
        }
        try checkJumpOutOfDefer(isBreak ? "break" : "continue",
                                targetIndex: breakTargets.lastIndex { $0.id == target.id }, at: node)
        return Lowering.leaving(with: isBreak ? .breakLoop(target.id) : .continueLoop(target.id))
    }

    /// Conditions of `if`/`guard`/`while`: Boolean tests and `let x = optional` bindings,
    /// declared in the current scope (the caller opens one).
    func conditions(_ list: ConditionElementListSyntax) throws -> (Frame) throws -> Bool {
        var tests: [(Frame) throws -> Bool] = []
        for element in list {
            switch element.condition {
            case .expression(let expr):
                tests.append(try booleanCondition(expr))
            case .optionalBinding(let binding):
                if let names = Checker.tupleBindingNames(binding.pattern), let initializer = binding.initializer {
                    // `if let (a, b) = optionalPair`: the unwrapped tuple's elements bound by name.
                    let annotated = try binding.typeAnnotation.map { CellType.optional(try resolveType($0.type)) }
                    let source = try expression(initializer.value, expected: annotated)
                    guard case .optional(let wrapped) = source.type else {
                        if source.type == .error { tests.append { _ in false }; continue }
                        throw error(.conditionalBindingNotOptional(type: source.type), at: initializer.value)
                    }
                    guard case .tuple(let elements) = wrapped, elements.count == names.count else {
                        throw error(.tuplePatternMismatch(type: wrapped, expectedCount: names.count), at: binding.pattern)
                    }
                    let mutable = binding.bindingSpecifier.tokenKind == .keyword(.var)
                    let writes = try zip(names, elements).map { name, element -> ((Frame, Value) -> Void)? in
                        guard let name else { return nil }
                        return write(try declare(name.text, type: element.type, mutable: mutable, at: name))
                    }
                    tests.append(Lowering.optionalBinding(source.eval) { frame, value in
                        let items = value.array
                        for (index, write) in writes.enumerated() { write?(frame, items[index]) }
                    })
                    continue
                }
                let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
                guard let name else { throw notSupported(.patternInOptionalBinding, binding.pattern) }
                var annotated: CellType?
                if let annotation = binding.typeAnnotation { annotated = .optional(try resolveType(annotation.type)) }
                let source: Compiled
                if let initializer = binding.initializer {
                    source = try expression(initializer.value, expected: annotated)
                } else {
                    // `if let x` shorthand.
                    source = try expression(ExprSyntax(DeclReferenceExprSyntax(baseName: .identifier(name))))
                        .retyped(try shorthandType(name, at: binding))
                }
                guard case .optional(let wrapped) = source.type else {
                    if source.type == .error { tests.append { _ in false }; continue }
                    throw error(.conditionalBindingNotOptional(type: source.type),
                                at: binding.initializer?.value ?? ExprSyntax(DeclReferenceExprSyntax(baseName: .identifier(name))))
                }
                let variable = try declare(name, type: wrapped, mutable: binding.bindingSpecifier.tokenKind == .keyword(.var), at: binding.pattern)
                tests.append(Lowering.optionalBinding(source.eval, into: write(variable)))
            case .matchingPattern(let condition):
                // `if case .success(let v) = result`
                let subject = try expression(condition.initializer.value)
                var coverage = Coverage()
                let matcher = try patternMatcher(condition.pattern, subject.type, binding: false, &coverage)
                let eval = subject.eval
                tests.append { frame in try matcher(frame, try eval(frame)) }
            case .availability(let availability):
                throw notSupported(.availabilityCondition, availability)
            }
        }
        return Lowering.allOf(tests)
    }

    /// The names of `(a, b)` or `(lo, _)` in `if let (a, b) = …` (nil for `_`), as swift-syntax
    /// parses it (a tuple pattern, or a tuple expression of names).
    static func tupleBindingNames(_ pattern: PatternSyntax) -> [TokenSyntax?]? {
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            let names = tuple.elements.map { element -> TokenSyntax?? in
                if let identifier = element.pattern.as(IdentifierPatternSyntax.self) { return .some(identifier.identifier) }
                return element.pattern.is(WildcardPatternSyntax.self) ? .some(nil) : nil
            }
            return names.contains { $0 == nil } ? nil : names.map { $0! }
        }
        guard let tuple = pattern.as(ExpressionPatternSyntax.self)?.expression.as(TupleExprSyntax.self) else { return nil }
        let names = tuple.elements.map { element -> TokenSyntax?? in
            guard element.label == nil else { return nil }
            if let reference = element.expression.as(DeclReferenceExprSyntax.self) { return .some(reference.baseName) }
            if let identifier = element.expression.as(PatternExprSyntax.self)?.pattern.as(IdentifierPatternSyntax.self) {
                return .some(identifier.identifier)
            }
            return element.expression.is(DiscardAssignmentExprSyntax.self) ? .some(nil) : nil
        }
        return names.contains { $0 == nil } ? nil : names.map { $0! }
    }

    private func shorthandType(_ name: String, at node: some SyntaxProtocol) throws -> CellType {
        guard case .variable(let variable) = lookup(name) else { throw error(.cannotFindInScope(name: name), at: node) }
        return variable.type
    }

    func ifStatement(_ ifExpr: IfExprSyntax) throws -> Exec {
        var condition: ((Frame) throws -> Bool)?
        let body = try withScope { () throws -> Exec in
            condition = try conditions(ifExpr.conditions)
            return try block(Array(ifExpr.body.statements))
        }
        let test = condition!
        var otherwise: Exec = { _ in .next }
        switch ifExpr.elseBody {
        case .ifExpr(let elseIf): otherwise = try ifStatement(elseIf)
        case .codeBlock(let elseBlock): otherwise = try block(Array(elseBlock.statements))
        case nil: break
        }
        return Lowering.ifElse(test, body, otherwise)
    }

    private func guardStatement(_ guardStmt: GuardStmtSyntax) throws -> Exec {
        let elseBody = try block(Array(guardStmt.body.statements))
        if !exits(guardStmt.body.statements) { throw error(.guardFallsThrough, at: guardStmt.body.rightBrace) }
        // The bound names stay visible after the guard: declared in the enclosing scope.
        return Lowering.guardElse(try conditions(guardStmt.conditions), elseBody)
    }

    /// Whether a block always leaves (ends in return, break, continue, or a call to `fatalError`).
    func exits(_ statements: CodeBlockItemListSyntax) -> Bool {
        guard let last = statements.last?.item else { return false }
        if case .stmt(let stmt) = last {
            if stmt.is(ReturnStmtSyntax.self) || stmt.is(BreakStmtSyntax.self) || stmt.is(ContinueStmtSyntax.self)
                || stmt.is(ThrowStmtSyntax.self) { return true }
            if let doStmt = stmt.as(DoStmtSyntax.self) {
                // `do { return try f() } catch { return 0 }`: its body and every clause leave.
                return exits(doStmt.body.statements) && doStmt.catchClauses.allSatisfy { exits($0.body.statements) }
            }
            if let expressionStmt = stmt.as(ExpressionStmtSyntax.self), let ifExpr = expressionStmt.expression.as(IfExprSyntax.self) {
                return ifExits(ifExpr)
            }
            if let switchExpr = stmt.as(ExpressionStmtSyntax.self)?.expression.as(SwitchExprSyntax.self) {
                return switchExits(switchExpr)
            }
        }
        if case .expr(let expr) = last {
            if let call = expr.as(FunctionCallExprSyntax.self),
               call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "fatalError" { return true }
            if let ifExpr = expr.as(IfExprSyntax.self) { return ifExits(ifExpr) }
            if let switchExpr = expr.as(SwitchExprSyntax.self) { return switchExits(switchExpr) }
        }
        return false
    }

    /// A switch (exhaustive, as the checker requires) leaves when every case does: a switch
    /// nested in a case that returns from each of its own cases too.
    private func switchExits(_ switchExpr: SwitchExprSyntax) -> Bool {
        !switchExpr.cases.isEmpty && switchExpr.cases.allSatisfy { item in
            guard let switchCase = item.as(SwitchCaseSyntax.self) else { return false }
            // A `break` in a case leaves the switch only.
            if case .stmt(let last)? = switchCase.statements.last?.item, let jump = last.as(BreakStmtSyntax.self),
               jump.label == nil { return false }
            return exits(switchCase.statements)
        }
    }

    private func ifExits(_ ifExpr: IfExprSyntax) -> Bool {
        guard exits(ifExpr.body.statements) else { return false }
        switch ifExpr.elseBody {
        case .ifExpr(let elseIf): return ifExits(elseIf)
        case .codeBlock(let block): return exits(block.statements)
        case nil: return false
        }
    }

    private func whileStatement(_ loop: WhileStmtSyntax, label: String?) throws -> Exec {
        let (line, column) = location(loop)
        return try withBreakTarget(label: label, isLoop: true) { id in
            var condition: ((Frame) throws -> Bool)?
            let body = try withScope { () throws -> Exec in
                condition = try conditions(loop.conditions)
                return try block(Array(loop.body.statements))
            }
            return lowering.whileLoop(id: id, condition!, body, line: line, column: column)
        }
    }

    private func repeatStatement(_ loop: RepeatStmtSyntax, label: String?) throws -> Exec {
        let (line, column) = location(loop)
        return try withBreakTarget(label: label, isLoop: true) { id in
            let body = try block(Array(loop.body.statements))
            let test = try booleanCondition(loop.condition)
            return lowering.repeatLoop(id: id, body, test, line: line, column: column)
        }
    }
}
