import SwiftSyntax

/// The table of methods of a class, and the rules of `override` and `final`.
///
/// Each overridable member of a class body (a method, or a computed property's getter and
/// setter) has a slot: an override takes the slot of the member it overrides, anything else a
/// new one after the superclass's. A call through a reference reads the slot of the object's
/// dynamic class, so `pets.map { $0.speak() }` runs each pet's own `speak`. Methods added in
/// extensions are not overridable (as in Swift) and are called directly.
extension Checker {
    /// Places every member of a class body in the class's table. Runs once the members'
    /// signatures are declared and before their bodies are compiled, so calls in the bodies
    /// (`self.speak()` in a superclass method) dispatch.
    func buildMethodTable(_ layout: ClassLayout) throws {
        let superLayout = layout.superclass
        layout.vtable = superLayout?.vtable ?? []
        for member in layout.syntax.memberBlock.members {
            if let function = member.decl.as(FunctionDeclSyntax.self) {
                try placeMethod(function, in: layout)
            } else if let variable = member.decl.as(VariableDeclSyntax.self),
                      !variable.modifiers.contains(where: { $0.name.text == "static" }) {
                for binding in variable.bindings where binding.isComputed {
                    try placeComputedProperty(binding, of: variable, in: layout)
                }
            }
        }
    }

    private func placeMethod(_ function: FunctionDeclSyntax, in layout: ClassLayout) throws {
        let modifiers = Set(function.modifiers.map(\.name.text))
        if modifiers.contains("static") || Checker.isOperator(function.name) { return }
        let isOverride = modifiers.contains("override")
        if function.genericParameterClause != nil {
            // A generic method is compiled per use, so it is called directly, never overridden.
            if isOverride { throw notSupported(.overridingGenericMethod, function.name) }
            return
        }
        let name = function.name.text
        guard let record = declarations[layout.name] else { return }
        let parameters = try parameterList(function.signature.parameterClause, compilingDefaults: false)
        let result = try function.signature.returnClause.map { try resolveType($0.type) } ?? .void
        guard let own = record.methods[name]?.lastIndex(where: {
            $0.generic == nil && $0.dispatchSlot == nil && Checker.sameSignature($0, parameters, result)
        }) else { return }
        let inherited = layout.vtable.firstIndex { $0.name == name && Checker.sameSignature($0.binding, parameters, result) }
        let slot = try overrideSlot(inherited, isOverride: isOverride, member: "method", final: "instance method",
                                    in: layout, at: function.name)
        record.setDispatchSlot(slot, ofMethod: name, at: own)
        place(VTableEntry(name: name, binding: record.methods[name]![own],
                          isFinal: modifiers.contains("final") || layout.isFinal), at: slot, in: layout)
    }

    private func placeComputedProperty(_ binding: PatternBindingSyntax, of variable: VariableDeclSyntax,
                                       in layout: ClassLayout) throws {
        // Patterns and annotations that declareTypeMembers rejects never get here.
        guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self), let annotation = binding.typeAnnotation,
              let accessors = binding.accessorBlock else { return }
        let name = identifier.identifier.text
        guard let record = declarations[layout.name] else { return }
        let modifiers = Set(variable.modifiers.map(\.name.text))
        let isOverride = modifiers.contains("override"), isFinal = modifiers.contains("final") || layout.isFinal
        let type = try resolveType(annotation.type)
        var hasSetter = false
        if case .accessors(let list) = accessors.accessors {
            hasSetter = list.contains { $0.accessorSpecifier.tokenKind == .keyword(.set) }
        }
        if layout.fields[..<layout.inheritedFieldCount].contains(where: { $0.name == name }) {
            if isOverride { throw notSupported(.overridingStoredPropertyWithComputed, identifier) }
            throw error(.overrideKeywordRequired, at: identifier)
        }
        let inheritedGetter = layout.vtable.firstIndex { $0.name == "get:" + name }
        let inheritedSetter = layout.vtable.firstIndex { $0.name == "set:" + name }
        if let inheritedGetter, isOverride {
            let overridden = layout.vtable[inheritedGetter].binding.result
            if overridden != type {
                throw error(.overrideChangesType(name: name, type: type, overridden: overridden),
                            at: identifier)
            }
            if inheritedSetter != nil, !hasSetter { throw error(.readOnlyOverridesMutable(name: name), at: identifier) }
        }
        guard var property = record.computedProperties[name], property.getter.dispatchSlot == nil else { return }
        let getterSlot = try overrideSlot(inheritedGetter, isOverride: isOverride, member: "property", final: "property",
                                          in: layout, at: identifier)
        property.getter.dispatchSlot = getterSlot
        place(VTableEntry(name: "get:" + name, binding: property.getter, isFinal: isFinal), at: getterSlot, in: layout)
        var setterSlot: Int?
        if hasSetter, var setter = property.setter {
            setterSlot = inheritedSetter ?? layout.vtable.count
            setter.dispatchSlot = setterSlot
            place(VTableEntry(name: "set:" + name, binding: setter, isFinal: isFinal), at: setterSlot!, in: layout)
        }
        record.setDispatchSlots(of: name, getter: getterSlot, setter: setterSlot)
    }

    /// The slot of a member that overrides the one at `inherited` (or of a new member), after
    /// swiftc's checks: `override` where and only where something is overridden, never a `final` one.
    private func overrideSlot(_ inherited: Int?, isOverride: Bool, member: String, final: String,
                              in layout: ClassLayout, at name: some SyntaxProtocol) throws -> Int {
        guard let inherited else {
            if isOverride { throw error(.overridesNothing(member: member), at: name) }
            return layout.vtable.count
        }
        if !isOverride { throw error(.overrideKeywordRequired, at: name) }
        if layout.vtable[inherited].isFinal { throw error(.overridesFinal(member: final), at: name) }
        return inherited
    }

    private func place(_ entry: VTableEntry, at slot: Int, in layout: ClassLayout) {
        if slot == layout.vtable.count { layout.vtable.append(entry) } else { layout.vtable[slot] = entry }
    }

    /// Same labels, parameter types and result: what makes a subclass's method an override.
    static func sameSignature(_ binding: FunctionBinding, _ parameters: [Parameter], _ result: CellType) -> Bool {
        binding.parameters.map(\.label) == parameters.map(\.label)
            && binding.parameters.map(\.type) == parameters.map(\.type) && binding.result == result
    }
}
