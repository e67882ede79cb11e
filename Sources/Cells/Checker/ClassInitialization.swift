import SwiftSyntax

/// Swift's definite initialization of a class initializer, in its common forms: every stored
/// property of the class without a default is assigned before `super.init` (or, in a class
/// without a superclass, before the initializer returns); `self` is not used — in a method
/// call, a property access, or as a value — before that; a subclass's initializer reaches
/// `super.init` on every path. `if`/`else` and `switch` join their branches; loops and
/// closures are not followed (what happens in them does not count as initialized).
///
/// The walk reads the syntax only; the body is compiled afterwards as any other.
extension Checker {
    /// Checks `decl`'s body. Returns whether the initializer ends with the implicit
    /// `super.init()` (a subclass's initializer that calls no `super.init` itself).
    func checkInitialization(_ decl: InitializerDeclSyntax, _ body: CodeBlockSyntax, _ parameters: [Parameter],
                             of layout: ClassLayout) throws -> Bool {
        let superLayout = layout.superclass
        var methodNames = Set<String>()
        for c in declarations.classChain(layout) {
            for member in c.syntax.memberBlock.members {
                if let function = member.decl.as(FunctionDeclSyntax.self),
                   !function.modifiers.contains(where: { $0.name.text == "static" }) {
                    methodNames.insert(function.name.text)
                }
            }
        }
        let own = Set(layout.ownFields.map(\.name))
        var flow = InitializationFlow(
            required: layout.ownFields.filter { !$0.hasDefault }.map(\.name), own: own,
            otherProperties: classPropertyNames(layout).subtracting(own), methods: methodNames,
            hasSuperclass: superLayout != nil,
            implicitSuperInit: superLayout?.initializers.contains(where: \.parameters.isEmpty) ?? false,
            initKeyword: Syntax(decl.initKeyword), closingBrace: Syntax(body.rightBrace))
        flow.locals = [Set(parameters.map(\.name))]
        var state = InitializationFlow.State()
        do {
            try flow.statements(body.statements, &state)
            if state.alive { try flow.finish(state) }
        } catch let finding as InitializationFlow.Finding {
            throw error(finding.kind, at: finding.node)
        }
        return superLayout != nil && !flow.callsSuperInit
    }
}

/// The walk of `checkInitialization` over an initializer's statements.
struct InitializationFlow {
    /// What is known on one path through the body.
    struct State {
        var initialized: Set<String> = []
        var superInitialized = false
        /// False after `return` or `throw`: the path ended (and was checked where it ended).
        var alive = true
    }

    struct Finding: Error {
        var kind: CellErrorKind
        var node: Syntax
    }

    /// The class's own stored properties without a default, in declaration order.
    let required: [String]
    let own: Set<String>
    /// Inherited stored properties and every computed property: reading one uses `self`.
    let otherProperties: Set<String>
    let methods: Set<String>
    let hasSuperclass: Bool
    let implicitSuperInit: Bool
    let initKeyword: Syntax
    let closingBrace: Syntax
    /// Names of parameters and local constants, by block: they hide properties of the same name.
    var locals: [Set<String>] = []
    private(set) var callsSuperInit = false

    init(required: [String], own: Set<String>, otherProperties: Set<String>, methods: Set<String>,
         hasSuperclass: Bool, implicitSuperInit: Bool, initKeyword: Syntax, closingBrace: Syntax) {
        self.required = required
        self.own = own
        self.otherProperties = otherProperties
        self.methods = methods
        self.hasSuperclass = hasSuperclass
        self.implicitSuperInit = implicitSuperInit
        self.initKeyword = initKeyword
        self.closingBrace = closingBrace
    }

    private func isLocal(_ name: String) -> Bool { locals.contains { $0.contains(name) } }

    /// Whether `self` may be used: after `super.init`, or with every property initialized.
    private func ready(_ state: State) -> Bool {
        hasSuperclass ? state.superInitialized : required.allSatisfy(state.initialized.contains)
    }

    private func firstMissing(_ state: State) -> String? { required.first { !state.initialized.contains($0) } }

    /// The end of the initializer (its closing brace, or a `return`).
    func finish(_ state: State) throws {
        if hasSuperclass {
            guard !state.superInitialized else { return }
            guard implicitSuperInit else { throw Finding(kind: .superInitNotCalled, node: closingBrace) }
            if let missing = firstMissing(state) {
                throw Finding(kind: .propertyNotInitializedAtSuperInit(name: "self.\(missing)", implicit: true), node: initKeyword)
            }
        } else if firstMissing(state) != nil {
            throw Finding(kind: .initializerLeavesPropertiesUninitialized, node: closingBrace)
        }
    }

    mutating func statements(_ items: CodeBlockItemListSyntax, _ state: inout State) throws {
        locals.append([])
        defer { locals.removeLast() }
        for item in items where state.alive {
            switch item.item {
            case .decl(let decl):
                guard let variable = decl.as(VariableDeclSyntax.self) else { continue }
                for binding in variable.bindings {
                    if let value = binding.initializer?.value { try visit(Syntax(value), &state) }
                    declareNames(in: Syntax(binding.pattern))
                }
            case .stmt(let statement): try self.statement(statement, &state)
            case .expr(let expression): try visit(Syntax(expression), &state)
            }
        }
    }

    private mutating func declareNames(in pattern: Syntax) {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            locals[locals.count - 1].insert(identifier.identifier.text)
            return
        }
        for child in pattern.children(viewMode: .sourceAccurate) { declareNames(in: child) }
    }

    private mutating func statement(_ statement: StmtSyntax, _ state: inout State) throws {
        if let expression = statement.as(ExpressionStmtSyntax.self) {
            try visit(Syntax(expression.expression), &state)
        } else if let returnStatement = statement.as(ReturnStmtSyntax.self) {
            if let value = returnStatement.expression { try visit(Syntax(value), &state) }
            try finish(state)
            state.alive = false
        } else if let throwStatement = statement.as(ThrowStmtSyntax.self) {
            try visit(Syntax(throwStatement.expression), &state)
            state.alive = false
        } else if let guardStatement = statement.as(GuardStmtSyntax.self) {
            try conditions(guardStatement.conditions, &state)
            var body = state
            try statements(guardStatement.body.statements, &body)
        } else if let loop = statement.as(ForStmtSyntax.self) {
            try visit(Syntax(loop.sequence), &state)
            var body = state
            locals.append([])
            declareNames(in: Syntax(loop.pattern))
            try statements(loop.body.statements, &body)
            locals.removeLast()
        } else if let loop = statement.as(WhileStmtSyntax.self) {
            var body = state
            locals.append([])
            try conditions(loop.conditions, &body)
            try statements(loop.body.statements, &body)
            locals.removeLast()
        } else if let loop = statement.as(RepeatStmtSyntax.self) {
            var body = state
            try statements(loop.body.statements, &body)
        } else if statement.is(BreakStmtSyntax.self) || statement.is(ContinueStmtSyntax.self) {
            state.alive = false
        }
    }

    private mutating func conditions(_ list: ConditionElementListSyntax, _ state: inout State) throws {
        for element in list {
            switch element.condition {
            case .expression(let expression): try visit(Syntax(expression), &state)
            case .optionalBinding(let binding):
                if let value = binding.initializer?.value { try visit(Syntax(value), &state) }
                declareNames(in: Syntax(binding.pattern))
            case .matchingPattern(let pattern):
                try visit(Syntax(pattern.initializer.value), &state)
                declareNames(in: Syntax(pattern.pattern))
            default: break
            }
        }
    }

    /// Both paths went on: what both initialized. A path that ended does not count.
    private func join(_ a: State, _ b: State) -> State {
        if !a.alive { return b }
        if !b.alive { return a }
        return State(initialized: a.initialized.intersection(b.initialized),
                     superInitialized: a.superInitialized && b.superInitialized, alive: true)
    }

    /// An expression, its parts in evaluation order.
    private mutating func visit(_ node: Syntax, _ state: inout State) throws {
        if node.is(ClosureExprSyntax.self) || node.is(DeclSyntax.self) { return }
        if let ifExpr = node.as(IfExprSyntax.self) {
            locals.append([])
            try conditions(ifExpr.conditions, &state)
            var then = state
            try statements(ifExpr.body.statements, &then)
            locals.removeLast()
            var otherwise = state
            switch ifExpr.elseBody {
            case .codeBlock(let block): try statements(block.statements, &otherwise)
            case .ifExpr(let elseIf): try visit(Syntax(elseIf), &otherwise)
            case nil: break
            }
            state = join(then, otherwise)
            return
        }
        if let switchExpr = node.as(SwitchExprSyntax.self) {
            try visit(Syntax(switchExpr.subject), &state)
            var joined: State?
            for element in switchExpr.cases {
                guard let switchCase = element.as(SwitchCaseSyntax.self) else { continue }
                var arm = state
                locals.append([])
                if case .case(let label) = switchCase.label {
                    for item in label.caseItems { declareNames(in: Syntax(item.pattern)) }
                }
                try statements(switchCase.statements, &arm)
                locals.removeLast()
                joined = joined.map { join($0, arm) } ?? arm
            }
            if let joined { state = joined }
            return
        }
        if let infix = node.as(InfixOperatorExprSyntax.self), infix.operator.is(AssignmentExprSyntax.self) {
            try visit(Syntax(infix.rightOperand), &state)
            guard let name = propertyName(infix.leftOperand) else { return try visit(Syntax(infix.leftOperand), &state) }
            if own.contains(name) {
                state.initialized.insert(name)
            } else if otherProperties.contains(name), !ready(state) {
                throw Finding(kind: .selfUsedBeforeInitialized(use: "property access '\(name)'", beforeSuperInit: hasSuperclass),
                              node: Syntax(infix.operator))
            }
            return
        }
        if let call = node.as(FunctionCallExprSyntax.self) {
            for argument in call.arguments { try visit(Syntax(argument.expression), &state) }
            if let member = call.calledExpression.as(MemberAccessExprSyntax.self), member.base?.is(SuperExprSyntax.self) == true,
               member.declName.baseName.tokenKind == .keyword(.`init`) {
                if let missing = firstMissing(state) {
                    throw Finding(kind: .propertyNotInitializedAtSuperInit(name: "self.\(missing)", implicit: false),
                                  node: Syntax(member.declName))
                }
                state.superInitialized = true
                callsSuperInit = true
                return
            }
            if let (name, node) = methodName(call.calledExpression) {
                if !ready(state) {
                    throw Finding(kind: .selfUsedBeforeInitialized(use: "method call '\(name)'", beforeSuperInit: hasSuperclass),
                                  node: node)
                }
                return
            }
            return try visit(Syntax(call.calledExpression), &state)
        }
        if let reference = node.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            if reference.baseName.tokenKind == .keyword(.self), !ready(state) {
                if hasSuperclass {
                    throw Finding(kind: .selfUsedBeforeInitialized(use: nil, beforeSuperInit: true), node: node)
                }
                throw Finding(kind: .usedBeforeInitialized(name: "self.\(firstMissing(state) ?? name)"), node: node)
            }
            if !isLocal(name) { try read(name, state, at: node) }
            return
        }
        if let member = node.as(MemberAccessExprSyntax.self) {
            guard let base = member.base else { return }
            if base.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self) {
                return try read(member.declName.baseName.text, state, at: Syntax(member.declName))
            }
            return try visit(Syntax(base), &state)
        }
        for child in node.children(viewMode: .sourceAccurate) { try visit(child, &state) }
    }

    /// A read of property `name` of `self`.
    private func read(_ name: String, _ state: State, at node: Syntax) throws {
        if own.contains(name) {
            if required.contains(name), !state.initialized.contains(name) {
                throw Finding(kind: .usedBeforeInitialized(name: "self.\(name)"), node: node)
            }
        } else if otherProperties.contains(name), !ready(state) {
            throw Finding(kind: .selfUsedBeforeInitialized(use: "property access '\(name)'", beforeSuperInit: hasSuperclass),
                          node: node)
        }
    }

    /// `x` or `self.x` as an assignment's target, when it names a property.
    private func propertyName(_ target: ExprSyntax) -> String? {
        if let reference = target.as(DeclReferenceExprSyntax.self), !isLocal(reference.baseName.text) {
            return reference.baseName.text
        }
        if let member = target.as(MemberAccessExprSyntax.self),
           member.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self) {
            return member.declName.baseName.text
        }
        return nil
    }

    /// `f` or `self.f` as a callee, when it names a method of the class.
    private func methodName(_ callee: ExprSyntax) -> (String, Syntax)? {
        if let reference = callee.as(DeclReferenceExprSyntax.self), !isLocal(reference.baseName.text),
           methods.contains(reference.baseName.text) {
            return (reference.baseName.text, Syntax(reference))
        }
        if let member = callee.as(MemberAccessExprSyntax.self),
           member.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self),
           methods.contains(member.declName.baseName.text) {
            return (member.declName.baseName.text, Syntax(member.declName))
        }
        return nil
    }
}
