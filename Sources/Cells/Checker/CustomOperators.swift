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
}
