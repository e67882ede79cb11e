// Conversions between integer types, Double and String, as Swift does them.
let big = 1_000
let negative = -3
print(Int8(exactly: big) as Any, Int16(exactly: big) as Any, UInt8(exactly: negative) as Any)
print(Int8(truncatingIfNeeded: big), UInt8(truncatingIfNeeded: negative), Int16(truncatingIfNeeded: UInt64.max))
print(Int8(clamping: big), UInt8(clamping: negative), UInt16(clamping: Int64.min), Int32(clamping: UInt64.max))
print(Int(UInt8.max), Int64(Int32.min), UInt64(UInt32.max), UInt(Int8.max), Int32(UInt16.max))
let d = 255.9
print(UInt8(d), Int16(-d), Int8(exactly: 100.0) as Any, Int8(exactly: 100.5) as Any, UInt64(exactly: 1e19) as Any)
print(Double(UInt64.max), Double(Int8.min), Double(exactly: UInt64.max) as Any, Double(exactly: UInt32.max) as Any)
print(Int8("-128") as Any, Int8("128") as Any, UInt8("255") as Any, UInt8("-1") as Any, UInt16("65536") as Any)
print(UInt8("ff", radix: 16) as Any, Int16("-7fff", radix: 16) as Any, UInt64("ffffffffffffffff", radix: 16) as Any)
print(String(UInt8.max, radix: 2), String(Int8.min, radix: 16), String(UInt64.max, radix: 36), String(Int64.min, radix: 8))
print(Int8(-5).magnitude, Int.min.magnitude, Int16(-7).signum(), UInt8(9).signum(), abs(Int32(-12)))
print(UInt32(7).isMultiple(of: 7), Int8(-9).quotientAndRemainder(dividingBy: 4), UInt8(200).dividedReportingOverflow(by: UInt8(negative + 3)))
let codes = "Swift!".map { $0.asciiValue! }
print(codes, codes.map { Int($0) - 65 }, codes.map { UInt16($0) << 8 })
let parsed = ["12", "300", "-4", "x"].map { UInt8($0) }
print(parsed)
let totals = [UInt8(100), 100, 100].map { UInt16($0) }.reduce(0, +)
print(totals, totals.bitWidth)
