import Linalg
import SwiftSyntax
import CellValues

extension Checker {
    /// What a subscript reads: `xs[i]`, `xs[1..<3]`, `d[key]`, `d[key, default: 0]`, `A[i, j]`.
    struct SubscriptAccess {
        var type: CellType
        var get: (Value, SubscriptKeys) throws -> Value
        /// Writes an element in place; nil when the subscript is read-only.
        var set: ((inout Value, SubscriptKeys, Value) throws -> Void)?
        var indices: [Eval]
    }

    func subscriptRead(_ call: SubscriptCallExprSyntax) throws -> Compiled {
        let base = try postfixBase(call.calledExpression)
        let access = try subscriptAccess(base.type, call)
        let baseEval = base.eval, keys = SubscriptKeys.evaluator(access.indices), get = access.get
        return Compiled(access.type) { frame in try get(try baseEval(frame), try keys(frame)) }
    }

    func subscriptPlace(_ base: LValue, _ call: SubscriptCallExprSyntax) throws -> LValue {
        let access = try subscriptAccess(base.type, call)
        guard let set = access.set else {
            if let name = keyPathSubscriptName(call) { throw error(.readOnlyKeyPath(name: name), at: call) }
            if LazySequences.isLazy(base.type) || declarations[Checker.typeKey(base.type)]?.subscripts.isEmpty == false {
                throw error(.getOnlySubscript, at: call.leftSquare)
            }
            throw error(.notAssignable, at: call)
        }
        let get = access.get, keysOf = SubscriptKeys.evaluator(access.indices)
        return LValue(type: access.type, root: base.root, mutable: true,
                      get: { frame in try get(try base.get(frame), try keysOf(frame)) },
                      modify: { frame, body in
                          let keys = try keysOf(frame)
                          try base.modify(frame) { container in
                              var element = try get(container, keys)
                              try body(&element)
                              try set(&container, keys, element)
                          }
                      })
    }

    private func subscriptAccess(_ type: CellType, _ call: SubscriptCallExprSyntax) throws -> SubscriptAccess {
        let arguments = Array(call.arguments)
        let (line, column) = location(call)
        func fail(_ kind: CellErrorKind) -> CellError { CellError(line: line, column: column, kind: kind) }
        if arguments.count == 1, arguments[0].label?.text == "keyPath" {
            return try keyPathSubscript(type, arguments[0].expression, at: call)
        }
        if let declared = try userSubscript(type, call) { return declared }
        switch type {
        case .array(let element) where arguments.count == 1 && arguments[0].label == nil,
             .slice(let element) where arguments.count == 1 && arguments[0].label == nil:
            return try collectionSubscript(type, element: element, arguments[0].expression, at: call)
        case .string where arguments.count == 1 && arguments[0].label == nil,
             .substring where arguments.count == 1 && arguments[0].label == nil:
            return try stringSubscript(arguments[0].expression, at: call)
        case .dictionary(let key, let value):
            let keyEval = try expression(arguments[0].expression, as: key, context: .argument).eval
            if arguments.count == 2, arguments[1].label?.text == "default" {
                let fallback = try expression(arguments[1].expression, as: value, context: .argument).eval
                return SubscriptAccess(type: value, get: { container, keys in
                    container.table.lookup(keys[0]) ?? keys[1]
                }, set: { container, keys, newValue in
                    guard case .dictionary(var table) = container else { return }
                    container = .void
                    table.set(keys[0], newValue)
                    container = .dictionary(table)
                }, indices: [keyEval, fallback])
            }
            guard arguments.count == 1, arguments[0].label == nil else {
                throw notSupported(.dictionarySubscript, call)
            }
            return SubscriptAccess(type: .optional(value), get: { container, keys in
                .optional(container.table.lookup(keys[0]))
            }, set: { container, keys, newValue in
                guard case .dictionary(var table) = container else { return }
                container = .void
                table.set(keys[0], newValue.isNone ? nil : newValue.unwrappedOptional)
                container = .dictionary(table)
            }, indices: [keyEval])
        case .nominal("Matrix") where arguments.count == 2 && arguments.allSatisfy({ $0.label == nil }):
            switch (try selection(arguments[0].expression, index: .int), try selection(arguments[1].expression, index: .int)) {
            case (.position, .position):
                // Compiled again as Int arguments: swiftc's words for a position of another type.
                let i = try expression(arguments[0].expression, as: .int, context: .argument)
                let j = try expression(arguments[1].expression, as: .int, context: .argument)
                return SubscriptAccess(type: .double, get: { container, keys in
                    do { return .double(try Throwing.element(container.matrix, keys[0].int, keys[1].int)) }
                    catch { throw fail(LibraryErrors.kind(of: error)) }
                }, set: { container, keys, newValue in
                    guard case .matrix(var matrix) = container else { return }
                    container = .void
                    defer { container = .matrix(matrix) }
                    do { try Throwing.setElement(&matrix, keys[0].int, keys[1].int, newValue.double) }
                    catch { throw fail(LibraryErrors.kind(of: error)) }
                }, indices: [i.eval, j.eval])
            case (.range(let rows, let rowForm), .range(let cols, let colForm)):
                return matrixBlock(indices: [rows, cols], fail) { A, keys in
                    (Self.bounds(keys[0], rowForm, start: 0, end: A.rows, \.int), Self.bounds(keys[1], colForm, start: 0, end: A.cols, \.int))
                }
            default:
                throw error(.noMatchingOverload(kind: .subscript, name: ""), at: call.leftSquare)
            }
        case .nominal("Matrix") where arguments.count == 1 && ["rows", "cols"].contains(arguments[0].label?.text):
            guard case .range(let key, let form) = try selection(arguments[0].expression, index: .int) else {
                throw error(.noMatchingOverload(kind: .subscript, name: ""), at: call.leftSquare)
            }
            let byRows = arguments[0].label?.text == "rows"
            return matrixBlock(indices: [key], fail) { A, keys in
                let all = (lower: 0, upper: byRows ? A.cols : A.rows, includesUpper: false)
                let selected = Self.bounds(keys[0], form, start: 0, end: byRows ? A.rows : A.cols, \.int)
                return byRows ? (selected, all) : (all, selected)
            }
        case .sequence where LazySequences.isLazy(type) && arguments.count == 1 && arguments[0].label == nil:
            return try lazySubscript(type, arguments[0].expression, at: call)
        case .range(.int, closed: false) where arguments.count == 1 && arguments[0].label == nil:
            // `(0..<4)[i]`: a Range<Int> is its own index; the position itself, if inside.
            guard case .position(let position) = try selection(arguments[0].expression, index: .int) else {
                throw error(.noSubscript(type: type), at: call.calledExpression)
            }
            return SubscriptAccess(type: .int, get: { range, keys in
                let (lower, upper, i) = (range.array[0].int, range.array[1].int, keys[0].int)
                guard i >= lower, i < upper else { throw fail(.indexOutOfRange(index: i, count: upper - lower)) }
                return keys[0]
            }, set: nil, indices: [position.eval])
        case .error:
            return SubscriptAccess(type: .error, get: { _, _ in .void }, set: nil, indices: [])
        case .nominal("Matrix") where arguments.count == 1 && arguments[0].label == nil:
            // `M[0]`: swiftc would say "missing argument"; a learner needs the subscript's shape.
            throw error(.matrixSubscriptNeedsRowAndColumn, at: call)
        default:
            if let element = archetypeElement(type), declarations.conforms(type, to: "Collection"), arguments.count == 1 {
                // `c[i]` of a `C: Collection` in its generic declaration: typed only (`ArchetypeMembers`);
                // `i` must be a `C.Index` (`c[0]` is swiftc's error).
                let indexType = associatedType(type, "Index") ?? .int
                let index = try expression(arguments[0].expression, as: indexType, context: .argument).eval
                return SubscriptAccess(type: element, get: { _, _ in .void }, set: nil, indices: [index])
            }
            throw error(.noSubscript(type: type), at: call.calledExpression)
        }
    }
}

extension Checker {
    /// A block of a matrix (`A[0..<2, 1...]`, `A[rows: r]`, `A[cols: r]`), read and written
    /// through Linalg's throwing slices; `bounds` resolves the keys against the matrix.
    private func matrixBlock(indices: [Eval], _ fail: @escaping (CellErrorKind) -> CellError,
                             bounds: @escaping (Matrix, SubscriptKeys) -> (BlockBounds, BlockBounds)) -> SubscriptAccess {
        func ranges(_ A: Matrix, _ keys: SubscriptKeys) throws -> (Range<Int>, Range<Int>) {
            let (rows, cols) = bounds(A, keys)
            let r = (rows.lower, rows.includesUpper ? rows.upper + 1 : rows.upper)
            let c = (cols.lower, cols.includesUpper ? cols.upper + 1 : cols.upper)
            // A reversed range is Swift's trap where the range is formed; report it as out of range.
            guard r.0 <= r.1, c.0 <= c.1 else {
                throw fail(.linalg(.sliceOutOfRange(operation: "[]", rows: r.0..<max(r.0, r.1), cols: c.0..<max(c.0, c.1),
                                                    shape: Shape(A))))
            }
            return (r.0..<r.1, c.0..<c.1)
        }
        return SubscriptAccess(type: .nominal("Matrix"), get: { container, keys in
            let A = container.matrix
            let (rows, cols) = try ranges(A, keys)
            do { return .matrix(try Throwing.slice(A, rows, cols)) }
            catch { throw fail(LibraryErrors.kind(of: error)) }
        }, set: { container, keys, newValue in
            guard case .matrix(var matrix) = container else { return }
            let (rows, cols) = try ranges(matrix, keys)
            container = .void
            defer { container = .matrix(matrix) }
            do { try Throwing.setSlice(&matrix, rows, cols, newValue.matrix) }
            catch { throw fail(LibraryErrors.kind(of: error)) }
        }, indices: indices)
    }

    typealias BlockBounds = (lower: Int, upper: Int, includesUpper: Bool)
}

/// The one or two values a subscript is called with (`xs[i]`, `A[i, j]`, `d[k, default: 0]`),
/// held without an array: a subscript in a loop allocates nothing for its keys.
struct SubscriptKeys {
    var first: Value = .void
    var second: Value = .void

    subscript(position: Int) -> Value { position == 0 ? first : second }

    /// Evaluates up to two index expressions.
    static func evaluator(_ indices: [Eval]) -> (Frame) throws -> SubscriptKeys {
        switch indices.count {
        case 0: return { _ in SubscriptKeys() }
        case 1:
            let a = indices[0]
            return { frame in SubscriptKeys(first: try a(frame)) }
        default:
            let a = indices[0], b = indices[1]
            return { frame in SubscriptKeys(first: try a(frame), second: try b(frame)) }
        }
    }
}
