import Linalg
import SwiftSyntax
import CellValues

extension Checker {
    func infixOperator(_ infix: InfixOperatorExprSyntax, expected: CellType?) throws -> Compiled {
        if infix.operator.is(AssignmentExprSyntax.self) {
            return try assignment(infix.leftOperand, infix.rightOperand)
        }
        guard let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text else {
            throw notSupported(.infixOperator(infix.operator.trimmedDescription), infix.operator)
        }
        switch op {
        case "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^=", "&+=", "&-=", "&*=", "&<<=", "&>>=":
            return try compoundAssignment(String(op.dropLast()), infix)
        case "&&", "||":
            let l = try booleanCondition(infix.leftOperand)
            let r = try autoclosureOperand(of: infix.operator) { try booleanCondition(infix.rightOperand) }
            return op == "&&" ? .bool { try l($0) && r($0) } : .bool { try l($0) || r($0) }
        case "??":
            let (l, chainWrapsValue) = try chainedExpression(infix.leftOperand, expected: nil)
            guard case .optional(let wrapped) = l.type else {
                if l.type == .error { return l }
                // Swift accepts `x ?? y` on a non-optional with a warning: the left side wins.
                return l
            }
            if expected == .any, chainWrapsValue, Checker.literalRank(infix.rightOperand) == 1,
               let joined = try anyCoalescing(infix, l, wrapped: wrapped) {
                return joined   // `print(p?.mean ?? 0)`: the chain's value converts to `Any` inside it
            }
            let r = try autoclosureOperand(of: infix.operator) {
                try expression(infix.rightOperand, expected: expected.flatMap { $0.optionalWrapped == nil ? wrapped : $0 } ?? wrapped)
            }
            let resultType: CellType = r.type.optionalWrapped != nil ? r.type : wrapped
            let right: Eval
            do {
                right = try coerce(r, to: resultType, context: .argument, at: infix.rightOperand).eval
            } catch let failure as CellError {
                // `q ?? 0.5` with an `Int?` `q`: no `??` takes the two (swiftc reports at the operator).
                guard case .cannotConvert = failure.kind, r.type.optionalWrapped == nil else { throw failure }
                if expected == .any, let joined = try anyCoalescing(infix, l, wrapped: wrapped) { return joined }
                throw error(.binaryOperatorMismatch(operator: op, lhs: l.type, rhs: r.type), at: infix.operator)
            }
            let left = l.eval
            // `a ?? b` is `a`'s wrapped value, unless `b` is optional too (then `a` itself).
            let unwraps = resultType == wrapped
            return Compiled(resultType) { frame in
                let value = try left(frame)
                if case .none = value { return try right(frame) }
                return unwraps ? value.unwrappedOptional : value
            }
        case "<<", ">>", "&<<", "&>>":
            // Swift's shifts take an amount of any integer type: a literal amount is an Int,
            // a literal shifted takes the context's integer type.
            let l = try expression(infix.leftOperand, expected: expected?.integerType != nil ? expected : nil)
            let r = try expression(infix.rightOperand)
            return try binary(op, l, r, at: infix, leftSyntax: infix.leftOperand, rightSyntax: infix.rightOperand)
        default:
            if let compound = try inoutUserOperator(op, infix) { return compound }
            var context = expected
            // `let r: ClosedRange<UInt16> = 10...12`: the bounds' literals take the range's bound type,
            // an optional range's too (`histogram(xs, range: 0...4)` for a `ClosedRange<Double>?`).
            if op == "..<" || op == "...", case .range(let bound, _)? = expected?.optionalWrapped ?? expected { context = bound }
            let (l, r) = try operands(infix.leftOperand, infix.rightOperand, expected: context)
            return try binary(op, l, r, at: infix, leftSyntax: infix.leftOperand, rightSyntax: infix.rightOperand)
        }
    }

    /// Operands of a binary operator, typed Swift's way: an operand that needs
    /// context (a literal, `nil`, `.member`) takes its type from the other one.
    func operands(_ left: ExprSyntax, _ right: ExprSyntax, expected: CellType?) throws -> (Compiled, Compiled) {
        let leftFlexible = needsContext(left), rightFlexible = needsContext(right)
        if leftFlexible && rightFlexible {
            // A range's bound type reaches its literals (`"a"..."z"` of Characters, `0...4` of Doubles).
            let numeric = expected.flatMap { $0.isNumeric || $0 == .character ? $0 : nil }
            let bothLiterals = isIntegerLiteralTree(left) && isIntegerLiteralTree(right)
            if bothLiterals { return (try expression(left, expected: numeric), try expression(right, expected: numeric)) }
            let l = try expression(left, expected: numeric)
            return (l, try expression(right, expected: l.type))
        }
        if leftFlexible {
            let r = try expression(right)
            return (try expression(left, expected: r.type), r)
        }
        let l = try expression(left)
        let r = try expression(right, expected: l.type)
        if l.type == .double, r.type == .float, left.is(FloatLiteralExprSyntax.self) {
            return (try expression(left, expected: .float), r)   // `0.3 * w`: the literal is a Float
        }
        if l.type != r.type, !l.type.containsError, !r.type.containsError, left.is(FunctionCallExprSyntax.self),
           let retyped = try? expression(left, expected: r.type), retyped.type == r.type {
            // `xs.reversed() == [3, 2, 1]`: the overload that fits the other operand
            // (`Sequence.reversed() -> [Int]`), as Swift's solver picks it.
            return (retyped, r)
        }
        return (l, r)
    }

    /// Expressions whose type comes from context: literals, `nil`, `.member`, closures.
    func needsContext(_ expr: ExprSyntax) -> Bool {
        if isIntegerLiteralTree(expr) { return true }
        if expr.is(NilLiteralExprSyntax.self) || expr.is(ClosureExprSyntax.self) { return true }
        if let string = expr.as(StringLiteralExprSyntax.self), string.segments.count == 1,
           case .stringSegment(let segment) = string.segments.first!, segment.content.text.count <= 2 { return true }
        if let member = expr.as(MemberAccessExprSyntax.self), member.base == nil { return true }
        if let array = expr.as(ArrayExprSyntax.self) { return array.elements.isEmpty || array.elements.contains { needsContext($0.expression) } }
        if expr.is(DictionaryExprSyntax.self) { return true }
        return false
    }

    /// A binary operator on checked operands: the operation is chosen here, once.
    func binary(_ op: String, _ l: Compiled, _ r: Compiled, at node: some SyntaxProtocol,
                leftSyntax: ExprSyntax? = nil, rightSyntax: ExprSyntax? = nil) throws -> Compiled {
        if l.type == .error || r.type == .error {
            return Compiled(.error) { _ in .void }
        }
        if op == "===" || op == "!==" {
            return try identityComparison(op, l, r, leftSyntax: leftSyntax, rightSyntax: rightSyntax, at: node)
        }
        // A trap is reported at the operator, where swiftc puts an operation's diagnostics.
        let (line, column) = location(Checker.anchor(Syntax(node)))
        if let folded = try foldedIntegerConstants(op, l, r, at: node) { return folded }
        switch (l.type, r.type) {
        case (.int, .int):
            if let kernel = IntegerKernels.kernel(op, l.asIntOperand, r.asIntOperand, line: line, column: column) { return kernel }
            if let compiled = Lowering.integerOperation(op, l.asInt, r.asInt, line: line, column: column) { return compiled }
        case (.double, .double):
            let a = l.asDoubleOperand, b = r.asDoubleOperand
            if let kernel = DoubleKernels.kernel(op, a, b) {
                var compiled = Compiled.double(kernel)
                compiled.doubleBinary = DoubleBinary(op: op, a: a, b: b, left: l.simpleBinary, right: r.simpleBinary)
                return compiled
            }
            if let compiled = Lowering.comparison(op, l.asDouble, r.asDouble) { return compiled }
        case (.string, .string) where op == "+":
            let a = l.eval, b = r.eval
            return Compiled(.string) { .string(try a($0).string + b($0).string) }
        case (.array(let e1), .array(let e2)) where op == "+" && e1 == e2:
            let a = l.eval, b = r.eval
            let runtime = self.runtime
            return Compiled(l.type) { frame in
                let first = try a(frame).array, second = try b(frame).array
                // Doubling an array in a loop must meet the memory limit, not the machine's.
                if let overLimit = runtime.arrayOverLimit(count: first.count + second.count) {
                    throw CellError(line: line, column: column, kind: overLimit)
                }
                return .array(first + second)
            }
        default:
            break
        }
        if let userOperator = try userOperator(op, l, r, leftSyntax: leftSyntax, rightSyntax: rightSyntax, at: node) {
            return userOperator
        }
        if let derived = try derivedComparison(op, l, r, at: node) { return derived }
        if let arithmetic = archetypeArithmetic(op, l, r) { return arithmetic }
        if op == "+", let joined = try concatenation(l, r, leftSyntax: leftSyntax, line: line, column: column) { return joined }
        if op == "..<" || op == "...", l.type == r.type,
           l.type.integerType != nil || l.type == .double || l.type == .stringIndex || l.type == .character {
            let a = l.eval, b = r.eval, closed = op == "..."
            let isInteger = l.type.integerType != nil
            return Compiled(.range(l.type, closed: closed)) { frame in
                let lower = try a(frame), upper = try b(frame)
                if isInteger, lower.integer > upper.integer {
                    throw CellError(line: line, column: column, kind: .invalidRange(lower: Int(clamping: lower.integer),
                                                                                    upper: Int(clamping: upper.integer)))
                }
                return .tuple([lower, upper])
            }
        }
        if let compiled = Lowering.integerBinary(op, l, r, line: line, column: column) { return compiled }
        // StringProtocol's `==` and `<` compare a String with a Substring.
        let stringLike: Set<CellType> = [.string, .substring]
        let mixedStrings = stringLike.contains(l.type) && stringLike.contains(r.type)
        if ["==", "!="].contains(op), l.type.optionalWrapped != nil,
           leftSyntax?.is(NilLiteralExprSyntax.self) == true || rightSyntax?.is(NilLiteralExprSyntax.self) == true {
            // `x == nil` needs no Equatable (Swift's `_OptionalNilComparisonType`): `node.next == nil`.
            let a = l.eval, b = r.eval, same = op == "=="
            return .bool { frame in (try a(frame).isNone && b(frame).isNone) == same }
        }
        if ["==", "!="].contains(op), l.type == r.type || r.type == .optional(l.type) || l.type == .optional(r.type) || mixedStrings {
            let type = l.type.optionalWrapped == nil ? r.type : l.type
            guard declarations.hasEquality(type) else {
                if let culprit = Checker.innermostNominal(type), declarations.classLayout(of: culprit) == nil {
                    // Swift names the type that lacks Equatable (an array's element, say).
                    throw error(.operatorRequiresConformance(operator: op, type: culprit, protocol: "Equatable",
                                                             referencing: culprit == type), at: node)
                }
                throw error(.binaryOperatorMismatch(operator: op, lhs: l.type, rhs: r.type), at: node)
            }
            let a = l.eval, b = r.eval
            if let witness = equalityWitness(type) {
                let same = op == "=="
                return .bool { frame in try witness(frame)(try a(frame), try b(frame)) == same }
            }
            return op == "==" ? .bool { ValueEquality.equal(try a($0), try b($0)) }
                              : .bool { !ValueEquality.equal(try a($0), try b($0)) }
        }
        if op == "~=", case .range(let bound, let closed) = l.type, bound == r.type {
            let range = l.eval, value = r.eval
            return .bool { frame in
                let bounds = try range(frame).array, x = try value(frame)
                return !ValueEquality.less(x, bounds[0])
                    && (closed ? !ValueEquality.less(bounds[1], x) : ValueEquality.less(x, bounds[1]))
            }
        }
        if ["<", "<=", ">", ">="].contains(op), l.type == r.type && declarations.hasOrder(l.type) || mixedStrings {
            let a = l.eval, b = r.eval
            switch op {
            case "<": return .bool { ValueEquality.less(try a($0), try b($0)) }
            case ">": return .bool { ValueEquality.less(try b($0), try a($0)) }
            case "<=": return .bool { !ValueEquality.less(try b($0), try a($0)) }
            default: return .bool { !ValueEquality.less(try a($0), try b($0)) }
            }
        }
        if let library = try libraryOperator(op, l, r, leftSyntax: leftSyntax, rightSyntax: rightSyntax, line: line, column: column) {
            return library
        }
        // `a + 1` with `a: Int?`: Swift asks for the unwrap, at the optional operand.
        if let wrapped = l.type.optionalWrapped, !["==", "!="].contains(op), wrapped == r.type || (r.type.optionalWrapped == nil && wrapped.isNumeric) {
            throw error(.optionalNotUnwrapped(optional: l.type, wrapped: wrapped), at: leftSyntax.map(Syntax.init) ?? Syntax(node))
        }
        if let wrapped = r.type.optionalWrapped, !["==", "!="].contains(op), wrapped == l.type, let rightSyntax {
            throw error(.optionalNotUnwrapped(optional: r.type, wrapped: wrapped), at: rightSyntax)
        }
        throw error(.binaryOperatorMismatch(operator: op, lhs: l.type, rhs: r.type), at: node)
    }

    /// The cell's type inside an array, set, dictionary value or optional (or the type itself).
    static func innermostNominal(_ type: CellType) -> CellType? {
        switch type {
        case .nominal, .instance: type
        case .array(let e), .set(let e), .optional(let e), .dictionary(_, let e): innermostNominal(e)
        default: nil
        }
    }

    /// `>`, `<=`, `>=` and `!=` from a cell's `<` and `==` (what Comparable and Equatable
    /// give every conforming type), and tuple comparisons with such elements.
    private func derivedComparison(_ op: String, _ l: Compiled, _ r: Compiled, at node: some SyntaxProtocol) throws -> Compiled? {
        guard l.type == r.type, ["<", ">", "<=", ">="].contains(op), declarations.hasOrder(l.type),
              let witness = orderWitness(l.type) else { return nil }
        let a = l.eval, b = r.eval
        switch op {
        case "<": return .bool { frame in try witness(frame)(try a(frame), try b(frame)) }
        case ">": return .bool { frame in try witness(frame)(try b(frame), try a(frame)) }
        case "<=": return .bool { frame in try !witness(frame)(try b(frame), try a(frame)) }
        default: return .bool { frame in try !witness(frame)(try a(frame), try b(frame)) }
        }
    }

    /// Arithmetic on a generic parameter while its declaration is checked (`T: Numeric`):
    /// typed from the protocols; never run (instances are compiled with concrete types).
    private func archetypeArithmetic(_ op: String, _ l: Compiled, _ r: Compiled) -> Compiled? {
        guard case .archetype = l.type, l.type == r.type else { return nil }
        let offered: Bool
        switch op {
        case "+", "-": offered = declarations.conforms(l.type, to: "AdditiveArithmetic")
        case "*": offered = declarations.conforms(l.type, to: "Numeric")
        case "/": offered = declarations.conforms(l.type, to: "FloatingPoint") || declarations.conforms(l.type, to: "BinaryInteger")
        case "%", "&", "|", "^", "<<", ">>": offered = declarations.conforms(l.type, to: "BinaryInteger")
        default: offered = false
        }
        return offered ? Compiled(l.type) { _ in .void } : nil
    }

    /// A call of a cell's operator function (`static func +` of a type, or a global `func +`)
    /// that takes these operands; an integer literal operand may become a Double (`2 * v`).
    private func userOperator(_ op: String, _ l: Compiled, _ r: Compiled, leftSyntax: ExprSyntax?,
                              rightSyntax: ExprSyntax?, at node: some SyntaxProtocol) throws -> Compiled? {
        // Operands as they are typed first, then with literals retyped (`2.0 ** 3` with `(Double, Int)`),
        // as swiftc prefers the literals' default types (`2 ** 3` with `(Int, Int)` over `(Double, Int)`).
        for retypingLiterals in [false, true] {
            for candidate in declarations.operatorFunctions[op] ?? [] where candidate.parameters.count == 2 {
                guard let left = try fit(l, candidate.parameters[0].type, leftSyntax, retypingLiterals: retypingLiterals),
                      let right = try fit(r, candidate.parameters[1].type, rightSyntax, retypingLiterals: retypingLiterals)
                else { continue }
                let resolved = ResolvedCall(binding: candidate, arguments: [left.eval, right.eval], inoutPlaces: [],
                                            result: candidate.result)
                return emitCall(resolved, callee: read(candidate.variable!).eval, at: node)
            }
        }
        return try genericUserOperator(op, leftSyntax: leftSyntax, rightSyntax: rightSyntax, at: node)
    }

    /// `+` of a range-replaceable collection (array, slice, string, substring) and any sequence of
    /// the same elements, either way round: `[1] + xs[1...]`, `str + str.dropFirst()`, `(1...2) + xs`.
    /// The collection's type wins (the left one's when both are), as Swift's `+` overloads decide;
    /// an array literal is an Array here, since `+` gives it no other context.
    private func concatenation(_ l: Compiled, _ r: Compiled, leftSyntax: ExprSyntax?,
                               line: Int, column: Int) throws -> Compiled? {
        func isReplaceable(_ type: CellType) -> Bool {
            switch type {
            case .array, .slice, .string, .substring: true
            default: false
            }
        }
        guard let element = l.type.sequenceElement, element == r.type.sequenceElement, element != .error,
              isReplaceable(l.type) || isReplaceable(r.type),
              let left = Sequences.elements(of: l.type), let right = Sequences.elements(of: r.type) else { return nil }
        var type = isReplaceable(l.type) ? l.type : r.type
        if case .slice = type, leftSyntax?.is(ArrayExprSyntax.self) == true { type = .array(element) }
        let a = l.eval, b = r.eval, runtime = self.runtime
        let leftIsText = l.type == .string || l.type == .substring
        /// A sequence of characters as a String.
        func text(_ value: Value, _ list: (Value) -> [Value]) -> String { String(list(value).map { Character($0.string) }) }
        switch type {
        case .string:
            return Compiled(.string) { frame in
                .string((leftIsText ? try a(frame).string : text(try a(frame), left)) + text(try b(frame), right))
            }
        case .substring where l.type == .substring:
            return Compiled(.substring) { frame in
                var joined = SurfaceStrings.hostSubstring(try a(frame))
                joined.append(contentsOf: text(try b(frame), right))
                return .substring(joined)
            }
        case .substring:
            return Compiled(.substring) { frame in .substring(Substring(text(try a(frame), left) + text(try b(frame), right))) }
        case .slice where l.type == type:
            return Compiled(type) { frame in
                var items = SurfaceCollections.hostSlice(try a(frame))
                items.append(contentsOf: right(try b(frame)))
                return .slice(items)
            }
        default:
            return Compiled(type) { frame in
                let first = left(try a(frame)), second = right(try b(frame))
                if let overLimit = runtime.arrayOverLimit(count: first.count + second.count) {
                    throw CellError(line: line, column: column, kind: overLimit)
                }
                return type == .array(element) ? .array(first + second) : .slice(ArraySlice(first + second))
            }
        }
    }

    /// Operators declared by the library (`Matrix * Matrix`, `Double * Matrix`, `≈`): the
    /// first overload whose parameter types fit; an integer literal operand may become a Double.
    private func libraryOperator(_ op: String, _ l: Compiled, _ r: Compiled, leftSyntax: ExprSyntax?,
                                 rightSyntax: ExprSyntax?, line: Int, column: Int) throws -> Compiled? {
        guard let candidates = surface.functions[op] else { return nil }
        for candidate in candidates where candidate.parameters.count == 2 {
            let p0 = candidate.parameters[0].type, p1 = candidate.parameters[1].type
            guard var left = try fit(l, p0, leftSyntax), let right = try fit(r, p1, rightSyntax) else { continue }
            if candidate.parameters[0].isInout { left = l }
            let implementation = candidate.implementation!
            let runtime = self.runtime
            if let fused = SurfaceLinalgProductSums.fused(op, left, right, sum: implementation, runtime: runtime,
                                                          line: line, column: column)
                ?? SurfaceLinalgScaledSums.fused(op, left, right, sum: implementation, runtime: runtime,
                                                 line: line, column: column) {
                return fused
            }
            let a = left.eval, b = right.eval
            var compiled = Compiled(candidate.result) { frame in
                var arguments = [try a(frame), try b(frame)]
                return try Lowering.invoke(implementation, &arguments, runtime, line: line, column: column)
            }
            if op == "*" && left.type == .nominal("Matrix") && right.type == .nominal("Matrix") {
                compiled.matrixProduct = MatrixProductOperands(lhs: a, rhs: b, implementation: implementation,
                                                               line: line, column: column)
            }
            SurfaceLinalgScaledSums.annotate(&compiled, op, left, right, implementation: implementation,
                                             line: line, column: column)
            return compiled
        }
        return nil
    }

    /// `compiled` as a value of `type` if it is one, recompiling an integer literal as a Double.
    private func fit(_ compiled: Compiled, _ type: CellType, _ syntax: ExprSyntax?, retypingLiterals: Bool = true) throws -> Compiled? {
        if compiled.type == type { return compiled }
        if let upcast = classUpcast(compiled, to: type) { return upcast }
        if type.optionalWrapped == compiled.type { return compiled.retyped(type) }
        guard retypingLiterals, let syntax, isIntegerLiteralTree(syntax), type.isNumeric else { return nil }
        let retyped = try expression(syntax, expected: type)
        return retyped.type == type ? retyped : nil
    }

    /// An operator used as a function value (`xs.reduce(0, +)`, `sort(by: >)`), typed by context.
    /// Where a function of one pair is expected (`zip(a, b).map(+)`), the operator takes the pair apart.
    func operatorFunction(_ op: String, expected: CellType?, at node: some SyntaxProtocol) throws -> Compiled? {
        guard case .function(let parameters, _, _)? = expected,
              !parameters.contains(where: { $0.type.containsGeneric }) else { return nil }
        var operands = parameters
        if parameters.count == 1, case .tuple(let pair) = parameters[0].type, pair.count == 2 {
            operands = pair.map { .init(type: $0.type) }
        }
        guard operands.count == 2 else { return nil }
        let left = Compiled(operands[0].type) { $0.slots[0] }
        let right = Compiled(operands[1].type) { $0.slots[1] }
        let operation = try binary(op, left, right, at: node)
        let eval = operation.eval
        let takesPair = operands != parameters
        let value = Value.function(FunctionValue { arguments in
            try eval(Frame.make(values: takesPair ? arguments[0].array : arguments, parent: nil))
        })
        return Compiled(.function(parameters, operation.type)) { _ in value }
    }

    /// `-(4)`, `-(-(4))`: swiftc finds the negation of a parenthesized, signed integer literal
    /// ambiguous (the solutions for Int and for every floating-point type fit equally, each
    /// choosing its own `-`) unless the context gives it a type: an annotation, a concrete
    /// parameter, or an arithmetic or comparison operator beside it (not a range's). Wanted as
    /// `Any` (an item of `print`), a parenthesized arithmetic is ambiguous too (`-(4 + 1)`).
    /// The operator swiftc names is the first, innermost, whose overload differs between those
    /// solutions (`*` in `-(4 * 2 + 1)`); nil when the negation is not ambiguous.
    func ambiguousNegation(_ prefix: PrefixOperatorExprSyntax, wantedAsAny: Bool = false) -> TokenSyntax? {
        guard prefix.operator.text == "-", let inner = Checker.parenthesized(prefix.expression),
              wantedAsAny ? Checker.isLiteralArithmetic(inner) : Checker.isSignedLiteral(inner) else { return nil }
        if let infix = prefix.parent?.as(InfixOperatorExprSyntax.self),
           let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, op != "...", op != "..<" {
            return nil
        }
        return Checker.firstOverloadedOperator(in: prefix.expression) ?? prefix.operator
    }

    /// What `(e)` holds (through several parentheses); nil when `expr` is not parenthesized.
    static func parenthesized(_ expr: ExprSyntax) -> ExprSyntax? {
        guard let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first,
              only.label == nil else { return nil }
        return parenthesized(only.expression) ?? only.expression
    }

    /// An integer literal under signs and parentheses: `4`, `-(4)`, `+(-4)`.
    static func isSignedLiteral(_ expr: ExprSyntax) -> Bool {
        if expr.is(IntegerLiteralExprSyntax.self) { return true }
        if let inner = parenthesized(expr) { return isSignedLiteral(inner) }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self) {
            return ["-", "+"].contains(prefix.operator.text) && isSignedLiteral(prefix.expression)
        }
        return false
    }

    /// Integer literals joined by `+ - * /` (which Int and Double both have), signed and parenthesized.
    static func isLiteralArithmetic(_ expr: ExprSyntax) -> Bool {
        if expr.is(IntegerLiteralExprSyntax.self) { return true }
        if let inner = parenthesized(expr) { return isLiteralArithmetic(inner) }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self) {
            return ["-", "+"].contains(prefix.operator.text) && isLiteralArithmetic(prefix.expression)
        }
        if let infix = expr.as(InfixOperatorExprSyntax.self),
           let op = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, ["+", "-", "*", "/"].contains(op) {
            return isLiteralArithmetic(infix.leftOperand) && isLiteralArithmetic(infix.rightOperand)
        }
        return false
    }

    /// In evaluation order (operands first), the first operator of a literal arithmetic with an
    /// overload per numeric type: a binary `+ - * /` or a `-` of something not a literal (`-4`
    /// is one literal; the one `prefix +` is generic and the same in every solution).
    private static func firstOverloadedOperator(in expr: ExprSyntax) -> TokenSyntax? {
        if let inner = parenthesized(expr) { return firstOverloadedOperator(in: inner) }
        if let prefix = expr.as(PrefixOperatorExprSyntax.self) {
            if prefix.expression.is(IntegerLiteralExprSyntax.self) { return nil }
            return firstOverloadedOperator(in: prefix.expression) ?? (prefix.operator.text == "-" ? prefix.operator : nil)
        }
        if let infix = expr.as(InfixOperatorExprSyntax.self), let op = infix.operator.as(BinaryOperatorExprSyntax.self) {
            return firstOverloadedOperator(in: infix.leftOperand) ?? firstOverloadedOperator(in: infix.rightOperand)
                ?? op.operator
        }
        return nil
    }

    func prefixOperator(_ prefix: PrefixOperatorExprSyntax, expected: CellType?) throws -> Compiled {
        let op = prefix.operator.text
        if expected == nil || expected == .any, let ambiguous = ambiguousNegation(prefix, wantedAsAny: expected == .any) {
            throw error(.ambiguousOperator(ambiguous.text), at: ambiguous)
        }
        let expected = expected == .any ? nil : expected
        switch op {
        case "!":
            let operand = try booleanCondition(prefix.expression)
            return .bool { try !operand($0) }
        case "~":
            let operand = try expression(prefix.expression, expected: expected?.integerType != nil ? expected : nil)
            if operand.type == .error { return operand }
            if operand.type == .int {
                let a = operand.asInt
                return .int { try ~a($0) }
            }
            let (line, column) = location(prefix)
            if let inverted = Lowering.integerPrefix(op, operand, line: line, column: column) { return inverted }
            throw error(.unaryOperatorMismatch(operator: op, operand: operand.type), at: prefix)

        case "-" where expected != .double && expected != .optional(.double):
            // `-128` is one literal in Swift: `let x: Int8 = -128` fits, `-9223372036854775808` is an Int.
            if let literal = prefix.expression.as(IntegerLiteralExprSyntax.self) {
                return try integerLiteral(literal, negative: true, expected: expected, at: prefix)
            }
            fallthrough
        case "-", "+":
            let operand = try expression(prefix.expression, expected: expected)
            if op == "+" && operand.type.isNumeric { return operand }
            let (line, column) = location(prefix)
            if let negated = Lowering.integerPrefix(op, operand, line: line, column: column) { return negated }
            switch operand.type {
            case .int:
                return Lowering.intNegation(operand.asInt, line: line, column: column)
            case .double:
                let a = operand.asDouble
                return .double { try -a($0) }
            case .error: return operand
            default:
                if let overload = declarations.operatorFunctions["prefix" + op]?.first(where: { $0.parameters.first?.type == operand.type }) {
                    let resolved = ResolvedCall(binding: overload, arguments: [operand.eval], inoutPlaces: [],
                                                result: overload.result)
                    return emitCall(resolved, callee: read(overload.variable!).eval, at: prefix)
                }
                if let candidates = surface.functions["prefix" + op],
                   let candidate = candidates.first(where: { $0.parameters.first?.type == operand.type }) {
                    let implementation = candidate.implementation!, runtime = self.runtime, a = operand.eval
                    return Compiled(candidate.result) { frame in
                        var arguments = [try a(frame)]
                        return try Lowering.invoke(implementation, &arguments, runtime, line: line, column: column)
                    }
                }
                throw error(.unaryOperatorMismatch(operator: op, operand: operand.type), at: prefix)
            }
        default:
            if let user = try unaryUserOperator(op, fixity: "prefix", prefix.expression, expected: expected, at: prefix) {
                return user
            }
            throw notSupported(.prefixOperator(op), prefix)
        }
    }
}
