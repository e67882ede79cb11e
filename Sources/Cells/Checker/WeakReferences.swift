import SwiftSyntax
import CellValues

/// `weak var` and `unowned let` properties of a class. Objects are Swift class instances
/// (`CellObject`) counted by ARC, so a weak property holds a real Swift `weak` reference
/// (`WeakObjectReference`, in the field as `Value.opaque`): it reads as nil once the last
/// strong reference to the object is gone, as in Swift. An `unowned` property holds its
/// object strongly (reading it after the object is gone is the one difference, and cells
/// cannot observe it) (docs/ARCHITECTURE.md, "Cells: declarations").
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

extension Checker {
    /// The ownership a stored property of a class declares: `weak` (an optional of a class
    /// type, as swiftc requires), `unowned` (a class type), or neither. True for `weak`.
    func checkOwnership(_ variable: VariableDeclSyntax, type: CellType, at binding: PatternBindingSyntax) throws -> Bool {
        guard let modifier = variable.modifiers.first(where: { ["weak", "unowned"].contains($0.name.text) }) else { return false }
        let isWeak = modifier.name.text == "weak"
        let referenced = isWeak ? type.optionalWrapped ?? type : type
        if case .existential(let proto) = referenced {
            // A class-bound protocol's values are objects (`protocol Listener: AnyObject`).
            guard isClassBound(proto) else { throw notSupported(.modifier(modifier.name.text, on: .properties), modifier) }
        } else if declarations.classLayout(of: referenced) == nil {
            throw error(.ownershipOfNonClass(modifier: modifier.name.text, type: referenced), at: binding.pattern)
        }
        if isWeak, type.optionalWrapped == nil { throw error(.weakNotOptional(type: type), at: binding.pattern) }
        return isWeak
    }

    /// Whether a cell's protocol (or one it refines) is declared `AnyObject`.
    func isClassBound(_ proto: String, seen: Set<String> = []) -> Bool {
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
