import SwiftSyntax
import CellValues

/// `weak` and `unowned` properties of a class, and variables. Objects are Swift class
/// instances (`CellObject`) counted by ARC, so both hold a real Swift `weak` reference
/// (`WeakObjectReference`, in the field or slot as `Value.opaque`): neither keeps its object
/// alive. A weak one reads as nil once the last strong reference to the object is gone, as
/// in Swift; reading an unowned one then is Swift's fatal error (docs/ARCHITECTURE.md,
/// "Cells: declarations").
/// A reference that does not keep its object alive.
enum Ownership { case weak, unowned }

final class WeakObjectReference {
    weak var object: CellObject?
    /// For a value of a class-bound protocol type (`weak var delegate: Listener?`): the
    /// existential's type and witnesses, to wrap the object in again.
    let existential: (type: Int, witnesses: [Value])?

    init(_ object: CellObject?, existential: (type: Int, witnesses: [Value])? = nil) {
        self.object = object
        self.existential = existential
    }

    /// The field's value for `value` (an optional object, or an object of a protocol type):
    /// a weak reference to the object.
    static func storing(_ value: Value) -> Value {
        switch value {
        case .object(let object):
            return .opaque(AnyOpaque(value: WeakObjectReference(object)))
        case .existential(let existential):
            guard case .object(let object) = existential.value else { return .none }
            return .opaque(AnyOpaque(value: WeakObjectReference(object, existential: (existential.type, existential.witnesses))))
        default:
            return .none
        }
    }

    /// The optional value a weak field holds now.
    static func loading(_ field: Value) -> Value {
        guard case .opaque(let opaque) = field, let reference = opaque.value as? WeakObjectReference,
              let object = reference.object else { return .none }
        guard let existential = reference.existential else { return .object(object) }
        return .existential(ExistentialValue(value: .object(object), type: existential.type, witnesses: existential.witnesses))
    }
}

extension WeakObjectReference {
    /// The object an unowned field or variable holds; Swift's fatal error once it is gone.
    static func loadingUnowned(_ field: Value, line: Int, column: Int) throws -> Value {
        let value = loading(field)
        if case .none = value { throw CellError(line: line, column: column, kind: .unownedReferenceDeallocated) }
        return value
    }

    /// A place holding a weak (or unowned) reference, seen as the value it refers to.
    static func place(_ raw: LValue, unownedAt position: (line: Int, column: Int)?) -> LValue {
        let load: (Value) throws -> Value = { field in
            guard let position else { return loading(field) }
            return try loadingUnowned(field, line: position.line, column: position.column)
        }
        return LValue(type: raw.type, root: raw.root, mutable: raw.mutable, get: { try load(try raw.get($0)) }, modify: { frame, body in
            var current = try load(try raw.get(frame))
            try body(&current)
            try raw.set(frame, storing(current))
        })
    }
}

extension Checker {
    /// A `weak` (or `unowned`) variable of a cell or function, read: the object, or nil (an
    /// unowned one: Swift's fatal error, at `position`) once it is gone.
    func weakRead(_ variable: Variable, at position: (line: Int, column: Int)? = nil) -> Compiled {
        let raw = lowering.read(access(variable), variable.type).eval
        guard weakVariables[variable.key] == .unowned else {
            return Compiled(variable.type) { WeakObjectReference.loading(try raw($0)) }
        }
        let (line, column) = position ?? (0, 0)
        return Compiled(variable.type) { try WeakObjectReference.loadingUnowned(try raw($0), line: line, column: column) }
    }

    func weakWrite(_ variable: Variable) -> (Frame, Value) -> Void {
        let raw = lowering.write(access(variable))
        return { frame, value in raw(frame, WeakObjectReference.storing(value)) }
    }

    /// `weak var w = node` or `unowned let owner: Person`: checks the ownership as for a
    /// property; a weak variable's value is optional (`Node?` for `weak var w = node`).
    func ownershipVariableType(_ decl: VariableDeclSyntax, _ binding: PatternBindingSyntax, _ type: CellType) throws -> CellType {
        guard decl.modifiers.contains(where: { $0.name.text == "weak" }), binding.typeAnnotation == nil,
              type.optionalWrapped == nil, declarations.classLayout(of: type) != nil else {
            _ = try ownership(decl, type: type, at: binding)
            return type
        }
        return .optional(type)
    }

    /// The ownership a stored property or variable declares: `weak` (an optional of a class
    /// type, as swiftc requires), `unowned` (a class type), or neither (nil).
    func ownership(_ variable: VariableDeclSyntax, type: CellType, at binding: PatternBindingSyntax) throws -> Ownership? {
        guard let modifier = variable.modifiers.first(where: { ["weak", "unowned"].contains($0.name.text) }),
              !type.containsError else { return nil }
        let isWeak = modifier.name.text == "weak"
        let referenced = isWeak ? type.optionalWrapped ?? type : type
        if case .existential(let proto) = referenced {
            // A class-bound protocol's values are objects (`protocol Listener: AnyObject`).
            guard isClassBound(proto) else { throw notSupported(.modifier(modifier.name.text, on: .properties), modifier) }
        } else if declarations.classLayout(of: referenced) == nil {
            throw error(.ownershipOfNonClass(modifier: modifier.name.text, type: referenced), at: binding.pattern)
        }
        if isWeak, type.optionalWrapped == nil { throw error(.weakNotOptional(type: type), at: binding.pattern) }
        return isWeak ? .weak : .unowned
    }

    /// `[weak self]` or `[unowned node]` in a closure's capture list: the captured value as
    /// the reference its slot holds (`WeakObjectReference`), and the variable's type (`T?` for
    /// a weak capture of a `T`). The value must be an object, as swiftc requires.
    func ownedCapture(_ item: ClosureCaptureSyntax, _ specifier: ClosureCaptureSpecifierSyntax) throws
        -> (Ownership, Eval, CellType) {
        guard specifier.detail == nil, ["weak", "unowned"].contains(specifier.specifier.text) else {
            throw notSupported(.weakOrUnownedCapture, specifier)
        }
        let source: Compiled
        if let value = item.initializer?.value {
            source = try expression(value)
        } else if case .variable(let variable) = lookup(item.name.text) {
            source = try readChecked(variable, at: item)
        } else {
            throw error(.cannotFindInScope(name: item.name.text), at: item)
        }
        let isWeak = specifier.specifier.text == "weak"
        let referenced = isWeak ? source.type.optionalWrapped ?? source.type : source.type
        let isObject: Bool
        if case .existential(let proto) = referenced { isObject = isClassBound(proto) } else {
            isObject = declarations.classLayout(of: referenced) != nil
        }
        guard isObject || referenced.containsError else {
            throw error(.ownershipOfNonClass(modifier: specifier.specifier.text, type: referenced), at: item.name)
        }
        let eval = source.eval
        return (isWeak ? .weak : .unowned, { WeakObjectReference.storing(try eval($0)) },
                isWeak ? .optional(referenced) : referenced)
    }

    /// Whether a cell's protocol (or one it refines) is declared `AnyObject`.
    func isClassBound(_ proto: String, seen: Set<String> = []) -> Bool {
        if proto == CellType.anyObjectName { return true }
        guard !seen.contains(proto), let layout = declarations.protocols[proto] else { return false }
        return layout.inherited.contains("AnyObject")
            || layout.inherited.contains { isClassBound($0, seen: seen.union([proto])) }
    }
}

/// A value handed to a conversion compiled once for any value (an optional's payload made a
/// protocol value): set just before the conversion runs, cleared after.
final class HeldValue {
    var value: Value = .void
}
