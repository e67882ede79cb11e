import SwiftSyntax
import CellValues

/// `deinit { … }` and when it runs. Objects are Swift class instances (`CellObject`) counted
/// by ARC, so a class's `deinit` body runs when the host releases the object's last strong
/// reference (`CellObject.deinit` runs it, the subclass's body first). For that to happen
/// where swiftc's build releases it, the interpreter must not hold references longer than
/// the compiled program does: a block's local variables that may hold an object are emptied
/// when the block is left, however it is left, the last declared first (as swiftc's `-Onone`
/// build ends their lifetimes at the end of their scope); a function's frame is emptied the
/// same way on return (`Frame.reset`). A program's globals are never released (nor are a
/// run's: `Runtime.clearGlobals`).
extension Checker {
    /// The statement that gives the class's run-time class its `deinit` body (nil when the
    /// class declares none). The body is a method of the object, which cannot throw.
    func compileDeinitializer(_ layout: ClassLayout) throws -> Statement? {
        guard let decl = layout.syntax.memberBlock.members.lazy
            .compactMap({ $0.decl.as(DeinitializerDeclSyntax.self) }).first else { return nil }
        guard let body = decl.body else { throw notSupported(.functionWithoutBody, decl) }
        let type = CellType.nominal(layout.name)
        let function = FunctionScope(parent: scope.function, returnType: .void, kind: .instanceMethod)
        function.selfType = type
        let statements: Exec = try withScope(function: function) {
            try declare("self", type: type, mutable: false, at: decl.deinitKeyword)
            return try block(Array(body.statements), newScope: false)
        }
        let make = functionMaker(function, parameterCount: 1, inoutIndices: [],
                                 body: { frame in _ = try statements(frame); return .returned }, at: decl.deinitKeyword)
        let cellClass = layout.cellClass!, runtime = self.runtime
        return Statement { frame in
            let body = make(frame)
            cellClass.deinitializer = { object in
                guard runtime.runsDeinitializers else { return }
                var arguments: [Value] = [.object(object)]
                // A trap inside `deinit` ends the cell when the statement that released the
                // object is done (the host's `deinit` cannot throw).
                do { _ = try body.call(&arguments) } catch { runtime.deinitializerError = runtime.deinitializerError ?? error }
            }
            return .next
        }
    }

    /// `exec` for a block of the current function whose variables are `declared`: afterwards
    /// the variables that may hold an object are emptied, the last declared first. Not for a
    /// block in which a closure or function was made (`closuresBefore` counts them), which
    /// may keep using its variables after the block.
    func releasingLocals(_ exec: @escaping Exec, declared: [Variable], closuresBefore: Int) -> Exec {
        guard closuresMade == closuresBefore, !declarations.classLayouts.isEmpty else { return exec }
        let held = declared.filter { $0.owner === scope.function && mayHoldObject($0.type) }
            .sorted { $0.slot > $1.slot }
        guard !held.isEmpty else { return exec }
        let releases = held.map { lowering.write(access($0)) }
        return { frame in
            defer { for release in releases { release(frame, .void) } }
            return try exec(frame)
        }
    }

    /// `body` of a function in which closures are made: they keep its frame after it returns,
    /// so on the way out it empties the slots that may hold an object and that no closure
    /// reaches (a method's `self` when the closure takes only `amount`), as Swift's closure
    /// would not have captured them; inout parameters stay, to be written back.
    func releasingUncaptured(_ body: @escaping Exec, of function: FunctionScope, keeping inoutIndices: [Int]) -> Exec {
        var ancestor = function.parent
        while let scope = ancestor, !scope.isGlobal { scope.makesClosures = true; ancestor = scope.parent }
        guard function.makesClosures else { return body }
        let releasable = function.objectSlots.subtracting(function.capturedSlots).subtracting(inoutIndices).sorted(by: >)
        guard !releasable.isEmpty else { return body }
        return { frame in
            defer { for slot in releasable { frame.slots[slot] = .void } }
            return try body(frame)
        }
    }

    /// Whether a value of `type` may hold a reference to an object of a cell's class.
    func mayHoldObject(_ type: CellType, seen: Set<String> = []) -> Bool {
        switch type {
        case .array(let element), .set(let element), .optional(let element), .slice(let element):
            return mayHoldObject(element, seen: seen)
        case .dictionary(let key, let value):
            return mayHoldObject(key, seen: seen) || mayHoldObject(value, seen: seen)
        case .tuple(let elements):
            return elements.contains { mayHoldObject($0.type, seen: seen) }
        case .existential, .generic, .archetype, .instance:
            return true
        case .nominal(let name):
            if declarations.classLayout(name) != nil { return true }
            guard !seen.contains(name), let shape = declarations[name]?.shape else { return false }
            switch shape {
            case .structure(let layout): return layout.fields.contains { mayHoldObject($0.type, seen: seen.union([name])) }
            case .enumeration, .classType: return true
            }
        default:
            return false
        }
    }
}
