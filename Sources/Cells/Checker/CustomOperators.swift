import SwiftSyntax
import CellValues

/// Operators that cells declare (`infix operator ** : ExponentiationPrecedence`, `prefix
/// operator √`, `postfix operator ¡`, `precedencegroup`): the Parsing layer folds expressions
/// with their declarations (`ParsedCell.operatorTable(for:)`); here a use of one calls the
/// operator function declared for its operand types (docs/ARCHITECTURE.md, "Cells: declarations").
extension Checker {
    /// `op operand` or `operand op` with a cell's `prefix func` or `postfix func`; nil when
    /// cells declare no such function.
    func unaryUserOperator(_ op: String, fixity: String, _ operand: ExprSyntax, expected: CellType?,
                           at node: some SyntaxProtocol) throws -> Compiled? {
        guard let candidates = declarations.operatorFunctions[fixity + op], !candidates.isEmpty else { return nil }
        let compiled = try expression(operand, expected: candidates.count == 1 ? candidates[0].parameters[0].type : nil)
        if compiled.type == .error { return compiled }
        for candidate in candidates where candidate.parameters.count == 1 {
            let type = candidate.parameters[0].type
            let argument: Compiled
            if compiled.type == type {
                argument = compiled
            } else if type.optionalWrapped == compiled.type {
                argument = compiled.retyped(type)
            } else if isIntegerLiteralTree(operand), type.isNumeric {
                argument = try expression(operand, expected: type)
            } else {
                continue
            }
            let resolved = ResolvedCall(binding: candidate, arguments: [argument.eval], inoutPlaces: [], result: candidate.result)
            return emitCall(resolved, callee: read(candidate.variable!).eval, at: node)
        }
        throw error(.unaryOperatorMismatch(operator: op, operand: compiled.type), at: node)
    }

    /// `x **= 2` with a cell's operator function whose left parameter is `inout`: the left
    /// operand is a place, written back after the call.
    func inoutUserOperator(_ op: String, _ infix: InfixOperatorExprSyntax) throws -> Compiled? {
        guard let candidates = declarations.operatorFunctions[op],
              candidates.contains(where: { $0.parameters.count == 2 && $0.parameters[0].isInout }) else { return nil }
        let place = try lvalue(infix.leftOperand, path: .value)
        for candidate in candidates where candidate.parameters.count == 2 && candidate.parameters[0].isInout
            && candidate.parameters[0].type == place.type {
            let right = try expression(infix.rightOperand, as: candidate.parameters[1].type, context: .argument)
            let resolved = ResolvedCall(binding: candidate, arguments: [place.get, right.eval], inoutPlaces: [(0, place)],
                                        result: candidate.result)
            return emitCall(resolved, callee: read(candidate.variable!).eval, at: infix.operator)
        }
        return nil
    }

    /// `a op b` with a cell's generic operator function (`func == <T: Equatable>(lhs: Pair<T>,
    /// rhs: Pair<T>)`), its parameters solved from the operands as a call's are; nil when none fits.
    func genericUserOperator(_ op: String, leftSyntax: ExprSyntax?, rightSyntax: ExprSyntax?,
                             at node: some SyntaxProtocol) throws -> Compiled? {
        guard let candidates = declarations.genericOperatorFunctions[op], let leftSyntax, let rightSyntax else { return nil }
        let arguments = [leftSyntax, rightSyntax].map {
            CallArgument(label: nil, expression: $0, inoutTarget: nil, node: Syntax($0))
        }
        // An operator's operands have no labels, whatever its parameters are called.
        let unlabelled = candidates.map { candidate in
            var binding = candidate
            for index in binding.parameters.indices { binding.parameters[index].label = nil }
            return binding
        }
        guard let resolved = try? resolveCall(unlabelled, name: op, kind: .globalFunction, arguments: arguments,
                                              expected: nil, at: node) else { return nil }
        return try emitDeclaredFunctionCall(resolved, at: node)
    }
}
