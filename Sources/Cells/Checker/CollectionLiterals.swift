import SwiftSyntax
import CellValues

/// Array and dictionary literals, typed by their context as swiftc types them: an element
/// type from what is expected, else the join of the elements' own types (`[[0.0, 1.0], [2, 3]]`
/// is `[[Double]]`), and the implicit members and literals that wait for that context.
extension Checker {
    /// The type two elements' types of one literal join to, when they differ only by Int where
    /// the other has Double (in arrays and tuples): `[Int]` and `[Double]` join to `[Double]`.
    static func literalJoin(_ a: CellType, _ b: CellType) -> CellType? {
        if a == b { return a }
        switch (a, b) {
        case (.int, .double), (.double, .int): return .double
        case (.array(let x), .array(let y)): return literalJoin(x, y).map(CellType.array)
        case (.tuple(let xs), .tuple(let ys)) where xs.count == ys.count && zip(xs, ys).allSatisfy({ $0.label == $1.label }):
            var joined: [CellType.TupleElement] = []
            for (x, y) in zip(xs, ys) {
                guard let type = literalJoin(x.type, y.type) else { return nil }
                joined.append(.init(label: x.label, type: type))
            }
            return .tuple(joined)
        default: return nil
        }
    }

    /// `.zero`, or a signed one (`-.infinity`): an implicit member, whose type comes from the context.
    static func implicitMember(in expression: ExprSyntax) -> MemberAccessExprSyntax? {
        if let member = expression.as(MemberAccessExprSyntax.self), member.base == nil { return member }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self), ["-", "+"].contains(prefix.operator.text) {
            return implicitMember(in: prefix.expression)
        }
        return nil
    }

    /// `.nan`, `.pi`, `.infinity`: an implicit member only floating-point types have.
    static func isDoubleOnlyStatic(_ expression: ExprSyntax) -> Bool {
        guard let member = implicitMember(in: expression) else { return false }
        return ["nan", "pi", "infinity", "ulpOfOne", "greatestFiniteMagnitude", "leastNormalMagnitude",
                "leastNonzeroMagnitude", "signalingNaN"].contains(member.declName.baseName.text)
    }

    func arrayLiteral(_ array: ArrayExprSyntax, expected: CellType?) throws -> Compiled {
        let elements = Array(array.elements)
        var elementType: CellType?
        if case .array(let e) = expected { elementType = e }
        if case .set(let e) = expected { elementType = e }
        if case .slice(let e) = expected { elementType = e }
        if elementType == nil, case .optional(.array(let e)) = expected { elementType = e }
        if elementType == nil, elements.isEmpty {
            if case .nominal = expected { elementType = .error } else {
                throw error(.emptyCollectionNeedsType, at: array)
            }
        }
        var checkedAlone: [SyntaxIdentifier: Compiled] = [:]
        if elementType == nil {
            // Without context the elements agree on one type; integer literals join Doubles.
            let nonNil = elements.filter { !$0.expression.is(NilLiteralExprSyntax.self) }
            // Elements that type themselves decide; `.south`, `[]` and literals follow them.
            let deciding = nonNil.filter { !typeComesFromContext($0.expression) }
            let typedAlone = try (deciding.isEmpty ? nonNil : deciding).map { ($0.id, try expression($0.expression)) }
            for (id, compiled) in typedAlone { checkedAlone[id] = compiled }
            var natural = typedAlone.map(\.1.type)
            if nonNil.count < elements.count, let first = natural.first {
                natural = [first.optionalWrapped == nil ? .optional(first) : first]
            }
            if natural.contains(.float), nonNil.count == elements.count,
               zip(deciding.isEmpty ? nonNil : deciding, natural).allSatisfy({ element, type in
                   type == .float || isIntegerLiteralTree(element.expression) || Checker.isFloatLiteral(element.expression)
               }) {
                // `[Float(3), 4, 0.5]` is a `[Float]`: the literals take the Float element's type.
                elementType = .float
            } else if natural.contains(.double), natural.allSatisfy({ $0 == .int || $0 == .double }) {
                // Only a literal becomes a Double: `[i, 2.5]` with an Int `i` is swiftc's heterogeneous literal.
                if zip(deciding.isEmpty ? nonNil : deciding, natural).contains(where: { $1 == .int && !isIntegerLiteralTree($0.expression) }) {
                    throw error(.heterogeneousCollection, at: array)
                }
                elementType = .double
            } else if let first = natural.first, natural.allSatisfy({ $0 == first }) {
                elementType = first
                // `[1, .nan, 2]`: a Double-only static among integer literals makes them Doubles.
                if first == .int, deciding.allSatisfy({ isIntegerLiteralTree($0.expression) }),
                   nonNil.contains(where: { Checker.isDoubleOnlyStatic($0.expression) }) {
                    elementType = .double
                }
            } else if let first = natural.first,
                      let join = natural.dropFirst().reduce(Optional(first), { joined, next in joined.flatMap { Checker.literalJoin($0, next) } }) {
                // `[[0.0, 1.0], [2, 3]]` is a `[[Double]]`, `[(1, 2.5), (3, 4)]` a `[(Int, Double)]`: Ints
                // join Doubles inside nested literals (an Int that is no literal is then refused).
                elementType = join
            } else if let integer = natural.first(where: { $0.integerType != nil && $0 != .int }),
                      zip(deciding, natural).allSatisfy({ $1 == integer || isIntegerLiteralTree($0.expression) }) {
                // `[b, 0, 1]` with `b: UInt8` is a `[UInt8]`: the literals take the other elements' type.
                elementType = integer
            } else if let first = natural.first(where: { $0.optionalWrapped == nil }),
                      natural.allSatisfy({ $0 == first || $0 == .optional(first) }) {
                elementType = .optional(first)
            } else if let join = declarations.commonSuperclass(natural) {
                elementType = join
            } else {
                throw error(.heterogeneousCollection, at: array)
            }
        }
        let element = elementType!
        // An element already checked on its own with the element type is not checked again:
        // checking each nested literal twice would take time exponential in the nesting.
        let items = try elements.map { item in
            if let alone = checkedAlone[item.id], alone.type == element {
                return try coerce(alone, to: element, context: .arrayElement, at: item.expression).eval
            }
            return try expression(item.expression, as: element, context: .arrayElement).eval
        }
        if case .set = expected {
            return Compiled(.set(element)) { frame in
                var table = OrderedTable()
                for item in items { table.set(try item(frame), .void) }
                return .dictionary(table)
            }
        }
        if case .slice = expected {
            // `ys[0..<2] = [1, 2, 3]`, `xs[1...] == [20, 30]`: ArraySlice is an array literal too.
            return Compiled(.slice(element)) { frame in .slice(ArraySlice(try items.map { try $0(frame) })) }
        }
        return Compiled(.array(element)) { frame in
            var result: [Value] = []
            result.reserveCapacity(items.count)
            for item in items { result.append(try item(frame)) }
            return .array(result)
        }
    }

    func dictionaryLiteral(_ dictionary: DictionaryExprSyntax, expected: CellType?) throws -> Compiled {
        var keyType: CellType?
        var valueType: CellType?
        if case .dictionary(let k, let v) = expected?.optionalWrapped ?? expected { keyType = k; valueType = v }
        guard case .elements(let elements) = dictionary.content else {
            guard let keyType, let valueType else { throw error(.emptyCollectionNeedsType, at: dictionary) }
            return Compiled(.dictionary(keyType, valueType)) { _ in .dictionary(OrderedTable()) }
        }
        if keyType == nil, let first = elements.first {
            keyType = try expression(first.key).type
            let values = try elements.map { try expression($0.value).type }
            valueType = values.contains(.double) && values.allSatisfy({ $0.isNumeric }) ? .double : values[0]
        }
        let pairs = try elements.map { element in
            (try expression(element.key, as: keyType!, context: .arrayElement).eval,
             try expression(element.value, as: valueType!, context: .arrayElement).eval)
        }
        return Compiled(.dictionary(keyType!, valueType!)) { frame in
            var table = OrderedTable()
            for (key, value) in pairs { table.set(try key(frame), try value(frame)) }
            return .dictionary(table)
        }
    }
}
