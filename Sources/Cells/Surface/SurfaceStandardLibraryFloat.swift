import Foundation
import CellValues

/// `Float`, Swift's 32-bit binary floating-point type, as cells see it. A Float value is held
/// as a `.double` that is exactly a Float (every Float is a Double); each operation is done in
/// Float by Swift itself and the result held widened again, so results, rounding and
/// printing (`0.1`, `0.33333334`, `3.4028235e+38`: the shortest digits that round-trip a
/// Float) are the compiled program's.
enum SurfaceStandardLibraryFloat {
    /// The Float a `.double` holds.
    static func float(_ value: Value) -> Float { Float(value.double) }
    static func value(_ x: Float) -> Value { .double(Double(x)) }

    /// `Float.pi`, `Float.infinity`, …: Swift's own constants (`Float.pi` is π rounded down,
    /// not `Float(Double.pi)`).
    static func constant(_ name: String) -> (type: CellType, value: Value)? {
        let x: Float
        switch name {
        case "pi": x = .pi
        case "infinity": x = .infinity
        case "nan": x = .nan
        case "greatestFiniteMagnitude": x = .greatestFiniteMagnitude
        case "leastNormalMagnitude": x = .leastNormalMagnitude
        case "leastNonzeroMagnitude": x = .leastNonzeroMagnitude
        case "ulpOfOne": x = .ulpOfOne
        case "zero": x = 0
        default: return nil
        }
        return (.float, value(x))
    }

    private static func operation(_ op: String, _ body: @escaping @Sendable (Float, Float) -> Float) -> Builtin {
        Builtin("func \(op) (lhs: Float, rhs: Float) -> Float") { args, _ in value(body(float(args[0]), float(args[1]))) }
    }

    private static func member(_ declaration: String, _ body: @escaping @Sendable (Float) -> Float) -> Builtin {
        Builtin(on: "Float", declaration) { args, _ in value(body(float(args[0]))) }
    }

    /// libm's Float functions (`expf`, `sinf`, …), as the compiled program calls them.
    private static func unary(_ name: String, _ body: @escaping @Sendable (Float) -> Float) -> Builtin {
        Builtin("func \(name)(_ x: Float) -> Float") { args, _ in value(body(float(args[0]))) }
    }

    private static func binary(_ name: String, _ body: @escaping @Sendable (Float, Float) -> Float) -> Builtin {
        Builtin("func \(name)(_ x: Float, _ y: Float) -> Float") { args, _ in value(body(float(args[0]), float(args[1]))) }
    }

    private static let math: [Builtin] = SurfaceStandardLibrary.libmFunctions.map { unary($0.name, $0.float) }

    static let entries: [Builtin] = math + [
        operation("+", +), operation("-", -), operation("*", *), operation("/", /),
        Builtin("prefix func - (x: Float) -> Float") { args, _ in value(-float(args[0])) },
        Builtin(static: "Float", "init(_ value: Double)") { args, _ in value(Float(args[0].double)) },
        Builtin(static: "Float", "init(_ value: Float)") { args, _ in args[0] },
        Builtin(static: "Float", "init(_ value: Int)") { args, _ in value(Float(args[0].int)) },
        // The nearest Float, ties to even, as Swift rounds.
        Builtin(static: "Float", "init<Source: BinaryInteger>(_ value: Source)") { args, _ in value(Float(args[0].integer)) },
        Builtin(static: "Float", "init?<S: StringProtocol>(_ text: S)") { args, _ in Float(args[0].string).map(value) ?? .none },
        Builtin(static: "Double", "init(_ value: Float)") { args, _ in .double(Double(float(args[0]))) },
        Builtin(static: "Int", "init(_ value: Float)") { args, _ in
            let x = float(args[0])
            // Int's range is [-2^63, 2^63); Swift traps outside it, and on NaN and infinities.
            guard x.isFinite, x >= -9.223372036854775808e18, x < 9.223372036854775808e18 else {
                throw Trap(.invalidConversion(value: Double(x), type: .int))
            }
            return .int(Int(x))
        },
        member("func squareRoot() -> Float") { $0.squareRoot() },
        member("func rounded() -> Float") { $0.rounded() },
        member("var magnitude: Float") { $0.magnitude },
        member("var ulp: Float") { $0.ulp },
        member("var nextUp: Float") { $0.nextUp },
        member("var nextDown: Float") { $0.nextDown },
        Builtin(on: "Float", "func rounded(_ rule: FloatingPointRoundingRule) -> Float") { args, _ in
            let rules: [FloatingPointRoundingRule] = [.toNearestOrAwayFromZero, .toNearestOrEven, .up, .down, .towardZero, .awayFromZero]
            guard case .enumCase(let index, _) = args[1] else { return args[0] }
            return value(float(args[0]).rounded(rules[index]))
        },
        Builtin(on: "Float", "func truncatingRemainder(dividingBy other: Float) -> Float") { args, _ in
            value(float(args[0]).truncatingRemainder(dividingBy: float(args[1])))
        },
        Builtin(on: "Float", "var isNaN: Bool") { args, _ in .bool(float(args[0]).isNaN) },
        Builtin(on: "Float", "var isFinite: Bool") { args, _ in .bool(float(args[0]).isFinite) },
        Builtin(on: "Float", "var isInfinite: Bool") { args, _ in .bool(float(args[0]).isInfinite) },
        Builtin(on: "Float", "var description: String") { args, _ in .string(float(args[0]).description) },
        Builtin("func abs(_ x: Float) -> Float") { args, _ in value(Swift.abs(float(args[0]))) },
        binary("pow", Foundation.pow), binary("atan2", Foundation.atan2), binary("hypot", Foundation.hypot),
        binary("fmod", Foundation.fmod),
        // Not a Float's, but a value of the standard library's all the same: an instance's identity,
        // held as the instance (class instances compare and hash by identity).
        Builtin(static: "ObjectIdentifier", "init<T: AnyObject>(_ x: T)") { args, _ in args[0] },
    ]
}
