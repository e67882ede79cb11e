/// Integers of every width as `Value`s, through `Int128`: every value of
/// every Swift integer type up to 64 bits (`Int64.min` … `UInt64.max`) is an
/// `Int128`, so the integer operations compute the exact result there and then
/// ask the type's description whether it fits (see `IntegerType`).
///
/// ```swift
/// Value(integer: 200)                  // .int(200), whatever the static type
/// Value(integer: Int128(UInt64.max))   // .uint(18446744073709551615)
/// Value.uint(UInt.max).integer         // 18446744073709551615 as Int128
/// ```
extension Value {
    /// The canonical value for `integer`: `.int` when it fits, `.uint` above `Int.max`.
    /// `integer` is the value of some integer type, so it lies in `Int64.min…UInt64.max`.
    @inlinable @inline(__always) public init(integer: Int128) {
        if let small = Int(exactly: integer) { self = .int(small) } else { self = .uint(UInt(truncatingIfNeeded: integer)) }
    }

    /// The mathematical value of a value of an integer type.
    @inlinable @inline(__always) public var integer: Int128 {
        switch self {
        case .int(let v): return Int128(v)
        case .uint(let v): return Int128(v)
        default:
            #if DEBUG
            Value.wrongCase("integer", self)
            #else
            return 0
            #endif
        }
    }
}
