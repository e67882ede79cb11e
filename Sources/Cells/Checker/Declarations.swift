import SwiftSyntax
import CellValues

/// A function value to be created when its block is entered; its maker is
/// filled in when the declaration's body has been compiled.
final class PendingFunction {
    var maker: ((Frame) -> FunctionValue)?
}

extension Checker {
    /// Declares the types and functions of a block before its statements are
    /// compiled (so they can be used before their declaration, as in Swift),
    /// and returns the statements that create the function values on entry.
    func declareFunctions(_ items: [CodeBlockItemSyntax]) throws -> [Statement] {
        let deferred = DeferredCreations()
        // Only blocks with generic declarations or extensions get creations later; the
        // others (loop bodies, most functions) have nothing to run on entry.
        let defersCreations = items.contains { item in
            guard case .decl(let decl) = item.item else { return false }
            if decl.is(ExtensionDeclSyntax.self) { return true }
            if let function = decl.as(FunctionDeclSyntax.self) { return function.genericParameterClause != nil }
            if let structDecl = decl.as(StructDeclSyntax.self) { return structDecl.genericParameterClause != nil }
            if let enumDecl = decl.as(EnumDeclSyntax.self) { return enumDecl.genericParameterClause != nil }
            if let classDecl = decl.as(ClassDeclSyntax.self) { return classDecl.genericParameterClause != nil }
            return false
        }
        var prologue: [Statement] = defersCreations ? [deferred.onEntry] : []
        let outerChecks = pendingConformanceChecks, outerFailure = declarationFailure, outerBodies = pendingMemberBodies
        pendingConformanceChecks = []
        pendingMemberBodies = []
        declarationFailure = nil
        defer {
            pendingConformanceChecks = outerChecks
            declarationFailure = outerFailure
            pendingMemberBodies = outerBodies
        }
        let declarations = items.compactMap { item -> DeclSyntax? in
            if case .decl(let decl) = item.item { return decl }
            return nil
        }
        // Names first (protocols, types, aliases), so that members and signatures can use them.
        // A declaration's error is recorded and the others are declared all the same, so one
        // mistake does not hide the names declared after it.
        for decl in declarations {
            if let protocolDecl = decl.as(ProtocolDeclSyntax.self) { recording { try declareProtocolName(protocolDecl) } }
        }
        for decl in declarations {
            if let structDecl = decl.as(StructDeclSyntax.self) {
                recording {
                    if structDecl.genericParameterClause != nil {
                        try declareGenericStruct(structDecl, deferred: deferred)
                    } else {
                        try declareStructName(structDecl)
                    }
                }
            }
            if let enumDecl = decl.as(EnumDeclSyntax.self) {
                recording {
                    if enumDecl.genericParameterClause != nil {
                        try declareGenericEnum(enumDecl, deferred: deferred)
                    } else {
                        try declareEnum(enumDecl)
                    }
                }
            }
            if let classDecl = decl.as(ClassDeclSyntax.self) { recording { try declareClassName(classDecl, deferred: deferred) } }
            if let alias = decl.as(TypeAliasDeclSyntax.self) {
                recording {
                    if let generics = alias.genericParameterClause { throw notSupported(.genericTypealias, generics) }
                    self.declarations.typeAliases[alias.name.text] = try resolveType(alias.initializer.value)
                }
            }
        }
        for decl in declarations {
            if let protocolDecl = decl.as(ProtocolDeclSyntax.self) { recording { try declareProtocolRequirements(protocolDecl) } }
        }
        for decl in declarations {
            if let structDecl = decl.as(StructDeclSyntax.self) {
                recording {
                    if let generic = self.declarations.genericStructs[structDecl.name.text], structDecl.genericParameterClause != nil {
                        try checkGenericStruct(generic)
                    } else {
                        prologue += try declareStructMembers(structDecl, as: .nominal(structDecl.name.text))
                    }
                }
            }
            if let classDecl = decl.as(ClassDeclSyntax.self), let layout = self.declarations.classLayout(classDecl.name.text) {
                // Its layout and member signatures here, as a struct's; its bodies after the extensions.
                try layOutClass(layout)
                prologue += try declareClassMembers(layout)
            }
            if let enumDecl = decl.as(EnumDeclSyntax.self) {
                recording {
                    if let generic = self.declarations.genericStructs[enumDecl.name.text], enumDecl.genericParameterClause != nil {
                        try checkGenericStruct(generic)
                    } else {
                        prologue += try declareEnumMembers(enumDecl, as: enumDecl.name.text)
                    }
                }
            }
            if let function = decl.as(FunctionDeclSyntax.self) {
                recording { prologue += try declareFunction(function, deferred: deferred) }
            }
        }
        for decl in declarations {
            if let extensionDecl = decl.as(ExtensionDeclSyntax.self) {
                recording { prologue += try declareExtension(extensionDecl, deferred: deferred) }
            }
        }
        // Method bodies once every type, function and extension of the block is declared, so
        // that each may use the others' members (a struct's method, a type declared below it).
        let bodies = pendingMemberBodies ?? []
        pendingMemberBodies = nil
        for body in bodies { recording { try body() } }
        for decl in declarations {
            if let classDecl = decl.as(ClassDeclSyntax.self), let layout = self.declarations.classLayout(classDecl.name.text) {
                recording { prologue += try compileClassBodies(layout) }
            }
        }
        let checks = pendingConformanceChecks ?? []
        pendingConformanceChecks = nil
        for (type, node) in checks { recording { try checkConformances(of: type, at: node) } }
        if let failure = declarationFailure {
            declarationFailure = nil
            throw failure
        }
        return prologue + classDescriptionStatements()
    }

    /// Runs one declaration's step; its error is kept (the block's first one is thrown when
    /// all are declared) and the block goes on.
    private func recording(_ body: () throws -> Void) {
        do { try body() } catch let failure as CellError {
            if declarationFailure == nil { declarationFailure = failure }
        } catch {}
    }

    /// Declares a `func` of a block (its body waits for its statement); returns what creates
    /// its value on entry.
    private func declareFunction(_ function: FunctionDeclSyntax, deferred: DeferredCreations) throws -> [Statement] {
        if Checker.isOperator(function.name), function.genericParameterClause != nil {
            // `func == <T: Equatable>(lhs: Pair<T>, rhs: Pair<T>)`: solved per use (`CustomOperators.swift`).
            let binding = try declareGenericFunction(function, deferred: deferred)
            guard binding.parameters.count == 2, !function.modifiers.contains(where: { ["prefix", "postfix"].contains($0.name.text) }) else {
                throw notSupported(.genericFunctionHere, function.genericParameterClause!)
            }
            declarations.genericOperatorFunctions[binding.name, default: []].append(binding)
            return []
        }
        if Checker.isOperator(function.name) {
            let (binding, pending) = try functionSignature(function)
            try declareOperator(binding, function)
            functionBodies.append((function, binding, pending))
            return [creation(binding.variable!, pending)]
        }
        let binding: FunctionBinding
        var creations: [Statement] = []
        if function.genericParameterClause != nil {
            binding = try declareGenericFunction(function, deferred: deferred)
        } else {
            let (declared, pending) = try functionSignature(function)
            binding = declared
            functionBodies.append((function, binding, pending))
            creations.append(creation(binding.variable!, pending))
        }
        var overloads: [FunctionBinding] = []
        if case .functions(let existing) = scope.names[binding.name] { overloads = existing }
        else if scope.names[binding.name] != nil { throw error(.invalidRedeclaration(name: binding.name), at: function.name) }
        if overloads.contains(where: { $0.parameters.map(\.label) == binding.parameters.map(\.label)
            && $0.parameters.map(\.type) == binding.parameters.map(\.type) }) {
            throw error(.invalidRedeclaration(name: binding.name), at: function.name)
        }
        scope.names[binding.name] = .functions(overloads + [binding])
        return creations
    }

    /// Whether a `func`'s name is an operator (`static func <`, `func + (a: V, b: V)`).
    static func isOperator(_ name: TokenSyntax) -> Bool {
        if case .binaryOperator = name.tokenKind { return true }
        if case .prefixOperator = name.tokenKind { return true }
        if case .postfixOperator = name.tokenKind { return true }
        return false
    }

    /// Registers an operator function declared in a cell (a type's `static func +`, a global
    /// `func +`): `binary(_:…)` calls it for exactly its operand types.
    func declareOperator(_ binding: FunctionBinding, _ function: FunctionDeclSyntax) throws {
        let isPrefix = function.modifiers.contains { $0.name.text == "prefix" }
        let isPostfix = function.modifiers.contains { $0.name.text == "postfix" }
        guard (isPrefix || isPostfix ? 1 : 2) == binding.parameters.count else {
            throw notSupported(.operatorArity(operator: binding.name, parameters: binding.parameters.count), function.name)
        }
        let name = (isPrefix ? "prefix" : isPostfix ? "postfix" : "") + binding.name
        if declarations.operatorFunctions[name, default: []].contains(where: {
            $0.parameters.map(\.type) == binding.parameters.map(\.type)
        }) {
            throw error(.invalidRedeclaration(name: binding.name), at: function.name)
        }
        declarations.operatorFunctions[name, default: []].append(binding)
    }

    /// A `func`'s signature: labels, parameter types (with defaults) and result, and a slot
    /// for its value. `generic`: an instance (or the check) of a generic function, whose
    /// generic parameters `genericBindings` binds.
    func functionSignature(_ function: FunctionDeclSyntax, generic: Bool = false) throws -> (FunctionBinding, PendingFunction) {
        if !generic, let clause = function.genericParameterClause { throw notSupported(.genericFunctionHere, clause) }
        let effect = try throwingEffect(function.signature.effectSpecifiers)
        if effect != .none, Checker.isOperator(function.name), let clause = function.signature.effectSpecifiers {
            throw notSupported(.throwingOperatorFunction, clause)
        }
        let parameters = try parameterList(function.signature.parameterClause)
        let result = try function.signature.returnClause.map { try resolveType($0.type) } ?? .void
        let variable = Variable(name: function.name.text,
                                type: .function(parameters.map { .init(type: $0.type, isInout: $0.isInout) }, result, throws: effect != .none),
                                mutable: false, slot: scope.function.allocate(), owner: scope.function)
        var binding = FunctionBinding(name: function.name.text, parameters: parameters, result: result, variable: variable)
        let (line, column) = location(function.name)
        binding.origin = .cell(line: line, column: column)
        binding.effect = effect
        binding.isMutating = function.modifiers.contains { $0.name.text == "mutating" }
        binding.discardableResult = function.attributes.contains { $0.trimmedDescription == "@discardableResult" }
        return (binding, PendingFunction())
    }

    /// Parameters as calls see them. `compilingDefaults: false` (a generic signature, whose
    /// types are still open) marks defaults without compiling them; instances compile them.
    func parameterList(_ clause: FunctionParameterClauseSyntax, compilingDefaults: Bool = true) throws -> [Parameter] {
        try clause.parameters.map { parameter in
            var type = parameter.type
            var isInout = false
            if let attributed = type.as(AttributedTypeSyntax.self) {
                isInout = attributed.specifiers.contains { $0.trimmedDescription == "inout" }
                type = attributed.baseType
            }
            var resolved = try someSequenceParameter(type) ?? resolveType(type)
            if parameter.ellipsis != nil { resolved = .array(resolved) }
            let defaultValue = try parameter.defaultValue.map { value -> Eval in
                guard compilingDefaults else { return { _ in .void } }
                return try withoutThrowing(.defaultArgument) { try expression(value.value, as: resolved, context: .argument).eval }
            }
            return Parameter(label: parameter.firstName.text == "_" ? nil : parameter.firstName.text,
                             name: (parameter.secondName ?? parameter.firstName).text,
                             type: resolved, isInout: isInout, defaultValue: defaultValue,
                             isVariadic: parameter.ellipsis != nil)
        }
    }

    /// Compiles a function body once its signature is known; `selfParameter` puts `self` in slot 0.
    func compileFunctionBody(_ function: FunctionDeclSyntax, _ binding: FunctionBinding, _ pending: PendingFunction,
                             selfType: CellType? = nil, mutatingSelf: Bool = false, staticSelf: String? = nil) throws {
        guard let body = function.body else { throw notSupported(.functionWithoutBody, function) }
        let kind: FunctionKind = selfType != nil ? .instanceMethod : (scope.function.isGlobal ? .globalFunction : .localFunction)
        let scopeOfFunction = FunctionScope(parent: scope.function, returnType: binding.result, kind: kind)
        scopeOfFunction.selfType = selfType
        scopeOfFunction.staticSelf = staticSelf
        scopeOfFunction.effects.context = switch binding.effect {
        case .none: .nonThrowing
        case .throws: .throwing
        case .rethrows: .rethrowing
        }
        var inoutIndices: [Int] = []
        var single: Compiled?
        let exec: Exec = try withScope(function: scopeOfFunction) {
            if let selfType {
                try declare("self", type: selfType, mutable: mutatingSelf, at: function.name)
                if mutatingSelf { inoutIndices.append(0) }
            }
            let offset = selfType == nil ? 0 : 1
            for (index, parameter) in binding.parameters.enumerated() {
                // A `some Sequence<Double>` parameter holds the array of the argument's elements.
                let type = parameter.type.someSequenceElement.map(CellType.array) ?? parameter.type
                let variable = try declare(parameter.name, type: type, mutable: parameter.isInout, at: function.signature)
                if parameter.isInout { inoutIndices.append(index + offset) }
                if binding.effect == .rethrows, case .function = parameter.type {
                    scopeOfFunction.effects.rethrowingParameters.insert(variable.key)
                }
            }
            let compiled = try functionBody(body.statements, closingBrace: body.rightBrace, result: binding.result, kind: kind)
            single = compiled.single
            return compiled.exec
        }
        let count = binding.parameters.count + (selfType == nil ? 0 : 1)
        // An Int or Double result computed unboxed: the single expression's own evaluator, or
        // the body then its return slot.
        var result: UnboxedResult?
        // (No `??` here: a closure through a generic operator is called through thunks.)
        if inoutIndices.isEmpty, binding.result == .int {
            if let single {
                result = .int(single.asInt)
            } else {
                result = .int { frame in _ = try exec(frame); return frame.returnValue.int }
            }
        } else if inoutIndices.isEmpty, binding.result == .double {
            if let single {
                result = .double(single.asDouble)
            } else {
                result = .double { frame in _ = try exec(frame); return frame.returnValue.double }
            }
        }
        pending.maker = functionMaker(scopeOfFunction, parameterCount: count, inoutIndices: inoutIndices,
                                      body: exec, result: result, at: function.name)
    }

    /// A function's body: a single expression is its result; otherwise it must return on every path.
    func functionBlock(_ body: CodeBlockItemListSyntax, closingBrace: TokenSyntax, result: CellType,
                       kind: FunctionKind) throws -> Exec {
        try functionBody(body, closingBrace: closingBrace, result: result, kind: kind).exec
    }

    /// `functionBlock`, and the compiled expression when the body is a single expression
    /// (whose unboxed evaluator an Int or Double function's caller can use).
    func functionBody(_ body: CodeBlockItemListSyntax, closingBrace: TokenSyntax, result: CellType,
                      kind: FunctionKind) throws -> (exec: Exec, single: Compiled?) {
        let statements = Array(body)
        if result != .void, statements.count == 1, case .expr(let single) = statements[0].item,
           !single.is(IfExprSyntax.self), !single.is(SwitchExprSyntax.self) {
            let compiled = try expression(single, as: result, context: .returnValue)
            let eval = compiled.eval
            return ({ frame in frame.returnValue = try eval(frame); return .returned }, compiled)
        }
        if result != .void, statements.count == 1, let single = Checker.singleExpression(statements[0].item),
           let switchExpr = single.as(SwitchExprSyntax.self), isSwitchExpression(switchExpr) {
            let eval = try expression(single, as: result, context: .returnValue).eval
            return ({ frame in frame.returnValue = try eval(frame); return .returned }, nil)
        }
        let exec = try block(statements)
        if result != .void, result != .error, !exits(body), !endsInExhaustiveSwitch(body) {
            throw error(.missingReturn(kind: kind, type: result), at: closingBrace)
        }
        return (exec, nil)
    }

    /// The expression of a statement that is one (`x + 1`, `switch …` in either of its forms).
    static func singleExpression(_ item: CodeBlockItemSyntax.Item) -> ExprSyntax? {
        switch item {
        case .expr(let expr): expr
        case .stmt(let stmt): stmt.as(ExpressionStmtSyntax.self)?.expression
        case .decl: nil
        }
    }

    /// A `switch` whose every case is a single expression: a value (Swift 5.9).
    func isSwitchExpression(_ switchExpr: SwitchExprSyntax) -> Bool {
        switchExpr.cases.allSatisfy { element in
            guard let switchCase = element.as(SwitchCaseSyntax.self), switchCase.statements.count == 1,
                  let value = Checker.singleExpression(switchCase.statements.first!.item) else { return false }
            // A `switch` as a case's value is one only if it is a value itself (not `return`s).
            if let inner = value.as(SwitchExprSyntax.self) { return isSwitchExpression(inner) }
            return !isStatementLike(value) && !(value.as(FunctionCallExprSyntax.self).map {
                $0.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text == "print" } ?? false)
        }
    }

    /// A trailing `switch` whose every case returns (Swift accepts it as the function's end).
    private func endsInExhaustiveSwitch(_ statements: CodeBlockItemListSyntax) -> Bool {
        guard case .expr(let expr)? = statements.last?.item ?? nil,
              let switchExpr = expr.as(SwitchExprSyntax.self) ?? expr.as(ExpressionStmtSyntax.self)?.expression.as(SwitchExprSyntax.self)
        else {
            if case .stmt(let stmt)? = statements.last?.item,
               let switchExpr = stmt.as(ExpressionStmtSyntax.self)?.expression.as(SwitchExprSyntax.self) {
                return switchExpr.cases.allSatisfy { $0.as(SwitchCaseSyntax.self).map { exits($0.statements) } ?? false }
            }
            return false
        }
        return switchExpr.cases.allSatisfy { $0.as(SwitchCaseSyntax.self).map { exits($0.statements) } ?? false }
    }

    func declaration(_ decl: DeclSyntax) throws -> Exec {
        switch decl.as(DeclSyntaxEnum.self) {
        case .variableDecl(let variable): return try variableDeclaration(variable)
        case .functionDecl(let function):
            if function.genericParameterClause != nil,
               let generic = (Checker.isOperator(function.name) ? declarations.genericOperatorFunctions[function.name.text]
                              : scope.names[function.name.text]?.overloads)?
                .first(where: { $0.generic?.syntax.id == function.id })?.generic {
                try checkGenericFunction(generic)
                return { _ in .next }
            }
            guard let index = functionBodies.firstIndex(where: { $0.0.id == function.id }) else {
                throw notSupported(.functionDeclaration, function)
            }
            let (_, binding, pending) = functionBodies.remove(at: index)
            try compileFunctionBody(function, binding, pending)
            return { _ in .next }
        case .structDecl, .enumDecl, .protocolDecl, .extensionDecl, .classDecl:
            return { _ in .next }   // declared with the block's functions
        case .importDecl(let importDecl):
            let module = importDecl.path.first?.name.text ?? ""
            guard ["Foundation", "Linalg", "Autodiff", "Plot", "Swift", "Glibc", "Darwin"].contains(module) else {
                throw notSupported(.importOf(module: module), importDecl)
            }
            return { _ in .next }
        case .actorDecl(let a): throw notSupported(.actor, a.actorKeyword)
        case .typeAliasDecl:
            return { _ in .next }   // declared with the block's functions
        case .operatorDecl(let o):
            // Declared for folding by the Parsing layer (`ParsedCell.operatorTable(for:)`).
            guard scope.function.isGlobal else { throw error(.operatorNotAtFileScope, at: o.operatorKeyword) }
            return { _ in .next }
        case .precedenceGroupDecl(let p):
            guard scope.function.isGlobal else { throw error(.declarationOnlyAtFileScope, at: p.precedencegroupKeyword) }
            return { _ in .next }
        case .macroDecl(let m): throw notSupported(.macroDeclaration, m)
        default: throw notSupported(.declaration, decl)
        }
    }

    /// `let x = 1`, `var y: Double = 2`, `let (a, b) = pair`, `var n: Int` (assigned later).
    private func variableDeclaration(_ decl: VariableDeclSyntax) throws -> Exec {
        if let modifier = decl.modifiers.first(where: { !["weak", "unowned"].contains($0.name.text) }) {
            throw notSupported(.modifier(modifier.name.text, on: .variables), modifier)
        }
        let ownership: Ownership? = decl.modifiers.contains { $0.name.text == "weak" } ? .weak
            : decl.modifiers.contains { $0.name.text == "unowned" } ? .unowned : nil
        if let attribute = decl.attributes.first { throw notSupported(.attributes, attribute) }
        let mutable = decl.bindingSpecifier.tokenKind == .keyword(.var)
        var statements: [Statement] = []
        for binding in decl.bindings {
            if let accessor = binding.accessorBlock, binding.observers == nil || !mutable || binding.initializer == nil {
                throw notSupported(.computedVariable, accessor)
            }
            let annotated = try binding.writtenType.flatMap {
                $0.type.trimmedDescription == "Set" ? nil : try resolveType($0.type)
            }
            guard let initializer = binding.initializer else {
                guard let annotated else { throw error(.ambiguousExpression, at: binding.pattern) }
                // `let x: T` assigned later (once, on every path: not checked here).
                _ = try ownershipVariableType(decl, binding, annotated)
                _ = try bindPattern(binding.pattern, type: annotated, mutable: true)
                if let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                   case .variable(let variable) = scope.names[name] {
                    if let ownership { weakVariables[variable.key] = ownership }
                    if mutable, annotated.optionalWrapped != nil {
                        // `var previous: Character?` starts as nil, as in Swift.
                        let write = self.write(variable)
                        statements.append(Statement { frame in write(frame, .none); return .next })
                    } else {
                        uninitialized.insert(variable.key)
                    }
                }
                continue
            }
            var value: Compiled
            if let annotation = binding.writtenType, annotation.type.trimmedDescription == "Set" {
                // `var s: Set = [1, 2]`: the element type comes from the literal.
                guard case .array(let element) = try expression(initializer.value).type else {
                    throw error(.emptyCollectionNeedsType, at: initializer.value)
                }
                value = try expression(initializer.value, as: .set(element), context: .specifiedType)
            } else if let annotated {
                value = try expression(initializer.value, as: annotated, context: .specifiedType)
            } else {
                value = try expression(initializer.value)
                if value.type == .void, !value.type.containsError, initializer.value.is(NilLiteralExprSyntax.self) {
                    throw error(.nilNeedsContext, at: initializer.value)
                }
            }
            if !decl.modifiers.isEmpty { value = value.retyped(try ownershipVariableType(decl, binding, value.type)) }
            let bind = try bindPattern(binding.pattern, type: value.type, mutable: mutable)
            if let identifier = binding.pattern.as(IdentifierPatternSyntax.self),
               case .variable(let variable) = lookup(identifier.identifier.text) {
                if let ownership { weakVariables[variable.key] = ownership }
                if binding.observers != nil { statements.append(try declareObservedVariable(variable, binding)) }
                statements.append(Statement(run: store(value, into: variable)))
                continue
            }
            let eval = value.eval
            statements.append(Statement { frame in bind(frame, try eval(frame)); return .next })
        }
        return Lowering.sequence(statements)
    }
}

extension PatternBindingSyntax {
    /// The type written for this name: its own, or, for a name with neither type nor value
    /// (`r` in `var r, g: Double`), the type written after the names that follow it, as Swift reads it.
    var writtenType: TypeAnnotationSyntax? {
        if let typeAnnotation { return typeAnnotation }
        guard initializer == nil, accessorBlock == nil, let list = parent?.as(PatternBindingListSyntax.self) else { return nil }
        for later in list.drop(while: { $0.id != id }).dropFirst() {
            if let annotation = later.typeAnnotation { return annotation }
            if later.initializer != nil || later.accessorBlock != nil { return nil }
        }
        return nil
    }
}
