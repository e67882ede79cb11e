import SwiftSyntax
import CellValues

/// Subscripts of arrays, slices, strings and substrings: one position (`xs[i]`, `s[i]`) or
/// a range of positions (`xs[1..<4]`, `xs[2...]`, `s[..<i]`), which gives a slice
/// (`ArraySlice<Int>`, `Substring`) keeping its base's indices, as in Swift.
extension Checker {
    /// How a subscript's range argument is written: its bounds are one value or a range value.
    enum RangeForm {
        case halfOpen, closed
        /// `xs[a...]`, `xs[..<b]`, `xs[...b]`: one bound, the other the collection's end.
        case from, upTo, through
        /// `xs[...]`: all of it.
        case unbounded
    }

    /// What a subscript's argument selects: one position, or a range of positions.
    enum Selection {
        case position(Compiled)
        case range(Eval, RangeForm)
    }

    func selection(_ argument: ExprSyntax, index: CellType) throws -> Selection {
        if let reference = argument.as(DeclReferenceExprSyntax.self), reference.baseName.text == "..." {
            return .range({ _ in .void }, .unbounded)
        }
        if let postfix = argument.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
            return .range(try expression(postfix.expression, as: index, context: .argument).eval, .from)
        }
        if let prefix = argument.as(PrefixOperatorExprSyntax.self), ["..<", "..."].contains(prefix.operator.text) {
            let bound = try expression(prefix.expression, as: index, context: .argument).eval
            return .range(bound, prefix.operator.text == "..<" ? .upTo : .through)
        }
        let compiled = try expression(argument, expected: index)
        if case .range(let bound, let closed) = compiled.type, bound == index { return .range(compiled.eval, closed ? .closed : .halfOpen) }
        return .position(compiled)
    }

    /// The lower bound and the end (or, for `...b`, the last position) a range key names.
    static func bounds<Index>(_ key: Value, _ form: RangeForm, start: Index, end: Index,
                                      _ read: (Value) -> Index) -> (lower: Index, upper: Index, includesUpper: Bool) {
        switch form {
        case .halfOpen: (read(key.array[0]), read(key.array[1]), false)
        case .closed: (read(key.array[0]), read(key.array[1]), true)
        case .from: (read(key), end, false)
        case .upTo: (start, read(key), false)
        case .through: (start, read(key), true)
        case .unbounded: (start, end, false)
        }
    }

    func collectionSubscript(_ type: CellType, element: CellType, _ argument: ExprSyntax,
                             at call: SubscriptCallExprSyntax) throws -> SubscriptAccess {
        let (line, column) = location(call)
        let isSlice = type != .array(element)
        /// Positions `lower..<upper` of `items`, or Swift's trap at the subscript.
        func range(_ items: ArraySlice<Value>, _ key: Value, _ form: RangeForm) throws -> Range<Int> {
            let (lower, last, includesUpper) = Self.bounds(key, form, start: items.startIndex, end: items.endIndex, \.int)
            let upper = includesUpper ? last + 1 : last
            guard lower <= upper, lower >= items.startIndex, upper <= items.endIndex else {
                let kind: CellErrorKind = isSlice
                    ? .sliceIndexOutOfBounds(index: lower < items.startIndex ? lower : upper,
                                             startIndex: items.startIndex, endIndex: items.endIndex)
                    : .indexOutOfRange(index: lower < 0 ? lower : upper, count: items.count)
                throw CellError(line: line, column: column, kind: kind)
            }
            return lower..<upper
        }
        switch try selection(argument, index: .int) {
        case .range(let key, let form):
            return SubscriptAccess(type: .slice(element), get: { container, keys in
                let items = SurfaceCollections.hostSlice(container)
                return .slice(items[try range(items, keys[0], form)])
            }, set: { container, keys, newValue in
                // `xs[1..<3] = [7, 8, 9]`: replaces the range (the collection may grow or shrink).
                let replacement = newValue.array
                switch container {
                case .array(var items):
                    let positions = try range(items[...], keys[0], form)
                    container = .void
                    items.replaceSubrange(positions, with: replacement)
                    container = .array(items)
                case .slice(var items):
                    let positions = try range(items, keys[0], form)
                    container = .void
                    items.replaceSubrange(positions, with: replacement)
                    container = .slice(items)
                default: break
                }
            }, indices: [key])
        case .position(let index):
            if index.type != .int, !index.type.containsError {
                throw error(.noMatchingOverload(kind: .subscript, name: ""), at: call.leftSquare)
            }
            if isSlice { return sliceElement(element, index.eval, line: line, column: column) }
            return SubscriptAccess(type: element, get: { container, keys in
                let items = container.array, i = keys[0].int
                guard i >= 0 && i < items.count else {
                    throw CellError(line: line, column: column, kind: .indexOutOfRange(index: i, count: items.count))
                }
                return items[i]
            }, set: { container, keys, newValue in
                guard case .array(var items) = container else { return }
                let i = keys[0].int
                guard i >= 0 && i < items.count else {
                    throw CellError(line: line, column: column, kind: .indexOutOfRange(index: i, count: items.count))
                }
                container = .void
                items[i] = newValue
                container = .array(items)
            }, indices: [index.eval])
        }
    }

    /// `s[2]` of `let s = xs[1...3]` is `xs[2]`: a slice is indexed by its base's positions.
    private func sliceElement(_ element: CellType, _ index: @escaping Eval, line: Int, column: Int) -> SubscriptAccess {
        func checked(_ items: ArraySlice<Value>, _ i: Int) throws -> Int {
            guard i >= items.startIndex && i < items.endIndex else {
                throw CellError(line: line, column: column,
                                kind: .sliceIndexOutOfBounds(index: i, startIndex: items.startIndex, endIndex: items.endIndex))
            }
            return i
        }
        return SubscriptAccess(type: element, get: { container, keys in
            let items = SurfaceCollections.hostSlice(container)
            return items[try checked(items, keys[0].int)]
        }, set: { container, keys, newValue in
            guard case .slice(var items) = container else { return }
            let i = try checked(items, keys[0].int)
            container = .void
            items[i] = newValue
            container = .slice(items)
        }, indices: [index])
    }

    /// `s[i]` (a `Character`) and `s[i..<j]`, `s[..<i]`, `s[i...]` (a `Substring`), with
    /// `String.Index`es; a String cannot be subscripted with an Int (swiftc's own words).
    func stringSubscript(_ argument: ExprSyntax, at call: SubscriptCallExprSyntax) throws -> SubscriptAccess {
        let (line, column) = location(call)
        let outOfBounds = CellError(line: line, column: column, kind: .stringIndexOutOfBounds)
        switch try selection(argument, index: .stringIndex) {
        case .range(let key, let form):
            return SubscriptAccess(type: .substring, get: { container, keys in
                let text = SurfaceStrings.hostSubstring(container)
                let (lower, last, includesUpper) = Self.bounds(keys[0], form, start: text.startIndex, end: text.endIndex,
                                                               SurfaceStrings.index)
                guard lower >= text.startIndex, lower <= last, last <= text.endIndex,
                      !includesUpper || last < text.endIndex else { throw outOfBounds }
                return .substring(includesUpper ? text[lower...last] : text[lower..<last])
            }, set: nil, indices: [key])
        case .position(let index):
            if index.type == .int {
                // swiftc points at the whole subscript expression, not at its `[`.
                throw CellError(line: line, column: column, kind: .stringSubscriptedWithInt)
            }
            if index.type != .stringIndex, !index.type.containsError {
                throw error(.noMatchingOverload(kind: .subscript, name: ""), at: call.leftSquare)
            }
            return SubscriptAccess(type: .character, get: { container, keys in
                let text = SurfaceStrings.hostSubstring(container), i = SurfaceStrings.index(keys[0])
                guard i >= text.startIndex, i < text.endIndex else { throw outOfBounds }
                return .character(text[i])
            }, set: nil, indices: [index.eval])
        }
    }
}
