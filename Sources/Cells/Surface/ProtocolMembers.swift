import CellValues

extension Surface {
    /// The library members named `name` that a value of `type` has: its type's own first,
    /// then those declared on the protocols it conforms to (`StringProtocol`,
    /// `BidirectionalCollection`, `Collection`, `Sequence`), the order overloads are tried
    /// in, as Swift prefers a type's own member to a protocol extension's. `generics` binds
    /// the receiver's generic parameters, `Element` (its elements) and `Self` (the type).
    ///
    /// A sequence protocol's member is written once for every conforming type: its
    /// implementation receives the receiver as the array of its elements. A member whose result is built
    /// on `Self` (`enumerated() -> EnumeratedSequence<Self>`) keeps the receiver as it is,
    /// since the result holds its base, as Swift's does.
    func members(of type: CellType, named name: String) -> (members: [MemberBinding], generics: [String: CellType])? {
        var found: [MemberBinding] = []
        var generics: [String: CellType] = ["Self": type]
        if let (key, own) = Surface.receiver(type) {
            generics.merge(own) { mine, _ in mine }
            found += members[key]?[name] ?? []
        }
        if generics["Element"] == nil, let element = type.sequenceElement { generics["Element"] = element }
        for conformance in type.conformances {
            for member in members[conformance]?[name] ?? [] {
                // StringProtocol's members read a String or a Substring as it is.
                found.append(conformance == "StringProtocol" ? member : Self.specialize(member, to: type))
            }
        }
        return found.isEmpty ? nil : (found, generics)
    }

    /// A protocol member as `type`'s: the receiver converted to its elements when the member reads them.
    private static func specialize(_ member: MemberBinding, to type: CellType) -> MemberBinding {
        guard case .array = type else {
            guard !member.binding.result.mentions(generic: "Self"), let list = Sequences.elements(of: type),
                  let implementation = member.binding.implementation else { return member }
            var specialized = member
            specialized.binding.implementation = { arguments, runtime in
                arguments[0] = .array(list(arguments[0]))
                return try implementation(&arguments, runtime)
            }
            return specialized
        }
        return member
    }
}

extension CellType {
    /// Whether the generic parameter `name` occurs in this (declared) type.
    func mentions(generic name: String) -> Bool {
        substituting([name: .error]) != self
    }
}
