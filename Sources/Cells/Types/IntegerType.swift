import CellValues

/// Swift's integer types as data. A name, a width and a signedness are all
/// there is to an integer type, so one row each drives everything cells do
/// with integers: resolving the written type, the range of its literals, its
/// arithmetic and traps (`IntegerArithmetic.swift`), its conversions and
/// library members (`SurfaceIntegers.swift`) and its printing. There is no
/// per-type code.
///
/// `Int` is a row like the others (conversions between any two rows, its
/// library members); the checker keeps `CellType.int` for its values because
/// Int arithmetic has unboxed fast paths. The other nine are `CellType.integer`.
///
/// Values are mathematical values (`Value(integer:)`): `UInt8(200)` is
/// `.int(200)`, `Int8(-1)` is `.int(-1)`. Every operation computes the exact
/// result in `Int128`, which holds every value of every row and every sum,
/// difference and quotient of two, and then narrows it: `fits` decides Swift's
/// traps, `wrapping` is `&+` and `truncatingIfNeeded:`.
public struct IntegerType: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let bitWidth: Int
    public let isSigned: Bool

    public static let int = IntegerType(name: "Int", bitWidth: 64, isSigned: true)
    public static let int8 = IntegerType(name: "Int8", bitWidth: 8, isSigned: true)
    public static let int16 = IntegerType(name: "Int16", bitWidth: 16, isSigned: true)
    public static let int32 = IntegerType(name: "Int32", bitWidth: 32, isSigned: true)
    public static let int64 = IntegerType(name: "Int64", bitWidth: 64, isSigned: true)
    public static let uint = IntegerType(name: "UInt", bitWidth: 64, isSigned: false)
    public static let uint8 = IntegerType(name: "UInt8", bitWidth: 8, isSigned: false)
    public static let uint16 = IntegerType(name: "UInt16", bitWidth: 16, isSigned: false)
    public static let uint32 = IntegerType(name: "UInt32", bitWidth: 32, isSigned: false)
    public static let uint64 = IntegerType(name: "UInt64", bitWidth: 64, isSigned: false)

    /// The table, `Int` first (overload resolution tries the library's entries in this order).
    static let all: [IntegerType] = [.int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64]

    private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The row a written type name denotes (`"UInt8"`), if any.
    static func named(_ name: String) -> IntegerType? { byName[name] }

    public var description: String { name }

    /// The static type of the values: `.int` for Int, `.integer(self)` for the others.
    var cellType: CellType { self == .int ? .int : .integer(self) }

    /// The type of `magnitude`: the unsigned type of the same width (`Int8` → `UInt8`, `Int` → `UInt`).
    var magnitudeType: IntegerType { isSigned ? IntegerType.named("U" + name)! : self }

    /// `.min` and `.max`.
    var min: Int128 { isSigned ? -(Int128(1) << (bitWidth - 1)) : 0 }
    var max: Int128 { (Int128(1) << (isSigned ? bitWidth - 1 : bitWidth)) - 1 }

    /// Whether `x` is a value of this type.
    @inline(__always) func fits(_ x: Int128) -> Bool { x >= min && x <= max }

    /// `x` reduced to this type's width, two's complement (`&+`, `truncatingIfNeeded:`).
    func wrapping(_ x: Int128) -> Int128 {
        let bits = bitPattern(x)
        if isSigned, bits >> (bitWidth - 1) & 1 == 1 { return Int128(bits) - (Int128(1) << bitWidth) }
        return Int128(bits)
    }

    /// The nearest value of this type (`clamping:`).
    func clamping(_ x: Int128) -> Int128 { Swift.min(Swift.max(x, min), max) }

    /// The low `bitWidth` bits of `x`'s two's complement.
    func bitPattern(_ x: Int128) -> UInt64 {
        let bits = UInt64(truncatingIfNeeded: x)
        return bitWidth == 64 ? bits : bits & ((1 << UInt64(bitWidth)) - 1)
    }

    /// The value whose low `bitWidth` bits are `bits`.
    func fromBitPattern(_ bits: UInt64) -> Int128 { wrapping(Int128(bits)) }
}

extension CellType {
    /// The integer type this is (`Int` included), or nil.
    var integerType: IntegerType? {
        switch self {
        case .int: .int
        case .integer(let type): type
        default: nil
        }
    }
}
