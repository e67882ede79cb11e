import CellValues

/// Ranges and strides of integer types other than Int, as values.
enum IntegerSequences {
    /// The values of `stride(from:to:by:)` / `stride(from:through:by:)` (materialized, as
    /// the other strides of cells are). Swift's integer strides are by an Int.
    static func stride(from start: Int128, to end: Int128, by step: Int128, through: Bool) throws -> [Value] {
        guard step != 0 else { throw Trap(.zeroStride) }
        var values: [Value] = []
        var x = start
        while step > 0 ? (through ? x <= end : x < end) : (through ? x >= end : x > end) {
            values.append(Value(integer: x))
            x += step
        }
        return values
    }

    /// Runs `body` for each value of a range of an integer type whose bounds may lie above
    /// `Int.max` (`UInt`, `UInt64`) until it returns a flow to leave with.
    static func iterate(_ range: Value, closed: Bool, _ body: (Value) throws -> Flow?) rethrows -> Flow {
        let bounds = range.array
        let lower = bounds[0].integer, upper = bounds[1].integer
        var x = lower
        while closed ? x <= upper : x < upper {
            if let flow = try body(Value(integer: x)) { return flow }
            x += 1
        }
        return .next
    }
}
