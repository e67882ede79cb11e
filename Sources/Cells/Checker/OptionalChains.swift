import SwiftSyntax

extension Checker {
    /// `base?` inside a postfix chain: the base is evaluated once into a slot, and the
    /// rest of the chain reads the unwrapped value from there. `expression(_:)` closes
    /// the chain: nil short-circuits the whole chain to nil.
    func optionalChainBase(_ chain: OptionalChainingExprSyntax) throws -> Compiled {
        let base = try expression(chain.expression)
        guard case .optional(let wrapped) = base.type else {
            if base.type == .error { return base }
            throw error(.forceUnwrapNonOptional(type: base.type), at: chain.expression)
        }
        let slot = scope.function.allocate()
        let isGlobal = scope.function.isGlobal
        optionalChains.append(OptionalChain(base: base.eval, slot: slot, isGlobal: isGlobal))
        if isGlobal {
            let globals = runtime.globals
            return Compiled(wrapped) { _ in globals.slots[slot] }
        }
        return Compiled(wrapped) { $0.slots[slot] }
    }

    /// The value of a whole optional chain: nil if its base was nil.
    func wrapOptionalChain(_ chain: OptionalChain, _ compiled: Compiled) -> Compiled {
        let type: CellType = compiled.type.optionalWrapped != nil || compiled.type == .void ? compiled.type : .optional(compiled.type)
        let base = chain.base, slot = chain.slot, rest = compiled.eval
        let globals = chain.isGlobal ? runtime.globals : nil
        return Compiled(type) { frame in
            let value = try base(frame)
            if case .none = value { return .none }
            let slots = globals ?? frame
            slots.slots[slot] = value.unwrappedOptional
            // The slot lets go of the base afterwards: a `weak` reference to it may become nil.
            defer { slots.slots[slot] = .void }
            return try rest(frame)
        }
    }
}
