import Foundation
import CellValues

/// The Swift standard library (and Foundation's math) as cells see it:
/// each entry is the Swift declaration beside its implementation.
enum SurfaceStandardLibrary {
    /// `Double.pi`, `Int.max`, …: static constants of Swift's types.
    static func constant(_ type: String, _ name: String) -> (type: CellType, value: Value)? {
        if let integer = IntegerType.named(type) { return SurfaceIntegers.constant(integer, name) }
        if type == "Float" { return SurfaceStandardLibraryFloat.constant(name) }
        return switch (type, name) {
        case ("Double", "pi"): (.double, .double(Double.pi))
        case ("Double", "infinity"): (.double, .double(Double.infinity))
        case ("Double", "nan"): (.double, .double(Double.nan))
        case ("Double", "greatestFiniteMagnitude"): (.double, .double(Double.greatestFiniteMagnitude))
        case ("Double", "leastNormalMagnitude"): (.double, .double(Double.leastNormalMagnitude))
        case ("Double", "leastNonzeroMagnitude"): (.double, .double(Double.leastNonzeroMagnitude))
        case ("Double", "ulpOfOne"): (.double, .double(Double.ulpOfOne))
        case ("Double", "zero"): (.double, .double(0))
        case ("", "M_PI"): (.double, .double(Double.pi))
        case ("", "M_E"): (.double, .double(M_E))
        default: nil
        }
    }

    /// `String(repeating:count:)` of a String or a Character (a Character's value reads as its String).
    private static func repeatedString(_ args: inout [Value], _ runtime: Runtime) throws -> Value {
        guard args[1].int >= 0 else { throw Trap(.standardLibrary(.negativeRepeatCount)) }
        if let overLimit = runtime.stringOverLimit(args[0].string, count: args[1].int) { throw Trap(overLimit) }
        return .string(String(repeating: args[0].string, count: args[1].int))
    }

    static let entries: [Builtin] = SurfaceIntegers.entries + math + globals + SurfaceIntegers.strides + conversions
        + SurfaceCollections.arrays + SurfaceCollections.ranges + SurfaceCollections.optionals + SurfaceCollections.sets
        + SurfaceCollections.dictionaries + SurfaceCollections.slicing + SurfaceCollections.slices
        + SurfaceCollections.sequences + SurfaceCollections.iterators + SurfaceCollections.lazySequences + SurfaceStrings.entries + SurfaceStandardLibraryFloat.entries

    private static func unary(_ name: String, _ body: @escaping @Sendable (Double) -> Double) -> Builtin {
        Builtin("func \(name)(_ x: Double) -> Double") { args, _ in .double(body(args[0].double)) }
    }

    /// libm's one-argument functions, each in Double and in Float (`sqrt`, `sqrtf`): one list, so
    /// that a cell has the same functions for both types.
    static let libmFunctions: [(name: String, double: @Sendable (Double) -> Double, float: @Sendable (Float) -> Float)] = [
        ("sqrt", Foundation.sqrt, Foundation.sqrt), ("exp", Foundation.exp, Foundation.exp),
        ("log", Foundation.log, Foundation.log), ("log2", Foundation.log2, Foundation.log2),
        ("log10", Foundation.log10, Foundation.log10), ("sin", Foundation.sin, Foundation.sin),
        ("cos", Foundation.cos, Foundation.cos), ("tan", Foundation.tan, Foundation.tan),
        ("asin", Foundation.asin, Foundation.asin), ("acos", Foundation.acos, Foundation.acos),
        ("atan", Foundation.atan, Foundation.atan), ("sinh", Foundation.sinh, Foundation.sinh),
        ("cosh", Foundation.cosh, Foundation.cosh), ("tanh", Foundation.tanh, Foundation.tanh),
        ("floor", Foundation.floor, Foundation.floor), ("ceil", Foundation.ceil, Foundation.ceil),
        ("round", Foundation.round, Foundation.round), ("trunc", Foundation.trunc, Foundation.trunc),
        ("cbrt", Foundation.cbrt, Foundation.cbrt), ("expm1", Foundation.expm1, Foundation.expm1),
        ("log1p", Foundation.log1p, Foundation.log1p), ("fabs", Foundation.fabs, Foundation.fabs),
        ("exp2", Foundation.exp2, Foundation.exp2),
    ]

    private static let math: [Builtin] = libmFunctions.map { unary($0.name, $0.double) } + [
        Builtin("func pow(_ x: Double, _ y: Double) -> Double") { args, _ in .double(Foundation.pow(args[0].double, args[1].double)) },
        Builtin("func atan2(_ y: Double, _ x: Double) -> Double") { args, _ in .double(Foundation.atan2(args[0].double, args[1].double)) },
        Builtin("func hypot(_ x: Double, _ y: Double) -> Double") { args, _ in .double(Foundation.hypot(args[0].double, args[1].double)) },
        Builtin("func fmod(_ x: Double, _ y: Double) -> Double") { args, _ in .double(Foundation.fmod(args[0].double, args[1].double)) },
        Builtin("func abs(_ x: Double) -> Double") { args, _ in .double(Swift.abs(args[0].double)) },
        Builtin("func min<T: Comparable>(_ x: T, _ y: T) -> T") { args, _ in
            try ElementOrder.less(args, witnessAt: 2)(args[1], args[0]) ? args[1] : args[0]
        },
        // Swift's own definitions: `min` is `y < x ? y : x`, `max` is `y >= x ? y : x`, so a
        // NaN in either position gives what swiftc's build gives.
        Builtin("func max<T: Comparable>(_ x: T, _ y: T) -> T") { args, _ in
            try ElementOrder.atLeast(args, witnessAt: 2)(args[1], args[0]) ? args[1] : args[0]
        },
        Builtin("func min<T: Comparable>(_ x: T, _ y: T, _ z: T) -> T") { args, _ in
            let less = ElementOrder.less(args, witnessAt: 3)
            return try args[1...2].reduce(args[0]) { try less($1, $0) ? $1 : $0 }
        },
        Builtin("func max<T: Comparable>(_ x: T, _ y: T, _ z: T) -> T") { args, _ in
            let atLeast = ElementOrder.atLeast(args, witnessAt: 3)
            return try args[1...2].reduce(args[0]) { try atLeast($1, $0) ? $1 : $0 }
        },
    ]

    private static let globals: [Builtin] = [
        Builtin("func stride(from start: Int, to end: Int, by stride: Int) -> StrideTo<Int>") { args, _ in
            try strideValues(args, through: false)
        },
        Builtin("func stride(from start: Int, through end: Int, by stride: Int) -> StrideThrough<Int>") { args, _ in
            try strideValues(args, through: true)
        },
        Builtin("func stride(from start: Double, to end: Double, by stride: Double) -> StrideTo<Double>") { args, _ in
            try strideValues(args, through: false)
        },
        Builtin("func stride(from start: Double, through end: Double, by stride: Double) -> StrideThrough<Double>") { args, _ in
            try strideValues(args, through: true)
        },
        Builtin("func swap<T>(_ a: inout T, _ b: inout T)") { args, _ in
            args.swapAt(0, 1)
            return .void
        },
        Builtin("func fatalError(_ message: String = \"\")") { args, _ in
            throw Trap(.standardLibrary(.fatalError(message: args[0].string)))
        },
        Builtin("func precondition(_ condition: Bool, _ message: String = \"\")") { args, _ in
            if !args[0].bool { throw Trap(.standardLibrary(.preconditionFailed(message: args[1].string))) }
            return .void
        },
        Builtin("func assert(_ condition: Bool, _ message: String = \"\")") { args, _ in
            if !args[0].bool { throw Trap(.standardLibrary(.assertionFailed(message: args[1].string))) }
            return .void
        },
    ]

    private static let conversions: [Builtin] = [
        Builtin(static: "Double", "init(_ value: Int)") { args, _ in .double(Double(args[0].int)) },
        Builtin(static: "Double", "init(_ value: Double)") { args, _ in args[0] },
        Builtin(static: "Double", "init?<S: StringProtocol>(_ text: S)") { args, _ in Double(args[0].string).map(Value.double) ?? .none },
        Builtin(static: "Double", "var signalingNaN: Double") { _, _ in .double(Double.signalingNaN) },
        Builtin(static: "Bool", "init(_ value: Bool)") { args, _ in args[0] },
        Builtin(static: "Bool", "init?<S: StringProtocol>(_ text: S)") { args, _ in Bool(args[0].string).map(Value.bool) ?? .none },
        Builtin(static: "Character", "init(_ text: String)") { args, _ in
            guard args[0].string.count == 1, let character = args[0].string.first else {
                throw Trap(.standardLibrary(.characterFromSeveralGraphemes))
            }
            return .character(character)
        },
        Builtin(static: "String", "init(repeating: String, count: Int)", repeatedString),
        Builtin(static: "String", "init(repeating: Character, count: Int)", repeatedString),
        Builtin(static: "String", "init()") { _, _ in .string("") },
        Builtin(on: "Double", "func rounded() -> Double") { args, _ in .double(args[0].double.rounded()) },
        Builtin(on: "Double", "func squareRoot() -> Double") { args, _ in .double(args[0].double.squareRoot()) },
        Builtin(on: "Double", "func truncatingRemainder(dividingBy other: Double) -> Double") { args, _ in
            .double(args[0].double.truncatingRemainder(dividingBy: args[1].double))
        },
        Builtin(on: "Double", "var isNaN: Bool") { args, _ in .bool(args[0].double.isNaN) },
        Builtin(on: "Double", "var isFinite: Bool") { args, _ in .bool(args[0].double.isFinite) },
        Builtin(on: "Double", "var isInfinite: Bool") { args, _ in .bool(args[0].double.isInfinite) },
        Builtin(on: "Double", "var magnitude: Double") { args, _ in .double(args[0].double.magnitude) },
        Builtin(on: "Double", "var description: String") { args, _ in .string(args[0].double.description) },
        Builtin(on: "Double", "func remainder(dividingBy other: Double) -> Double") { args, _ in
            .double(args[0].double.remainder(dividingBy: args[1].double))
        },
        Builtin(on: "Double", "func rounded(_ rule: FloatingPointRoundingRule) -> Double") { args, _ in
            let rules: [FloatingPointRoundingRule] = [.toNearestOrAwayFromZero, .toNearestOrEven, .up, .down, .towardZero, .awayFromZero]
            guard case .enumCase(let index, _) = args[1] else { return args[0] }
            return .double(args[0].double.rounded(rules[index]))
        },
        Builtin(on: "Double", "var sign: FloatingPointSign") { args, _ in .enumCase(args[0].double.sign == .minus ? 1 : 0, []) },
        Builtin(on: "Double", "var ulp: Double") { args, _ in .double(args[0].double.ulp) },
        Builtin(on: "Double", "var nextUp: Double") { args, _ in .double(args[0].double.nextUp) },
        Builtin(on: "Double", "var nextDown: Double") { args, _ in .double(args[0].double.nextDown) },
        Builtin(on: "Double", "var significand: Double") { args, _ in .double(args[0].double.significand) },
        Builtin(on: "Double", "var exponent: Int") { args, _ in .int(args[0].double.exponent) },
        Builtin(on: "Double", "var isZero: Bool") { args, _ in .bool(args[0].double.isZero) },
        Builtin(on: "Double", "var isNormal: Bool") { args, _ in .bool(args[0].double.isNormal) },
        Builtin(on: "Double", "var isSubnormal: Bool") { args, _ in .bool(args[0].double.isSubnormal) },
        // IEEE 754's maxNum and minNum: a NaN loses to a number.
        Builtin(static: "Double", "func maximum(_ x: Double, _ y: Double) -> Double") { args, _ in
            .double(Double.maximum(args[0].double, args[1].double))
        },
        Builtin(static: "Double", "func minimum(_ x: Double, _ y: Double) -> Double") { args, _ in
            .double(Double.minimum(args[0].double, args[1].double))
        },
        Builtin(static: "Double", "func maximumMagnitude(_ x: Double, _ y: Double) -> Double") { args, _ in
            .double(Double.maximumMagnitude(args[0].double, args[1].double))
        },
        Builtin(static: "Double", "func minimumMagnitude(_ x: Double, _ y: Double) -> Double") { args, _ in
            .double(Double.minimumMagnitude(args[0].double, args[1].double))
        },
        Builtin(on: "Bool", "func toggle()", mutating: true) { args, _ in
            args[0] = .bool(!args[0].bool)
            return .void
        },
    ]

    /// The elements of a stride, materialized (strides are only iterated and mapped in cells).
    private static func strideValues(_ args: [Value], through: Bool) throws -> Value {
        if case .int(let start) = args[0] {
            let end = args[1].int, step = args[2].int
            guard step != 0 else { throw Trap(.zeroStride) }
            return through ? .array(Swift.stride(from: start, through: end, by: step).map(Value.int))
                           : .array(Swift.stride(from: start, to: end, by: step).map(Value.int))
        }
        let start = args[0].double, end = args[1].double, step = args[2].double
        guard step != 0 else { throw Trap(.zeroStride) }
        return through ? .array(Swift.stride(from: start, through: end, by: step).map(Value.double))
                       : .array(Swift.stride(from: start, to: end, by: step).map(Value.double))
    }

    /// The values of a range of integers (`Range<Int>`, `ClosedRange<UInt64>`, …): counted
    /// in Int128 when a bound does not fit an Int (a `UInt` above `Int.max`).
    static func rangeValues(_ range: Value, closed: Bool) -> [Value] {
        let bounds = range.array
        if case .int(let lower) = bounds[0], case .int(let upper) = bounds[1] {
            if closed { return lower <= upper ? (lower...upper).map(Value.int) : [] }
            return lower < upper ? (lower..<upper).map(Value.int) : []
        }
        let lower = bounds[0].integer, upper = bounds[1].integer + (closed ? 1 : 0)
        return lower < upper ? (lower..<upper).map(Value.init(integer:)) : []
    }

    /// `count` of a range of integers, which traps, as Swift's does, when it does not fit an Int
    /// (`(Int.min..<Int.max).count`).
    static func rangeCount(_ range: Value, closed: Bool) throws -> Value {
        let bounds = range.array
        let count = bounds[1].integer - bounds[0].integer + (closed ? 1 : 0)
        guard let fits = Int(exactly: count) else { throw Trap(.integerOverflow(operator: "-")) }
        return .int(max(0, fits))
    }
}
