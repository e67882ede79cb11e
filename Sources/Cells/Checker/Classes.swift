import SwiftSyntax
import CellValues

/// A class declared in a cell, as the checker sees it. Its type is `.nominal(name)`, like a
/// struct's, but its values are references (`Value.object`): a struct's code paths never see
/// it, because every member access asks `declarations.classLayout(of:)` first.
///
/// A class is declared in steps: its name with the block's other type names
/// (`declareClassName`); at its place among the block's types, its layout (superclass, stored
/// properties, initializer signatures: `layOutClass`) and its members' signatures with the
/// table of methods (`declareClassMembers`); after the block's extensions, the bodies of its
/// methods and initializers (`compileClassBodies`), which may so use any type's members. A
/// subclass's steps wait for its superclass's (declared earlier or later in the block).
final class ClassLayout {
    enum Stage { case declared, layingOut, laidOut, complete }

    let name: String
    let syntax: ClassDeclSyntax
    let isFinal: Bool
    var stage = Stage.declared
    /// The superclass's layout (nil for a root class), set when this class is laid out.
    var superclass: ClassLayout?
    /// The run-time class: what objects point to for dispatch, casts and printing.
    var cellClass: CellClass!
    /// Stored properties, the superclass's first: an object's fields, in this order.
    var fields: [StructLayout.Field] = []
    /// How many of `fields` the superclass brings.
    var inheritedFieldCount = 0
    /// Initial values of the class's own stored properties (field index, value), compiled in
    /// the global scope and run at the start of each of its designated initializers.
    var defaults: [(index: Int, value: Eval)] = []
    /// Indices of `weak` fields: they hold a `WeakObjectReference` (`WeakReferences.swift`).
    var weakFields: Set<Int> = []
    /// Indices of `unowned` fields: held as weak ones, and Swift's fatal error to read once gone.
    var unownedFields: Set<Int> = []
    /// The overridable members, one per slot of `cellClass.methods`: the superclass's slots
    /// first, each holding this class's override where it has one.
    var vtable: [VTableEntry] = []
    /// Designated initializers, declared or inherited: what `Name(…)` and `super.init(…)` run.
    var initializers: [ClassInitializer] = []
    /// Declared initializers whose bodies are compiled with the members.
    var pendingInitializers: [(decl: InitializerDeclSyntax, variable: Variable, parameters: [Parameter])] = []
    /// The bodies of the class's methods and computed properties, compiled after the block's extensions.
    var pendingBodies: (() throws -> Void)?
    /// How `description` was last wired for printing (`vtable:3`, `global:17`), to emit it once.
    var describedBy: String?

    init(name: String, syntax: ClassDeclSyntax) {
        self.name = name
        self.syntax = syntax
        isFinal = syntax.modifiers.contains { $0.name.text == "final" }
    }

    var ownFields: ArraySlice<StructLayout.Field> { fields[inheritedFieldCount...] }
}

/// One slot of a class's table of methods: a method, or a computed property's getter or
/// setter (named `get:area`, `set:area`), with the implementation this class uses.
struct VTableEntry {
    var name: String
    var binding: FunctionBinding
    var isFinal: Bool

    var implementation: Variable { binding.variable! }
}

/// A designated initializer of a class, declared in it or inherited from its superclass.
struct ClassInitializer {
    var parameters: [Parameter]
    /// Initializes `object` (new, or partly initialized for `super.init`) from the arguments:
    /// the class's own property defaults, then its body (which calls its superclass's).
    var run: (CellObject, inout [Value]) throws -> Void
    /// A `convenience init`: it hands the object to another of its class's initializers
    /// (`self.init(…)`), and `super.init` cannot call it.
    var isConvenience = false
    /// A `required init`: every subclass has it (inherited, or declared `required` again).
    var isRequired = false
}

extension Checker {
    // MARK: Declaring

    /// Registers a class's name (so that types, signatures and other classes can use it).
    func declareClassName(_ decl: ClassDeclSyntax) throws {
        let name = decl.name.text
        if declarations.isTypeName(name, includingProtocols: true) {
            throw error(.invalidRedeclaration(name: name), at: decl.name)
        }
        if let generics = decl.genericParameterClause { throw notSupported(.genericClass, generics) }
        if let attribute = decl.attributes.first { throw notSupported(.attributes, attribute) }
        if let modifier = decl.modifiers.first(where: { $0.name.text != "final" && !accessModifiers.contains($0.name.text) }) {
            throw notSupported(.modifier(modifier.name.text, on: .classes), modifier)
        }
        // Method tables are filled when the declaring block runs; a function's blocks run once per call.
        guard scope.function.isGlobal else { throw notSupported(.classInsideFunction, decl.classKeyword) }
        declarations.declare(name, shape: .classType(ClassLayout(name: name, syntax: decl)))
    }

    /// Superclass, conformances, stored properties and initializer signatures (the superclass's first).
    func layOutClass(_ layout: ClassLayout) throws {
        switch layout.stage {
        case .declared: break
        case .layingOut: throw notSupported(.classInheritingItself, layout.syntax.name)
        case .laidOut, .complete: return
        }
        layout.stage = .layingOut
        let decl = layout.syntax
        var superLayout: ClassLayout?
        for (position, inherited) in (decl.inheritanceClause?.inheritedTypes ?? []).enumerated() {
            guard let found = declarations.classLayout(inherited.type.trimmedDescription) else { continue }
            if position > 0 { throw error(.superclassNotFirst(name: found.name), at: inherited.type) }
            if found.isFinal { throw error(.inheritanceFromFinalClass(name: found.name), at: decl.name) }
            superLayout = found
        }
        if let superLayout { try layOutClass(superLayout) }
        try declareConformances(decl.inheritanceClause, of: layout.name, allowing: Set(superLayout.map { [$0.name] } ?? []))
        layout.superclass = superLayout
        layout.cellClass = CellClass(name: layout.name, superclass: superLayout?.cellClass)
        layout.fields = superLayout?.fields ?? []
        layout.inheritedFieldCount = layout.fields.count
        layout.weakFields = superLayout?.weakFields ?? []
        layout.unownedFields = superLayout?.unownedFields ?? []
        try declareClassFields(layout, inheriting: superLayout)
        try declareClassInitializers(layout, inheriting: superLayout)
        layout.stage = .laidOut
    }

    /// The class's own stored properties, typed from their annotation or initial value.
    private func declareClassFields(_ layout: ClassLayout, inheriting superLayout: ClassLayout?) throws {
        let inheritedNames = superLayout.map(classPropertyNames) ?? []
        var untypedLazy: [(index: Int, binding: PatternBindingSyntax)] = []
        for member in layout.syntax.memberBlock.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self),
                  !variable.modifiers.contains(where: { $0.name.text == "static" }) else { continue }
            if let modifier = variable.modifiers.first(where: {
                !["final", "override", "lazy", "weak", "unowned"].contains($0.name.text) && !accessModifiers.contains($0.name.text)
            }) {
                throw notSupported(.modifier(modifier.name.text, on: .properties), modifier)
            }
            if let attribute = variable.attributes.first { throw notSupported(.attributes, attribute) }
            let isOverride = variable.modifiers.contains { $0.name.text == "override" }
            for binding in variable.bindings where !binding.isComputed {
                guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    throw notSupported(.propertyPattern, binding.pattern)
                }
                let name = identifier.identifier.text
                if isOverride || inheritedNames.contains(name) {
                    throw error(.overrideWithStoredProperty(name: name), at: identifier)
                }
                // A lazy property starts without its value (`LazyProperties.swift`).
                let (type, declaredInitial) = try Checker.isLazy(variable) ? lazyStoredProperty(variable, binding)
                    : storedProperty(binding)
                var initial = declaredInitial
                let mutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
                if initial == nil, mutable, type.optionalWrapped != nil {
                    initial = { _ in .none }   // `var next: Node?` starts as nil
                }
                switch try ownership(variable, type: type, at: binding) {
                case .weak: layout.weakFields.insert(layout.fields.count)
                case .unowned: layout.unownedFields.insert(layout.fields.count)
                case nil: break
                }
                if Checker.isLazy(variable), type == .error { untypedLazy.append((layout.fields.count, binding)) }
                layout.fields.append(.init(name: name, type: type, mutable: mutable, hasDefault: initial != nil))
                if let initial { layout.defaults.append((layout.fields.count - 1, initial)) }
            }
        }
        // Typed once the other stored properties are known (`LazyProperties.swift`).
        for (index, binding) in untypedLazy {
            layout.fields[index].type = try inferLazyPropertyType(binding, of: .nominal(layout.name))
        }
    }

    /// Names of the stored and computed properties a class has (its own and inherited), read
    /// from the declarations: a subclass's layout is made before its superclass's members.
    func classPropertyNames(_ layout: ClassLayout) -> Set<String> {
        var names = Set(layout.fields.map(\.name))
        for c in declarations.classChain(layout) {
            for member in c.syntax.memberBlock.members {
                guard let variable = member.decl.as(VariableDeclSyntax.self),
                      !variable.modifiers.contains(where: { $0.name.text == "static" }) else { continue }
                for binding in variable.bindings where binding.isComputed {
                    if let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text { names.insert(name) }
                }
            }
        }
        return names
    }

    /// The signatures of a class's methods, computed properties and static members, and its
    /// table of methods; the statements that make their function values on entry. Their
    /// bodies wait for `compileClassBodies`, after the block's extensions are declared.
    func declareClassMembers(_ layout: ClassLayout) throws -> [Statement] {
        guard layout.stage == .laidOut else { return [] }
        layout.stage = .complete
        var prologue: [Statement] = []
        if let superLayout = layout.superclass { prologue += try declareClassMembers(superLayout) }
        try checkClassMemberDeclarations(layout.syntax)
        prologue += try declareTypeMembers(.nominal(layout.name), layout.syntax.memberBlock,
                                           beforeBodies: { try self.buildMethodTable(layout) },
                                           laterBodies: { layout.pendingBodies = $0 })
        return prologue
    }

    /// The bodies of a class's members and initializers, and the statement that fills its
    /// table of methods (after every function value is made).
    func compileClassBodies(_ layout: ClassLayout) throws -> [Statement] {
        guard let bodies = layout.pendingBodies else { return [] }
        layout.pendingBodies = nil
        let type = CellType.nominal(layout.name)
        try withBindings(["Self": type]) { try bodies() }
        var prologue: [Statement] = []
        for pending in layout.pendingInitializers {
            prologue.append(try compileClassInitializer(pending.decl, pending.variable, pending.parameters, of: layout))
        }
        layout.pendingInitializers = []
        if let deinitializer = try compileDeinitializer(layout) { prologue.append(deinitializer) }
        let cellClass = layout.cellClass!, globals = runtime.globals
        let slots = layout.vtable.map(\.implementation.slot)
        prologue.append(Statement { _ in
            cellClass.methods = slots.map { globals.slots[$0].function }
            return .next
        })
        try checkConformances(of: type, at: layout.syntax.name)
        return prologue
    }

    /// What a class body may not declare, in swiftc's words where swiftc rejects it.
    private func checkClassMemberDeclarations(_ decl: ClassDeclSyntax) throws {
        for member in decl.memberBlock.members {
            let modifiers = member.decl.as(FunctionDeclSyntax.self)?.modifiers ?? member.decl.as(VariableDeclSyntax.self)?.modifiers
            for modifier in modifiers ?? [] {
                if modifier.name.text == "mutating" { throw error(.mutatingInClass, at: modifier) }
                if modifier.name.text == "class" { throw notSupported(.classMember, modifier) }
            }
        }
    }

    /// The statements that tell each class how its instances print: through `description`
    /// when it conforms to CustomStringConvertible (in its declaration, an extension, or a
    /// superclass), else as `main.Name`. Run after a block's extensions are declared.
    func classDescriptionStatements() -> [Statement] {
        // Blocks inside the members being declared (method bodies) must not take the statements.
        guard scope.function.isGlobal else { return [] }
        var statements: [Statement] = []
        let globals = runtime.globals
        for layout in declarations.classLayouts where layout.stage == .complete {
            let source = describingSource(layout)
            guard source.key != layout.describedBy else { continue }
            layout.describedBy = source.key
            let cellClass = layout.cellClass!
            switch source {
            case .none:
                statements.append(Statement { _ in cellClass.description = nil; return .next })
            case .vtable(let slot):
                statements.append(Statement { _ in cellClass.description = cellClass.methods[slot]; return .next })
            case .global(let slot):
                statements.append(Statement { _ in cellClass.description = globals.slots[slot].function; return .next })
            }
        }
        return statements
    }

    private enum DescriptionSource {
        case none, vtable(Int), global(Int)
        var key: String? {
            switch self {
            case .none: nil
            case .vtable(let slot): "vtable:\(slot)"
            case .global(let slot): "global:\(slot)"
            }
        }
    }

    private func describingSource(_ layout: ClassLayout) -> DescriptionSource {
        guard declarations.conforms(.nominal(layout.name), to: "CustomStringConvertible") else { return .none }
        if let getter = classComputedProperty(layout, "description")?.getter, getter.result == .string {
            if let slot = getter.dispatchSlot { return .vtable(slot) }
            if let variable = getter.variable, variable.owner.isGlobal { return .global(variable.slot) }
        }
        return .none
    }


}
