import SwiftSyntax
import CellValues

/// Run-time parts of a block's declarations that the checker adds after the block
/// itself was compiled: the function values of instances of its generic functions
/// and types, made when a later call needs them. The block runs them on entry; by
/// then every cell is compiled and the list is complete.
final class DeferredCreations {
    /// Unchecked exclusivity: filled while compiling, only read while running.
    @exclusivity(unchecked) var statements: [Statement] = []

    /// The statement a block runs on entry.
    var onEntry: Statement {
        Statement { [self] frame in
            for statement in statements { _ = try statement.run(frame) }
            return .next
        }
    }
}

/// Where a generic declaration was made, so its instances can be compiled there later
/// (with the names then in scope), whichever cell needs them.
struct DeclarationContext {
    var cell: ParsedCell
    var scope: Scope
    /// What enclosing generic parameters stood for.
    var genericBindings: [String: CellType]
    var deferred: DeferredCreations
}

/// The generic parameters of a declaration and what they must conform to:
/// `<T: Comparable, U>` and `where T: Hashable, U == Int`.
struct GenericSignature {
    var parameters: [String]
    /// `T: P` requirements (a parameter may have several).
    var conformances: [(parameter: String, protocol: String)]
    /// `T == Int` requirements.
    var sameTypes: [(parameter: String, type: TypeSyntax)]
    /// The same-type requirements a primary associated type wrote (`S: Stack<Int>` gives `S.Element`),
    /// which swiftc's message names by their types alone.
    var primaryKeys: Set<String> = []

    /// The requirements as a binding's constraints (`T` → `Comparable & Hashable`).
    var constraints: [String: String] {
        var result: [String: String] = [:]
        for (parameter, proto) in conformances {
            result[parameter] = result[parameter].map { "\($0) & \(proto)" } ?? proto
        }
        return result
    }
}

/// A generic function declared in a cell. It is checked once with its generic
/// parameters as archetypes (so a body that needs a missing constraint is
/// rejected as swiftc rejects it), and compiled once for each list of concrete
/// types it is called with, like a template: an instance prints and computes
/// with the real types.
final class GenericFunction {
    let syntax: FunctionDeclSyntax
    let signature: GenericSignature
    let context: DeclarationContext
    /// For a generic method: the type of `self` and whether it is `mutating`.
    let selfType: CellType?
    let isMutating: Bool
    var instances: [[CellType]: FunctionBinding] = [:]
    /// `S.Element` → `.generic("S.Element")` (solved per call from `S`), or the type a
    /// `where S.Element == Int` fixes (checked per call): `solveAssociatedTypes`.
    var associatedTypes: [String: CellType] = [:]
    /// Its body was rejected with its archetypes: its instances are not compiled (the program
    /// never runs, and each would repeat the error with a concrete type).
    var rejected = false

    init(syntax: FunctionDeclSyntax, signature: GenericSignature, context: DeclarationContext,
         selfType: CellType?, isMutating: Bool) {
        self.syntax = syntax
        self.signature = signature
        self.context = context
        self.selfType = selfType
        self.isMutating = isMutating
    }
}

/// A generic struct (or enum: `enum Tree<T>`) declared in a cell: `Stack<Int>` is an
/// instance, a struct of its own named as Swift spells the type, compiled on first use.
final class GenericStruct {
    /// The struct's declaration (nil for an enum's: `enumSyntax`).
    let syntax: StructDeclSyntax!
    let enumSyntax: EnumDeclSyntax?
    var name: String { enumSyntax?.name.text ?? syntax.name.text }
    let signature: GenericSignature
    let context: DeclarationContext
    /// Extensions of the struct, with their `where` requirements: applied to every instance
    /// (made or to be made) that meets them.
    var extensions: [(syntax: ExtensionDeclSyntax, requirements: GenericSignature)] = []
    var instances: [CellType] = []

    init(syntax: StructDeclSyntax, signature: GenericSignature, context: DeclarationContext) {
        self.syntax = syntax
        self.enumSyntax = nil
        self.signature = signature
        self.context = context
    }

    init(enumSyntax: EnumDeclSyntax, signature: GenericSignature, context: DeclarationContext) {
        self.syntax = nil
        self.enumSyntax = enumSyntax
        self.signature = signature
        self.context = context
    }
}

extension Checker {
    /// Reads `<T: P, U>` and a `where` clause; a protocol that does not exist is swiftc's
    /// "cannot find type" at it.
    func genericSignature(_ clause: GenericParameterClauseSyntax?, _ whereClause: GenericWhereClauseSyntax?) throws -> GenericSignature {
        var signature = GenericSignature(parameters: [], conformances: [], sameTypes: [])
        func protocols(_ written: TypeSyntax, of parameter: String) throws -> [String] {
            if let constrained = written.as(IdentifierTypeSyntax.self), let clause = constrained.genericArgumentClause,
               let primary = declarations.protocols[constrained.name.text]?.primaryAssociatedTypes {
                // `S: Stack<Int>` of `protocol Stack<Element>`: `S: Stack` where `S.Element == Int`.
                let arguments = clause.arguments.compactMap { if case .type(let type) = $0.argument { type } else { nil } }
                guard arguments.count == primary.count, !primary.isEmpty else { throw notSupported(.primaryAssociatedType, clause) }
                for (name, type) in zip(primary, arguments) {
                    signature.sameTypes.append(("\(parameter).\(name)", type))
                    signature.primaryKeys.insert("\(parameter).\(name)")
                }
                return [constrained.name.text]
            }
            let parts = written.trimmedDescription.split(separator: "&").map { $0.trimmingCharacters(in: .whitespaces) }
            // A class is a constraint too (`T: Animal`).
            if let unknown = parts.first(where: { !declarations.isKnownProtocol($0) && declarations.classLayout($0) == nil }) {
                throw error(.cannotFindTypeInScope(name: unknown), at: written)
            }
            return parts
        }
        for parameter in clause?.parameters ?? [] {
            signature.parameters.append(parameter.name.text)
            if let inherited = parameter.inheritedType {
                for part in try protocols(inherited, of: parameter.name.text) { signature.conformances.append((parameter.name.text, part)) }
            }
        }
        for requirement in whereClause?.requirements ?? [] {
            switch requirement.requirement {
            case .conformanceRequirement(let conformance):
                for part in try protocols(conformance.rightType, of: conformance.leftType.trimmedDescription) {
                    signature.conformances.append((conformance.leftType.trimmedDescription, part))
                }
            case .sameTypeRequirement(let same):
                if case .type(let type) = same.rightType {
                    signature.sameTypes.append((same.leftType.trimmedDescription, type))
                }
            default:
                break
            }
        }
        return signature
    }

    /// What a signature's parameters stand for while its declaration is checked:
    /// archetypes with the protocols they must conform to (or the type a `where T == …`
    /// fixes).
    func archetypes(_ signature: GenericSignature) throws -> [String: CellType] {
        var result: [String: CellType] = [:]
        for parameter in signature.parameters {
            let protocols = signature.conformances.filter { $0.parameter == parameter }.map(\.protocol)
            if let superclass = protocols.first(where: { declarations.classLayout($0) != nil }) {
                // `T: Animal`: every T is an Animal, so the body is checked with the class itself.
                result[parameter] = .nominal(superclass)
                continue
            }
            result[parameter] = .archetype(parameter, protocols: declarations.protocolClosure(protocols))
        }
        result.merge(associatedArchetypes(signature)) { $1 }
        for (parameter, type) in signature.sameTypes {
            result[parameter] = try resolveType(type)
        }
        return result
    }

    /// Compiles `body` in a generic declaration's context with its parameters bound,
    /// then restores the context of the code being compiled now.
    func inContext<T>(_ context: DeclarationContext, bindings: [String: CellType], _ body: () throws -> T) throws -> T {
        let saved = (cell, scope, genericBindings, breakTargets, optionalChains)
        cell = context.cell
        scope = context.scope
        genericBindings = context.genericBindings.merging(bindings) { $1 }
        breakTargets = []
        optionalChains = []
        instanceDepth += 1
        defer {
            (cell, scope, genericBindings, breakTargets, optionalChains) = saved
            instanceDepth -= 1
        }
        return try body()
    }

    /// Instances compiled inside instances (`f<T>` calling `f<[T]>`): Swift runs such code with
    /// its generic parameters passed at run time; compiled per type, it would never end.
    func checkInstanceDepth(at node: some SyntaxProtocol) throws {
        if instanceDepth >= Checker.instanceDepthLimit {
            throw notSupported(.unboundedGenericInstantiation, node)
        }
    }

    static let instanceDepthLimit = 64

    // MARK: Generic functions

    /// Declares a generic function: its signature with generic parameters, solved per call.
    func declareGenericFunction(_ function: FunctionDeclSyntax, deferred: DeferredCreations,
                                selfType: CellType? = nil, isMutating: Bool = false) throws -> FunctionBinding {
        let signature = try genericSignature(function.genericParameterClause, function.genericWhereClause)
        let context = DeclarationContext(cell: cell, scope: scope, genericBindings: genericBindings, deferred: deferred)
        let generic = GenericFunction(syntax: function, signature: signature, context: context,
                                      selfType: selfType, isMutating: isMutating)
        var placeholders: [String: CellType] = [:]
        for parameter in signature.parameters { placeholders[parameter] = .generic(parameter) }
        let saved = genericBindings
        genericBindings.merge(placeholders) { $1 }
        defer { genericBindings = saved }
        generic.associatedTypes = try associatedPlaceholders(signature)
        genericBindings.merge(generic.associatedTypes) { $1 }
        let parameters = try parameterList(function.signature.parameterClause, compilingDefaults: false)
        let result = try function.signature.returnClause.map { try resolveType($0.type) } ?? .void
        let associated = generic.associatedTypes.keys.sorted().filter { generic.associatedTypes[$0] == .generic($0) }
        var binding = FunctionBinding(name: function.name.text, parameters: parameters, result: result,
                                      generics: signature.parameters + associated, constraints: signature.constraints)
        binding.generic = generic
        binding.isMutating = isMutating
        let (line, column) = location(function.name)
        binding.origin = .cell(line: line, column: column)
        binding.effect = try throwingEffect(function.signature.effectSpecifiers)
        let kind: FunctionKind = selfType != nil ? .instanceMethod : (scope.function.isGlobal ? .globalFunction : .localFunction)
        binding.requirementOwner = .function(kind, name: function.name.text)
        return binding
    }

    /// Checks a generic function's body with its parameters as archetypes (nothing of it runs).
    func checkGenericFunction(_ generic: GenericFunction) throws {
        let bindings = try archetypes(generic.signature)
        do {
            try inContext(generic.context, bindings: bindings) {
                let (binding, pending) = try functionSignature(generic.syntax, generic: true)
                try compileFunctionBody(generic.syntax, binding, pending, selfType: generic.selfType,
                                        mutatingSelf: generic.isMutating)
            }
        } catch {
            generic.rejected = true
            throw error
        }
    }

    /// The instance of a generic function for the solved types, compiled on first use;
    /// nil while a generic declaration is checked (archetypes are only typed).
    func instance(of generic: GenericFunction, _ solution: [String: CellType],
                  at node: some SyntaxProtocol) throws -> FunctionBinding? {
        let types = generic.signature.parameters.map { solution[$0] ?? .error }
        if generic.rejected || types.contains(where: { $0.containsArchetype || $0.containsError }) { return nil }
        if let existing = generic.instances[types] { return existing }
        try checkInstanceDepth(at: node)
        return try inContext(generic.context, bindings: Dictionary(uniqueKeysWithValues: zip(generic.signature.parameters, types))) {
            let (binding, pending) = try functionSignature(generic.syntax, generic: true)
            generic.instances[types] = binding   // before the body: it may call itself
            generic.context.deferred.statements.append(creation(binding.variable!, pending))
            try compileFunctionBody(generic.syntax, binding, pending, selfType: generic.selfType,
                                    mutatingSelf: generic.isMutating)
            return binding
        }
    }

    /// The callee of a resolved call: a function value in a slot, or (for a generic
    /// function) its instance for the call's types. A call typed inside a generic
    /// declaration being checked never runs.
    func calleeValue(of resolved: ResolvedCall, at node: some SyntaxProtocol) throws -> Eval {
        if let generic = resolved.binding.generic {
            guard let instance = try instance(of: generic, resolved.solution, at: node) else { return { _ in .void } }
            return read(instance.variable!).eval
        }
        return read(resolved.binding.variable!).eval
    }

    // MARK: Generic structs

    /// Declares a generic struct; its members are checked with archetypes when its members
    /// are declared (`checkGenericStruct`).
    func declareGenericStruct(_ decl: StructDeclSyntax, deferred: DeferredCreations) throws {
        let (signature, context) = try genericTypeDeclaration(decl.name, decl.genericParameterClause,
                                                              decl.genericWhereClause, deferred: deferred)
        declarations.genericStructs[decl.name.text] = GenericStruct(syntax: decl, signature: signature, context: context)
    }

    /// What declaring a generic struct or enum reads: a name no other type has (else swiftc's
    /// "invalid redeclaration" at it), its `<…>` and `where` clause, and the context its
    /// instances are compiled in.
    func genericTypeDeclaration(_ name: TokenSyntax, _ clause: GenericParameterClauseSyntax?,
                                _ whereClause: GenericWhereClauseSyntax?,
                                deferred: DeferredCreations) throws -> (GenericSignature, DeclarationContext) {
        if declarations.isTypeName(name.text, includingProtocols: false) {
            throw error(.invalidRedeclaration(name: name.text), at: name)
        }
        let signature = try genericSignature(clause, whereClause)
        return (signature, DeclarationContext(cell: cell, scope: scope, genericBindings: genericBindings, deferred: deferred))
    }

    /// Checks a generic struct's members with its parameters as archetypes.
    func checkGenericStruct(_ generic: GenericStruct) throws {
        let bindings = try archetypes(generic.signature)
        let arguments = generic.signature.parameters.map { bindings[$0]! }
        // Parameters bound by a class (`T: Animal`) are checked as that class: a real instance, made once.
        if let enumSyntax = generic.enumSyntax {
            _ = try enumInstance(generic, enumSyntax, arguments, registering: !arguments.contains { $0.containsArchetype })
            return
        }
        _ = try structInstance(generic, arguments, registering: !arguments.contains { $0.containsArchetype })
    }

    /// `Stack<Int>`: the instance of a generic struct for these arguments, compiled on first use.
    @discardableResult
    func instantiateStruct(_ name: String, _ arguments: [CellType], at node: Syntax) throws -> CellType {
        let type = CellType.instance(name, arguments)
        guard let generic = declarations.genericStructs[name], declarations.structLayout(type.description) == nil,
              declarations.enumLayout(type.description) == nil,
              !arguments.contains(where: { $0.containsError || $0.containsGeneric }) else { return type }
        try checkInstanceDepth(at: node)
        if let enumSyntax = generic.enumSyntax {
            return try enumInstance(generic, enumSyntax, arguments, registering: !arguments.contains { $0.containsArchetype })
        }
        return try structInstance(generic, arguments, registering: !arguments.contains { $0.containsArchetype })
    }

    /// Compiles the instances of generic structs that `type` mentions and that do not exist yet.
    func requireInstances(_ type: CellType) throws {
        for component in type.components { try requireInstances(component) }
        if case .instance(let name, let arguments) = type { try instantiateStruct(name, arguments, at: Syntax(cell.tree)) }
    }

    private func structInstance(_ generic: GenericStruct, _ arguments: [CellType], registering: Bool) throws -> CellType {
        let base = generic.syntax.name.text
        return try genericInstance(generic, named: base, arguments, registering: registering) { key, type in
            try declareStructLayout(generic.syntax, as: key)
            declarations[key]?.structLayout?.genericBase = base
            declarations[key]?.structLayout?.genericArguments = arguments
            return try declareStructMembers(generic.syntax, as: type)
        }
    }

    /// `Stack<Int>`, `Tree<Int>`: the instance of a generic struct or enum for `arguments`.
    /// `declare` declares its layout and members for its key and type (returning what runs when
    /// the instance is created); the extensions whose requirements the arguments meet add theirs.
    /// Registered (its creations run) unless it mentions an archetype.
    func genericInstance(_ generic: GenericStruct, named base: String, _ arguments: [CellType], registering: Bool,
                         declare: (_ key: String, _ type: CellType) throws -> [Statement]) throws -> CellType {
        let type = CellType.instance(base, arguments)
        var bindings = Dictionary(uniqueKeysWithValues: zip(generic.signature.parameters, arguments))
        // Inside its own declaration, the bare name means this instance (and so does `Self`).
        bindings[base] = type
        return try inContext(generic.context, bindings: bindings) {
            var creations = try declare(type.description, type)
            for (extensionDecl, requirements) in generic.extensions
            where try meets(requirements, generic.signature.parameters, arguments) {
                creations += try declareExtensionMembers(extensionDecl, on: type)
            }
            if registering {
                generic.instances.append(type)
                generic.context.deferred.statements += creations
            }
            return type
        }
    }

    /// Whether the arguments of an instance meet an extension's `where` clause
    /// (`extension Box where T == Int`, `where T: Comparable`). In the declaration's context.
    func meets(_ requirements: GenericSignature, _ parameters: [String], _ arguments: [CellType]) throws -> Bool {
        let bindings = Dictionary(uniqueKeysWithValues: zip(parameters, arguments))
        for (parameter, proto) in requirements.conformances {
            guard let type = bindings[parameter], declarations.conforms(type, to: proto) else { return false }
        }
        for (parameter, written) in requirements.sameTypes where try resolveType(written) != bindings[parameter] {
            return false
        }
        return true
    }

    /// `Pair(first: 1, second: "one")`: a generic struct's initializer with its type
    /// arguments inferred from the arguments (or from the context).
    func genericInitializerCall(_ generic: GenericStruct, _ arguments: [CallArgument], expected: CellType?,
                                at node: some SyntaxProtocol) throws -> Compiled {
        let base = generic.syntax.name.text
        if case .instance(base, let types)? = expected.map({ $0.optionalWrapped ?? $0 }) {
            return try initializerCall(try instantiateStruct(base, types, at: Syntax(node)), arguments,
                                       expected: expected, at: node)
        }
        var placeholders: [String: CellType] = [:]
        for parameter in generic.signature.parameters { placeholders[parameter] = .generic(parameter) }
        let candidates = try inContext(generic.context, bindings: placeholders) {
            try initializerSignatures(generic.syntax)
        }.map { parameters in
            var binding = FunctionBinding(name: "init", parameters: parameters, result: .void,
                                          generics: generic.signature.parameters, constraints: generic.signature.constraints)
            binding.requirementOwner = .genericStruct(name: base)
            return binding
        }
        let resolved = try resolveCall(candidates, name: base, kind: .initializer, arguments: arguments,
                                       expected: nil, at: node)
        let types = generic.signature.parameters.map { resolved.solution[$0] ?? .error }
        if let open = generic.signature.parameters.first(where: { resolved.solution[$0] == nil }) {
            throw error(.cannotInferGeneric(parameter: open), at: node)
        }
        let instance = try instantiateStruct(base, types, at: Syntax(node))
        return try initializerCall(instance, arguments, expected: expected, at: node)
    }
}
