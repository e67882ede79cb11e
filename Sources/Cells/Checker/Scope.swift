/// One function body being compiled (or the notebook's global code): it owns
/// the slots of its frame.
final class FunctionScope {
    let parent: FunctionScope?
    var slotCount = 0
    let isGlobal: Bool
    /// The declared result type; `nil` at top level, where `return` is invalid.
    var returnType: CellType?
    /// What the function is (the compiler's words for it are in `Diagnostics`).
    var kind: FunctionKind
    /// Inside a method, initializer or accessor: the type of `self`.
    var selfType: CellType?
    /// Inside a static method or static computed property: the type (its key) whose static
    /// members are visible by their bare names.
    var staticSelf: String?
    /// A closure whose result type is still open: the first `return` fixes it.
    var inferredReturn = false
    /// A closure that may outlive the call it is made in (it is not an argument of a call):
    /// inside a class's method, it must name `self` to use the object's members (swiftc's rule).
    var isEscapingClosure = false
    /// A class's `convenience init`: the one place `self.init(…)` may be called.
    var isConvenienceInitializer = false
    /// The observed setter of a property (`willSet`/`didSet`): the property of `self` it stores
    /// into directly (`PropertyObservers.swift`).
    var observedProperty: String?
    /// The observed setter of a variable of a cell: the variable it stores into directly.
    var observedVariable: Variable.Key?
    /// The frame of a closure's capture list: whether the closure reaches a variable of the
    /// functions around it (else its frame need not keep theirs alive: `[weak self]`).
    var reachesOutside = false
    /// Whether closures or nested functions are made in it (they keep its frame), the slots
    /// they reach, and the slots whose variables may hold an object (`Deinitializers.swift`).
    var makesClosures = false
    var capturedSlots: Set<Int> = []
    var objectSlots: Set<Int> = []
    /// Where its errors go (shared with the frames of its loop iterations).
    var effects = FunctionEffects()

    init(parent: FunctionScope?, isGlobal: Bool = false, returnType: CellType?, kind: FunctionKind) {
        self.parent = parent
        self.isGlobal = isGlobal
        self.returnType = returnType
        self.kind = kind
    }

    func allocate() -> Int {
        slotCount += 1
        return slotCount - 1
    }
}

/// A variable, constant or parameter: where it lives and what it holds.
struct Variable {
    var name: String
    var type: CellType
    var mutable: Bool
    var slot: Int
    unowned var owner: FunctionScope

    /// Which variable this is, as a set element: its function and its slot there.
    struct Key: Hashable {
        let owner: ObjectIdentifier
        let slot: Int
    }

    var key: Key { Key(owner: ObjectIdentifier(owner), slot: slot) }
}

/// A parameter of a function as calls see it.
struct Parameter {
    /// The argument label (`nil` for `_`).
    var label: String?
    var name: String
    var type: CellType
    var isInout = false
    /// The default value, compiled at the declaration and evaluated per call.
    var defaultValue: Eval?
    /// `_ xs: Int...`: takes any number of arguments as an array.
    var isVariadic = false
    var hasDefault: Bool { defaultValue != nil }
}

/// A function a name refers to: a cell's `func` (in a slot) or a library builtin.
struct FunctionBinding {
    var name: String
    var parameters: [Parameter]
    var result: CellType
    /// Generic parameter names (library signatures).
    var generics: [String] = []
    /// Where the function value lives (cells' functions); builtins carry `implementation`.
    var variable: Variable?
    var implementation: BuiltinImplementation?
    /// Constraints on generic parameters, e.g. `T: Comparable`.
    var constraints: [String: String] = [:]
    /// `where Value == [T]`, `where Element: Sequence<T>`: patterns a generic parameter's solution must match.
    var requirements: [GenericRequirement] = []
    /// `@discardableResult`: a call as a cell's last line is not displayed.
    var discardableResult = false
    /// A `mutating` method: its receiver is passed inout.
    var isMutating = false
    /// A cell's generic function: calls compile an instance for the solved types.
    var generic: GenericFunction?
    /// How swiftc names a cell's generic declaration when a call misses its requirements
    /// (`global function 'f'`, `generic struct 'Box'`).
    var requirementOwner: GenericOwner?
    /// A member of a cell's class that subclasses may override: its slot in the class's
    /// table of methods, through which calls dispatch on the object's dynamic class.
    var dispatchSlot: Int?
    /// `throws` or `rethrows`: its calls need `try` (a `rethrows` one only when a function
    /// argument throws).
    var effect: ThrowingEffect = .none
    /// Where it was declared, for the notes that list a call's candidates.
    var origin: FunctionOrigin?

    var type: CellType {
        .function(parameters.map { .init(type: $0.type, isInout: $0.isInout, isVariadic: $0.isVariadic) }, result,
                  throws: effect != .none)
    }
}

/// Where a function was declared: the library's signature as written, or a cell's line and column.
enum FunctionOrigin {
    case library(String)
    case cell(line: Int, column: Int)
}

/// A generic parameter's solution must match `pattern` (a declared type that may mention
/// other generic parameters): `Value == [T]` solves `Value` from `T` or `T` from `Value`;
/// `Element: Sequence<T>` (a `.someSequence` pattern) solves `T` from `Element`'s elements.
struct GenericRequirement {
    var generic: String
    var pattern: CellType
}

enum Binding {
    case variable(Variable)
    case functions([FunctionBinding])
}

/// A block's names. Lookups walk outwards; a scope with `selfType` makes the
/// members of that type visible as bare names (inside methods).
final class Scope {
    var names: [String: Binding] = [:]
    let parent: Scope?
    unowned let function: FunctionScope

    init(parent: Scope?, function: FunctionScope) {
        self.parent = parent
        self.function = function
    }
}

/// A loop or switch that `break`/`continue` can target.
struct BreakTarget {
    var id: Int
    var label: String?
    var isLoop: Bool
}
