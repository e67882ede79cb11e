import SwiftSyntax
import CellValues

/// Generic enums (`enum Tree<T> { indirect case node(Tree<T>, T, Tree<T>) … }`, `Either<L, R>`):
/// declared and instantiated as generic structs are (`Generics.swift`). Each instance
/// (`Tree<Int>`) is an enum of its own, filed under the name Swift spells it with, whose
/// cases' payloads and members are compiled with the parameters bound.
extension Checker {
    /// Declares a generic enum; its members are checked with archetypes with the block's
    /// members (`checkGenericStruct`), and compiled per instance on first use.
    func declareGenericEnum(_ decl: EnumDeclSyntax, deferred: DeferredCreations) throws {
        let (signature, context) = try genericTypeDeclaration(decl.name, decl.genericParameterClause,
                                                              decl.genericWhereClause, deferred: deferred)
        declarations.genericStructs[decl.name.text] = GenericStruct(enumSyntax: decl, signature: signature, context: context)
    }

    /// `Tree<Int>`: the enum's cases with `T` bound, then its members and the extensions that apply.
    func enumInstance(_ generic: GenericStruct, _ decl: EnumDeclSyntax, _ arguments: [CellType],
                      registering: Bool) throws -> CellType {
        try genericInstance(generic, named: decl.name.text, arguments, registering: registering) { key, type in
            try declareEnum(decl, as: key, instance: type)
            if generic.context.deferred === libraryCreations, var layout = declarations.enumLayout(key) {
                layout.isLibrary = true   // printed as `Swift.Result<…>`
                declarations.declare(key, shape: .enumeration(layout))
            }
            return try declareEnumMembers(decl, as: key, type: type)
        }
    }
}

extension Checker {
    /// The generic enum a bare name denotes outside its declaration (`Tree` in `Tree.leaf`).
    func genericEnumNamed(by base: ExprSyntax) -> GenericStruct? {
        guard let name = base.as(DeclReferenceExprSyntax.self)?.baseName.text, genericBindings[name] == nil,
              lookup(name) == nil, let generic = declarations.genericStructs[name], generic.enumSyntax != nil else { return nil }
        return generic
    }

    /// `Tree.node(.leaf, 1, .leaf)`, `Either.left(1)` with a context: a case of a generic enum
    /// written without its arguments, which come from the context or from the payload (as
    /// swiftc infers them: a parameter neither fixes is "could not be inferred").
    func genericEnumCase(_ generic: GenericStruct, _ caseName: String, _ payload: [CallArgument]?, expected: CellType?,
                         at node: some SyntaxProtocol) throws -> Compiled {
        let decl = generic.enumSyntax!
        let base = decl.name.text
        let parameters = generic.signature.parameters
        if case .instance(base, let types)? = expected.map({ $0.optionalWrapped ?? $0 }) {
            let instance = try instantiateStruct(base, types, at: Syntax(node))
            return try staticMember(instance.description, caseName, payload: payload, at: node)
        }
        let element = decl.memberBlock.members.lazy.compactMap { $0.decl.as(EnumCaseDeclSyntax.self) }
            .flatMap(\.elements).first { $0.name.text == caseName }
        guard let element else { throw error(.typeHasNoMember(type: base, member: caseName), at: node) }
        guard let payload else { throw error(.cannotInferGeneric(parameter: parameters[0]), at: node) }
        var placeholders: [String: CellType] = [:]
        for parameter in parameters { placeholders[parameter] = .generic(parameter) }
        let caseParameters = try inContext(generic.context, bindings: placeholders) {
            try (element.parameterClause?.parameters ?? []).enumerated().map { index, parameter in
                Parameter(label: parameter.firstName?.text, name: parameter.firstName?.text ?? "#\(index)",
                          type: try resolveType(parameter.type))
            }
        }
        var binding = FunctionBinding(name: caseName, parameters: caseParameters, result: .void,
                                      generics: parameters, constraints: generic.signature.constraints)
        binding.requirementOwner = .genericStruct(name: base)
        let resolved = try resolveCall([binding], name: caseName, kind: .enumCase, arguments: payload, expected: nil, at: node)
        if let open = parameters.first(where: { resolved.solution[$0] == nil }) {
            throw error(.cannotInferGeneric(parameter: open), at: node)
        }
        let instance = try instantiateStruct(base, parameters.map { resolved.solution[$0]! }, at: Syntax(node))
        return try staticMember(instance.description, caseName, payload: payload, at: node)
    }
}

// MARK: The standard library's generic enums

extension Checker {
    /// `Result` as the standard library declares it (the members cells use), compiled by the
    /// checker as a cell's generic enum is. Printed as the library's (`Swift.Result<…>`).
    static let librarySource = """
        enum Result<Success, Failure: Error> {
            case success(Success)
            case failure(Failure)

            func get() throws -> Success {
                switch self {
                case .success(let success): return success
                case .failure(let failure): throw failure
                }
            }

            func map<NewSuccess>(_ transform: (Success) -> NewSuccess) -> Result<NewSuccess, Failure> {
                switch self {
                case .success(let success): return .success(transform(success))
                case .failure(let failure): return .failure(failure)
                }
            }

            func mapError<NewFailure: Error>(_ transform: (Failure) -> NewFailure) -> Result<Success, NewFailure> {
                switch self {
                case .success(let success): return .success(success)
                case .failure(let failure): return .failure(transform(failure))
                }
            }

            func flatMap<NewSuccess>(_ transform: (Success) -> Result<NewSuccess, Failure>) -> Result<NewSuccess, Failure> {
                switch self {
                case .success(let success): return transform(success)
                case .failure(let failure): return .failure(failure)
                }
            }

            func flatMapError<NewFailure: Error>(_ transform: (Failure) -> Result<Success, NewFailure>) -> Result<Success, NewFailure> {
                switch self {
                case .success(let success): return .success(success)
                case .failure(let failure): return transform(failure)
                }
            }
        }
        """

    /// The library's generic enums, by name; declared when a cell first names one.
    static let libraryEnumNames: Set<String> = ["Result"]

    /// Declares `Result` the first time a written type names it; false when it was declared already.
    func declareLibraryEnum(_ name: String) throws -> Bool {
        guard libraryCreations == nil, !declarations.isTypeName(name, includingProtocols: true) else { return false }
        let parsed = ParsedCell(CellSource(index: -1, code: Checker.librarySource, firstLine: 1))
        guard let decl = parsed.tree.statements.first?.item.as(DeclSyntax.self)?.as(EnumDeclSyntax.self) else { return false }
        let creations = DeferredCreations()
        libraryCreations = creations
        let saved = (cell, scope, genericBindings)
        cell = parsed
        scope = Scope(parent: nil, function: globalFunction)
        genericBindings = [:]
        defer { (cell, scope, genericBindings) = saved }
        let signature = try genericSignature(decl.genericParameterClause, decl.genericWhereClause)
        let context = DeclarationContext(cell: parsed, scope: scope, genericBindings: [:], deferred: creations)
        declarations.genericStructs[decl.name.text] = GenericStruct(enumSyntax: decl, signature: signature, context: context)
        return true
    }
}
