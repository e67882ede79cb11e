import SwiftSyntax
import CellValues

/// `defer { … }`: its body runs when the enclosing block is left, however it is left
/// (falling off its end, `return`, `break`, `continue`, a thrown error), the defers of a
/// block in reverse order. Lowered by folding: a block `a; defer { d }; b; c` runs `a`, then
/// `b; c` with `d` after it. A trap (`CellError`) runs no defer: it ends the cell as it
/// would end a program. Blocks without a `defer` compile as before.
extension Checker {
    /// A block's statements, each `defer` folded over the statements after it.
    func blockStatements(_ items: some Collection<CodeBlockItemSyntax>) throws -> [Statement] {
        var statements: [Statement] = []
        for (offset, item) in items.enumerated() {
            if case .stmt(let stmt) = item.item, let deferStmt = stmt.as(DeferStmtSyntax.self) {
                let body = try deferBody(deferStmt)
                let rest = Lowering.sequence(try blockStatements(items.dropFirst(offset + 1)))
                statements.append(Statement(run: Lowering.deferring(body, rest)))
                return statements
            }
            statements.append(Statement(run: try statement(item.item)))
        }
        return statements
    }

    /// The body of a `defer`: no error may be thrown out of it, no `return`, and no `break`
    /// or `continue` to a statement outside it.
    func deferBody(_ stmt: DeferStmtSyntax) throws -> Exec {
        let effects = scope.function.effects
        let saved = effects.breakTargetsOutsideDefer
        effects.breakTargetsOutsideDefer = breakTargets.count
        defer { effects.breakTargetsOutsideDefer = saved }
        return try withoutThrowing(.deferBody) { try block(Array(stmt.body.statements)) }
    }

    /// A `return`, `break` or `continue` (to the target at `targetIndex` in `breakTargets`)
    /// that would leave a `defer` body.
    func checkJumpOutOfDefer(_ keyword: String, targetIndex: Int?, at node: some SyntaxProtocol) throws {
        let effects = scope.function.effects
        guard effects.context == .barrier(.deferBody), let outside = effects.breakTargetsOutsideDefer else { return }
        if let targetIndex, targetIndex >= outside { return }
        throw error(.jumpOutOfDefer(keyword: keyword), at: node)
    }
}
