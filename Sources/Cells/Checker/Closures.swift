import SwiftSyntax
import CellValues

extension Checker {
    /// A closure expression. Parameter types come from the context (`xs.map { $0 * 2 }`)
    /// or the closure's own signature; an open result type is inferred from the body.
    func closureExpression(_ closure: ClosureExprSyntax, expected: CellType?, capturesBound: Bool = false) throws -> Compiled {
        if !capturesBound, let captures = closure.signature?.capture {
            return try capturingClosure(closure, captures, expected: expected)
        }
        var parameterTypes: [CellType.FunctionParameterType]?
        var resultType: CellType?
        // `var onDone: ((Int) -> Void)? = …`: a closure typed from the optional it goes into.
        let expected = expected.flatMap { type -> CellType? in
            if case .optional(let wrapped) = type, case .function = wrapped { return wrapped }
            return type
        }
        if case .function(let parameters, let result, _) = expected {
            parameterTypes = parameters
            resultType = result.containsGeneric ? nil : result
        }
        var names: [(String, Syntax)] = []
        var explicitTypes: [CellType?] = []
        var throwing = Checker.closureThrows(closure)
        if let signature = closure.signature {
            if let async = signature.effectSpecifiers?.asyncSpecifier { throw notSupported(.asyncClosure, async) }
            if let clause = signature.effectSpecifiers?.throwsClause {
                if let type = clause.type { throw notSupported(.typedThrows, type) }
                throwing = true
            }
            switch signature.parameterClause {
            case .simpleInput(let list):
                for parameter in list { names.append((parameter.name.text, Syntax(parameter))); explicitTypes.append(nil) }
            case .parameterClause(let clause):
                for parameter in clause.parameters {
                    names.append(((parameter.secondName ?? parameter.firstName).text, Syntax(parameter)))
                    explicitTypes.append(try parameter.type.map { try resolveType($0) })
                }
            case nil: break
            }
            if let written = signature.returnClause { resultType = try resolveType(written.type) }
        }
        if parameterTypes == nil {
            guard explicitTypes.count == names.count, explicitTypes.allSatisfy({ $0 != nil }) else {
                throw error(.ambiguousExpression, at: closure)
            }
            parameterTypes = explicitTypes.map { .init(type: $0!) }
        }
        var parameters = parameterTypes!
        var destructure: [CellType.TupleElement]?
        if closure.signature == nil, parameters.count == 1, case .tuple(let elements) = parameters[0].type,
           elements.count > 1, closure.statements.trimmedDescription.contains("$1") {
            // `zip(a, b).map { $0 * $1 }`: shorthand names for the tuple's elements.
            names = elements.indices.map { ("$\($0)", Syntax(closure)) }
        }
        if parameters.count == 1, case .tuple(let elements) = parameters[0].type, names.count == elements.count, names.count > 1 {
            // `pairs.map { (l, r) in … }`: a single tuple parameter taken apart.
            destructure = elements
            parameters = elements.map { .init(type: $0.type) }
        }
        if closure.signature != nil, names.count != parameters.count {
            let shown = CellType.function(parameters, resultType ?? .int)
            throw error(.closureArity(type: shown, expected: parameters.count, found: names.count),
                        at: names.first?.1 ?? Syntax(closure))
        }
        if closure.signature == nil, destructure == nil {
            names = parameters.indices.map { ("$\($0)", Syntax(closure)) }
        }
        for (index, type) in explicitTypes.enumerated() where index < parameters.count {
            // `twice { (x: Int) in x + 1 }`: a closure's own types solve the generic ones.
            if let type, parameters[index].type.containsGeneric { parameters[index].type = type }
        }
        for (index, type) in explicitTypes.enumerated() {
            if let type, type != parameters[index].type {
                throw error(.cannotConvert(from: CellType.function(explicitTypes.map { .init(type: $0 ?? .error) }, resultType ?? .void),
                                           to: expected ?? .error, context: .contextual), at: closure)
            }
        }

        let function = FunctionScope(parent: scope.function, returnType: resultType, kind: .closure)
        function.inferredReturn = resultType == nil
        function.isEscapingClosure = Checker.mayEscape(closure)
        function.effects.context = throwing ? .throwing : .nonThrowing
        let statements = Array(closure.statements)
        let body: Exec = try withScope(function: function) {
            for (index, (name, node)) in names.enumerated() {
                try declare(name, type: parameters[index].type, mutable: parameters[index].isInout, at: node)
            }
            if statements.count == 1, case .expr(let single) = statements[0].item, !isStatementLike(single) {
                let compiled = try expression(single, expected: resultType)
                if function.inferredReturn {
                    function.returnType = compiled.type
                    function.inferredReturn = false
                } else if resultType != .void {
                    _ = try coerce(compiled, to: resultType!, context: .returnValue, at: single)
                }
                let eval = compiled.eval
                return { frame in frame.returnValue = try eval(frame); return .returned }
            }
            return try block(statements)
        }
        if function.inferredReturn { function.returnType = .void }
        if throwing, case .function(_, _, false)? = expected {
            let ownType = CellType.function(parameterTypes!, function.returnType ?? .void)
            throw error(.throwingFunctionConversion(from: ownType.asThrowing, to: ownType), at: closure)
        }
        if destructure != nil {
            let type = CellType.function(parameterTypes!, function.returnType ?? .void, throws: throwing)
            let inner = functionMaker(function, parameterCount: parameters.count, inoutIndices: [], body: body, at: closure)
            return Compiled(type) { frame in
                let function = inner(frame)
                return .function(FunctionValue { arguments in
                    var parts = arguments[0].array
                    return try function.call(&parts)
                })
            }
        }
        let type = CellType.function(parameters, function.returnType ?? .void, throws: throwing)
        let make = functionMaker(function, parameterCount: parameters.count,
                                 inoutIndices: parameters.indices.filter { parameters[$0].isInout }, body: body, at: closure)
        return Compiled(type) { frame in .function(make(frame)) }
    }

    /// `{ [value] in … }`: the listed values are copied when the closure is made, into a
    /// frame of their own between the closure and its surroundings.
    private func capturingClosure(_ closure: ClosureExprSyntax, _ captures: ClosureCaptureClauseSyntax,
                                  expected: CellType?) throws -> Compiled {
        let captureScope = FunctionScope(parent: scope.function, returnType: nil, kind: .closure)
        var values: [Eval] = []
        var types: [CellType] = []
        var ownerships: [Ownership?] = []
        for item in captures.items {
            if let specifier = item.specifier {
                // `[weak self]`, `[unowned node]`: the closure holds a reference that does not keep it alive.
                let (ownership, captured, type) = try ownedCapture(item, specifier)
                values.append(captured)
                types.append(type)
                ownerships.append(ownership)
                continue
            }
            ownerships.append(nil)
            guard case .variable(let variable) = lookup(item.name.text) else {
                if let value = item.initializer?.value {
                    let source = try expression(value)
                    values.append(source.eval)
                    types.append(source.type)
                    continue
                }
                throw error(.cannotFindInScope(name: item.name.text), at: item)
            }
            values.append(try readChecked(variable, at: item).eval)
            types.append(variable.type)
        }
        let inner = try withScope(function: captureScope) { () throws -> Compiled in
            for (index, (item, type)) in zip(captures.items, types).enumerated() {
                let variable = try declare(item.name.text, type: type, mutable: false, at: item)
                if let ownership = ownerships[index] { weakVariables[variable.key] = ownership }
            }
            return try closureExpression(closure, expected: expected, capturesBound: true)
        }
        let make = inner.eval
        // A closure that reaches nothing around it but its captures and globals does not keep
        // the frame it is made in (with a method's `self`) alive: `[weak self]` then holds
        // the object weakly indeed.
        let keepsSurroundings = captureScope.reachesOutside
        return Compiled(inner.type) { frame in
            let held = Frame.make(size: captureScope.slotCount, parent: keepsSurroundings ? frame : nil)
            for (index, value) in values.enumerated() { held.slots[index] = try value(frame) }
            return try make(held)
        }
    }

    /// Expressions that are really statements (`x = 1`, `if`, `switch`): not a closure's implicit result.
    func isStatementLike(_ expr: ExprSyntax) -> Bool {
        if let infix = expr.as(InfixOperatorExprSyntax.self) {
            if infix.operator.is(AssignmentExprSyntax.self) { return true }
            if let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
               Checker.isCompoundAssignment(op) { return true }
        }
        return false
    }

    /// `+=`, `&+=`, `<<=`, …: the operators of Swift's AssignmentPrecedence that return
    /// nothing (unlike `==`, `!=`, `<=`, `>=`, `===`, `!==`, which also end in `=`).
    static func isCompoundAssignment(_ op: String) -> Bool {
        op.hasSuffix("=") && !["==", "!=", "<=", ">=", "===", "!=="].contains(op)
    }
}
