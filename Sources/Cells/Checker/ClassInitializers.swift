import SwiftSyntax
import CellValues

/// Initializers of classes, Swift's two-phase way in the simple forms: a designated `init`
/// gives the class's own stored properties their defaults, runs its body, and hands the
/// object to its superclass's initializer through `super.init(…)` (or an implicit
/// `super.init()` at its end, when the superclass has one without arguments).
///
/// A class without a designated `init` gets `init()` (every property has a default), or
/// inherits its superclass's initializers (its own properties all have defaults); otherwise
/// it has none, as swiftc says. `Name(…)` allocates an object of the class and runs the
/// chosen initializer on it, so `super.init` initializes the same object.
extension Checker {
    /// The signatures of a class's designated initializers, and what `Name(…)` calls.
    func declareClassInitializers(_ layout: ClassLayout, inheriting superLayout: ClassLayout?) throws {
        let declared = layout.syntax.memberBlock.members.compactMap { $0.decl.as(InitializerDeclSyntax.self) }
        /// A `required` rule broken: thrown after the initializers are declared (calls still resolve).
        var requiredError: CellError?
        for decl in declared {
            let isConvenience = decl.modifiers.contains { $0.name.text == "convenience" }
            if let modifier = decl.modifiers.first(where: {
                !["override", "convenience", "required"].contains($0.name.text) && !accessModifiers.contains($0.name.text)
            }) {
                throw notSupported(.modifier(modifier.name.text, on: .initializers), modifier)
            }
            if decl.optionalMark != nil { throw notSupported(.failableInitializer, decl) }
            if decl.signature.effectSpecifiers != nil { throw notSupported(.throwingInitializer, decl.signature) }
            if let generics = decl.genericParameterClause { throw notSupported(.genericInitializer, generics) }
            let parameters = try parameterList(decl.signature.parameterClause)
            let isOverride = decl.modifiers.contains { $0.name.text == "override" }
            let isRequired = decl.modifiers.contains { $0.name.text == "required" }
            let overridden = superLayout?.initializers.first { Checker.sameSignature($0.parameters, parameters) }
            let overrides = overridden != nil
            if isOverride, !overrides { throw error(.overridesNothing(member: "initializer"), at: decl.initKeyword) }
            if overridden?.isRequired == true, !isRequired, !isConvenience, requiredError == nil {
                requiredError = error(.requiredModifierMissing, at: decl.initKeyword)   // thrown once declared
            }
            // A `required init` overrides its superclass's without the keyword.
            if overrides, !isOverride, !isRequired { throw error(.overrideKeywordRequired, at: decl.initKeyword) }
            let variable = Variable(name: "init", type: .function(parameters.map { .init(type: $0.type) }, .void),
                                    mutable: false, slot: scope.function.allocate(), owner: scope.function)
            let globals = runtime.globals, slot = variable.slot
            layout.initializers.append(ClassInitializer(parameters: parameters, run: { object, arguments in
                var values = [Value.object(object)] + arguments
                _ = try globals.slots[slot].function.call(&values)
            }, isConvenience: isConvenience, isRequired: isRequired))
            layout.pendingInitializers.append((decl, variable, parameters))
        }
        // A subclass with initializers of its own inherits none, so it must declare the required ones.
        let missingRequired = declared.contains { decl in !decl.modifiers.contains { $0.name.text == "convenience" } }
            ? superLayout?.initializers.first { inherited in
                inherited.isRequired && !layout.initializers.contains { Checker.sameSignature($0.parameters, inherited.parameters) }
            } : nil
        if declared.allSatisfy({ decl in decl.modifiers.contains { $0.name.text == "convenience" } }) {
            if layout.ownFields.contains(where: { !$0.hasDefault }) {
                throw error(.classHasNoInitializers(name: layout.name), at: layout.syntax.name)
            }
            let defaults = layout.defaults, globals = runtime.globals
            let own = layout.initializers
            if let superLayout {
                // Inherited initializers: this class's defaults first, then the superclass's initializer.
                layout.initializers = superLayout.initializers.map { inherited in
                    ClassInitializer(parameters: inherited.parameters, run: { object, arguments in
                        for (index, value) in defaults { object.fields[index] = try value(globals) }
                        try inherited.run(object, &arguments)
                    }, isConvenience: inherited.isConvenience, isRequired: inherited.isRequired)
                }
            } else {
                layout.initializers = [ClassInitializer(parameters: []) { object, _ in
                    for (index, value) in defaults { object.fields[index] = try value(globals) }
                }]
            }
            layout.initializers += own
        }
        let type = CellType.nominal(layout.name), cellClass = layout.cellClass!, fieldCount = layout.fields.count
        declarations.record(layout.name).setInitializers(layout.initializers.map { initializer in
            let run = initializer.run
            return FunctionBinding(name: "init", parameters: initializer.parameters, result: type) { arguments, _ in
                let object = CellObject(class: cellClass, fieldCount: fieldCount)
                try run(object, &arguments)
                return .object(object)
            }
        })
        if let requiredError { throw requiredError }
        if let missingRequired, let superLayout {
            throw error(.requiredInitializerNotProvided(labels: missingRequired.parameters.map(\.label), superclass: superLayout.name),
                        at: layout.syntax.memberBlock.rightBrace)
        }
    }

    /// Whether two initializers take the same labels and types (one overrides the other).
    static func sameSignature(_ a: [Parameter], _ b: [Parameter]) -> Bool {
        a.map(\.label) == b.map(\.label) && a.map(\.type) == b.map(\.type)
    }

    /// A declared initializer's body, taking the object first: the class's defaults, the body,
    /// and the implicit `super.init()` when the body calls no `super.init`.
    func compileClassInitializer(_ decl: InitializerDeclSyntax, _ variable: Variable, _ parameters: [Parameter],
                                 of layout: ClassLayout) throws -> Statement {
        guard let body = decl.body else { throw notSupported(.initializerWithoutBody, decl) }
        if decl.modifiers.contains(where: { $0.name.text == "convenience" }) {
            return try compileConvenienceInitializer(decl, body, variable, parameters, of: layout)
        }
        if body.statements.contains(where: { Checker.delegatesToSelfInit($0) }) {
            throw error(.designatedInitializerDelegates(type: .nominal(layout.name)), at: decl.initKeyword)
        }
        let superLayout = layout.superclass
        let type = CellType.nominal(layout.name)
        let function = FunctionScope(parent: scope.function, returnType: .void, kind: .initializer)
        function.selfType = type
        let statements: Exec = try withScope(function: function) {
            try declare("self", type: type, mutable: false, at: decl.initKeyword)
            for parameter in parameters {
                try declare(parameter.name, type: parameter.type, mutable: false, at: decl.signature)
            }
            return try block(Array(body.statements), newScope: false)
        }
        // After the body type-checks: swiftc's initialization checks run on well-typed code only.
        let implicitSuper = try checkInitialization(decl, body, parameters, of: layout)
        let defaults = layout.defaults, globals = runtime.globals
        let superRun = implicitSuper ? superLayout?.initializers.first(where: \.parameters.isEmpty)?.run : nil
        let exec: Exec = { frame in
            guard case .object(let object) = frame.slots[0] else { return .returned }
            for (index, value) in defaults { object.fields[index] = try value(globals) }
            _ = try statements(frame)
            if let superRun {
                var none: [Value] = []
                try superRun(object, &none)
            }
            return .returned
        }
        let pending = PendingFunction()
        pending.maker = functionMaker(function, parameterCount: parameters.count + 1, inoutIndices: [], body: exec,
                                      at: decl.initKeyword)
        return creation(variable, pending)
    }

    /// A `convenience init`'s body: no defaults and no implicit `super.init` (the initializer it
    /// delegates to with `self.init(…)` does both).
    private func compileConvenienceInitializer(_ decl: InitializerDeclSyntax, _ body: CodeBlockSyntax, _ variable: Variable,
                                               _ parameters: [Parameter], of layout: ClassLayout) throws -> Statement {
        let type = CellType.nominal(layout.name)
        let function = FunctionScope(parent: scope.function, returnType: .void, kind: .initializer)
        function.selfType = type
        function.isConvenienceInitializer = true
        let statements: Exec = try withScope(function: function) {
            try declare("self", type: type, mutable: false, at: decl.initKeyword)
            for parameter in parameters {
                try declare(parameter.name, type: parameter.type, mutable: false, at: decl.signature)
            }
            return try block(Array(body.statements), newScope: false)
        }
        guard try delegatesOnEveryPath(Array(body.statements), parameters, of: layout, closingBrace: body.rightBrace) else {
            throw error(.selfInitNotCalled, at: body.rightBrace)
        }
        let exec: Exec = { frame in
            _ = try statements(frame)
            return .returned
        }
        let pending = PendingFunction()
        pending.maker = functionMaker(function, parameterCount: parameters.count + 1, inoutIndices: [], body: exec,
                                      at: decl.initKeyword)
        return creation(variable, pending)
    }

    /// Until `self.init(…)` has run (in the statements up to it and its own arguments) the object
    /// is not initialized: a use of `self`, or of a member by its bare name, is swiftc's error.
    private func checkNoSelfBefore(_ statements: [Syntax], _ parameters: [Parameter],
                                   of layout: ClassLayout) throws {
        var members = classPropertyNames(layout)
        for c in declarations.classChain(layout) {
            for member in c.syntax.memberBlock.members {
                if let function = member.decl.as(FunctionDeclSyntax.self) { members.insert(function.name.text) }
            }
        }
        var shadowing = Set(parameters.map(\.name))
        for statement in statements {
            for token in statement.tokens(viewMode: .sourceAccurate) {
                if let pattern = token.parent?.as(IdentifierPatternSyntax.self) { shadowing.insert(pattern.identifier.text) }
                if let parameter = token.parent?.as(ClosureShorthandParameterSyntax.self) { shadowing.insert(parameter.name.text) }
                if let parameter = token.parent?.as(ClosureParameterSyntax.self) { shadowing.insert(parameter.firstName.text) }
            }
        }
        let isDelegation = { (token: TokenSyntax) -> Bool in
            guard let member = token.parent?.parent?.as(MemberAccessExprSyntax.self),
                  member.base?.as(DeclReferenceExprSyntax.self)?.baseName == token else { return false }
            return member.declName.baseName.text == "init"
        }
        for statement in statements {
            for token in statement.tokens(viewMode: .sourceAccurate) {
                guard let reference = token.parent?.as(DeclReferenceExprSyntax.self), reference.baseName == token else { continue }
                if token.tokenKind == .keyword(.self) {
                    if isDelegation(token) { continue }
                    throw error(.selfUsedBeforeSelfInit, at: token)
                }
                if let member = reference.parent?.as(MemberAccessExprSyntax.self), member.declName == reference { continue }
                if members.contains(token.text), !shadowing.contains(token.text) {
                    throw error(.selfUsedBeforeSelfInit, at: token)
                }
            }
        }
    }

    /// Whether `items` (a convenience initializer's body, or a branch of it) call `self.init(…)`
    /// on every path: one of them is the call, or an `if` whose branches (with an `else`) all
    /// delegate. What comes before the delegation may neither use `self` nor `return`.
    private func delegatesOnEveryPath(_ items: [CodeBlockItemSyntax], _ parameters: [Parameter], of layout: ClassLayout,
                                      closingBrace: TokenSyntax) throws -> Bool {
        for (index, item) in items.enumerated() {
            let before = items[..<index].map(Syntax.init)
            if Checker.delegatesToSelfInit(item) {
                try checkNoSelfBefore(before + [Syntax(item)], parameters, of: layout)
                try checkNoReturn(items[..<index], closingBrace: closingBrace)
                return true
            }
            guard let branch = item.item.as(ExpressionStmtSyntax.self)?.expression.as(IfExprSyntax.self)
                    ?? item.item.as(IfExprSyntax.self) else { continue }
            try checkNoSelfBefore(before + branch.conditions.map(Syntax.init), parameters, of: layout)
            if try branchesDelegate(branch, parameters, of: layout, closingBrace: closingBrace) {
                try checkNoReturn(items[..<index], closingBrace: closingBrace)
                return true
            }
        }
        return false
    }

    /// Whether every branch of `branch` (which needs an `else`) delegates.
    private func branchesDelegate(_ branch: IfExprSyntax, _ parameters: [Parameter], of layout: ClassLayout,
                                  closingBrace: TokenSyntax) throws -> Bool {
        guard let elseBody = branch.elseBody,
              try delegatesOnEveryPath(Array(branch.body.statements), parameters, of: layout, closingBrace: closingBrace)
        else { return false }
        switch elseBody {
        case .ifExpr(let nested):
            try checkNoSelfBefore(nested.conditions.map(Syntax.init), parameters, of: layout)
            return try branchesDelegate(nested, parameters, of: layout, closingBrace: closingBrace)
        case .codeBlock(let block):
            return try delegatesOnEveryPath(Array(block.statements), parameters, of: layout, closingBrace: closingBrace)
        }
    }

    /// A `return` before the delegation leaves the object uninitialized on that path.
    private func checkNoReturn(_ statements: ArraySlice<CodeBlockItemSyntax>, closingBrace: TokenSyntax) throws {
        for statement in statements {
            for token in statement.tokens(viewMode: .sourceAccurate) where token.tokenKind == .keyword(.return) {
                var ancestor = token.parent
                var insideFunction = false
                while let node = ancestor, node.id != statement.id {
                    if node.is(ClosureExprSyntax.self) || node.is(FunctionDeclSyntax.self) { insideFunction = true; break }
                    ancestor = node.parent
                }
                if !insideFunction { throw error(.selfInitNotCalled, at: closingBrace) }
            }
        }
    }

    /// A statement of a convenience initializer's body that is a `self.init(…)` call.
    static func delegatesToSelfInit(_ item: CodeBlockItemSyntax) -> Bool {
        guard let call = item.item.as(FunctionCallExprSyntax.self) ?? item.item.as(ExpressionStmtSyntax.self)?.expression.as(FunctionCallExprSyntax.self),
              let member = call.calledExpression.as(MemberAccessExprSyntax.self),
              let base = member.base?.as(DeclReferenceExprSyntax.self) else { return false }
        return member.declName.baseName.text == "init" && base.baseName.tokenKind == .keyword(.self)
    }

    /// `self.init(…)` in a convenience initializer: another initializer of the class on `self`.
    func selfInitializerCall(_ arguments: [CallArgument], at call: FunctionCallExprSyntax,
                             name: some SyntaxProtocol) throws -> Compiled {
        guard scope.function.kind == .initializer, scope.function.isConvenienceInitializer, let selfType = enclosingSelfType,
              let layout = declarations.classLayout(of: selfType),
              case .variable(let selfVariable) = lookup("self") else {
            throw notSupported(.selfInitCall, name)
        }
        let initializers = layout.initializers
        let candidates = initializers.map { FunctionBinding(name: "init", parameters: $0.parameters, result: .void) }
        let resolved = try resolveCall(candidates, name: layout.name, kind: .initializer, arguments: arguments,
                                       expected: nil, at: call)
        guard let chosen = initializers.first(where: {
            $0.parameters.map(\.label) == resolved.binding.parameters.map(\.label)
                && $0.parameters.map(\.type) == resolved.binding.parameters.map(\.type)
        }) else { throw notSupported(.selfInitCall, call) }
        return initializerRun(chosen, arguments: resolved.arguments, on: selfVariable, at: name)
    }

    /// `super.init(…)` in a subclass's initializer: the superclass's initializer on `self`.
    func superInitializerCall(_ arguments: [CallArgument], at call: FunctionCallExprSyntax,
                              name: some SyntaxProtocol) throws -> Compiled {
        guard scope.function.kind == .initializer, !scope.function.isConvenienceInitializer, let selfType = enclosingSelfType,
              let superLayout = declarations.classLayout(of: selfType)?.superclass,
              case .variable(let selfVariable) = lookup("self") else {
            throw notSupported(.superInitOutsideSubclassInitializer, name)
        }
        let candidates = superLayout.initializers.filter { !$0.isConvenience }
            .map { FunctionBinding(name: "init", parameters: $0.parameters, result: .void) }
        let resolved = try resolveCall(candidates, name: superLayout.name, kind: .initializer, arguments: arguments,
                                       expected: nil, at: call)
        guard let chosen = superLayout.initializers.first(where: {
            !$0.isConvenience &&
            $0.parameters.map(\.label) == resolved.binding.parameters.map(\.label)
                && $0.parameters.map(\.type) == resolved.binding.parameters.map(\.type)
        }) else { throw notSupported(.superInitCall, call) }
        return initializerRun(chosen, arguments: resolved.arguments, on: selfVariable, at: name)
    }

    /// Runs `initializer` on the object in `self` (`self.init(…)` or `super.init(…)`): a trap
    /// inside it is an error at the call's `name`.
    private func initializerRun(_ initializer: ClassInitializer, arguments values: [Eval], on selfVariable: Variable,
                                at name: some SyntaxProtocol) -> Compiled {
        let run = initializer.run, receiver = read(selfVariable).eval
        let (line, column) = location(name)
        return Compiled(.void) { frame in
            guard case .object(let object) = try receiver(frame) else { return .void }
            var arguments = try values.map { try $0(frame) }
            do { try run(object, &arguments) } catch let trap as Trap {
                throw CellError(line: line, column: column, kind: trap.kind)
            }
            return .void
        }
    }
}
