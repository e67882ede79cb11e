import CellValues

// What the checker hands the lowering and the lowering hands the run: closures over a
// frame's slots. An expression becomes an `Eval`, a statement an `Exec`; a checked
// expression travels as a `Compiled` (its type and its closures), a place that can be
// assigned as an `LValue`.

/// How a statement finished: straight on, or leaving by `break`/`continue`
/// (to the statement with that id) or `return`.
enum Flow: Equatable {
    case next
    case breakLoop(Int)
    case continueLoop(Int)
    case returned
    /// `fallthrough`: run the next case's body.
    case fallthroughCase
}

typealias Eval = (Frame) throws -> Value
typealias Exec = (Frame) throws -> Flow

/// A compiled statement. Arrays hold `Statement`s rather than bare `Exec`s: a closure
/// in a struct field keeps its natural calling convention (no reabstraction thunk).
struct Statement {
    let run: Exec
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
    /// For `a op b` on Doubles: the operation, so a store of it can be fused with it.
    var doubleBinary: DoubleBinary? {
        get { rarelyPresent?.doubleBinary }
        set { rarely { $0.doubleBinary = newValue } }
    }
    /// For an Int variable or constant: where a fused operation can read it directly.
    var intOperand: IntOperand?
    /// The value, when it is known while compiling (a literal, `Int8.max`): integer
    /// arithmetic on such constants is evaluated by the compiler, as swiftc's is.
    var constantValue: Value?
    /// For `A * B` of two matrices: its operands, so that `A * B - C` runs as one product
    /// into `C` (`SurfaceLinalgProductSums`).
    var matrixProduct: MatrixProductOperands? {
        get { rarelyPresent?.matrixProduct }
        set { rarely { $0.matrixProduct = newValue } }
    }
    /// For `c * B` or `B * c` of a number and a matrix: its operands, so that `A - c * B`
    /// runs as one pass (`SurfaceLinalgScaledSums`).
    var scaledMatrix: ScaledMatrixOperands? {
        get { rarelyPresent?.scaledMatrix }
        set { rarely { $0.scaledMatrix = newValue } }
    }
    /// For `A ± c * B` where `A` is a variable: how a store into `A` writes it in place.
    var matrixUpdate: MatrixUpdate? {
        get { rarelyPresent?.matrixUpdate }
        set { rarely { $0.matrixUpdate = newValue } }
    }
    /// For a read of a Matrix variable: which one (see `matrixUpdate`).
    var variable: VariableAccess? {
        get { rarelyPresent?.variable }
        set { rarely { $0.variable = newValue } }
    }

    /// What few expressions carry, out of line: a `Compiled` is a local of every checker
    /// function, and the checker recurses once per operator of a chain, so its size is the
    /// stack a 10,000-term chain takes (docs/ARCHITECTURE.md, "Cells: limits and per-run state").
    private var rarelyPresent: RarelyPresent?

    private mutating func rarely(_ change: (inout RarelyPresent.Fields) -> Void) {
        var fields = rarelyPresent?.fields ?? RarelyPresent.Fields()
        change(&fields)
        rarelyPresent = fields.isEmpty ? nil : RarelyPresent(fields)
    }

    /// This Double expression as an operand of a fused operation.
    var asDoubleOperand: DoubleOperand { doubleOperand ?? .computed(asDouble) }

    /// This Double expression as an operation on two variables or constants, if it is one.
    var simpleBinary: SimpleBinary? {
        guard type == .double, let binary = doubleBinary, let a = SimpleDouble(binary.a),
              let b = SimpleDouble(binary.b) else { return nil }
        return SimpleBinary(op: binary.op, a: a, b: b)
    }

    /// This Int expression as an operand of a fused operation.
    var asIntOperand: IntOperand { intOperand ?? .computed(asInt) }

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
        case .int(let i):
            c.int = { _ in i }
            c.intOperand = .constant(i)
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

/// `Compiled`'s rarely present fields, boxed (immutable: a change makes a new box).
private final class RarelyPresent {
    struct Fields {
        var doubleBinary: DoubleBinary?
        var matrixProduct: MatrixProductOperands?
        var scaledMatrix: ScaledMatrixOperands?
        var matrixUpdate: MatrixUpdate?
        var variable: VariableAccess?

        var isEmpty: Bool {
            doubleBinary == nil && matrixProduct == nil && scaledMatrix == nil && matrixUpdate == nil && variable == nil
        }
    }
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
    var doubleBinary: DoubleBinary? { fields.doubleBinary }
    var matrixProduct: MatrixProductOperands? { fields.matrixProduct }
    var scaledMatrix: ScaledMatrixOperands? { fields.scaledMatrix }
    var matrixUpdate: MatrixUpdate? { fields.matrixUpdate }
    var variable: VariableAccess? { fields.variable }
}
