import SwiftSyntax
import CellValues

/// Key paths: `\.priority` where a function is expected (`tasks.map(\.priority)`), and key
/// paths as values (`let k = \Person.name`, `p[keyPath: k]`, `[KeyPath<Person, Int>]`, a
/// generic function's `KeyPath<T, V>` parameter). A key path value is a `KeyPathValue` in an
/// opaque box; its type is `KeyPath<Root, Value>`, or `WritableKeyPath<Root, Value>` when
/// every component is a struct's stored `var` (what swiftc infers).
extension Checker {
    static let keyPathName = "KeyPath", writableKeyPathName = "WritableKeyPath"

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
        } else if case .instance(let name, let arguments)? = expected,
                  [Checker.keyPathName, Checker.writableKeyPathName].contains(name), !arguments[0].containsGeneric {
            root = arguments[0]
        } else {
            throw notSupported(.keyPathWithoutRoot, keyPath)
        }
        if declarations.classLayout(of: root) != nil { throw notSupported(.keyPathIntoClass, keyPath) }
        let path = try keyPathComponents(keyPath, root: root)
        guard case .fields(let fields) = path.writability else {
            if path.writability == .unsupported { throw notSupported(.keyPathComponent, keyPath) }
            let box = Value.opaque(AnyOpaque(value: KeyPathValue(text: keyPathText(keyPath, root), read: path.read, write: nil)))
            return Compiled(.instance(Checker.keyPathName, [root, path.type])) { _ in box }
        }
        let box = Value.opaque(AnyOpaque(value: KeyPathValue(text: keyPathText(keyPath, root), read: path.read) { whole, newValue in
            KeyPathValue.write(&whole, fields[...], newValue)
        }))
        return Compiled(.instance(Checker.writableKeyPathName, [root, path.type])) { _ in box }
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
              [Checker.keyPathName, Checker.writableKeyPathName].contains(name), arguments.count == 2 else {
            if keyPath.type.containsError { return SubscriptAccess(type: .error, get: { _, _ in .void }, set: nil, indices: []) }
            throw notSupported(.keyPathComponent, argument)
        }
        guard arguments[0] == base || base.containsError else {
            throw error(.keyPathRootMismatch(keyPath: keyPath.type, base: base), at: call.calledExpression)
        }
        let get: (Value, SubscriptKeys) throws -> Value = { whole, keys in try KeyPathValue.of(keys.first).read(whole) }
        guard name == Checker.writableKeyPathName else {
            return SubscriptAccess(type: arguments[1], get: get, set: nil, indices: [keyPath.eval])
        }
        return SubscriptAccess(type: arguments[1], get: get, set: { whole, keys, newValue in
            try KeyPathValue.of(keys.first).write?(&whole, newValue)
        }, indices: [keyPath.eval])
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

    /// How a key path's components can be written through: the stored fields on the way
    /// (each a struct's `var`), read only (a `let`, a computed property without setter, a
    /// `?`), or writable in Swift in a way cells do not write yet (a tuple element, a
    /// computed property's setter, an observed property, a `!`).
    enum KeyPathWritability: Equatable { case fields([Int]), readOnly, unsupported }

    struct KeyPathComponents {
        var type: CellType
        var read: (Value) throws -> Value
        var writability: KeyPathWritability
    }

    /// The components of `keyPath` from `root`, compiled as the reads they are.
    func keyPathComponents(_ keyPath: KeyPathExprSyntax, root: CellType) throws -> KeyPathComponents {
        var path = Compiled(root) { $0.slots[0] }
        var writability = KeyPathWritability.fields([])
        /// After a `?` component (`\.address?.city`) the path is optional, and a nil ends it.
        var chained = false
        for component in keyPath.components {
            switch component.component {
            case .property(let property):
                let name = property.declName.baseName.text
                writability = componentWritability(writability, of: path.type, name)
                path = try self.property(of: path, name, at: property.declName)
            case .optional(let optional):
                guard let wrapped = path.type.optionalWrapped else {
                    throw error(.forceUnwrapNonOptional(type: path.type), at: optional)
                }
                let eval = path.eval
                if optional.questionOrExclamationMark.tokenKind == .postfixQuestionMark {
                    chained = true
                    writability = .readOnly
                    path = Compiled(wrapped) { frame in
                        let value = try eval(frame)
                        if value.isNone { throw KeyPathChainEnded() }
                        return value.unwrappedOptional
                    }
                } else {
                    if case .fields = writability { writability = .unsupported }
                    let (line, column) = location(optional)
                    path = Compiled(wrapped) { frame in
                        let value = try eval(frame)
                        if value.isNone { throw CellError(line: line, column: column, kind: .unwrappedNil) }
                        return value.unwrappedOptional
                    }
                }
            default:
                throw notSupported(.keyPathComponent, component)
            }
        }
        let type = chained && path.type.optionalWrapped == nil ? CellType.optional(path.type) : path.type
        let body = path.eval
        return KeyPathComponents(type: type, read: { whole in
            do { return try body(Frame.make(values: [whole], parent: nil)) } catch is KeyPathChainEnded { return .none }
        }, writability: writability)
    }

    /// The writability of a path after its component `name` of a value of type `receiver`.
    private func componentWritability(_ before: KeyPathWritability, of receiver: CellType, _ name: String) -> KeyPathWritability {
        guard case .fields(let fields) = before else { return before }
        if declarations.classLayout(of: receiver) != nil { return .unsupported }
        let key = Checker.typeKey(receiver)
        if let typeName = receiver.nominalName, let (index, field) = declarations[typeName]?.storedProperty(name) {
            guard field.mutable else { return .readOnly }
            if declarations[key]?.observedSetters[name] != nil || field.isLazy { return .unsupported }
            return .fields(fields + [index])
        }
        if case .tuple = receiver { return .unsupported }
        if let property = declarations[key]?.computedProperties[name] { return property.setter == nil ? .readOnly : .unsupported }
        return .readOnly
    }
}

/// A key path's value: what it reads, what it writes (nil for a `KeyPath`), and how Swift
/// prints it (`\Person.name`).
final class KeyPathValue: CustomStringConvertible {
    let description: String
    let read: (Value) throws -> Value
    let write: ((inout Value, Value) throws -> Void)?

    init(text: String, read: @escaping (Value) throws -> Value, write: ((inout Value, Value) throws -> Void)?) {
        description = text
        self.read = read
        self.write = write
    }

    static func of(_ value: Value) -> KeyPathValue {
        guard case .opaque(let box) = value, let keyPath = box.value as? KeyPathValue else {
            preconditionFailure("a key path's value is a KeyPathValue")   // the checker typed it
        }
        return keyPath
    }

    /// Writes `newValue` at the stored fields `fields` of a struct value (nested structs).
    static func write(_ value: inout Value, _ fields: ArraySlice<Int>, _ newValue: Value) {
        guard let index = fields.first else { value = newValue; return }
        guard case .tuple(var stored) = value else { return }
        value = .void
        write(&stored[index], fields.dropFirst(), newValue)
        value = .tuple(stored)
    }
}

/// Thrown inside a key path's read when a `?` component meets nil: the path's value is nil.
private struct KeyPathChainEnded: Error {}
