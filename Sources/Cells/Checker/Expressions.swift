import SwiftSyntax
import CellValues

extension Checker {
    /// Checks `expression` against the type the context expects (if any) and
    /// compiles it. Literals take the expected type (`let z: Double = 3 / 2`).
    /// Optional chains (`a?.b`) end here: the whole postfix chain becomes optional.
    func expression(_ expr: ExprSyntax, expected: CellType? = nil) throws -> Compiled {
        try chainedExpression(expr, expected: expected).compiled
    }

    /// `expression`, and whether it is an optional chain that wraps a value of its own (`p?.x`
    /// with a Double `x`, not `xs?.first`, already optional): swiftc may convert that value
    /// inside the chain (`AnyContext.swift`).
    func chainedExpression(_ expr: ExprSyntax, expected: CellType?) throws -> (compiled: Compiled, wrapsValue: Bool) {
        let chainsBefore = optionalChains.count
        var compiled = try expressionBody(expr, expected: expected)
        let wrapsValue = optionalChains.count > chainsBefore && compiled.type.optionalWrapped == nil
        while optionalChains.count > chainsBefore {
            let chain = optionalChains.removeLast()
            compiled = wrapOptionalChain(chain, compiled)
        }
        return (compiled, wrapsValue)
    }

    /// Compiles and converts to `type`, with the compiler's message on mismatch.
    func expression(_ expr: ExprSyntax, as type: CellType, context: ConversionContext) throws -> Compiled {
        let compiled = try expression(expr, expected: type)
        return try coerce(compiled, to: type, context: context, at: expr)
    }

    /// Whether `compiled` may be used where `type` is expected: equal types,
    /// or `T` where `T?` is expected (same representation, so free).
    func coerce(_ compiled: Compiled, to type: CellType, context: ConversionContext,
                at node: some SyntaxProtocol) throws -> Compiled {
        if compiled.type == type || type == .error || compiled.type == .error { return compiled.retyped(type) }
        if compiled.type.containsArchetype, type.containsArchetype, compiled.type.erasingArchetypeProtocols == type.erasingArchetypeProtocols {
            // A generic enum's parameter in its declaration and in a constrained extension
            // (`extension Tree where T: Comparable`): the same parameter, checked only.
            return compiled.retyped(type)
        }
        if let upcast = classUpcast(compiled, to: type) { return upcast }
        if let upcast = keyPathUpcast(compiled, to: type) { return upcast }   // a `WritableKeyPath` is also a `KeyPath`
        if let function = try functionConversion(compiled, to: type, at: node) { return function }
        if case .optional(let wrapped) = type, compiled.type == wrapped, wrapped.optionalWrapped != nil {
            // `Int?` to `Int??`: a nil inside stays apart from the outer nil.
            let eval = compiled.eval
            return Compiled(type) { try eval($0).wrappedInOptional }
        }
        if case .optional(let wrapped) = type, compiled.type == wrapped || compiled.type.optionalWrapped == nil && wrapped == .error {
            return compiled.retyped(type)
        }
        if case .optional(let wrapped) = type, case .optional(let inner) = wrapped, compiled.type == inner {
            return compiled.retyped(type)
        }
        if compiled.type.containsError || type.containsError { return compiled.retyped(type) }
        if type == .anyObject, declarations.classLayout(of: compiled.type) == nil, !compiled.type.isExistentialOrGeneric,
           context != .arrayElement, context != .contextual {
            throw error(.notClassInstance(type: compiled.type, context: context), at: node)   // `let x: AnyObject = 3`
        }
        if case .existential(let proto) = type { return try existential(compiled, as: proto, at: node) }
        if case .array(.existential(let proto)) = type, case .array(let element) = compiled.type, element != .existential(proto) {
            return try existentialArray(compiled, of: element, as: proto, at: node)
        }
        if case .optional(.existential(let proto)) = type, compiled.type.optionalWrapped == nil {
            return try existential(compiled, as: proto, at: node).retyped(type)
        }
        if case .optional(.existential(let proto)) = type, case .optional(let wrapped) = compiled.type,
           wrapped.optionalWrapped == nil, wrapped != .existential(proto), wrapped.nominalName != nil {
            // `delegate = ear` with `ear: Ear?`: the object, if any, as a value of the protocol.
            let held = HeldValue()
            let convert = try existential(Compiled(wrapped) { _ in held.value }, as: proto, at: node).eval
            let eval = compiled.eval
            return Compiled(type) { frame in
                let value = try eval(frame)
                if case .none = value { return .none }
                held.value = value
                defer { held.value = .void }
                return try convert(frame)
            }
        }
        if case .tuple(let have) = compiled.type, case .tuple(let want) = type, have.count == want.count,
           zip(have, want).allSatisfy({ $0.type.fits($1.type) && ($0.label == nil || $1.label == nil || $0.label == $1.label) }) {
            // Swift converts `(Int, Int)` to `(min: Int, max: Int)` and back.
            return compiled.retyped(type)
        }
        if case .optional(.tuple) = type, case .tuple = compiled.type {
            return try coerce(coerce(compiled, to: type.optionalWrapped!, context: context, at: node), to: type, context: context, at: node)
        }
        if let wrapped = compiled.type.optionalWrapped, wrapped == type {
            if Checker.isOptionalTry(node) { throw error(.optionalTryNotUnwrapped(type: compiled.type), at: node) }
            throw error(.optionalNotUnwrapped(optional: compiled.type, wrapped: type), at: node)
        }
        // swiftc names the wrapped type when a plain value does not fit an optional:
        // `f(3)` for `f(_ s: String?)` expects 'String'.
        let named = compiled.type.optionalWrapped == nil ? type.optionalWrapped ?? type : type
        throw error(.cannotConvert(from: compiled.type, to: named, context: context), at: node)
    }

    /// The base of a postfix expression (`a` in `a?.b.c`): open optional chains stay open.
    func postfixBase(_ expr: ExprSyntax, expected: CellType? = nil) throws -> Compiled {
        try expressionBody(expr, expected: expected)
    }

    private func expressionBody(_ expr: ExprSyntax, expected: CellType?) throws -> Compiled {
        switch expr.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let literal): return try integerLiteral(literal, negative: false, expected: expected, at: literal)
        case .floatLiteralExpr(let literal):
            if expected == .float || expected == .optional(.float), let value = Float(literal.literal.text.filter { $0 != "_" }) {
                return .constant(.float, .double(Double(value)))   // rounded once, to Float, as swiftc rounds it
            }
            guard let value = Double(literal.literal.text.filter { $0 != "_" }) else {
                throw notSupported(.floatLiteral(text: literal.literal.text), literal)
            }
            return .constant(.double, .double(value))
        case .booleanLiteralExpr(let literal): return .constant(.bool, .bool(literal.literal.tokenKind == .keyword(.true)))
        case .stringLiteralExpr(let literal):
            let compiled = try stringLiteral(literal)
            if expected == .character || expected == .optional(.character), literal.segments.count == 1,
               case .stringSegment(let segment) = literal.segments.first!,
               let text = try? unescape(segment.content.text, at: segment), text.count == 1 {
                return .constant(.character, .character(text.first!))
            }
            if expected == .substring || expected == .optional(.substring) {
                // A string literal is a Substring where one is expected (`counts["b"]` of a `[Substring: Int]`).
                let eval = compiled.eval
                return Compiled(.substring) { .substring(Substring(try eval($0).string)) }
            }
            return compiled
        case .nilLiteralExpr(let literal):
            guard let expected else { throw error(.nilNeedsContext, at: literal) }
            guard case .optional = expected else {
                throw error(.nilNotCompatible(with: expected), at: literal)
            }
            return .constant(expected, .none)
        case .declReferenceExpr(let reference): return try declReference(reference, expected: expected)
        case .infixOperatorExpr(let infix): return try infixOperator(infix, expected: expected)
        case .prefixOperatorExpr(let prefix): return try prefixOperator(prefix, expected: expected)
        case .postfixOperatorExpr(let postfix) where postfix.operator.text == "...":
            return try partialRangeFrom(postfix, expected: expected)
        case .postfixOperatorExpr(let postfix) where postfix.operator.text != "!" && postfix.operator.text != "?":
            if let user = try unaryUserOperator(postfix.operator.text, fixity: "postfix", postfix.expression,
                                                expected: expected, at: postfix) {
                return user
            }
            throw notSupported(.expression(text: String(postfix.trimmedDescription.prefix(20))), postfix)
        case .tupleExpr(let tuple): return try tupleExpression(tuple, expected: expected)
        case .arrayExpr(let array): return try arrayLiteral(array, expected: expected)
        case .dictionaryExpr(let dictionary): return try dictionaryLiteral(dictionary, expected: expected)
        case .ternaryExpr(let ternary): return try ternaryExpression(ternary, expected: expected)
        case .functionCallExpr(let call): return try functionCall(call, expected: expected)
        case .memberAccessExpr(let member): return try memberAccess(member, expected: expected)
        case .subscriptCallExpr(let subscriptCall): return try subscriptRead(subscriptCall)
        case .closureExpr(let closure): return try closureExpression(closure, expected: expected)
        case .forceUnwrapExpr(let force): return try forceUnwrap(force)
        case .optionalChainingExpr(let chain): return try optionalChainBase(chain)
        case .asExpr(let asExpr): return try asExpression(asExpr)
        case .ifExpr(let ifExpr): return try ifExpression(ifExpr, expected: expected)
        case .switchExpr(let switchExpr): return try switchExpression(switchExpr, expected: expected)
        case .inOutExpr(let inout_):
            throw notSupported(.ampersandOutsideInoutArgument, inout_)
        case .sequenceExpr(let sequence):
            throw notSupported(.unfoldedOperatorSequence, sequence)
        case .tryExpr(let t): return try tryExpression(t, expected: expected)
        case .awaitExpr(let a): throw notSupported(.await, a)
        case .isExpr(let test):
            let source = try expression(test.expression)
            if let metatype = test.type.as(MetatypeTypeSyntax.self) { return try metatypeTest(metatype, source) }
            if case .existential = source.type { return try existentialTypeTest(test, source) }
            return try typeTest(test, source)
        case .keyPathExpr(let keyPath): return try keyPathFunction(keyPath, expected: expected)
        case .macroExpansionExpr(let m): throw notSupported(.macro(name: m.macroName.text), m)
        case .regexLiteralExpr(let r): throw notSupported(.regexLiteral, r)
        default:
            throw notSupported(.expression(text: String(expr.trimmedDescription.prefix(30))), expr)
        }
    }

    /// `1...`: a `PartialRangeFrom` (`xs[2...]` is a subscript's own form, see `collectionSubscript`).
    private func partialRangeFrom(_ postfix: PostfixOperatorExprSyntax, expected: CellType?) throws -> Compiled {
        var wanted: CellType?
        if case .partialRangeFrom(let bound) = expected { wanted = bound }
        let lower = try expression(postfix.expression, expected: wanted)
        guard lower.type == .int || lower.type == .double || lower.type == .error else {
            throw error(.unaryOperatorMismatch(operator: "...", operand: lower.type), at: postfix)
        }
        let eval = lower.eval
        return Compiled(.partialRangeFrom(lower.type)) { .tuple([try eval($0)]) }
    }

    private func stringLiteral(_ literal: StringLiteralExprSyntax) throws -> Compiled {
        let isRaw = literal.openingPounds != nil
        var parts: [Eval] = []
        let isMultiline = literal.openingQuote.tokenKind == .multilineStringQuote
        for (index, segment) in literal.segments.enumerated() {
            switch segment {
            case .stringSegment(let text):
                var content = isRaw ? text.content.text : try unescape(text.content.text, at: text)
                if isMultiline, index == literal.segments.count - 1, content.hasSuffix("\n") {
                    content.removeLast()
                }
                let value = Value.string(content)
                parts.append { _ in value }
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let first = interpolation.expressions.first,
                      first.label == nil else {
                    throw notSupported(.interpolationWithSeveralArguments, interpolation)
                }
                let inner = try expression(first.expression)
                let format = describer(for: inner.type)
                let eval = inner.eval
                parts.append { .string(format(try eval($0))) }
            }
        }
        if parts.count == 1, let only = parts.first { return Compiled(.string, only) }
        let pieces = parts
        return Compiled(.string) { frame in
            var result = ""
            for part in pieces { result += try part(frame).string }
            return .string(result)
        }
    }

    /// `description` of values of a static type: what interpolation and `print` write.
    func describer(for type: CellType) -> (Value) -> String {
        switch type {
        case .int: return { String($0.int) }
        case .double: return { $0.double.debugDescription }
        case .string: return { $0.string }
        default:
            // The run's printer, made once every cell is compiled: what an `any P` may hold
            // is known only then, and so is a type's own `description`, which may
            // interpolate values of its own type (`indirect enum Expr`'s `"(\(l) + \(r))"`).
            let runtime = self.runtime
            return { runtime.printer.describe($0, type) }
        }
    }

    private func unescape(_ text: String, at node: some SyntaxProtocol) throws -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else { result.append(character); continue }
            switch iterator.next() {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "0": result.append("\0")
            case "\\": result.append("\\")
            case "\"": result.append("\"")
            case "'": result.append("'")
            case "u":
                var hex = ""
                _ = iterator.next() // {
                while let c = iterator.next(), c != "}" { hex.append(c) }
                if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
                    result.unicodeScalars.append(scalar)
                }
            default: throw notSupported(.escapeSequence, node)
            }
        }
        return result
    }

    private func declReference(_ reference: DeclReferenceExprSyntax, expected: CellType?) throws -> Compiled {
        let name = reference.baseName.text
        if reference.argumentNames != nil { throw notSupported(.functionReferenceWithArgumentNames, reference) }
        try rejectBareEnumCase(name, at: reference)
        if !declaredInsideMethod(name), let member = try implicitSelfMember(name, at: reference) { return member }
        if !declaredInsideMethod(name), let key = enclosingStaticSelf, hasStaticMember(key, name) {
            return try staticMember(key, name, payload: nil, at: reference)   // `defaultCount` in a static method
        }
        switch lookup(name) {
        case .variable(let variable):
            return try readChecked(variable, at: reference)
        case .functions(let overloads):
            var chosen = overloads[0]
            if case .function = expected, let match = overloads.first(where: { $0.type.fits(expected) }) {
                chosen = match
            } else if let fitted = try functionReference(overloads, expected: expected, at: reference) {
                return fitted
            }
            if overloads.count > 1, expected == nil {
                throw error(.ambiguousExpression, at: reference)
            }
            return functionValue(chosen)
        case nil:
            if reference.baseName.tokenKind != .identifier(name), let function = try operatorFunction(name, expected: expected, at: reference) {
                return function
            }
            if let builtins = surface.functions[name] {
                var chosen = builtins[0]
                if case .function = expected, let match = builtins.first(where: { $0.type.fits(expected) }) {
                    chosen = match
                } else if let fitted = try functionReference(builtins, expected: expected, at: reference) {
                    return fitted
                }
                if chosen.type.containsGeneric { throw error(.cannotInferGeneric(parameter: chosen.generics.first ?? "T"), at: reference) }
                return functionValue(chosen)
            }
            if let constant = try libraryConstant(name, at: reference) { return constant }
            throw unknownName(name, at: reference)
        }
    }

    /// A function used as a value (`xs.map(square)`, `let f = relu`).
    func functionValue(_ binding: FunctionBinding) -> Compiled {
        if let variable = binding.variable {
            return read(variable).retyped(binding.type)
        }
        let implementation = binding.implementation!
        let runtime = self.runtime
        let value = Value.function(FunctionValue { arguments in try implementation(&arguments, runtime) })
        return Compiled(binding.type) { _ in value }
    }

    private func libraryConstant(_ name: String, at node: some SyntaxProtocol) throws -> Compiled? {
        SurfaceStandardLibrary.constant("", name).map { Compiled.constant($0.type, $0.value) }
    }

    private func tupleExpression(_ tuple: TupleExprSyntax, expected: CellType?) throws -> Compiled {
        let elements = Array(tuple.elements)
        if elements.count == 1, elements[0].label == nil {
            return try expression(elements[0].expression, expected: expected)
        }
        if elements.isEmpty { return .constant(.void, .void) }
        var expectedElements: [CellType.TupleElement]?
        if case .tuple(let types) = expected, types.count == elements.count { expectedElements = types }
        var compiled: [Compiled] = []
        var types: [CellType.TupleElement] = []
        for (index, element) in elements.enumerated() {
            let item = try expression(element.expression, expected: expectedElements?[index].type)
            compiled.append(item)
            types.append(.init(label: element.label?.text, type: item.type))
        }
        let evals = compiled.map(\.eval)
        return Compiled(.tuple(types)) { frame in .tuple(try evals.map { try $0(frame) }) }
    }

    private func ternaryExpression(_ ternary: TernaryExprSyntax, expected: CellType?) throws -> Compiled {
        let condition = try booleanCondition(ternary.condition)
        if expected == .any { return try anyTernary(ternary, condition) ?? ternaryExpression(ternary, expected: nil) }
        if expected == nil, ternary.thenExpression.is(NilLiteralExprSyntax.self) != ternary.elseExpression.is(NilLiteralExprSyntax.self) {
            let other = ternary.thenExpression.is(NilLiteralExprSyntax.self) ? ternary.elseExpression : ternary.thenExpression
            let type = CellType.optional(try expression(other).type)
            return try ternaryExpression(ternary, expected: type)
        }
        var first = try expression(ternary.thenExpression, expected: expected)
        if let expected, case .optional = expected { first = try coerce(first, to: expected, context: .contextual, at: ternary.thenExpression) }
        var second = try expression(ternary.elseExpression, expected: expected ?? first.type)
        if first.type != second.type, isIntegerLiteralTree(ternary.thenExpression), second.type.isNumeric {
            // `c ? 0 : x`: the literal takes the other branch's type (Double, UInt8, …).
            first = try expression(ternary.thenExpression, expected: second.type)
        }
        if second.type != first.type, expected == nil, let join = declarations.commonSuperclass([first.type, second.type]) {
            // `c ? Dog() : Cat()` is an Animal.
            first = first.retyped(join)
            second = second.retyped(join)
        }
        if second.type != first.type, expected == nil, !second.type.containsError, !first.type.containsError,
           first.type.optionalWrapped != second.type, second.type.optionalWrapped != first.type {
            throw error(.ternaryMismatch(then: first.type, else: second.type), at: ternary.thenExpression)
        }
        if second.type.optionalWrapped == first.type, expected == nil || expected?.optionalWrapped != nil {
            // `c ? xs[2] : o` with an `Int?` `o`: the value is its own optional.
            first = try coerce(first, to: second.type, context: .contextual, at: ternary.thenExpression)
        }
        second = try coerce(second, to: first.type, context: .contextual, at: ternary.elseExpression)
        let test = condition, yes = first.eval, no = second.eval
        var result = Compiled(first.type) { try test($0) ? try yes($0) : try no($0) }
        if first.type == .double {
            let a = first.asDouble, b = second.asDouble
            result.double = { try test($0) ? try a($0) : try b($0) }
        }
        if first.type == .int {
            // `n < 2 ? n : fib(n - 1) + fib(n - 2)`: unboxed, as Doubles are.
            result.int = IntegerKernels.choosing(test, first.asIntOperand, second.asIntOperand)
        }
        return result
    }

    /// A Boolean condition (of `if`, `while`, `guard`, `?:`), unboxed.
    func booleanCondition(_ expr: ExprSyntax) throws -> (Frame) throws -> Bool {
        let condition = try expression(expr, expected: .bool)
        if condition.type != .bool && condition.type != .error {
            if condition.type.optionalWrapped != nil {
                throw error(.optionalNotUnwrapped(optional: condition.type, wrapped: .bool), at: expr)
            }
            throw error(.notBoolean(type: condition.type), at: expr)
        }
        return condition.asBool
    }

    private func forceUnwrap(_ force: ForceUnwrapExprSyntax) throws -> Compiled {
        let inner = try postfixBase(force.expression)
        guard case .optional(let wrapped) = inner.type else {
            if inner.type == .error { return inner }
            throw error(.forceUnwrapNonOptional(type: inner.type), at: force.exclamationMark)
        }
        let (line, column) = location(force.exclamationMark)
        let eval = inner.eval
        return Compiled(wrapped) { frame in
            let value = try eval(frame)
            if case .none = value { throw CellError(line: line, column: column, kind: .unwrappedNil) }
            return value.unwrappedOptional
        }
    }

    private func asExpression(_ asExpr: AsExprSyntax) throws -> Compiled {
        if asExpr.questionOrExclamationMark != nil {
            let source = try expression(asExpr.expression)
            if case .existential = source.type { return try conditionalCast(asExpr, source) }
            return try checkedCast(asExpr, source)
        }
        if asExpr.type.trimmedDescription == "Any" {
            // `print(x as Any)`: an existential prints as its dynamic value, whose type we know.
            return try expression(asExpr.expression)
        }
        let type = try resolveType(asExpr.type)
        return try expression(asExpr.expression, as: type, context: .contextual)
    }

    /// Expressions with no type of their own: `[]`, `[:]`, `.member`, closures.
    func typeComesFromContext(_ expr: ExprSyntax) -> Bool {
        if let array = expr.as(ArrayExprSyntax.self) { return array.elements.isEmpty }
        if let dictionary = expr.as(DictionaryExprSyntax.self), case .colon = dictionary.content { return true }
        if let member = expr.as(MemberAccessExprSyntax.self), member.base == nil { return true }
        if let call = expr.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
           member.base == nil { return true }   // `.circle(radius: 2)`
        // `[sqrtish, abs]`: an overloaded or generic function takes the other elements' type.
        if expr.is(DeclReferenceExprSyntax.self), namesSeveralFunctions(expr) { return true }
        return expr.is(ClosureExprSyntax.self) || expr.is(NilLiteralExprSyntax.self)
    }

    /// `2.5` or `-2.5`: a float literal, which takes a Float context as well as a Double one.
    static func isFloatLiteral(_ expr: ExprSyntax) -> Bool {
        if let prefix = expr.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "-" {
            return prefix.expression.is(FloatLiteralExprSyntax.self)
        }
        return expr.is(FloatLiteralExprSyntax.self)
    }

    /// Whether `expr` is built only from integer literals (so it can be an Int or a Double).
    /// Memoized per node: an operator chain asks it of every prefix of the chain, which
    /// without the memo takes time quadratic in the chain's length.
    func isIntegerLiteralTree(_ expr: ExprSyntax) -> Bool {
        if expr.is(IntegerLiteralExprSyntax.self) { return true }
        if let known = integerLiteralTrees[expr.id] { return known }
        let answer = computeIsIntegerLiteralTree(expr)
        integerLiteralTrees[expr.id] = answer
        return answer
    }

    private func computeIsIntegerLiteralTree(_ expr: ExprSyntax) -> Bool {
        if let ternary = expr.as(TernaryExprSyntax.self) {
            // `(odd ? 4 : 2) * h`: both branches literals, so the whole takes the context's type.
            return isIntegerLiteralTree(ternary.thenExpression) && isIntegerLiteralTree(ternary.elseExpression)
        }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self) {
            return ["-", "+"].contains(prefix.operator.text) && isIntegerLiteralTree(prefix.expression)
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            return only.label == nil && isIntegerLiteralTree(only.expression)
        }
        if let infix = expr.as(InfixOperatorExprSyntax.self),
           let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
           ["+", "-", "*", "/"].contains(op) {
            return isIntegerLiteralTree(infix.leftOperand) && isIntegerLiteralTree(infix.rightOperand)
        }
        return false
    }
}
