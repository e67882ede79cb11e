import CellValues

/// A comparison of two values, chosen for their static type.
typealias Comparison = (Value, Value) throws -> Bool

/// How values of a type compare when that is not Swift's structural comparison
/// (`ValueEquality`): a cell's type with its own `==` or `<`, and the tuples,
/// arrays, optionals, dictionaries, structs and enums built from such types
/// (synthesized `==` compares members with their own `==`, as in Swift).
///
/// A witness is made at run time from the frame it is needed in (a cell's
/// operator is a function value in a slot); `nil` means the structural
/// comparison is exactly Swift's, which is the fast and common case.
///
/// ```swift
/// struct Money: Comparable { var cents: Int; static func < (a: Money, b: Money) -> Bool { … } }
/// prices.max()        // the library's max() calls Money's `<`, given as a witness
/// ```
extension Checker {
    /// `==` for values of `type`, or nil when structural equality is Swift's.
    func equalityWitness(_ type: CellType) -> ((Frame) throws -> Comparison)? {
        var visiting = Set<CellType>()
        return equalityWitness(type, &visiting)
    }

    private func equalityWitness(_ type: CellType, _ visiting: inout Set<CellType>) -> ((Frame) throws -> Comparison)? {
        if let overload = declarations.operatorOverloads("==", type, type) { return comparison(calling: overload) }
        guard visiting.insert(type).inserted else { return nil }
        defer { visiting.remove(type) }
        switch type {
        case .array(let element):
            guard let inner = equalityWitness(element, &visiting) else { return nil }
            return { frame in
                let equal = try inner(frame)
                return { a, b in
                    let x = a.array, y = b.array
                    guard x.count == y.count else { return false }
                    for (l, r) in zip(x, y) where try !equal(l, r) { return false }
                    return true
                }
            }
        case .optional(let wrapped):
            guard let inner = equalityWitness(wrapped, &visiting) else { return nil }
            return { frame in
                let equal = try inner(frame)
                return { a, b in
                    if a.isNone || b.isNone { return a.isNone && b.isNone }
                    return try equal(a.unwrappedOptional, b.unwrappedOptional)
                }
            }
        case .dictionary(_, let value):
            guard let inner = equalityWitness(value, &visiting) else { return nil }
            return { frame in
                let equal = try inner(frame)
                return { a, b in
                    let x = a.table, y = b.table
                    guard x.count == y.count else { return false }
                    for (key, item) in zip(x.keys, x.values) {
                        guard let other = y.lookup(key), try equal(item, other) else { return false }
                    }
                    return true
                }
            }
        case .tuple(let elements):
            return fieldwise(elements.map(\.type), &visiting)
        case .nominal, .instance:
            let name = type.nominalName!
            if let layout = declarations.structLayout(name) { return fieldwise(layout.fields.map(\.type), &visiting) }
            if let layout = declarations.enumLayout(name) {
                let payloads = layout.cases.map { enumCase in
                    fieldwise(enumCase.payload.map(\.type), &visiting)
                }
                guard payloads.contains(where: { $0 != nil }) else { return nil }
                return { frame in
                    let equals = try payloads.map { try $0?(frame) }
                    return { a, b in
                        guard case .enumCase(let i, let x) = a, case .enumCase(let j, let y) = b, i == j else { return false }
                        if let equal = equals[i] { return try equal(.tuple(x), .tuple(y)) }
                        return ValueEquality.equal(a, b)
                    }
                }
            }
            return nil
        default:
            return nil
        }
    }

    /// Equality of tuples (or a struct's fields, an enum case's payload) member by member,
    /// when some member has an equality of its own.
    private func fieldwise(_ types: [CellType], _ visiting: inout Set<CellType>) -> ((Frame) throws -> Comparison)? {
        let members = types.map { equalityWitness($0, &visiting) }
        guard members.contains(where: { $0 != nil }) else { return nil }
        return { frame in
            let equals = try members.map { try $0?(frame) }
            return { a, b in
                let x = a.array, y = b.array
                for index in x.indices {
                    let same = try equals[index].map { try $0(x[index], y[index]) } ?? ValueEquality.equal(x[index], y[index])
                    if !same { return false }
                }
                return true
            }
        }
    }

    /// `<` for values of `type`, or nil when the structural order is Swift's (numbers,
    /// strings, characters, enums' synthesized case order).
    func orderWitness(_ type: CellType) -> ((Frame) throws -> Comparison)? {
        if let overload = declarations.operatorOverloads("<", type, type) { return comparison(calling: overload) }
        guard case .tuple(let elements) = type else { return nil }
        // Tuples compare lexicographically, each element with its own `<` and `==`.
        let orders = elements.map { orderWitness($0.type) }
        let equalities = elements.map { equalityWitness($0.type) }
        guard orders.contains(where: { $0 != nil }) || equalities.contains(where: { $0 != nil }) else { return nil }
        return { frame in
            let less = try orders.map { try $0?(frame) ?? ValueEquality.less }
            let equal = try equalities.map { try $0?(frame) ?? ValueEquality.equal }
            return { a, b in
                let x = a.array, y = b.array
                for index in x.indices {
                    if try less[index](x[index], y[index]) { return true }
                    if try !equal[index](x[index], y[index]) { return false }
                }
                return false
            }
        }
    }

    /// A comparison that calls a cell's operator function.
    private func comparison(calling overload: FunctionBinding) -> (Frame) throws -> Comparison {
        let function = read(overload.variable!).eval
        return { frame in
            let operation = try function(frame).function
            return { a, b in
                var arguments = [a, b]
                return try operation.call(&arguments).bool
            }
        }
    }
}
