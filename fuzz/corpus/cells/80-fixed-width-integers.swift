// Fixed-width integers: limits, literals typed by context, wrapping arithmetic.
print(Int8.min, Int8.max, UInt8.max, Int16.min, UInt16.max)
print(Int32.min, UInt32.max, Int64.min, UInt64.max, UInt.max)
print(Int8.bitWidth, UInt16.bitWidth, Int32.bitWidth, UInt64.bitWidth)
let small: Int8 = -128
let byte: UInt8 = 200
let word: UInt16 = 0xBEEF
let mask: UInt32 = 0b1111_0000
print(small, byte, word, mask)
print(Int8(100) + 27, byte / 3, byte % 7, word - 1, mask * 2)
print(byte &+ 100, byte &* 2, UInt8(5) &- 10, Int8.max &+ 1, Int8.min &- 1, small &* -1)
print(UInt64.max &+ 1, Int64.max &+ 1, UInt32.max &* UInt32.max)
let r1 = byte.addingReportingOverflow(100)
let r2 = small.subtractingReportingOverflow(1)
let r3 = Int16(300).multipliedReportingOverflow(by: 300)
print(r1, r2.partialValue, r2.overflow, r3)
var counter: UInt8 = 250
var laps = 0
for _ in 0..<12 {
    counter = counter &+ 1
    if counter == 0 { laps += 1 }
}
print(counter, laps)
var acc: Int16 = 1
acc *= 100
acc += 23
acc -= 3
acc /= 7
acc %= 9
acc <<= 4
acc >>= 1
acc |= 3
acc &= 0x7e
acc ^= 0x55
print(acc, -acc, +acc, ~acc)
let a: Int32 = 7
let n = 3
print(a == 7, a < 10, a != 8, Int8(3) == 3, UInt8(3) < 4)
print(a << n, a >> 1, a << 40, a >> 40, Int32(-9) >> 1, Int32(-9) >> 40, a &<< 33, UInt8(1) << 7)
let values: [UInt8] = [3, 250, 17, 0, 128]
print(values.sorted(), values.min()!, values.max()!, values.reduce(0, &+))
print(values.map { Int($0) }.reduce(0, +), values.filter { $0 > 100 })
let widths: [Int16] = [-300, 32767, -32768, 5]
print(widths.sorted(by: >), widths.map { $0.magnitude })
let mixed = [byte, 1, 2]
print(mixed, mixed.count)
let top: UInt16 = .max
let bottom: Int64 = .min
print(top, bottom, Int.zero, UInt8(), Int16())
var histogram: [UInt8: Int] = [:]
for v in [UInt8(7), 3, 7, 255, 3, 7] { histogram[v, default: 0] += 1 }
for key in histogram.keys.sorted() { print(key, histogram[key]!) }
let seen: Set<Int8> = [-1, 0, 1, -1]
print(seen.count, seen.contains(-1), seen.contains(2))
for i in UInt8(252)...UInt8.max { print(i, terminator: " ") }
print()
for i in stride(from: Int8(-10), through: 10, by: 5) { print(i, terminator: " ") }
print()
for i in stride(from: UInt16(100), to: 0, by: -30) { print(i, terminator: " ") }
print()
let near = UInt64.max - 2
for v in near...UInt64.max { print(v, v > UInt64(Int.max)) }
let grade: UInt8 = 87
switch grade {
case 90...100: print("A")
case 80..<90: print("B")
default: print("C")
}
let pair: (UInt8, Int64) = (255, -1)
let wrapped: UInt32? = 42
print(pair, wrapped as Any, [wrapped, nil], "\(byte) and \(small)")
print(String(describing: word), word.description, "\(UInt64.max)".count)
