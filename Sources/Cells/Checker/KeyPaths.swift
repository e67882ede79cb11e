import SwiftSyntax
import CellValues

/// Key paths: `\.priority` where a function is expected (`tasks.map(\.priority)`), and key
/// paths as values (`let k = \Person.name`, `p[keyPath: k]`, `[KeyPath<Person, Int>]`, a
/// generic function's `KeyPath<T, V>` parameter). A key path value is a `KeyPathValue` in an
/// opaque box; its type is `KeyPath<Root, Value>`, or `WritableKeyPath<Root, Value>` when
/// every component is a struct's stored `var` (what swiftc infers).
extension Checker {
    static let keyPathName = "KeyPath", writableKeyPathName = "WritableKeyPath"
    static let referenceWritableKeyPathName = "ReferenceWritableKeyPath", partialKeyPathName = "PartialKeyPath"
    static let keyPathNames: Set<String> = [keyPathName, writableKeyPathName, referenceWritableKeyPathName, partialKeyPathName]

    /// Whether a key path of class `from` is also one of class `to` (Swift's key path classes:
    /// `ReferenceWritableKeyPath` ⊂ `WritableKeyPath` ⊂ `KeyPath` ⊂ `PartialKeyPath`).
    static func isKeyPathSubclass(_ from: String, of to: String) -> Bool {
        let order = [referenceWritableKeyPathName, writableKeyPathName, keyPathName, partialKeyPathName]
        guard let low = order.firstIndex(of: from), let high = order.firstIndex(of: to) else { return false }
        return low <= high
    }

    /// A key path value used as one of a superclass (`[\P.a, \P.b]` as `[PartialKeyPath<P>]`):
    /// the same value; a `PartialKeyPath` keeps only the root.
    func keyPathUpcast(_ compiled: Compiled, to type: CellType) -> Compiled? {
        guard case .instance(let from, let arguments) = compiled.type, case .instance(let to, let target) = type,
              from != to, Checker.isKeyPathSubclass(from, of: to), arguments.count == 2 else { return nil }
        let expected = to == Checker.partialKeyPathName ? [arguments[0]] : arguments
        return target == expected ? compiled.retyped(type) : nil
    }

    /// `\Root.path` where a function is expected: the key path as the function that reads
    /// it, as Swift converts it; anywhere else the key path as a value.
    func keyPathFunction(_ keyPath: KeyPathExprSyntax, expected: CellType?) throws -> Compiled {
        guard case .function(let parameters, _, _)? = expected, parameters.count == 1 else {
            return try keyPathValue(keyPath, expected: expected)
        }
        guard !parameters[0].type.containsGeneric || keyPath.root != nil else {
            throw notSupported(.keyPathWithoutRoot, keyPath)
        }
        let root = try keyPath.root.map { try resolveType($0) } ?? parameters[0].type
        let path = try keyPathComponents(keyPath, root: root)
        let read = path.read
        let value = Value.function(FunctionValue { arguments in try read(arguments[0]) })
        return Compiled(.function([.init(type: root)], path.type)) { _ in value }
    }

    /// `\Person.name` as a value: its root is written, or the root of the key path type the
    /// context expects (`let k: KeyPath<Person, Int> = \.age`, `p[keyPath: \.name]`).
    func keyPathValue(_ keyPath: KeyPathExprSyntax, expected: CellType?) throws -> Compiled {
        var root: CellType
        if let written = keyPath.root {
            root = try resolveType(written)
        } else if case .instance(let name, let arguments)? = expected, Checker.keyPathNames.contains(name),
                  let first = arguments.first, !first.containsGeneric {
            root = first
        } else {
            throw notSupported(.keyPathWithoutRoot, keyPath)
        }
        let path = try keyPathComponents(keyPath, root: root)
        let value = Value.opaque(AnyOpaque(value: KeyPathValue(text: keyPathText(keyPath, root), read: path.read,
                                                               readAny: path.readAny, write: path.write)))
        return Compiled(.instance(path.kind, [root, path.type])) { _ in value }
    }

    /// `base[keyPath: k]`: reads the path; writes it when `k` is a `WritableKeyPath`.
    func keyPathSubscript(_ base: CellType, _ argument: ExprSyntax, at call: SubscriptCallExprSyntax) throws -> SubscriptAccess {
        let keyPath: Compiled
        if let literal = argument.as(KeyPathExprSyntax.self) {
            keyPath = try keyPathValue(literal, expected: .instance(Checker.keyPathName, [base, .generic("Value")]))
        } else {
            keyPath = try expression(argument)
        }
        guard case .instance(let name, let arguments) = keyPath.type,
              Checker.keyPathNames.contains(name), !arguments.isEmpty else {
            if keyPath.type.containsError { return SubscriptAccess(type: .error, get: { _, _ in .void }, set: nil, indices: []) }
            throw notSupported(.keyPathComponent, argument)
        }
        guard arguments[0] == base || base.containsError else {
            throw error(.keyPathRootMismatch(keyPath: keyPath.type, base: base), at: call.calledExpression)
        }
        if name == Checker.partialKeyPathName {
            // A `PartialKeyPath<Root>` reads its value as `Any`.
            return SubscriptAccess(type: .existential(CellType.anyName), get: { whole, keys in
                try KeyPathValue.of(keys.first).readAny(whole)
            }, set: nil, indices: [keyPath.eval])
        }
        let get: (Value, SubscriptKeys) throws -> Value = { whole, keys in try KeyPathValue.of(keys.first).read(whole) }
        guard name == Checker.writableKeyPathName || name == Checker.referenceWritableKeyPathName else {
            return SubscriptAccess(type: arguments[1], get: get, set: nil, indices: [keyPath.eval])
        }
        return SubscriptAccess(type: arguments[1], get: get, set: { whole, keys, newValue in
            try KeyPathValue.of(keys.first).write?(&whole, newValue)
        }, indices: [keyPath.eval])
    }

    /// The base of `base[keyPath: k] = v` when the write goes through an object, so the base
    /// need not be a variable: an object (`alice[keyPath: \.age]`), or any value when `k` is a
    /// `ReferenceWritableKeyPath` (`team[keyPath: \Team.lead.age]` on a `let team`).
    func referenceKeyPathBase(_ call: SubscriptCallExprSyntax) -> LValue? {
        guard keyPathSubscriptName(call) != nil, let argument = call.arguments.first?.expression else { return nil }
        if let reference = classReferencePlace(call.calledExpression) { return reference }
        guard case .instance(Checker.referenceWritableKeyPathName, _)? = try? expression(argument).type,
              let base = try? expression(call.calledExpression) else { return nil }
        let eval = base.eval
        return LValue(type: base.type, root: call.calledExpression.trimmedDescription, mutable: false, get: eval,
                      modify: { frame, body in
                          var copy = try eval(frame)
                          try body(&copy)
                      })
    }

    /// The name swiftc gives a read-only key path assigned through (`p[keyPath: k] = 1`), or
    /// nil when `call` is not a `keyPath:` subscript.
    func keyPathSubscriptName(_ call: SubscriptCallExprSyntax) -> String? {
        guard call.arguments.count == 1, let argument = call.arguments.first, argument.label?.text == "keyPath" else { return nil }
        return argument.expression.as(DeclReferenceExprSyntax.self)?.baseName.text ?? argument.expression.trimmedDescription
    }

    /// The text Swift prints for a key path: `\Person.address?.city`.
    private func keyPathText(_ keyPath: KeyPathExprSyntax, _ root: CellType) -> String {
        "\\" + root.description + keyPath.components.map(\.trimmedDescription).joined()
    }

    struct KeyPathComponents {
        var type: CellType
        var read: (Value) throws -> Value
        /// The value read as `Any` (for a `PartialKeyPath`).
        var readAny: (Value) throws -> Value
        /// Writes the path's value into a root value; nil for a read-only path.
        var write: ((inout Value, Value) throws -> Void)?
        /// `KeyPath`, `WritableKeyPath`, or `ReferenceWritableKeyPath` (written through an object).
        var kind: String
    }

    /// The components of `keyPath` from `root`, compiled as the reads they are and, while
    /// every component can be written (a `var` stored property, a tuple element, a computed
    /// property with a setter, a `!`), as the place they write. A `?` makes the path read-only.
    func keyPathComponents(_ keyPath: KeyPathExprSyntax, root: CellType) throws -> KeyPathComponents {
        var path = Compiled(root) { $0.slots[0] }
        var place: LValue? = LValue(type: root, root: "", mutable: true, get: { $0.slots[0] },
                                    modify: { frame, body in try body(&frame.slots[0]) })
        var throughObject = false
        /// After a `?` component (`\.address?.city`) the path is optional, and a nil ends it.
        var chained = false
        for component in keyPath.components {
            switch component.component {
            case .property(let property):
                let name = property.declName.baseName.text
                if let base = place {
                    if declarations.classLayout(of: base.type) != nil { throughObject = true }
                    place = try? memberPlace(base, name, at: property.declName)
                }
                path = try self.property(of: path, name, at: property.declName)
            case .optional(let optional):
                guard let wrapped = path.type.optionalWrapped else {
                    throw error(.forceUnwrapNonOptional(type: path.type), at: optional)
                }
                let eval = path.eval
                if optional.questionOrExclamationMark.tokenKind == .postfixQuestionMark {
                    chained = true
                    place = nil
                    path = Compiled(wrapped) { frame in
                        let value = try eval(frame)
                        if value.isNone { throw KeyPathChainEnded() }
                        return value.unwrappedOptional
                    }
                } else {
                    let (line, column) = location(optional)
                    let whenNil = { () throws -> Void in throw CellError(line: line, column: column, kind: .unwrappedNil) }
                    place = place.map { Checker.unwrapping($0, wrapped, whenNil: whenNil) }
                    path = Compiled(wrapped) { frame in
                        let value = try eval(frame)
                        if value.isNone { try whenNil() }
                        return value.unwrappedOptional
                    }
                }
            default:
                throw notSupported(.keyPathComponent, component)
            }
        }
        let type = chained && path.type.optionalWrapped == nil ? CellType.optional(path.type) : path.type
        let body = path.eval
        let read: (Value) throws -> Value = { whole in
            do { return try body(Frame.make(values: [whole], parent: nil)) } catch is KeyPathChainEnded { return .none }
        }
        let boxed = try existential(Compiled(type) { $0.slots[0] }, as: CellType.anyName, at: keyPath).eval
        let readAny: (Value) throws -> Value = { whole in try boxed(Frame.make(values: [try read(whole)], parent: nil)) }
        guard let place else {
            return KeyPathComponents(type: type, read: read, readAny: readAny, write: nil, kind: Checker.keyPathName)
        }
        return KeyPathComponents(type: type, read: read, readAny: readAny, write: { whole, newValue in
            let frame = Frame.make(values: [whole], parent: nil)
            whole = .void
            defer { whole = frame.slots[0] }
            try place.set(frame, newValue)
        }, kind: throughObject ? Checker.referenceWritableKeyPathName : Checker.writableKeyPathName)
    }
}

/// A key path's value: what it reads, what it writes (nil for a `KeyPath`), and how Swift
/// prints it (`\Person.name`).
final class KeyPathValue: CustomStringConvertible {
    let description: String
    let read: (Value) throws -> Value
    let readAny: (Value) throws -> Value
    let write: ((inout Value, Value) throws -> Void)?

    init(text: String, read: @escaping (Value) throws -> Value, readAny: @escaping (Value) throws -> Value,
         write: ((inout Value, Value) throws -> Void)?) {
        description = text
        self.read = read
        self.readAny = readAny
        self.write = write
    }

    static func of(_ value: Value) -> KeyPathValue {
        guard case .opaque(let box) = value, let keyPath = box.value as? KeyPathValue else {
            preconditionFailure("a key path's value is a KeyPathValue")   // the checker typed it
        }
        return keyPath
    }
}

/// Thrown inside a key path's read when a `?` component meets nil: the path's value is nil.
private struct KeyPathChainEnded: Error {}
