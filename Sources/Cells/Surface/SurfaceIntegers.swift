import CellValues

/// The integer types' part of the standard library, written once for every row
/// of `IntegerType.all`: each declaration is Swift's with `Self` for the type
/// (a template, parsed once and registered for each type), each implementation
/// computes on the mathematical value (`Value.integer`) through the type's row.
///
/// A generic `Source: BinaryInteger` parameter takes a value of any integer
/// type: the value alone decides a conversion, so the source type is not needed.
enum SurfaceIntegers {
    /// Every type's entries, `Int`'s first (the library tries overloads in order, and an
    /// untyped literal argument must meet `abs(_: Int)` before `abs(_: Int8)` or `abs(_: Double)`).
    static let entries: [Builtin] = integers + doubleAndString

    /// `Int8.max`, `UInt.min`, `Int.zero`: the static constants.
    static func constant(_ type: IntegerType, _ name: String) -> (type: CellType, value: Value)? {
        switch name {
        case "max": (type.cellType, Value(integer: type.max))
        case "min": (type.cellType, Value(integer: type.min))
        case "zero": (type.cellType, .int(0))
        default: nil
        }
    }

    /// A declaration written once with `Self` (and `Magnitude`, the type of `magnitude`;
    /// `Counterpart`, the type of the other signedness) for the integer types `types`,
    /// parsed once, and each type's implementation.
    private static func template(_ placement: Builtin.Placement, _ declaration: String,
                                 for types: [IntegerType] = IntegerType.all,
                                 _ implementation: @escaping (IntegerType) -> BuiltinImplementation) -> Builtin {
        Builtin(placement, template: declaration, instances: types.map { type in
            let counterpart = type.isSigned ? type.magnitudeType : IntegerType.named(String(type.name.dropFirst()))!
            return Builtin.Instance(receiver: type.name,
                                    substitution: ["Self": type.cellType, "Magnitude": type.magnitudeType.cellType,
                                                   "Counterpart": counterpart.cellType],
                                    implementation: implementation(type))
        })
    }

    private static func initializer(_ declaration: String, _ implementation: @escaping (IntegerType) -> BuiltinImplementation) -> Builtin {
        template(.staticMember(of: "Self"), declaration, implementation)
    }

    private static func member(_ declaration: String, _ implementation: @escaping (IntegerType) -> BuiltinImplementation) -> Builtin {
        template(.member(of: "Self", mutating: false), declaration, implementation)
    }

    /// `addingReportingOverflow(_:)` and friends: the tuple Swift returns.
    private static func reporting(_ declaration: String,
                                  _ operation: @escaping (IntegerType) -> (Int128, Int128) -> (partialValue: Int128, overflow: Bool)) -> Builtin {
        member("func \(declaration) -> (partialValue: Self, overflow: Bool)") { type in
            let compute = operation(type)
            return { args, _ in
                let (partial, overflow) = compute(args[0].integer, args[1].integer)
                return .tuple([Value(integer: partial), .bool(overflow)])
            }
        }
    }

    private static let integers: [Builtin] = [
        // `init(_: Int)` before the generic one: it is the common case, and `xs.map(Int8.init)` needs a concrete one.
        initializer("init(_ source: Int)") { type in { args, _ in Value(integer: try type.converting(args[0].integer)) } },
        initializer("init<Source: BinaryInteger>(_ source: Source)") { type in
            { args, _ in Value(integer: try type.converting(args[0].integer)) }
        },
        initializer("init(_ source: Double)") { type in { args, _ in Value(integer: try type.converting(args[0].double)) } },
        initializer("init?<Source: BinaryInteger>(exactly source: Source)") { type in
            { args, _ in type.fits(args[0].integer) ? args[0] : .none }
        },
        initializer("init?(exactly source: Double)") { type in
            { args, _ in type.exactly(args[0].double).map(Value.init(integer:)) ?? .none }
        },
        initializer("init<Source: BinaryInteger>(truncatingIfNeeded source: Source)") { type in
            { args, _ in Value(integer: type.wrapping(args[0].integer)) }
        },
        initializer("init<Source: BinaryInteger>(clamping source: Source)") { type in
            { args, _ in Value(integer: type.clamping(args[0].integer)) }
        },
        // `Int8(bitPattern: UInt8)` and back: the same bits read with the other signedness.
        initializer("init(bitPattern x: Counterpart)") { type in
            { args, _ in Value(integer: type.fromBitPattern(UInt64(truncatingIfNeeded: args[0].integer))) }
        },
        initializer("init?<S: StringProtocol>(_ text: S)") { type in
            { args, _ in try type.parse(args[0].string, radix: 10).map(Value.init(integer:)) ?? .none }
        },
        initializer("init?<S: StringProtocol>(_ text: S, radix: Int)") { type in
            { args, _ in try type.parse(args[0].string, radix: args[1].int).map(Value.init(integer:)) ?? .none }
        },
        initializer("init()") { _ in { _, _ in .int(0) } },
        template(.staticMember(of: "Self"), "var bitWidth: Int") { type in { _, _ in .int(type.bitWidth) } },
        member("var bitWidth: Int") { type in { _, _ in .int(type.bitWidth) } },
        member("var description: String") { _ in { args, _ in .string(String(args[0].integer)) } },
        member("var magnitude: Magnitude") { _ in { args, _ in Value(integer: Swift.abs(args[0].integer)) } },
        member("var nonzeroBitCount: Int") { type in { args, _ in .int(type.nonzeroBitCount(args[0].integer)) } },
        member("var leadingZeroBitCount: Int") { type in { args, _ in .int(type.leadingZeroBitCount(args[0].integer)) } },
        member("var trailingZeroBitCount: Int") { type in { args, _ in .int(type.trailingZeroBitCount(args[0].integer)) } },
        member("var byteSwapped: Self") { type in { args, _ in Value(integer: type.byteSwapped(args[0].integer)) } },
        member("func signum() -> Self") { type in { args, _ in Value(integer: type.signum(args[0].integer)) } },
        member("func isMultiple(of other: Self) -> Bool") { _ in
            { args, _ in
                let a = args[0].integer, b = args[1].integer
                return .bool(b == 0 ? a == 0 : a % b == 0)
            }
        },
        member("func quotientAndRemainder(dividingBy rhs: Self) -> (quotient: Self, remainder: Self)") { type in
            { args, _ in
                let a = args[0].integer, b = args[1].integer
                guard b != 0 else { throw Trap(.divisionByZero) }
                let (quotient, overflow) = type.dividing(a, b)
                if overflow { throw Trap(.integerOverflow(operator: "/", type: type)) }
                return .tuple([Value(integer: quotient), Value(integer: a % b)])
            }
        },
        reporting("addingReportingOverflow(_ rhs: Self)") { $0.adding },
        reporting("subtractingReportingOverflow(_ rhs: Self)") { $0.subtracting },
        reporting("multipliedReportingOverflow(by rhs: Self)") { $0.multiplying },
        reporting("dividedReportingOverflow(by rhs: Self)") { $0.dividing },
        reporting("remainderReportingOverflow(dividingBy rhs: Self)") { $0.remainder },
        // Swift's `abs` needs a signed type; the table's order puts `abs(_: Int)` first for a literal.
        template(.global, "func abs(_ x: Self) -> Self", for: IntegerType.all.filter(\.isSigned)) { type in
            { args, _ in
                let x = args[0].integer
                guard x < 0 else { return args[0] }
                let (result, overflow) = type.negating(x)
                if overflow { throw Trap(.integerOverflow(operator: "abs", type: type)) }
                return Value(integer: result)
            }
        },
    ]

    /// `stride(from:to:by:)` of the other integer types (an integer stride is by an Int), to be
    /// listed after Int's: with literal arguments the first overload that fits is taken.
    static let strides: [Builtin] = [
        template(.global, "func stride(from start: Self, to end: Self, by stride: Int) -> StrideTo<Self>",
                 for: IntegerType.all.filter { $0 != .int }) { _ in
            { args, _ in .array(try IntegerSequences.stride(from: args[0].integer, to: args[1].integer, by: args[2].integer, through: false)) }
        },
        template(.global, "func stride(from start: Self, through end: Self, by stride: Int) -> StrideThrough<Self>",
                 for: IntegerType.all.filter { $0 != .int }) { _ in
            { args, _ in .array(try IntegerSequences.stride(from: args[0].integer, to: args[1].integer, by: args[2].integer, through: true)) }
        },
    ]

    /// Conversions to Double and String from any integer type.
    private static let doubleAndString: [Builtin] = [
        Builtin(static: "Double", "init<Source: BinaryInteger>(_ value: Source)") { args, _ in
            // The nearest Double, ties to even, as Swift rounds.
            .double(Double(args[0].integer))
        },
        Builtin(static: "Double", "init?<Source: BinaryInteger>(exactly value: Source)") { args, _ in
            Double(exactly: args[0].integer).map(Value.double) ?? .none
        },
        Builtin(static: "String", "init<Source: BinaryInteger>(_ value: Source, radix: Int = 10, uppercase: Bool = false)") { args, _ in
            .string(try IntegerType.text(args[0].integer, radix: args[1].int, uppercase: args[2].bool))
        },
    ]
}
