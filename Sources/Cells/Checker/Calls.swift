import Foundation
import SwiftParser
import SwiftSyntax
import CellValues

extension Checker {
    func functionCall(_ call: FunctionCallExprSyntax, expected: CellType?) throws -> Compiled {
        let arguments = CallArgument.from(call)
        let callee = call.calledExpression
        if let reference = callee.as(DeclReferenceExprSyntax.self) {
            let name = reference.baseName.text
            try rejectBareEnumCase(name, at: reference)
            if !declaredInsideMethod(name) {
                if let method = try implicitSelfMethodCall(name, arguments, expected: expected, at: call) { return method }
                // A stored closure of `self` (`let function: (Matrix) -> Matrix`), called by its bare name.
                if let property = try implicitSelfMember(name, at: reference) { return try callValue(property, arguments, at: call) }
                if let key = enclosingStaticSelf, hasStaticMember(key, name) {
                    return try staticMember(key, name, payload: arguments, at: call)   // `tagged(n)` in a static method
                }
            }
            switch lookup(name) {
            case .functions(let overloads):
                let resolved = try resolveCall(overloads, name: name, kind: .globalFunction, arguments: arguments,
                                               expected: expected, at: call)
                return try emitDeclaredFunctionCall(resolved, at: call)
            case .variable(let variable):
                return try callValue(read(variable), arguments, variable: variable, at: call)
            case nil:
                break
            }
            if name == "print" { return try printCall(arguments, at: call) }
            if name == "type", arguments.count == 1, arguments[0].label == "of" {
                return try dynamicTypeCall(try expression(arguments[0].expression))
            }
            if name == "Optional", arguments.count == 1, arguments[0].label == nil {
                // `Optional(x)`: `.some(x)`, typed from `x` unless the context says more.
                let value = try expression(arguments[0].expression, expected: expected?.optionalWrapped)
                return try coerce(value, to: .optional(value.type), context: .argument, at: arguments[0].expression)
            }
            if name == "Result", let result = try resultCatchingCall(arguments, expected: expected, at: call) { return result }
            if name == "String", arguments.first?.label == "format" { return try formatCall(arguments, at: call) }
            if name == "String", arguments.count == 1, arguments[0].label == nil || arguments[0].label == "describing" {
                let value = try expression(arguments[0].expression)
                let eval = value.eval
                if value.type.sequenceElement == .character, value.type != .string, value.type != .substring,
                   arguments[0].label == nil,
                   let characters = userSequenceAsArray(value)?.eval ?? Sequences.elements(of: value.type).map({ list in { .array(list(try eval($0))) } }) {
                    // `String(s.reversed())`, `String(chars)`, `String(s.lazy.filter(p))`: a String of any
                    // sequence of Characters (one stepped through, as a lazy one, read once).
                    return Compiled(.string) { .string(String(try characters($0).array.map { Character($0.string) })) }
                }
                let describe = describer(for: value.type)
                return Compiled(.string) { .string(describe(try eval($0))) }
            }
            if let generic = declarations.genericStructs[name], generic.enumSyntax == nil, genericBindings[name] == nil {
                return try genericInitializerCall(generic, arguments, expected: expected, at: call)
            }
            if let type = try? resolveTypeName(name) {
                return try initializerCall(type, arguments, expected: expected, at: call)
            }
            if let builtins = surface.functions[name] {
                let resolved = try resolveCall(builtins, name: name, kind: .globalFunction, arguments: arguments,
                                               expected: expected, at: call)
                return emitCall(resolved, callee: nil, at: call)
            }
            throw unknownName(name, at: reference)
        }
        if let member = callee.as(MemberAccessExprSyntax.self),
           let module = member.base?.as(DeclReferenceExprSyntax.self)?.baseName.text,
           ["Swift", "Foundation", "Linalg", "Autodiff", "Plot"].contains(module), lookup(module) == nil,
           let builtins = surface.functions[member.declName.baseName.text] {
            // `Swift.min(a, b)`: the module-qualified global function.
            let resolved = try resolveCall(builtins, name: member.declName.baseName.text, kind: .globalFunction,
                                           arguments: arguments, expected: expected, at: call)
            return emitCall(resolved, callee: nil, at: call)
        }
        if let member = callee.as(MemberAccessExprSyntax.self) {
            return try memberCall(member, arguments, expected: expected, at: call)
        }
        if callee.is(GenericSpecializationExprSyntax.self) {
            // `Set<Int>()`, `Array<Double>(repeating: 0, count: 3)`
            var parser = Parser(callee.trimmedDescription)
            let type = try reparsed(from: callee) { try resolveType(TypeSyntax.parse(from: &parser)) }
            return try initializerCall(type, arguments, expected: expected, at: call)
        }
        if let array = callee.as(ArrayExprSyntax.self), array.elements.count == 1,
           let element = array.elements.first?.expression, let type = typeFromExpression(element) {
            return try initializerCall(.array(type), arguments, expected: expected, at: call)
        }
        if let dictionary = callee.as(DictionaryExprSyntax.self), case .elements(let pairs) = dictionary.content,
           pairs.count == 1, let key = typeFromExpression(pairs.first!.key),
           let value = typeFromExpression(pairs.first!.value) {
            return try initializerCall(.dictionary(key, value), arguments, expected: expected, at: call)
        }
        // `f?(x)`: the optional chain stays open over the call (it closes around the whole call).
        return try callValue(try postfixBase(callee), arguments, at: call)
    }

    /// A written type used as an expression (`Int` in `[Int]()`).
    func typeFromExpression(_ expr: ExprSyntax) -> CellType? {
        if let reference = expr.as(DeclReferenceExprSyntax.self) { return try? resolveTypeName(reference.baseName.text) }
        if expr.is(InfixOperatorExprSyntax.self) || expr.is(SequenceExprSyntax.self) || expr.is(TupleExprSyntax.self) {
            // `[() -> Void]()`: a function type written where an expression stands.
            var parser = Parser(expr.trimmedDescription)
            let type = TypeSyntax.parse(from: &parser)
            if type.is(FunctionTypeSyntax.self) || type.is(TupleTypeSyntax.self) { return try? resolveType(type) }
        }
        if let array = expr.as(ArrayExprSyntax.self), array.elements.count == 1 {
            return typeFromExpression(array.elements.first!.expression).map { .array($0) }
        }
        return nil
    }

    /// Calls a value of function type (a closure in a variable, a returned function).
    /// `variable`: the variable holding the callee, when it is one (a `rethrows` function may
    /// throw by calling its function parameters).
    func callValue(_ callee: Compiled, _ arguments: [CallArgument], variable: Variable? = nil,
                   at node: some SyntaxProtocol) throws -> Compiled {
        guard case .function(let parameters, let result, let throwing) = callee.type else {
            if callee.type == .error { return callee }
            if let call = Syntax(node).as(FunctionCallExprSyntax.self), callee.type.nominalName != nil {
                // `p(2)` for a value whose type declares `callAsFunction`.
                do {
                    return try methodCall(on: callee, "callAsFunction", arguments, expected: nil, nameNode: call.calledExpression,
                                          call: call, place: { try self.lvalue(call.calledExpression) })
                } catch let failure as CellError {
                    guard case .noMember = failure.kind else { throw failure }
                }
            }
            throw error(.notCallable(type: callee.type), at: node)
        }
        var binding = FunctionBinding(
            name: "", parameters: parameters.enumerated().map {
                Parameter(label: nil, name: "#\($0.offset + 1)", type: $0.element.type, isInout: $0.element.isInout,
                          isVariadic: $0.element.isVariadic)
            }, result: result, variable: variable)
        binding.effect = throwing ? .throws : .none
        let resolved = try resolveCall([binding], name: "", kind: .closure, arguments: arguments, expected: nil, at: node)
        return emitCall(resolved, callee: callee.eval, at: node)
    }

    /// `print(a, b, separator: ", ", terminator: "")`: each item as its type's `description`.
    private func printCall(_ arguments: [CallArgument], at node: some SyntaxProtocol) throws -> Compiled {
        var items: [(Eval, (Value) -> String)] = []
        var separator: Eval = { _ in .string(" ") }
        var terminator: Eval = { _ in .string("\n") }
        for argument in arguments {
            switch argument.label {
            case nil:
                if argument.inoutTarget != nil { throw notSupported(.ampersandInPrint, argument.node) }
                let item = try expression(argument.expression)
                items.append((item.eval, describer(for: item.type)))
            case "separator": separator = try expression(argument.expression, as: .string, context: .argument).eval
            case "terminator": terminator = try expression(argument.expression, as: .string, context: .argument).eval
            case let label?: throw error(.extraneousArgumentLabel(label: label), at: argument.node)
            }
        }
        let runtime = self.runtime
        let pieces = items
        return Compiled(.void) { frame in
            let between = try separator(frame).string
            var text = ""
            for (index, (eval, describe)) in pieces.enumerated() {
                if index > 0 { text += between }
                text += describe(try eval(frame))
            }
            text += try terminator(frame).string
            runtime.output += text
            return .void
        }
    }

    /// `String(format: "%.3f %d", x, n)` (Foundation): integers (of any type) and Doubles as C varargs.
    private func formatCall(_ arguments: [CallArgument], at node: some SyntaxProtocol) throws -> Compiled {
        let format = try expression(arguments[0].expression, as: .string, context: .argument).eval
        let items = try arguments.dropFirst().map { argument -> Eval in
            if let label = argument.label { throw error(.extraneousArgumentLabel(label: label), at: argument.node) }
            let item = try expression(argument.expression)
            guard item.type.integerType != nil || item.type == .double else {
                throw error(.cannotConvert(from: item.type, to: .existential("CVarArg"), context: .argument), at: argument.expression)
            }
            return item.eval
        }
        return Compiled(.string) { frame in
            let values: [any CVarArg] = try items.map { item -> any CVarArg in
                switch try item(frame) {
                case .int(let i): return i
                case .uint(let u): return u
                case let other: return other.double
                }
            }
            return .string(String(format: try format(frame).string, arguments: values))
        }
    }

    /// `Type(…)`: a cell struct's initializer, a library type's, or a conversion (`Double(n)`).
    func initializerCall(_ type: CellType, _ arguments: [CallArgument], expected: CellType?,
                         at node: some SyntaxProtocol) throws -> Compiled {
        if case .archetype = type, arguments.count == 1, arguments[0].label == nil,
           declarations.conforms(type, to: "BinaryInteger") || declarations.conforms(type, to: "FloatingPoint") {
            // `T(xs.count)` with `T: BinaryFloatingPoint`: typed only (instances have real types).
            let value = try expression(arguments[0].expression)
            guard declarations.conforms(value.type, to: "BinaryInteger") || declarations.conforms(value.type, to: "FloatingPoint") else {
                throw error(.noMatchingOverload(kind: .initializer, name: "\(type)"), at: node)
            }
            return Compiled(type) { _ in .void }
        }
        if let literal = try literalConversion(type, arguments) { return literal }
        if let conversion = try numericConversion(type, arguments, at: node) { return conversion }
        if case .nominal(let name) = type, let layout = declarations.enumLayout(name), let rawType = layout.rawType,
           arguments.count == 1, arguments[0].label == "rawValue" {
            let raw = try expression(arguments[0].expression, as: rawType, context: .argument).eval
            let raws = layout.rawValues
            return Compiled(.optional(type)) { frame in
                let value = try raw(frame)
                return raws.firstIndex { ValueEquality.equal($0, value) }.map { .enumCase($0, []) } ?? .none
            }
        }
        try requireInstances(type)
        if let name = type.nominalName, let userInits = declarations[name]?.initializers {
            let resolved = try resolveCall(userInits, name: name, kind: .initializer, arguments: arguments,
                                           expected: nil, at: node)
            if let variable = resolved.binding.variable {
                return emitCall(resolved, callee: read(variable).eval, at: node)
            }
            return emitCall(resolved, callee: nil, at: node)
        }
        if case .sequence(.anyIterator, let bases) = type, let wrapped = try anyIteratorWrapping(arguments, element: bases[0]) {
            return wrapped
        }
        guard let (key, generics) = Surface.receiver(type), let candidates = surface.statics[key]?["init"] else {
            throw error(.noMatchingOverload(kind: .initializer, name: "\(type)"), at: node)
        }
        // `Dictionary(grouping:by:)` written without its generic arguments: they are solved, and
        // messages name the type as written.
        let known = type.containsError ? [:] : generics
        let resolved = try resolveCall(candidates, name: type.containsError ? key : type.description, kind: .initializer,
                                       arguments: arguments, receiverGenerics: known, expected: expected, at: node)
        return emitCall(resolved, callee: nil, at: node)
    }

    /// The type a bare name denotes, if it names one (`Int`, `Matrix`, a cell's `struct Point`).
    func resolveTypeName(_ name: String) throws -> CellType {
        if name == "Array" { return .array(.error) }
        if name == "Dictionary" { return .dictionary(.error, .error) }
        if name == "Set" { return .set(.error) }
        if name == "AnyIterator" { return .sequence(.anyIterator, [.error]) }
        return try resolveType(TypeSyntax(IdentifierTypeSyntax(name: .identifier(name))))
    }

    /// A written type, with cells' and the library's named types.
    func resolveType(_ type: TypeSyntax) throws -> CellType {
        var resolver = TypeResolver(generics: [], nominals: surface.nominals.union(declarations.typeNames),
                                    aliases: declarations.typeAliases.merging(genericBindings) { $1 },
                                    genericTypes: declarations.genericStructs.mapValues(\.signature.parameters.count),
                                    protocols: Set(declarations.protocols.keys).union(["Error"]))
        resolver.associatedType = { [unowned self] in associatedType($0, $1) }
        let resolved: CellType
        do {
            resolved = try resolver.resolve(type)
        } catch .unknown(let name, let node) {
            throw error(.cannotFindTypeInScope(name: name), at: node)
        } catch .unsupported(let construct, let node) {
            // `Result<…>`: the library's generic enum, declared when first named.
            if case .type(let written) = construct, Checker.libraryEnumNames.contains(written), try declareLibraryEnum(written) {
                return try resolveType(type)
            }
            throw notSupported(construct, node)
        } catch .missingGenericArguments(let name, let node) {
            throw error(.genericArgumentsRequired(name: name), at: node)
        }
        for instance in resolver.instances {
            try instantiateStruct(instance.name, instance.arguments, at: instance.node)
        }
        return resolved
    }
}
