// Bit manipulation with fixed-width integers: checksums, bit counts, reversal, parity.
func bytes(_ text: String) -> [UInt8] { text.map { $0.asciiValue! } }
let data = bytes("The quick brown fox jumps over the lazy dog")
print(data.count, data.prefix(4))

// Adler-32: two running sums modulo 65521.
func adler32(_ data: [UInt8]) -> UInt32 {
    var a: UInt32 = 1, b: UInt32 = 0
    for byte in data {
        a = (a + UInt32(byte)) % 65521
        b = (b + a) % 65521
    }
    return b << 16 | a
}
print(adler32(data), String(adler32(data), radix: 16))

// FNV-1a, 32 and 64 bits: multiplication wraps.
func fnv1a32(_ data: [UInt8]) -> UInt32 {
    var hash: UInt32 = 2166136261
    for byte in data { hash = (hash ^ UInt32(byte)) &* 16777619 }
    return hash
}
func fnv1a64(_ data: [UInt8]) -> UInt64 {
    var hash: UInt64 = 14695981039346656037
    for byte in data { hash = (hash ^ UInt64(byte)) &* 1099511628211 }
    return hash
}
print(fnv1a32(data), fnv1a64(data), String(fnv1a64(data), radix: 16, uppercase: true))

// CRC-8 (polynomial 0x07), bit by bit.
func crc8(_ data: [UInt8]) -> UInt8 {
    var crc: UInt8 = 0
    for byte in data {
        crc ^= byte
        for _ in 0..<8 {
            crc = crc & 0x80 != 0 ? (crc << 1) ^ 0x07 : crc << 1
        }
    }
    return crc
}
print(crc8(data), crc8(bytes("123456789")))

// A byte-sum checksum that wraps, and its two's complement.
let sum = data.reduce(UInt8(0), &+)
print(sum, ~sum &+ 1, sum &+ (~sum &+ 1))

// Counting bits three ways.
func popcount(_ x: UInt32) -> Int {
    var v = x, count = 0
    while v != 0 {
        v &= v - 1
        count += 1
    }
    return count
}
let samples: [UInt32] = [0, 1, 0xFF, 0xDEADBEEF, UInt32.max]
print(samples.map(popcount), samples.map { $0.nonzeroBitCount })
print(samples.map { $0.leadingZeroBitCount }, samples.map { $0.trailingZeroBitCount })

func reversed(_ x: UInt8) -> UInt8 {
    var v = x, out: UInt8 = 0
    for _ in 0..<8 {
        out = out << 1 | v & 1
        v >>= 1
    }
    return out
}
print((0..<8).map { reversed(UInt8(1) << UInt8($0)) }, reversed(0b1011_0000))

func parity(_ x: UInt64) -> Bool {
    var v = x
    v ^= v >> 32
    v ^= v >> 16
    v ^= v >> 8
    v ^= v >> 4
    v ^= v >> 2
    v ^= v >> 1
    return v & 1 == 1
}
print(parity(0), parity(1), parity(3), parity(UInt64.max), parity(0x8000_0000_0000_0001))

// Gray code round trip.
func gray(_ n: UInt16) -> UInt16 { n ^ (n >> 1) }
func fromGray(_ g: UInt16) -> UInt16 {
    var n = g, shift = g >> 1
    while shift != 0 {
        n ^= shift
        shift >>= 1
    }
    return n
}
let codes = (0..<8).map { gray(UInt16($0)) }
print(codes, codes.map(fromGray))
print(codes.map { String($0, radix: 2) })

// Packing four bytes into a word and back.
let rgba: [UInt8] = [0x12, 0xAB, 0x00, 0xFF]
let packed = rgba.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
let unpacked = (0..<4).map { UInt8(truncatingIfNeeded: packed >> (24 - 8 * UInt32($0))) }
print(String(packed, radix: 16), unpacked, packed.byteSwapped == 0xFF00AB12)
print(UInt16(0x1234).byteSwapped, Int16(bitPattern: 0xFFFE), UInt8(bitPattern: -3))

// A xorshift generator: deterministic, wrapping shifts on a UInt64 state.
var state: UInt64 = 88172645463325252
func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
}
print((0..<4).map { _ in next() % 1000 }, next())
