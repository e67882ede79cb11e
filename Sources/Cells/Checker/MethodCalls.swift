import SwiftSyntax
import CellValues

extension Checker {
    /// `receiver.name(arguments)`: a method of a cell's type (declared in it or an
    /// extension), of a protocol (through `any P`), or of the library.
    func memberCall(_ member: MemberAccessExprSyntax, _ arguments: [CallArgument], expected: CellType?,
                    at call: FunctionCallExprSyntax) throws -> Compiled {
        let name = member.declName.baseName.text
        guard let base = member.base else {
            if case .nominal(let typeName)? = expected.map({ $0.optionalWrapped ?? $0 }), declarations.enumLayout(typeName) == nil,
               let candidates = surface.statics[typeName]?[name] {
                let resolved = try resolveCall(candidates, name: name, kind: .staticMethod, arguments: arguments,
                                               expected: nil, at: call)
                return emitCall(resolved, callee: nil, at: call)
            }
            return try implicitMember(name, payload: arguments, expected: expected, at: call)
        }
        if member.trimmedDescription == "Unicode.Scalar", lookup("Unicode") == nil {
            return try initializerCall(.nominal("Unicode.Scalar"), arguments, expected: expected, at: call)   // `Unicode.Scalar(97)`
        }
        if let nested = nestedTypeName(ExprSyntax(member)) {
            return try initializerCall(.nominal(nested), arguments, expected: expected, at: call)   // `Card.Rank(value: 2)`
        }
        if let generic = genericEnumNamed(by: base) {
            return try genericEnumCase(generic, name, arguments, expected: expected, at: call)   // `Tree.node(.leaf, 1, .leaf)`
        }
        if let typeName = staticBaseName(base) {
            if name == "init" { return try initializerCall(try resolveTypeName(typeName), arguments, expected: expected, at: call) }
            return try staticMember(typeName, name, payload: arguments, at: call)
        }
        if let specialized = try specializedType(base) {
            if name == "init" { return try initializerCall(specialized, arguments, expected: expected, at: call) }
            return try staticMember(Checker.typeKey(specialized), name, payload: arguments, at: call)
        }
        if base.is(SuperExprSyntax.self) { return try superMethodCall(member, arguments, expected: expected, at: call) }
        if name == "init", let reference = base.as(DeclReferenceExprSyntax.self), reference.baseName.tokenKind == .keyword(.self) {
            return try selfInitializerCall(arguments, at: call, name: member.declName)
        }
        let receiver = try postfixBase(base)
        let place = { () throws -> LValue in
            do {
                return try self.lvalue(base)
            } catch let failure as CellError {
                if case .assignToLet(let root, _) = failure.kind {
                    throw self.error(.mutatingOnLet(name: root), at: member.declName)
                }
                if case .selfImmutable = failure.kind { throw failure }
                throw self.error(.mutatingOnLet(name: base.trimmedDescription), at: member.declName)
            }
        }
        do {
            return try methodCall(on: receiver, name, arguments, expected: expected, nameNode: member.declName,
                                  call: call, place: place)
        } catch let failure as CellError {
            if case .propertyCalledAsMethod = failure.kind, let value = try? expression(ExprSyntax(member)),
               value.type.nominalName != nil {
                // `p.derivative(2)`: a property whose value is called through its `callAsFunction`.
                return try callValue(value, arguments, at: call)
            }
            if Checker.isMismatch(failure.kind), receiver.type == .array(.int), let literal = base.as(ArrayExprSyntax.self),
               !literal.elements.isEmpty, literal.elements.allSatisfy({ isIntegerLiteralTree($0.expression) }),
               let doubles = try? expression(base, expected: .array(.double)),
               let retried = try? methodCall(on: doubles, name, arguments, expected: expected, nameNode: member.declName,
                                             call: call, place: place) {
                // `[1, 2].map(f)` with `f: (Double) -> Double`: the literal's elements are Doubles, as
                // swiftc solves the receiver together with the arguments.
                return retried
            }
            guard case .noMember = failure.kind else { throw failure }
            throw unwrapNeeded(receiver.type, name, base) ?? failure
        }
    }

    /// A call of method `name` on a compiled receiver. `place` gives the receiver's place
    /// for a mutating method (and throws the error for an immutable one).
    func methodCall(on receiver: Compiled, _ name: String, _ arguments: [CallArgument], expected: CellType?,
                    nameNode: some SyntaxProtocol, call: FunctionCallExprSyntax,
                    place: () throws -> LValue) throws -> Compiled {
        switch receiver.type {
        case .error: return receiver
        case .function where name == "callAsFunction": return try callValue(receiver, arguments, at: call)
        case .existential(let proto):
            if let member = try existentialMember(receiver, proto, name, arguments: arguments, expected: expected, at: call) {
                return member
            }
        case .archetype:
            if let member = try archetypeMember(receiver, name, arguments: arguments, expected: expected, at: call) {
                return member
            }
        default:
            break
        }
        try applyExtensionTemplates(to: receiver.type)
        if let layout = declarations.classLayout(of: receiver.type) {
            if classMethods(layout, name).isEmpty, let elements = userSequenceAsArray(receiver) {
                return try methodCall(on: elements, name, arguments, expected: expected, nameNode: nameNode, call: call, place: place)
            }
            return try classMethodCall(on: receiver, layout, name, arguments, expected: expected, nameNode: nameNode, call: call)
        }
        let key = Checker.typeKey(receiver.type)
        // A cell's methods first, then the library's of the same name (an extension's
        // `rounded(places:)` does not hide `Double.rounded()`).
        if let sliced = try lazyCollectionSlice(receiver, name, arguments, at: nameNode) { return sliced }
        try refuseUnmodelledLazyMember(receiver.type, name, arguments: arguments, at: nameNode)
        var candidates: [FunctionBinding] = []
        var generics: [String: CellType] = [:]
        candidates += declarations[key]?.methods(named: name) ?? []
        if let (found, receiverGenerics) = surface.members(of: receiver.type, named: name),
           case let members = found.filter({ !$0.isProperty }), !members.isEmpty {
            candidates += members.map(\.binding)
            generics = receiverGenerics
        }
        if candidates.isEmpty || LazySequences.wantsEagerAlgorithm(receiver.type, expected: expected),
           let iterator = iteratorView(receiver, for: name) {
            return try methodCall(on: iterator, name, arguments, expected: expected, nameNode: nameNode, call: call, place: place)
        }
        if candidates.isEmpty, let elements = userSequenceAsArray(receiver) {
            // A cell's Sequence has the library's algorithms (`UserSequences.swift`).
            return try methodCall(on: elements, name, arguments, expected: expected, nameNode: nameNode, call: call, place: place)
        }
        if candidates.isEmpty {
            if let property = try? property(of: receiver, name, at: nameNode) {
                if case .function = property.type { return try callValue(property, arguments, at: call) }
                throw error(.propertyCalledAsMethod(type: receiver.type, member: name, propertyType: property.type,
                                                    subscriptHint: subscriptHint(receiver.type, name, call)), at: nameNode)
            }
            throw unmetExtensionRequirement(receiver.type, name, isProperty: false, at: nameNode)
                ?? error(.noMember(type: receiver.type, member: name, nearby: memberNames(of: receiver.type)), at: nameNode)
        }
        let resolved = try resolveCall(candidates, name: name, kind: .instanceMethod, arguments: arguments,
                                       receiverGenerics: generics, expected: expected, at: call)
        let callee = resolved.binding.implementation == nil ? try self.calleeValue(of: resolved, at: call) : nil
        guard resolved.binding.isMutating else {
            return emitCall(resolved, callee: callee, receiver: receiver.eval, at: nameNode)
        }
        return emitMutatingCall(resolved, callee: callee, receiver: try place(), at: nameNode)
    }

    /// The type of `self` here, inside a method, initializer or accessor.
    var enclosingSelfType: CellType? {
        var function: FunctionScope? = scope.function
        while let f = function {
            if let type = f.selfType { return type }
            function = f.parent
        }
        return nil
    }

    /// Inside an enum's method, a bare name that is one of its cases: Swift finds the case
    /// (before any global of that name) and rejects using it without the type.
    func rejectBareEnumCase(_ name: String, at node: some SyntaxProtocol) throws {
        guard !declaredInsideMethod(name), let type = enclosingSelfType, let key = type.nominalName,
              let layout = declarations.enumLayout(key), !layout.isLibrary, layout.cases.contains(where: { $0.name == name }) else { return }
        throw error(.enumCaseAsInstanceMember(name: name), at: node)
    }

    /// A bare name inside a method that means `self.name`.
    func implicitSelfMember(_ name: String, at node: DeclReferenceExprSyntax) throws -> Compiled? {
        guard let type = enclosingSelfType, case .variable(let selfVariable) = lookup("self"),
              hasProperty(type, name) else { return nil }
        try checkImplicitSelfCapture(name, isMethod: false, at: node)
        if let lazy = try lazyPropertyRead({
            guard selfVariable.mutable else { throw self.error(.selfImmutable, at: node) }
            return self.lvalue(selfVariable)
        }, type: type, name, at: node) {
            return lazy
        }
        return try property(of: read(selfVariable), name, at: node)
    }

    /// A bare call inside a method that means `self.name(…)`.
    func implicitSelfMethodCall(_ name: String, _ arguments: [CallArgument], expected: CellType?,
                                at call: FunctionCallExprSyntax) throws -> Compiled? {
        guard let type = enclosingSelfType, case .variable(let selfVariable) = lookup("self"),
              hasMethod(type, name) else { return nil }
        try checkImplicitSelfCapture(name, isMethod: true, at: call.calledExpression)
        return try methodCall(on: read(selfVariable), name, arguments, expected: expected, nameNode: call.calledExpression,
                              call: call) {
            guard selfVariable.mutable else { throw self.error(.selfImmutable, at: call) }
            return self.lvalue(selfVariable)
        }
    }

    /// Whether `name` is a method of values of `type` (declared, the library's, or a requirement).
    func hasMethod(_ type: CellType, _ name: String) -> Bool {
        let key = Checker.typeKey(type)
        try? applyExtensionTemplates(to: type)
        if let layout = declarations.classLayout(of: type) { return classHasMethod(layout, name) }
        if declarations[key]?.methods(named: name).isEmpty == false { return true }
        if requirement(of: type, name, isProperty: false) != nil { return true }
        if hasLibraryArchetypeMember(type, name, isProperty: false) { return true }
        if surface.members(of: type, named: name)?.members.contains(where: { !$0.isProperty }) == true { return true }
        return false
    }

    /// `name = …` inside a method: `self.name = …`.
    func selfFieldPlace(_ name: String, at node: DeclReferenceExprSyntax) throws -> LValue? {
        guard let type = enclosingSelfType, case .variable(let selfVariable) = lookup("self"),
              hasProperty(type, name) else { return nil }
        // A class's `self` is a constant reference to an object whose properties may change.
        guard selfVariable.mutable || declarations.classLayout(of: type) != nil else { throw error(.selfImmutable, at: node) }
        try checkImplicitSelfCapture(name, isMethod: false, at: node)
        return try memberPlace(lvalue(selfVariable), name, at: node)
    }
}

extension Checker {
    /// What "did you mean" chooses from for an unknown name here: the names in scope, the
    /// declared types and the library's functions.
    var namesInScope: Nearby {
        var names: [String] = []
        var current: Scope? = scope
        while let s = current {
            names += s.names.keys
            current = s.parent
        }
        // `print` is checked by the checker itself (its variadic `Any` arguments), not a builtin.
        return Nearby(names + declarations.typeNames + surface.globalNames + ["print"])
    }

    /// What "did you mean" chooses from for an unknown member of `type`: its declared
    /// members and the library's.
    func memberNames(of type: CellType) -> Nearby {
        Nearby((declarations[Checker.typeKey(type)]?.memberNames ?? []) + surface.memberNames(of: type))
    }

    /// The subscript that does what calling a Matrix's `rows` or `cols` meant:
    /// `S.rows(0..<2)` is `S[rows: 0..<2]`.
    func subscriptHint(_ type: CellType, _ name: String, _ call: FunctionCallExprSyntax) -> String? {
        guard type == .nominal("Matrix") || type == .nominal("Tracked"), name == "rows" || name == "cols",
              let base = call.calledExpression.as(MemberAccessExprSyntax.self)?.base else { return nil }
        return "\(base.trimmedDescription)[\(name): \(call.arguments.trimmedDescription)]"
    }
}
