import Foundation

/// A deterministic stream of random numbers: the **xoshiro256\*\*** generator
/// (Blackman & Vigna 2018, 256 bits of state, period 2²⁵⁶ − 1) with its state
/// seeded by **SplitMix64**, and standard normals by **Marsaglia's polar method**.
///
/// Same seed and key, same numbers, on every run and every machine: the
/// integer stream is exact; uniforms are `(next() >> 11) · 2⁻⁵³` (53 exact bits in
/// [0, 1)); the normal sampler uses only `*`, `+`, `sqrt` (correctly rounded
/// everywhere) and `log` (glibc's and Apple's agree on all values tested, but
/// `log` is not required by IEEE 754 to be correctly rounded).
///
/// ```swift
/// var stream = RandomStream(seed: 42, key: "cell-3")
/// stream.next()      // a UInt64
/// stream.uniform()   // in [0, 1)
/// stream.normal()    // N(0, 1)
/// ```
///
/// Streams for different keys are independent for all practical purposes: the
/// key is hashed with 64-bit FNV-1a, mixed with the seed, and expanded by SplitMix64.
public struct RandomStream: Sendable, Hashable {
    private var s0, s1, s2, s3: UInt64
    /// The second normal of the last polar pair, handed out by the next `normal()`.
    private var spareNormal: Double?

    /// A stream seeded directly with `seed` (SplitMix64 expands it to 256 bits).
    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        (s0, s1, s2, s3) = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
        spareNormal = nil
    }

    /// The stream of `key` under the notebook seed `seed`: inserting another key
    /// (another cell) changes nothing that `key` draws.
    public init(seed: UInt64, key: String) {
        self.init(seed: RandomStream.derive(seed: seed, key: key))
    }

    /// `seed` mixed with the 64-bit FNV-1a hash of `key`'s UTF-8 bytes (then
    /// SplitMix64's finalizer), so that nearby keys give unrelated seeds.
    public static func derive(seed: UInt64, key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var mixer = SplitMix64(state: seed ^ SplitMix64.finalize(hash))
        return mixer.next()
    }

    /// The next 64 random bits (xoshiro256\*\*).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal N(0, 1) by Marsaglia's polar method: draw (u, v) uniform in
    /// the square [−1, 1)² until `0 < s = u² + v² < 1`, then `u·√(−2 ln s / s)` and
    /// `v·√(−2 ln s / s)` are independent normals; the second is kept for the next call.
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * Foundation.log(s) / s).squareRoot()
                spareNormal = v * factor
                return u * factor
            }
        }
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// SplitMix64 (Steele, Lea & Flood 2014): the seeding generator recommended for xoshiro.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &+ 0x9e37_79b9_7f4a_7c15
        return SplitMix64.finalize(state)
    }

    static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// The process-wide default random stream that the argument-less drawing functions
/// (``randn(_:_:std:)``, ``rand(_:_:)``, ``randn()``, ``rand()``) draw from: the stream
/// of a natively compiled program. Lock-protected (safe from any thread).
///
/// A host that runs several programs at once (the notebook interpreter) must not use it:
/// it keeps a stream per run (per cell, derived from the notebook seed and the cell's
/// label, so inserting a cell changes nothing another draws) and calls the forms that
/// take it, `randn(4, 3, using: &stream)`.
///
/// ```swift
/// Random.setStream(seed: 20240501, key: "fig-balance")
/// let W = randn(4, 3)
/// ```
///
/// A compiled program that never calls `setStream` draws from
/// `RandomStream(seed: Random.defaultSeed, key: "")`.
public enum Random {
    /// The seed used when no host has set a stream.
    public static let defaultSeed: UInt64 = 0x5EED

    private static let current = LockedValue(RandomStream(seed: defaultSeed, key: ""))

    /// Makes `RandomStream(seed: seed, key: key)` the current stream.
    public static func setStream(seed: UInt64, key: String) {
        setStream(RandomStream(seed: seed, key: key))
    }

    /// Makes `stream` the current stream.
    public static func setStream(_ stream: RandomStream) {
        current.withLock { $0 = stream }
    }

    /// A copy of the current stream's state (e.g. to save and restore it).
    public static var stream: RandomStream { current.withLock { $0 } }

    /// Draws from the current stream under its lock.
    public static func draw<Result, Failure: Error>(
        _ body: (inout RandomStream) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try current.withLock { (stream: inout RandomStream) throws(Failure) in try body(&stream) }
    }
}
