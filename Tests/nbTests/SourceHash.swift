/// A 64-bit FNV-1a digest, printed as 16 hex digits: the cache key of compiled programs
/// and library modules. Not cryptographic; it only has to tell sources apart.
struct SourceHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes in `text`'s UTF-8 bytes followed by a separator, so that ("ab", "c") and
    /// ("a", "bc") hash differently.
    mutating func combine(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0)
    }

    private mutating func mix(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01b3
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The digest of several strings in order.
    static func of(_ parts: [String]) -> String {
        var hash = SourceHash()
        parts.forEach { hash.combine($0) }
        return hash.hex
    }
}
