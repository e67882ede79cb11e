import CellValues

/// How a library function compares values of its generic `Comparable` or `Equatable`
/// type: with a cell's own `<` or `==` when the call passes one (as a witness, after the
/// declared arguments: the checker appends it when the type needs it), else Swift's
/// order and equality of the built-in types (`ValueEquality`).
///
/// ```swift
/// struct Money: Comparable { …; static func < (a: Money, b: Money) -> Bool { a.cents < b.cents } }
/// prices.max()      // `max()` gets Money's `<` as its witness argument
/// ```
enum ElementOrder {
    /// `<`, from the witness at `index` if there is one.
    static func less(_ arguments: [Value], witnessAt index: Int) -> (Value, Value) throws -> Bool {
        comparison(arguments, index) ?? { ValueEquality.less($0, $1) }
    }

    /// `>=` as Swift's generic `max` calls it (`y >= x ? y : x`): the type's own `>=`, which
    /// for Double is IEEE's (false whenever a NaN is involved), else Comparable's default
    /// `!(a < b)` with the witness's `<`.
    static func atLeast(_ arguments: [Value], witnessAt index: Int) -> (Value, Value) throws -> Bool {
        let less = less(arguments, witnessAt: index)
        return { a, b in
            if case .double(let x) = a, case .double(let y) = b { return x >= y }
            return try !less(a, b)
        }
    }

    /// `==`, from the witness at `index` if there is one.
    static func equal(_ arguments: [Value], witnessAt index: Int) -> (Value, Value) throws -> Bool {
        comparison(arguments, index) ?? { ValueEquality.equal($0, $1) }
    }

    private static func comparison(_ arguments: [Value], _ index: Int) -> ((Value, Value) throws -> Bool)? {
        guard index < arguments.count, case .function(let witness) = arguments[index] else { return nil }
        return { a, b in
            var pair = [a, b]
            return try witness.call(&pair).bool
        }
    }
}
