import SwiftSyntax
import CellValues

extension Compiler {
    /// A block's statements, in a scope of their own. Functions declared in the
    /// block are visible from its start (their values are made on entry).
    func block(_ items: [CodeBlockItemSyntax], newScope: Bool = true) throws -> Exec {
        let compile = { () throws -> Exec in
            let statements = try self.declareFunctions(items) + self.blockStatements(items)
            return Compiler.sequence(statements)
        }
        return newScope ? try withScope(compile) : try compile()
    }

    /// Statements run in order until one leaves. Built from closures that call
    /// up to three captured closures each (a tree for longer blocks): calling a
    /// captured closure needs no retain or reabstraction thunk, unlike closures
    /// taken out of an `[Exec]` (it matters in loop bodies).
    static func sequence(_ statements: [Statement]) -> Exec {
        switch statements.count {
        case 0: return { _ in .next }
        case 1: return statements[0].run
        case 2: return pair(statements[0].run, statements[1].run)
        case 3:
            let first = statements[0].run, second = statements[1].run, third = statements[2].run
            return { frame in
                let flow = try first(frame)
                if case .next = flow {} else { return flow }
                let flow2 = try second(frame)
                if case .next = flow2 {} else { return flow2 }
                return try third(frame)
            }
        default:
            // Longer blocks: a tree whose leaves run three statements each. (A loop over an
            // array of statements retains and releases on every step: three times slower.)
            let leaves = (statements.count + 2) / 3
            let split = (leaves + 1) / 2 * 3
            return pair(sequence(Array(statements[..<split])), sequence(Array(statements[split...])))
        }
    }

    private static func pair(_ first: @escaping Exec, _ second: @escaping Exec) -> Exec {
        { frame in
            let flow = try first(frame)
            if case .next = flow {} else { return flow }
            return try second(frame)
        }
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
        if let statement = compiled.statement { return statement }
        let eval = compiled.eval
        return { frame in _ = try eval(frame); return .next }
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
        case .fallThroughStmt: return { _ in .fallthroughCase }
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
            return { _ in .returned }
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
        return { frame in frame.returnValue = try eval(frame); return .returned }
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
        let flow: Flow = isBreak ? .breakLoop(target.id) : .continueLoop(target.id)
        return { _ in flow }
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
                let write = self.write(variable), eval = source.eval
                tests.append { frame in
                    let value = try eval(frame)
                    if case .none = value { return false }
                    write(frame, value.unwrappedOptional)
                    return true
                }
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
        if tests.count == 1 { return tests[0] }
        return { frame in
            for test in tests where try !test(frame) { return false }
            return true
        }
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
        let elseBranch = otherwise
        return { frame in try test(frame) ? try body(frame) : try elseBranch(frame) }
    }

    private func guardStatement(_ guardStmt: GuardStmtSyntax) throws -> Exec {
        let elseBody = try block(Array(guardStmt.body.statements))
        if !exits(guardStmt.body.statements) { throw error(.guardFallsThrough, at: guardStmt.body.rightBrace) }
        // The bound names stay visible after the guard: declared in the enclosing scope.
        let test = try conditions(guardStmt.conditions)
        return { frame in try test(frame) ? .next : try elseBody(frame) }
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
        }
        if case .expr(let expr) = last {
            if let call = expr.as(FunctionCallExprSyntax.self),
               call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "fatalError" { return true }
            if let ifExpr = expr.as(IfExprSyntax.self) { return ifExits(ifExpr) }
        }
        return false
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
        let runtime = self.runtime
        let (line, column) = location(loop)
        return try withBreakTarget(label: label, isLoop: true) { id in
            var condition: ((Frame) throws -> Bool)?
            let body = try withScope { () throws -> Exec in
                condition = try conditions(loop.conditions)
                return try block(Array(loop.body.statements))
            }
            let test = condition!
            return { frame in
                while try test(frame) {
                    try runtime.tick(line: line, column: column)
                    switch try body(frame) {
                    case .next: continue
                    case .breakLoop(let target) where target == id: return .next
                    case .continueLoop(let target) where target == id: continue
                    case let other: return other
                    }
                }
                return .next
            }
        }
    }

    private func repeatStatement(_ loop: RepeatStmtSyntax, label: String?) throws -> Exec {
        let runtime = self.runtime
        let (line, column) = location(loop)
        return try withBreakTarget(label: label, isLoop: true) { id in
            let body = try block(Array(loop.body.statements))
            let test = try booleanCondition(loop.condition)
            return { frame in
                repeat {
                    try runtime.tick(line: line, column: column)
                    switch try body(frame) {
                    case .next: break
                    case .breakLoop(let target) where target == id: return .next
                    case .continueLoop(let target) where target == id: break
                    case let other: return other
                    }
                } while try test(frame)
                return .next
            }
        }
    }
}
