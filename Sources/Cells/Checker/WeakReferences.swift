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
    init(_ object: CellObject?) { self.object = object }

    /// The field's value for `value` (an optional object): a weak reference to it.
    static func storing(_ value: Value) -> Value {
        guard case .object(let object) = value else { return .none }
        return .opaque(AnyOpaque(value: WeakObjectReference(object)))
    }

    /// The optional object a weak field holds now.
    static func loading(_ field: Value) -> Value {
        guard case .opaque(let opaque) = field, let reference = opaque.value as? WeakObjectReference,
              let object = reference.object else { return .none }
        return .object(object)
    }
}

extension Checker {
    /// The ownership a stored property of a class declares: `weak` (an optional of a class
    /// type, as swiftc requires), `unowned` (a class type), or neither. True for `weak`.
    func checkOwnership(_ variable: VariableDeclSyntax, type: CellType, at binding: PatternBindingSyntax) throws -> Bool {
        guard let modifier = variable.modifiers.first(where: { ["weak", "unowned"].contains($0.name.text) }) else { return false }
        let isWeak = modifier.name.text == "weak"
        let referenced = isWeak ? type.optionalWrapped ?? type : type
        guard declarations.classLayout(of: referenced) != nil else {
            throw error(.ownershipOfNonClass(modifier: modifier.name.text, type: referenced), at: binding.pattern)
        }
        if isWeak, type.optionalWrapped == nil { throw error(.weakNotOptional(type: type), at: binding.pattern) }
        return isWeak
    }
}
