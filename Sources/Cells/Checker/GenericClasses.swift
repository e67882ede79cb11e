import SwiftSyntax
import CellValues

/// A generic class declared in a cell (`class Node<T>`): each instance (`Node<Int>`) is a
/// class of its own, named as Swift spells the type and declared on first use from the
/// declaration with its parameters bound, through the steps of any class (`Classes.swift`).
/// Its type is that class's `.nominal("Node<Int>")`, so everything a class has works alike;
/// a generic function's or method's parameter of such a type is not solved through it.
final class GenericClass {
    let syntax: ClassDeclSyntax
    let signature: GenericSignature
    let context: DeclarationContext

    init(syntax: ClassDeclSyntax, signature: GenericSignature, context: DeclarationContext) {
        self.syntax = syntax
        self.signature = signature
        self.context = context
    }
}

extension Checker {
    /// Registers `class Name<T>`; its instances are declared when a type names them.
    func declareGenericClass(_ decl: ClassDeclSyntax, deferred: DeferredCreations) throws {
        let signature = try genericSignature(decl.genericParameterClause, decl.genericWhereClause)
        let context = DeclarationContext(cell: cell, scope: scope, genericBindings: genericBindings, deferred: deferred)
        declarations.genericClasses[decl.name.text] = GenericClass(syntax: decl, signature: signature, context: context)
    }

    /// `type` with each instance of a generic class (`.instance("Node", [Int])`) as the class it is.
    func namingClassInstances(_ type: CellType) -> CellType {
        if case .instance(let name, let arguments) = type, declarations.genericClasses[name] != nil {
            return .nominal(CellType.instance(name, arguments.map(namingClassInstances)).description)
        }
        return type.mappingComponents(namingClassInstances)
    }

    /// `Node<Int>`: the class for these arguments, declared (and its bodies compiled) on first
    /// use; what makes its method table runs when the generic class's block is entered.
    @discardableResult
    func instantiateClass(_ name: String, _ arguments: [CellType], at node: Syntax) throws -> CellType {
        let type = namingClassInstances(.instance(name, arguments))
        guard let generic = declarations.genericClasses[name], case .nominal(let key) = type,
              declarations.classLayout(key) == nil,
              !arguments.contains(where: { $0.containsError || $0.containsGeneric || $0.containsArchetype }) else { return type }
        try checkInstanceDepth(at: node)
        var bindings = Dictionary(uniqueKeysWithValues: zip(generic.signature.parameters, arguments))
        bindings[name] = type   // the bare name inside its own declaration is this instance
        return try inContext(generic.context, bindings: bindings) {
            let layout = ClassLayout(name: key, syntax: generic.syntax)
            declarations.declare(key, shape: .classType(layout))
            try layOutClass(layout)
            var creations = try declareClassMembers(layout)
            creations += try compileClassBodies(layout)
            creations += classDescriptionStatements()
            generic.context.deferred.statements += creations
            return type
        }
    }

    /// `Box(41)`, `Node(1, next: nil)`: a generic class's initializer with its arguments
    /// inferred from the arguments (or the context: `let b: Box<Int> = Box(1)`).
    func genericClassInitializerCall(_ generic: GenericClass, _ arguments: [CallArgument], expected: CellType?,
                                     at node: some SyntaxProtocol) throws -> Compiled {
        let name = generic.syntax.name.text
        if case .nominal(let key)? = expected.map({ $0.optionalWrapped ?? $0 }), key.hasPrefix(name + "<"),
           declarations.classLayout(key) != nil {
            return try initializerCall(.nominal(key), arguments, expected: expected, at: node)
        }
        var placeholders: [String: CellType] = [:]
        for parameter in generic.signature.parameters { placeholders[parameter] = .generic(parameter) }
        let candidates = try inContext(generic.context, bindings: placeholders) {
            try generic.syntax.memberBlock.members.compactMap { $0.decl.as(InitializerDeclSyntax.self) }.map { decl in
                var binding = FunctionBinding(name: "init", parameters: try parameterList(decl.signature.parameterClause,
                                                                                        compilingDefaults: false),
                                              result: .void, generics: generic.signature.parameters,
                                              constraints: generic.signature.constraints)
                binding.requirementOwner = .genericStruct(name: name)
                return binding
            }
        }
        let resolved = try resolveCall(candidates, name: name, kind: .initializer, arguments: arguments, expected: nil, at: node)
        if let open = generic.signature.parameters.first(where: { resolved.solution[$0] == nil }) {
            throw error(.cannotInferGeneric(parameter: open), at: node)
        }
        let instance = try instantiateClass(name, generic.signature.parameters.map { resolved.solution[$0]! }, at: Syntax(node))
        return try initializerCall(instance, arguments, expected: expected, at: node)
    }
}
