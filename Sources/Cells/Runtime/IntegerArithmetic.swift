import CellValues

/// The operations of every integer type, computed from its row (`IntegerType`):
/// the exact result in `Int128`, then Swift's rule for the type. Operands are
/// values of the type (or, for shifts and conversions, of any integer type),
/// so no exact result here overflows `Int128` except a product, which reports it.
extension IntegerType {
    // MARK: Arithmetic (`addingReportingOverflow` and friends: the wrapped result and whether it overflowed)

    func adding(_ a: Int128, _ b: Int128) -> (partialValue: Int128, overflow: Bool) { narrowed(a + b) }

    func subtracting(_ a: Int128, _ b: Int128) -> (partialValue: Int128, overflow: Bool) { narrowed(a - b) }

    func multiplying(_ a: Int128, _ b: Int128) -> (partialValue: Int128, overflow: Bool) {
        // |a|, |b| ≤ 2^64, so the product can pass Int128; its low bits are still right.
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        let result = narrowed(product)
        return (result.partialValue, overflow || result.overflow)
    }

    /// Truncating division; only `min / -1` overflows. Division by zero is the caller's trap
    /// (Swift's `dividedReportingOverflow(by: 0)` is `(self, true)`).
    func dividing(_ a: Int128, _ b: Int128) -> (partialValue: Int128, overflow: Bool) {
        b == 0 ? (a, true) : narrowed(a / b)
    }

    /// The remainder with the dividend's sign; `min % -1` overflows in Swift although the remainder is 0.
    func remainder(_ a: Int128, _ b: Int128) -> (partialValue: Int128, overflow: Bool) {
        if b == 0 { return (a, true) }
        return (a % b, isSigned && a == min && b == -1)
    }

    private func narrowed(_ exact: Int128) -> (partialValue: Int128, overflow: Bool) {
        fits(exact) ? (exact, false) : (wrapping(exact), true)
    }

    /// `-a` (signed types only: Swift has no unary minus on unsigned ones).
    func negating(_ a: Int128) -> (partialValue: Int128, overflow: Bool) { narrowed(-a) }

    /// `~a`: every bit of the width flipped.
    func inverting(_ a: Int128) -> Int128 { wrapping(~a) }

    // MARK: Shifts (`<<` and `>>` are Swift's smart shifts; `&<<` and `&>>` mask the amount)

    /// `a << n`: a negative amount shifts right, an amount of the width or more gives 0.
    func shiftedLeft(_ a: Int128, by n: Int128) -> Int128 {
        if n < 0 { return shiftedRight(a, by: -n) }
        if n >= Int128(bitWidth) { return 0 }
        return wrapping(a << n)
    }

    /// `a >> n`: arithmetic for signed types; an amount of the width or more leaves only the sign.
    func shiftedRight(_ a: Int128, by n: Int128) -> Int128 {
        if n < 0 { return shiftedLeft(a, by: -n) }
        if n >= Int128(bitWidth) { return a < 0 ? -1 : 0 }
        return a >> n
    }

    /// `a &<< n`: the amount taken modulo the width.
    func maskingShiftedLeft(_ a: Int128, by n: Int128) -> Int128 { shiftedLeft(a, by: n & Int128(bitWidth - 1)) }

    func maskingShiftedRight(_ a: Int128, by n: Int128) -> Int128 { shiftedRight(a, by: n & Int128(bitWidth - 1)) }

    // MARK: Bits

    func nonzeroBitCount(_ a: Int128) -> Int { bitPattern(a).nonzeroBitCount }

    func leadingZeroBitCount(_ a: Int128) -> Int { bitPattern(a).leadingZeroBitCount - (64 - bitWidth) }

    func trailingZeroBitCount(_ a: Int128) -> Int {
        let bits = bitPattern(a)
        return bits == 0 ? bitWidth : bits.trailingZeroBitCount
    }

    /// The bytes of the width in reverse order.
    func byteSwapped(_ a: Int128) -> Int128 { fromBitPattern(bitPattern(a).byteSwapped >> UInt64(64 - bitWidth)) }

    func signum(_ a: Int128) -> Int128 { a > 0 ? 1 : a < 0 ? -1 : 0 }

    // MARK: Conversions

    /// `Self(x)` for an integer `x` of any type: Swift traps when it does not fit.
    func converting(_ x: Int128) throws -> Int128 {
        guard fits(x) else { throw Trap(.integerNotRepresentable(negativeIntoUnsigned: x < 0 && !isSigned)) }
        return x
    }

    /// `Self(d)`: truncation toward zero, trapping (with Swift's words) when the result does not fit.
    func converting(_ d: Double) throws -> Int128 {
        guard d.isFinite else { throw Trap(.invalidConversion(value: d, type: self)) }
        let truncated = d.rounded(.towardZero)
        // The bounds are powers of two, exact as Doubles.
        guard truncated >= Double(min), truncated < Double(max) + 1 else {
            throw Trap(.invalidConversion(value: d, type: self))
        }
        return Int128(truncated)
    }

    /// `Self(exactly: d)`: nil unless `d` is an integer this type holds.
    func exactly(_ d: Double) -> Int128? {
        guard let value = Int128(exactly: d), fits(value) else { return nil }
        return value
    }

    /// `Self(text, radix:)`: Swift's integer parsing (an optional sign, then digits), nil when
    /// the text is not a number or the number does not fit.
    func parse(_ text: String, radix: Int) throws -> Int128? {
        guard (2...36).contains(radix) else { throw Trap(.invalidRadix(parsing: true)) }
        guard let value = Int128(text, radix: radix), fits(value) else { return nil }
        return value
    }

    /// `String(x, radix:uppercase:)`, which is what Swift prints for `x` in that base.
    static func text(_ x: Int128, radix: Int, uppercase: Bool) throws -> String {
        guard (2...36).contains(radix) else { throw Trap(.invalidRadix(parsing: false)) }
        return String(x, radix: radix, uppercase: uppercase)
    }
}
