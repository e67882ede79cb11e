import SwiftSyntax
import CellValues

/// The checker and the lowering in one pass: every expression is
/// type-checked (Swift's rules: bidirectional, literals typed by context)
/// and, once its types are known, turned into a closure that computes it.
/// Nothing is looked up by name or dispatched on a type tag at run time.
///
/// All cells are compiled before any runs; `errors` collects the first error
/// of every top-level statement (later mistakes in the same statement are
/// usually consequences of the first).
final class Compiler {
    let runtime: Runtime
    let surface: Surface
    var errors: [CellError] = []

    /// The cell being compiled (positions are reported in its .md lines).
    var cell: ParsedCell!
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
    /// Functions whose signatures are declared and whose bodies wait for their statement.
    var functionBodies: [(FunctionDeclSyntax, FunctionBinding, PendingFunction)] = []

    /// Variables declared without a value and not yet assigned (`var x: Int`), by owner and slot:
    /// reading one is Swift's "used before being initialized".
    var uninitialized: Set<Variable.Key> = []

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
        self.surface = surface
        globalFunction = FunctionScope(parent: nil, isGlobal: true, returnType: nil, kind: .topLevel)
        globalFunction.effects.context = .topLevel
        scope = Scope(parent: nil, function: globalFunction)
        declarations = Declarations(libraryEnums: surface.enums)
    }

    // MARK: Errors

    func error(_ kind: CellErrorKind, at node: some SyntaxProtocol) -> CellError {
        let (line, column) = cell.location(of: Compiler.anchor(Syntax(node)))
        return CellError(line: line, column: column, kind: kind)
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
        return try body()
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
        while let s = current, Compiler.isInside(s.function, method) {
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
        if name != "_" { scope.names[name] = .variable(variable) }
        return variable
    }

    // MARK: Variable access

    /// How many frames out from the current function `owner`'s frame is.
    private func depth(of owner: FunctionScope) -> Int {
        var depth = 0
        var current: FunctionScope? = scope.function
        while let f = current, f !== owner {
            depth += 1
            current = f.parent
        }
        return depth
    }

    /// The frame holding `variable`, resolved now to a fixed walk.
    func frameAccess(_ variable: Variable) -> (Frame) -> Frame {
        if variable.owner.isGlobal {
            let globals = runtime.globals
            return { _ in globals }
        }
        switch depth(of: variable.owner) {
        case 0: return { $0 }
        case 1: return { $0.parent! }
        case 2: return { $0.parent!.parent! }
        case let n:
            return { frame in
                var f = frame
                for _ in 0..<n { f = f.parent! }
                return f
            }
        }
    }


    /// Reads a variable by name at `node`, refusing one that has no value yet.
    func readChecked(_ variable: Variable, at node: some SyntaxProtocol) throws -> Compiled {
        if uninitialized.contains(variable.key) {
            throw error(.usedBeforeInitialized(name: variable.name), at: node)
        }
        return read(variable)
    }

    func read(_ variable: Variable) -> Compiled {
        let slot = variable.slot
        if variable.owner.isGlobal {
            let globals = runtime.globals
            var compiled = Compiled(variable.type) { _ in globals.slots[slot] }
            if variable.type == .double {
                compiled.double = { _ in globals.slots[slot].double }
                compiled.doubleOperand = .global(globals, slot)
            }
            if variable.type == .int { compiled.int = { _ in globals.slots[slot].int } }
            return compiled
        }
        if depth(of: variable.owner) == 0 {
            var compiled = Compiled(variable.type) { $0.slots[slot] }
            if variable.type == .double {
                compiled.double = { $0.slots[slot].double }
                compiled.doubleOperand = .local(slot)
            }
            if variable.type == .int { compiled.int = { $0.slots[slot].int } }
            return compiled
        }
        let frame = frameAccess(variable)
        return Compiled(variable.type) { frame($0).slots[slot] }
    }

    func write(_ variable: Variable) -> (Frame, Value) -> Void {
        let slot = variable.slot
        let frame = frameAccess(variable)
        return { frame($0).slots[slot] = $1 }
    }

    /// `variable = value` as a statement, with `value` already of the variable's type.
    /// Int, Double and Bool values are stored unboxed and without destroying the old
    /// value (the slots of such variables only ever hold trivial values): the hot
    /// path of numeric loops.
    func store(_ value: Compiled, into variable: Variable) -> Exec {
        let slot = variable.slot
        let globals = variable.owner.isGlobal ? runtime.globals : nil
        let local = !variable.owner.isGlobal && depth(of: variable.owner) == 0
        switch variable.type {
        case .double:
            let compute = value.asDouble
            if let globals { return { frame in globals.setDouble(try compute(frame), at: slot); return .next } }
            if local { return { frame in frame.setDouble(try compute(frame), at: slot); return .next } }
            let frame = frameAccess(variable)
            return { f in frame(f).setDouble(try compute(f), at: slot); return .next }
        case .int:
            let compute = value.asInt
            if let globals { return { frame in globals.setInt(try compute(frame), at: slot); return .next } }
            if local { return { frame in frame.setInt(try compute(frame), at: slot); return .next } }
            let frame = frameAccess(variable)
            return { f in frame(f).setInt(try compute(f), at: slot); return .next }
        case .bool:
            let compute = value.asBool
            if let globals { return { frame in globals.setBool(try compute(frame), at: slot); return .next } }
            if local { return { frame in frame.setBool(try compute(frame), at: slot); return .next } }
            let frame = frameAccess(variable)
            return { f in frame(f).setBool(try compute(f), at: slot); return .next }
        default:
            let compute = value.eval
            if let globals { return { frame in globals.slots[slot] = try compute(frame); return .next } }
            if local { return { frame in frame.slots[slot] = try compute(frame); return .next } }
            let frame = frameAccess(variable)
            return { f in frame(f).slots[slot] = try compute(f); return .next }
        }
    }

    /// An assignment as an expression of type `()` that also carries its statement form.
    static func assignmentExpression(_ exec: @escaping Exec) -> Compiled {
        var compiled = Compiled(.void) { frame in _ = try exec(frame); return .void }
        compiled.statement = exec
        return compiled
    }

    func lvalue(_ variable: Variable) -> LValue {
        let slot = variable.slot
        let frame = frameAccess(variable)
        return LValue(type: variable.type, root: variable.name, mutable: variable.mutable,
                      get: { frame($0).slots[slot] },
                      modify: { f, body in try body(&frame(f).slots[slot]) })
    }
}

/// A checked expression: its type and how to compute it. Numeric and Boolean
/// expressions also carry an unboxed evaluator, so arithmetic in loops does
/// not wrap every intermediate in a `Value`.
struct Compiled {
    var type: CellType
    var eval: Eval
    var double: ((Frame) throws -> Double)?
    var int: ((Frame) throws -> Int)?
    var bool: ((Frame) throws -> Bool)?
    /// A call to a `@discardableResult` function: not shown as a cell's value.
    var discardable = false
    /// For an assignment: the same work as a statement, without making a `Void` value.
    var statement: Exec?
    /// For a Double variable or constant: where a fused operation can read it directly.
    var doubleOperand: DoubleOperand?
    /// The value, when it is known while compiling (a literal, `Int8.max`): integer
    /// arithmetic on such constants is evaluated by the compiler, as swiftc's is.
    var constantValue: Value?

    /// This Double expression as an operand of a fused operation.
    var asDoubleOperand: DoubleOperand { doubleOperand ?? .computed(asDouble) }

    init(_ type: CellType, _ eval: @escaping Eval) {
        self.type = type
        self.eval = eval
    }

    static func double(_ body: @escaping (Frame) throws -> Double) -> Compiled {
        var c = Compiled(.double) { .double(try body($0)) }
        c.double = body
        return c
    }

    static func int(_ body: @escaping (Frame) throws -> Int) -> Compiled {
        var c = Compiled(.int) { .int(try body($0)) }
        c.int = body
        return c
    }

    static func bool(_ body: @escaping (Frame) throws -> Bool) -> Compiled {
        var c = Compiled(.bool) { .bool(try body($0)) }
        c.bool = body
        return c
    }

    static func constant(_ type: CellType, _ value: Value) -> Compiled {
        var c = Compiled(type) { _ in value }
        c.constantValue = value
        switch value {
        case .double(let d):
            c.double = { _ in d }
            c.doubleOperand = .constant(d)
        case .int(let i): c.int = { _ in i }
        case .bool(let b): c.bool = { _ in b }
        default: break
        }
        return c
    }

    var asDouble: (Frame) throws -> Double {
        if let double { return double }
        let eval = eval
        return { try eval($0).double }
    }

    var asInt: (Frame) throws -> Int {
        if let int { return int }
        let eval = eval
        return { try eval($0).int }
    }

    var asBool: (Frame) throws -> Bool {
        if let bool { return bool }
        let eval = eval
        return { try eval($0).bool }
    }

    /// The same computation seen at another static type (optional promotion: same representation).
    func retyped(_ type: CellType) -> Compiled {
        var c = self
        c.type = type
        return c
    }
}

/// A place that can be assigned or mutated: a variable, an element, a property.
struct LValue {
    var type: CellType
    /// The variable at the root (`xs` in `xs[0].x`), for mutability messages.
    var root: String
    var mutable: Bool
    var get: Eval
    var modify: (Frame, (inout Value) throws -> Void) throws -> Void

    func set(_ frame: Frame, _ value: Value) throws {
        try modify(frame) { $0 = value }
    }

    /// Element `index` of this tuple or struct value, modified in place (the aggregate is
    /// moved out of its place while the element changes, so nothing is copied).
    func field(_ index: Int, type: CellType) -> LValue {
        let base = self
        return LValue(type: type, root: root, mutable: true,
                      get: { try base.get($0).array[index] },
                      modify: { frame, body in
                          try base.modify(frame) { value in
                              guard case .tuple(var fields) = value else { return }
                              value = .void
                              defer { value = .tuple(fields) }
                              try body(&fields[index])
                          }
                      })
    }
}

/// The base of an optional chain: evaluated once, stored in a slot while the rest of the chain runs.
struct OptionalChain {
    var base: Eval
    var slot: Int
    var isGlobal: Bool
}
