import SwiftSyntax
import CellValues

extension Compiler {
    func memberAccess(_ member: MemberAccessExprSyntax, expected: CellType?) throws -> Compiled {
        let name = member.declName.baseName.text
        guard let base = member.base else {
            return try implicitMember(name, payload: nil, expected: expected, at: member)
        }
        if let typeName = staticBaseName(base) {
            if name == "init", case .function(let parameters, _)? = expected, parameters.count == 1 {
                return try initializerReference(typeName, parameters[0].type, at: member)
            }
            return try staticMember(typeName, name, payload: nil, at: member)
        }
        let receiver = try postfixBase(base)
        return try property(of: receiver, name, at: member)
    }

    /// The type a member access starts from, when its base names a type (`Double.pi`, `Color.red`).
    func staticBaseName(_ base: ExprSyntax) -> String? {
        guard let reference = base.as(DeclReferenceExprSyntax.self) else { return nil }
        let name = reference.baseName.text
        if lookup(name) != nil { return nil }
        guard (try? resolveTypeName(name)) != nil else { return nil }
        return name
    }

    /// `receiver.name` for a stored property, tuple element or library property.
    func property(of receiver: Compiled, _ name: String, at member: MemberAccessExprSyntax) throws -> Compiled {
        let eval = receiver.eval
        switch receiver.type {
        case .error: return receiver
        case .tuple(let elements):
            if let index = elements.firstIndex(where: { $0.label == name }) ?? Int(name), index < elements.count {
                return Compiled(elements[index].type) { try eval($0).array[index] }
            }
        case .nominal(let typeName) where structs[typeName] != nil:
            if let index = structs[typeName]!.fields.firstIndex(where: { $0.name == name }) {
                let type = structs[typeName]!.fields[index].type
                var compiled = Compiled(type) { try eval($0).array[index] }
                if type == .double { compiled.double = { try eval($0).array[index].double } }
                return compiled
            }
        default:
            break
        }
        if case .nominal(let typeName) = receiver.type {
            if let getter = methods[typeName]?[name]?.first, computedProperties.contains("\(typeName).\(name)") {
                let resolved = ResolvedCall(binding: getter, arguments: [], inoutPlaces: [], result: getter.result)
                return emitCall(resolved, callee: read(getter.variable!).eval, receiver: eval, at: member)
            }
            if name == "rawValue", let layout = enums[typeName], let rawType = layout.rawType {
                let raws = layout.rawValues
                return Compiled(rawType) { frame in
                    guard case .enumCase(let index, _) = try eval(frame) else { return .void }
                    return raws[index]
                }
            }
        }
        if let (candidates, generics) = surface.members(of: receiver.type, named: name),
           let property = candidates.first(where: \.isProperty) {
            let type = property.binding.result.substituting(generics)
            let resolved = ResolvedCall(binding: property.binding, arguments: [], inoutPlaces: [], result: type)
            return emitCall(resolved, callee: nil, receiver: eval, at: member.declName)
        }
        throw error(.noMember(type: receiver.type.description, member: name), at: member.declName)
    }

    /// `String.init` passed as a function (`xs.map(String.init)`): the one-argument initializer.
    private func initializerReference(_ typeName: String, _ argument: CellType, at node: MemberAccessExprSyntax) throws -> Compiled {
        let type = try resolveTypeName(typeName)
        let parameter = Compiled(argument) { $0.slots[0] }
        let body: Compiled
        if type == .string {
            let describe = describer(for: argument)
            body = Compiled(.string) { .string(describe($0.slots[0])) }
        } else {
            guard let (key, _) = Surface.receiver(type),
                  let candidate = surface.statics[key]?["init"]?.first(where: {
                      $0.parameters.count == 1 && $0.parameters[0].label == nil && $0.parameters[0].type == argument
                  }) else {
                throw error(.noMatchingOverload(function: "initializer '\(typeName)'"), at: node)
            }
            body = emitCall(ResolvedCall(binding: candidate, arguments: [parameter.eval], inoutPlaces: [], result: candidate.result),
                            callee: nil, at: node)
        }
        let eval = body.eval
        let value = Value.function(FunctionValue { arguments in try eval(Frame(values: arguments, parent: nil)) })
        return Compiled(.function([.init(type: argument)], body.type)) { _ in value }
    }

    /// `.red`, `.circle(radius: 2)`: a member of the expected type.
    func implicitMember(_ name: String, payload: [CallArgument]?, expected: CellType?,
                        at node: some SyntaxProtocol) throws -> Compiled {
        var type = expected
        if let wrapped = expected?.optionalWrapped { type = wrapped }
        guard case .nominal(let typeName) = type else {
            throw error(.cannotInferGeneric(parameter: "member '\(name)'"), at: node)
        }
        return try staticMember(typeName, name, payload: payload, at: node).retyped(expected!)
    }

    /// `Type.name` or `Type.name(…)`: an enum case, a static constant of the library or of Swift.
    func staticMember(_ typeName: String, _ name: String, payload: [CallArgument]?,
                      at node: some SyntaxProtocol) throws -> Compiled {
        if let layout = enums[typeName], let index = layout.cases.firstIndex(where: { $0.name == name }) {
            let enumCase = layout.cases[index]
            let type = CellType.nominal(typeName)
            if enumCase.payload.isEmpty {
                if payload != nil { throw error(.notCallable(type: typeName), at: node) }
                return .constant(type, .enumCase(index, []))
            }
            guard let payload else {
                throw notSupported("enum case '\(name)' used as a function", node)
            }
            let binding = FunctionBinding(
                name: name, parameters: enumCase.payload.enumerated().map {
                    Parameter(label: $0.element.label, name: $0.element.label ?? "#\($0.offset)", type: $0.element.type)
                }, result: type)
            let resolved = try resolveCall([binding], name: name, kind: "enum case", arguments: payload,
                                           expected: nil, at: node)
            let arguments = resolved.arguments
            return Compiled(type) { frame in .enumCase(index, try arguments.map { try $0(frame) }) }
        }
        if let variable = staticVariables["\(typeName).\(name)"], payload == nil {
            return read(variable)
        }
        if let overloads = staticMethods[typeName]?[name], let payload {
            let resolved = try resolveCall(overloads, name: name, kind: "static method", arguments: payload,
                                           expected: nil, at: node)
            return emitCall(resolved, callee: read(resolved.binding.variable!).eval, at: node)
        }
        if name == "allCases", let layout = enums[typeName], layout.isCaseIterable {
            let all = Value.array(layout.cases.indices.map { .enumCase($0, []) })
            return .constant(.array(.nominal(typeName)), all)
        }
        if let constant = SurfaceStandardLibrary.constant(typeName, name) {
            return .constant(constant.type, constant.value)
        }
        if let candidates = surface.statics[typeName]?[name] {
            if let payload {
                let resolved = try resolveCall(candidates, name: name, kind: "static method", arguments: payload,
                                               expected: nil, at: node)
                return emitCall(resolved, callee: nil, at: node)
            }
            if let property = candidates.first(where: { $0.parameters.isEmpty }) {
                let resolved = ResolvedCall(binding: property, arguments: [], inoutPlaces: [], result: property.result)
                return emitCall(resolved, callee: nil, at: node)
            }
        }
        throw error(.typeHasNoMember(type: typeName, member: name), at: node)
    }

    /// `receiver.name(arguments)`: a method of a cell's struct or of the library.
    func memberCall(_ member: MemberAccessExprSyntax, _ arguments: [CallArgument], expected: CellType?,
                    at call: FunctionCallExprSyntax) throws -> Compiled {
        let name = member.declName.baseName.text
        guard let base = member.base else {
            if case .nominal(let typeName)? = expected.map({ $0.optionalWrapped ?? $0 }), enums[typeName] == nil,
               let candidates = surface.statics[typeName]?[name] {
                let resolved = try resolveCall(candidates, name: name, kind: "static method", arguments: arguments,
                                               expected: nil, at: call)
                return emitCall(resolved, callee: nil, at: call)
            }
            return try implicitMember(name, payload: arguments, expected: expected, at: call)
        }
        if let typeName = staticBaseName(base) {
            if name == "init" { return try initializerCall(try resolveTypeName(typeName), arguments, expected: expected, at: call) }
            return try staticMember(typeName, name, payload: arguments, at: call)
        }
        let receiver = try postfixBase(base)
        if case .function = receiver.type, name == "callAsFunction" { return try callValue(receiver, arguments, at: call) }
        let candidates: [(binding: FunctionBinding, mutating: Bool, generics: [String: CellType])]
        if case .nominal(let typeName) = receiver.type, let userMethods = methods[typeName]?[name] {
            candidates = userMethods.map { ($0, mutatingMethods.contains("\(typeName).\(name)"), [:]) }
        } else if let (found, generics) = surface.members(of: receiver.type, named: name),
                  case let members = found.filter({ !$0.isProperty }), !members.isEmpty {
            candidates = members.map { ($0.binding, $0.isMutating, generics) }
        } else {
            if receiver.type == .error { return receiver }
            if case .function = try? property(of: receiver, name, at: member).type {
                return try callValue(try property(of: receiver, name, at: member), arguments, at: call)
            }
            throw error(.noMember(type: receiver.type.description, member: name), at: member.declName)
        }
        let resolved = try resolveCall(candidates.map(\.binding), name: name, kind: "instance method",
                                       arguments: arguments, receiverGenerics: candidates[0].generics,
                                       expected: expected, at: call)
        let callee = resolved.binding.variable.map { read($0).eval }
        let isMutating = candidates.first { $0.binding.name == resolved.binding.name }?.mutating ?? false
        guard isMutating else {
            return emitCall(resolved, callee: callee, receiver: receiver.eval, at: member.declName)
        }
        let place: LValue
        do {
            place = try lvalue(base)
        } catch let failure as CellError {
            if case .assignToLet(let root, _) = failure.kind {
                throw error(.mutatingOnLet(name: root), at: member.declName)
            }
            if case .selfImmutable = failure.kind { throw failure }
            throw error(.mutatingOnLet(name: base.trimmedDescription), at: member.declName)
        }
        return emitMutatingCall(resolved, callee: callee, receiver: place, at: member.declName)
    }

    /// A mutating method: the receiver is moved out of its place for the call (so
    /// `xs.append(x)` does not copy the array) and written back afterwards.
    private func emitMutatingCall(_ resolved: ResolvedCall, callee: Eval?, receiver: LValue,
                                  at node: some SyntaxProtocol) -> Compiled {
        let (line, column) = location(node)
        let arguments = resolved.arguments, runtime = self.runtime
        let implementation = resolved.binding.implementation
        return Compiled(resolved.result) { frame in
            var values: [Value] = [.void]
            for argument in arguments { values.append(try argument(frame)) }
            let function = try callee?(frame).function
            var result = Value.void
            try receiver.modify(frame) { value in
                values[0] = value
                value = .void
                defer { value = values[0] }
                if let implementation {
                    result = try Compiler.invoke(implementation, &values, runtime, line: line, column: column)
                } else {
                    result = try function!.call(&values)
                }
            }
            return result
        }
    }

    /// The type whose members are visible as bare names here (inside its methods).
    var enclosingSelfType: String? {
        var function: FunctionScope? = scope.function
        while let f = function {
            if let type = f.selfType { return type }
            function = f.parent
        }
        return nil
    }

    /// A bare name inside a method that means `self.name`.
    func implicitSelfMember(_ name: String, at node: DeclReferenceExprSyntax) throws -> Compiled? {
        guard let typeName = enclosingSelfType, case .variable(let selfVariable) = lookup("self") else { return nil }
        let hasField = structs[typeName]?.fields.contains { $0.name == name } ?? false
        guard hasField || computedProperties.contains("\(typeName).\(name)") else { return nil }
        let member = MemberAccessExprSyntax(base: ExprSyntax(DeclReferenceExprSyntax(baseName: .keyword(.self))),
                                            declName: DeclReferenceExprSyntax(baseName: .identifier(name)))
        return try propertyAt(read(selfVariable), name, typeName: typeName, node: node, member: member)
    }

    private func propertyAt(_ receiver: Compiled, _ name: String, typeName: String, node: DeclReferenceExprSyntax,
                            member: MemberAccessExprSyntax) throws -> Compiled {
        do {
            return try property(of: receiver, name, at: member)
        } catch {
            throw self.error(.cannotFindInScope(name: name), at: node)
        }
    }

    /// A bare call inside a method that means `self.name(…)`.
    func implicitSelfMethodCall(_ name: String, _ arguments: [CallArgument], expected: CellType?,
                                at call: FunctionCallExprSyntax) throws -> Compiled? {
        guard let typeName = enclosingSelfType, methods[typeName]?[name] != nil else { return nil }
        return try memberCallOnSelf(typeName, name, arguments, expected: expected, at: call)
    }

    private func memberCallOnSelf(_ typeName: String, _ name: String, _ arguments: [CallArgument],
                                  expected: CellType?, at call: FunctionCallExprSyntax) throws -> Compiled {
        guard case .variable(let selfVariable) = lookup("self"), let userMethods = methods[typeName]?[name] else {
            throw error(.cannotFindInScope(name: name), at: call)
        }
        let resolved = try resolveCall(userMethods, name: name, kind: "instance method", arguments: arguments,
                                       expected: expected, at: call)
        let callee = read(resolved.binding.variable!).eval
        if mutatingMethods.contains("\(typeName).\(name)") {
            guard selfVariable.mutable else { throw error(.selfImmutable, at: call) }
            return emitMutatingCall(resolved, callee: callee, receiver: lvalue(selfVariable), at: call)
        }
        return emitCall(resolved, callee: callee, receiver: read(selfVariable).eval, at: call)
    }

    /// `name = …` inside a method: `self.name = …`.
    func selfFieldPlace(_ name: String, at node: DeclReferenceExprSyntax) throws -> LValue? {
        guard let typeName = enclosingSelfType, case .variable(let selfVariable) = lookup("self"),
              let index = structs[typeName]?.fields.firstIndex(where: { $0.name == name }) else { return nil }
        guard selfVariable.mutable else { throw error(.selfImmutable, at: node) }
        let field = structs[typeName]!.fields[index]
        if !field.mutable, scope.function.kind != "initializer" {
            throw error(.assignToLet(name: name, through: .property), at: node)
        }
        return lvalue(selfVariable).field(index, type: field.type)
    }
}
