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
        guard let set = access.set else { throw error(.notAssignable, at: call) }
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
        case .nominal("Matrix") where arguments.count == 2:
            let i = try expression(arguments[0].expression, as: .int, context: .argument).eval
            let j = try expression(arguments[1].expression, as: .int, context: .argument).eval
            return SubscriptAccess(type: .double, get: { container, keys in
                do { return .double(try Throwing.element(container.matrix, keys[0].int, keys[1].int)) }
                catch { throw fail(LibraryErrors.kind(of: error)) }
            }, set: { container, keys, newValue in
                guard case .matrix(var matrix) = container else { return }
                container = .void
                defer { container = .matrix(matrix) }
                do { try Throwing.setElement(&matrix, keys[0].int, keys[1].int, newValue.double) }
                catch { throw fail(LibraryErrors.kind(of: error)) }
            }, indices: [i, j])
        case .error:
            return SubscriptAccess(type: .error, get: { _, _ in .void }, set: nil, indices: [])
        default:
            throw error(.noSubscript(type: type), at: call.calledExpression)
        }
    }
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
