import SwiftSyntax
import CellValues

/// The checker: names, types and effects of the cells' code, Swift's rules (bidirectional,
/// literals typed by context, overloads, generics, errors that must be handled). Each
/// construct is checked, and once its types are known the `Lowering` turns it into the
/// closures that compute it, in the same walk: nothing is looked up by name or dispatched
/// on a type tag at run time.
///
/// All cells are compiled before any runs; `errors` collects the first error
/// of every top-level statement (later mistakes in the same statement are
/// usually consequences of the first).
final class Checker {
    let runtime: Runtime
    /// Makes the closures that run (the second layer).
    let lowering: Lowering
    let surface: Surface
    var errors: [CellError] = []

    /// The cell being compiled (positions are reported in its .md lines).
    var cell: ParsedCell!
    /// Where the text of a type being read again stands in the cell (see ``reparsed(from:_:)``).
    var reparsedOrigin: Syntax?
    /// While a call that matched no overload is checked again to rank its candidates: every
    /// argument of a candidate is checked, not only up to the first that does not fit.
    var rankingCandidates = false
    let globalFunction: FunctionScope
    var scope: Scope
    var breakTargets: [BreakTarget] = []
    private var nextTargetId = 0

    /// Every type, protocol and generic declaration of the cells, one record per type.
    let declarations: Declarations
    /// How deep instances of generic declarations are being compiled inside each other.
    var instanceDepth = 0
    /// While a block's declarations are declared: the conformances to check once its
    /// extensions are known too.
    var pendingConformanceChecks: [(CellType, Syntax)]?
    /// The first error among a block's declarations (thrown once all are declared).
    var declarationFailure: CellError?
    /// While a block's declarations are declared: the member bodies to compile once all are.
    var pendingMemberBodies: [() throws -> Void]?
    /// What the generic parameters in scope stand for: archetypes while a generic
    /// declaration is checked, concrete types while an instance of it is compiled.
    var genericBindings: [String: CellType] = [:]
    /// The function values of the standard library's generic enums (`Result`) for the instances
    /// the cells use: every cell compiled after the first use makes them on entry.
    var libraryCreations: DeferredCreations?
    /// Functions whose signatures are declared and whose bodies wait for their statement.
    var functionBodies: [(FunctionDeclSyntax, FunctionBinding, PendingFunction)] = []

    /// Variables declared without a value and not yet assigned (`var x: Int`), by owner and slot:
    /// reading one is Swift's "used before being initialized".
    var uninitialized: Set<Variable.Key> = []
    /// Variables of cells with `willSet`/`didSet`: their observed setters (`PropertyObservers.swift`).
    var observedVariables: [Variable.Key: Variable] = [:]
    /// `weak var` variables: their slots hold a `WeakObjectReference` (`WeakReferences.swift`).
    var weakVariables: [Variable.Key: Ownership] = [:]
    /// How many function values (closures, nested functions, methods) have been compiled: a
    /// block in which one was made keeps its variables (`Deinitializers.swift`).
    var closuresMade = 0

    /// Which expressions are built only from integer literals (`isIntegerLiteralTree`), by node.
    var integerLiteralTrees: [SyntaxIdentifier: Bool] = [:]

    /// Optional chains (`a?.b`) open in the expression being compiled.
    var optionalChains: [OptionalChain] = []

    var printer: SwiftDescription {
        var printer = SwiftDescription(structs: declarations.structLayouts, enums: declarations.enumLayouts)
        printer.existentialTypes = declarations.existentialTypes
        printer.classNames = Set(declarations.classLayouts.map(\.name))
        let globals = runtime.globals
        for (type, getter) in declarations.describedTypes {
            let slot = getter.slot
            printer.customDescriptions[type] = { value in
                var arguments = [value]
                return (try? globals.slots[slot].function.call(&arguments).string) ?? ""
            }
        }
        return printer
    }

    init(runtime: Runtime, surface: Surface) {
        self.runtime = runtime
        self.lowering = Lowering(runtime: runtime)
        self.surface = surface
        globalFunction = FunctionScope(parent: nil, isGlobal: true, returnType: nil, kind: .topLevel)
        globalFunction.effects.context = .topLevel
        scope = Scope(parent: nil, function: globalFunction)
        declarations = Declarations(libraryEnums: surface.enums)
    }

    // MARK: Errors

    func error(_ kind: CellErrorKind, at node: some SyntaxProtocol) -> CellError {
        let anchor = Checker.anchor(Syntax(node))
        if !cell.contains(anchor), let origin = reparsedOrigin {
            // A type parsed again from the text of `origin` (`Set<Strin>()`): its offsets are
            // from the start of that text, which stands at `origin` in the cell.
            let offset = anchor.positionAfterSkippingLeadingTrivia.utf8Offset - anchor.root.position.utf8Offset
            let (line, column) = cell.location(at: origin.positionAfterSkippingLeadingTrivia.advanced(by: offset))
            return CellError(line: line, column: column, kind: kind)
        }
        let (line, column) = cell.location(of: anchor)
        return CellError(line: line, column: column, kind: kind)
    }

    /// Runs `body`, which reads a type parsed again from the text of `origin`, so that an
    /// error in that type points into `origin`, where its text stands in the cell.
    func reparsed<T>(from origin: some SyntaxProtocol, _ body: () throws -> T) rethrows -> T {
        let outer = reparsedOrigin
        reparsedOrigin = Syntax(origin)
        defer { reparsedOrigin = outer }
        return try body()
    }

    /// Where the Swift compiler puts an expression's diagnostics: an operator
    /// expression at its operator, a member access at the member's name, a subscript at its `[`.
    static func anchor(_ node: Syntax) -> Syntax {
        if let infix = node.as(InfixOperatorExprSyntax.self) { return Syntax(infix.operator) }
        if let member = node.as(MemberAccessExprSyntax.self), member.base != nil { return Syntax(member.declName) }
        if let subscriptCall = node.as(SubscriptCallExprSyntax.self) { return Syntax(subscriptCall.leftSquare) }
        if let tuple = node.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first,
           only.label == nil {
            return anchor(Syntax(only.expression))
        }
        return node
    }

    func location(_ node: some SyntaxProtocol) -> (line: Int, column: Int) {
        cell.location(of: node)
    }

    func notSupported(_ construct: UnsupportedConstruct, _ node: some SyntaxProtocol) -> CellError {
        error(.notSupported(construct: construct), at: node)
    }

    /// A name nothing declares: swiftc's "cannot find 'x' in scope", unless it names a type a cell
    /// must not hold (`Date`, `Thread`, `UnsafeMutablePointer`), which is refused saying why.
    func unknownName(_ name: String, at node: some SyntaxProtocol) -> CellError {
        let asType = UnsupportedConstruct.type(written: name)
        if asType.reason != .notYetBuilt { return notSupported(asType, node) }
        return error(.cannotFindInScope(name: name, nearby: namesInScope), at: node)
    }

    // MARK: Scopes

    func withScope<T>(function: FunctionScope? = nil, _ body: () throws -> T) rethrows -> T {
        let saved = scope
        scope = Scope(parent: saved, function: function ?? saved.function)
        defer { scope = saved }
        return try body()
    }

    // A closure returned through a generic result (`T` = `Exec`) comes back wrapped in
    // two reabstraction thunks, paid on every call of it. So the helpers above have
    // non-generic overloads for statements, which Swift picks wherever the result is
    // an `Exec`: a block's body keeps its natural calling convention. (The same goes
    // for arrays and tuples of closures: `Statement`, `SwitchArm` wrap them in structs.)

    func withScope(function: FunctionScope? = nil, _ body: () throws -> Exec) rethrows -> Exec {
        let saved = scope
        scope = Scope(parent: saved, function: function ?? saved.function)
        defer { scope = saved }
        let closuresBefore = closuresMade
        let exec = try body()
        guard function == nil else { return exec }
        return releasingLocals(exec, declared: scope.names.values.compactMap { binding in
            if case .variable(let variable) = binding { variable } else { nil }
        }, closuresBefore: closuresBefore)
    }

    func withBreakTarget(label: String?, isLoop: Bool, _ body: (Int) throws -> Exec) rethrows -> Exec {
        nextTargetId += 1
        let id = nextTargetId
        breakTargets.append(BreakTarget(id: id, label: label, isLoop: isLoop))
        defer { breakTargets.removeLast() }
        return try body(id)
    }

    /// The innermost binding of `name`, walking out through blocks and functions.
    func lookup(_ name: String) -> Binding? {
        var current: Scope? = scope
        while let s = current {
            if let binding = s.names[name] { return binding }
            current = s.parent
        }
        return nil
    }

    /// Whether `name` is declared inside the method (or initializer, accessor) being compiled,
    /// or a closure in it: such a name hides a member of `self`, one declared outside does not
    /// (inside a method, a bare `b` is `self.b` even when a global `b` exists).
    func declaredInsideMethod(_ name: String) -> Bool {
        guard let method = enclosingMethod else { return true }
        var current: Scope? = scope
        while let s = current, Checker.isInside(s.function, method) {
            if s.names[name] != nil { return true }
            current = s.parent
        }
        return false
    }

    /// The innermost function scope that has a `self` (or is static in a type).
    private var enclosingMethod: FunctionScope? {
        var function: FunctionScope? = scope.function
        while let f = function {
            if f.selfType != nil || f.staticSelf != nil { return f }
            function = f.parent
        }
        return nil
    }

    /// Inside a static method: the type whose static members its bare names may mean.
    var enclosingStaticSelf: String? { enclosingMethod?.staticSelf }

    private static func isInside(_ function: FunctionScope, _ method: FunctionScope) -> Bool {
        var current: FunctionScope? = function
        while let f = current {
            if f === method { return true }
            current = f.parent
        }
        return false
    }

    /// Declares a variable in the current block and gives it a slot.
    @discardableResult
    func declare(_ name: String, type: CellType, mutable: Bool, at node: some SyntaxProtocol) throws -> Variable {
        if name != "_", let existing = scope.names[name] {
            // Swift allows shadowing in an inner block, not redeclaring in the same one.
            if case .variable = existing { throw error(.invalidRedeclaration(name: name), at: node) }
            if case .functions = existing, scope.function.isGlobal {
                throw error(.invalidRedeclaration(name: name), at: node)
            }
        }
        let variable = Variable(name: name, type: type, mutable: mutable,
                                slot: scope.function.allocate(), owner: scope.function)
        if !scope.function.isGlobal, mayHoldObject(type) { scope.function.objectSlots.insert(variable.slot) }
        if name != "_" { scope.names[name] = .variable(variable) }
        return variable
    }

    // MARK: Variable access (the lowering makes the closures; the checker says where the variable is)

    /// Where `variable` lives, seen from the function being compiled now.
    func access(_ variable: Variable) -> VariableAccess {
        if variable.owner.isGlobal { return .global(variable.slot) }
        var depth = 0
        var current: FunctionScope? = scope.function
        while let f = current, f !== variable.owner {
            f.reachesOutside = true
            depth += 1
            current = f.parent
        }
        if depth > 0 { variable.owner.capturedSlots.insert(variable.slot) }
        return depth == 0 ? .local(variable.slot) : .outer(variable.slot, depth: depth)
    }

    /// Reads a variable by name at `node`, refusing one that has no value yet.
    func readChecked(_ variable: Variable, at node: some SyntaxProtocol) throws -> Compiled {
        if uninitialized.contains(variable.key) {
            throw error(.usedBeforeInitialized(name: variable.name), at: node)
        }
        if !weakVariables.isEmpty, weakVariables[variable.key] == .unowned { return weakRead(variable, at: location(node)) }
        return read(variable)
    }

    func read(_ variable: Variable) -> Compiled {
        if !weakVariables.isEmpty, weakVariables[variable.key] != nil { return weakRead(variable) }
        return lowering.read(access(variable), variable.type)
    }

    func write(_ variable: Variable) -> (Frame, Value) -> Void {
        if !weakVariables.isEmpty, weakVariables[variable.key] != nil { return weakWrite(variable) }
        return lowering.write(access(variable))
    }

    /// `variable = value` as a statement, with `value` already of the variable's type.
    func store(_ value: Compiled, into variable: Variable) -> Exec {
        if !weakVariables.isEmpty, weakVariables[variable.key] != nil {
            let write = weakWrite(variable), eval = value.eval
            return { frame in write(frame, try eval(frame)); return .next }
        }
        return lowering.store(value, into: access(variable), variable.type)
    }

    func lvalue(_ variable: Variable) -> LValue {
        if let observed = observedVariablePlace(variable) { return observed }
        let place = lowering.place(access(variable), variable.type, root: variable.name, mutable: variable.mutable)
        if !weakVariables.isEmpty, let ownership = weakVariables[variable.key] {
            return WeakObjectReference.place(place, unownedAt: ownership == .unowned ? (0, 0) : nil)
        }
        return place
    }

    /// An assignment as an expression of type `()` that also carries its statement form.
    static func assignmentExpression(_ exec: @escaping Exec) -> Compiled {
        var compiled = Compiled(.void) { frame in _ = try exec(frame); return .void }
        compiled.statement = exec
        return compiled
    }
}
