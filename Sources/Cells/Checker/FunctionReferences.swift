import SwiftSyntax
import CellValues

/// One overload of a function named as a value, fitted to the function type the context
/// expects: its generic parameters solved from the expected parameter types, and how it
/// takes them (`splat`: the expected function takes one tuple, the overload its elements).
private struct FittedReference {
    var binding: FunctionBinding
    var solution: [String: CellType]
    var type: CellType
    var splat: Bool
    /// swiftc's ranking: a non-generic overload beats a generic one.
    var score: Int
}

extension Checker {
    /// A function named where a function type is expected (`xs.map(abs)`, `reduce(0, max)`,
    /// `zip(a, b).map(f)`, `let h: (Double) -> Double = scale`): the overloads form a
    /// disjunction, each tried against the expected parameter types (which the call's other
    /// arguments have fixed by now, see `resolveCall`), generic ones solved from them; the
    /// best fit in swiftc's ranking (non-generic before generic) is the value. Nil when the
    /// expected type does not decide (its parameters still open) or nothing fits, so that the
    /// caller reports as before. (docs/ARCHITECTURE.md, "Checker": overloads and generics.)
    func functionReference(_ candidates: [FunctionBinding], expected: CellType?,
                           at node: some SyntaxProtocol) throws -> Compiled? {
        guard case .function(let wanted, let wantedResult, let wantedThrows)? = expected,
              !wanted.contains(where: { $0.type.containsError }) else { return nil }
        var fitted: [FittedReference] = []
        for candidate in candidates {
            guard let fit = fit(candidate, wanted, wantedResult, wantedThrows, at: node) else { continue }
            fitted.append(fit)
        }
        guard let best = fitted.min(by: { $0.score < $1.score }) else { return nil }
        return try referenceValue(best, expected: expected!, at: node)
    }

    private func fit(_ candidate: FunctionBinding, _ wanted: [CellType.FunctionParameterType],
                     _ wantedResult: CellType, _ wantedThrows: Bool, at node: some SyntaxProtocol) -> FittedReference? {
        if candidate.effect == .throws && !wantedThrows { return nil }
        var operands = wanted
        var splat = false
        if candidate.parameters.count != wanted.count {
            // `zip(a, b).map(f)` with `f(_: Double, _: Double)`: Swift passes the pair's elements.
            guard wanted.count == 1, case .tuple(let elements) = wanted[0].type,
                  elements.count == candidate.parameters.count else { return nil }
            operands = elements.map { .init(type: $0.type) }
            splat = true
        }
        if candidate.generics.isEmpty, candidate.generic == nil {
            // A non-generic overload fits when the expected type (which may still have open
            // generic parameters of the call, `compose(square, …)`) matches its own.
            var outer: [String: CellType] = [:]
            let own = candidate.type
            guard case .function(let ps, let result, let throwing) = own,
                  CellType.function(operands, wantedResult, throws: true).bind(to: .function(ps, result, throws: throwing), &outer),
                  zip(ps, operands).allSatisfy({ $0.isInout == $1.isInout && $0.isVariadic == $1.isVariadic })
            else { return nil }
            return FittedReference(binding: candidate, solution: [:],
                                   type: splat ? .function(wanted, result, throws: throwing) : own, splat: splat, score: 0)
        }
        // A generic one is solved from the expected parameter types, which must be known.
        if operands.contains(where: { $0.type.containsGeneric }) { return nil }
        var solution: [String: CellType] = [:]
        for (parameter, operand) in zip(candidate.parameters, operands) {
            guard parameter.isInout == operand.isInout, parameter.isVariadic == operand.isVariadic,
                  parameter.type.bind(to: operand.type, &solution) else { return nil }
        }
        guard (try? meetRequirements(candidate, &solution, at: node)) != nil,
              meetsConstraints(candidate, solution) else { return nil }
        let result = candidate.result.substituting(solution)
        if result.containsGeneric { return nil }
        var outer: [String: CellType] = [:]
        guard wantedResult.bind(to: result, &outer) || wantedResult.containsError else { return nil }
        let parameters = candidate.parameters.map { p -> CellType.FunctionParameterType in
            .init(type: p.type.substituting(solution), isInout: p.isInout, isVariadic: p.isVariadic)
        }
        let type: CellType = splat ? .function(wanted, result, throws: candidate.effect != .none)
            : .function(parameters, result, throws: candidate.effect != .none)
        return FittedReference(binding: candidate, solution: solution, type: type, splat: splat, score: 1)
    }

    /// Whether the solved generic parameters meet the overload's `T: P` and `T == U` constraints.
    func meetsConstraints(_ binding: FunctionBinding, _ solution: [String: CellType]) -> Bool {
        for (generic, requirement) in binding.constraints {
            guard let type = solution[generic] else { continue }
            if requirement.hasPrefix("==") {
                if type.description != requirement.dropFirst(2) { return false }
                continue
            }
            for part in requirement.split(separator: "&").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !declarations.conforms(type, to: part) {
                return false
            }
        }
        return true
    }

    /// The value of a fitted overload: a cell's function (its instance for the solved types,
    /// when generic) or a library function given its witnesses, taking a pair apart when splat.
    private func referenceValue(_ fitted: FittedReference, expected: CellType, at node: some SyntaxProtocol) throws -> Compiled {
        let binding = fitted.binding
        let value: Compiled
        if let generic = binding.generic {
            guard let instance = try instance(of: generic, fitted.solution, at: node) else {
                return Compiled(fitted.type) { _ in .void }   // inside a generic declaration being checked
            }
            value = read(instance.variable!)
        } else if let variable = binding.variable {
            value = read(variable)
        } else {
            let implementation = binding.implementation!
            let runtime = self.runtime
            let witnessEvals = binding.generics.isEmpty ? [] : witnesses(binding, fitted.solution)
            if witnessEvals.isEmpty {
                let function = Value.function(FunctionValue { arguments in try implementation(&arguments, runtime) })
                value = Compiled(fitted.type) { _ in function }
            } else {
                value = Compiled(fitted.type) { frame in
                    let witnesses = try witnessEvals.map { try $0(frame) }
                    return .function(FunctionValue { arguments in
                        var all = arguments + witnesses
                        return try implementation(&all, runtime)
                    })
                }
            }
        }
        guard fitted.splat else { return value.retyped(fitted.type) }
        let eval = value.eval
        return Compiled(fitted.type) { frame in
            let inner = try eval(frame).function
            return .function(FunctionValue { arguments in
                var parts = arguments[0].array
                return try inner.call(&parts)
            })
        }
    }
}
