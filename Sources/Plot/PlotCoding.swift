import Foundation

// How a figure is stored by the results cache (docs/ARCHITECTURE.md, "The results cache"): the
// synthesized `Codable` of the marks, except that every `[Double]` is one block of bytes (the
// values' IEEE bits, exact) rather than one coded value per element, which made decoding a
// cached notebook's figures most of a cached render. These overloads are internal, so they are
// what the synthesized conformances of this module pick, and nothing outside it.

extension KeyedEncodingContainer {
    mutating func encode(_ values: [Double], forKey key: Key) throws {
        try encode(values.withUnsafeBufferPointer { Data(buffer: $0) }, forKey: key)
    }

    mutating func encodeIfPresent(_ values: [Double]?, forKey key: Key) throws {
        guard let values else { return }
        try encode(values, forKey: key)
    }
}

extension KeyedDecodingContainer {
    func decode(_ type: [Double].Type, forKey key: Key) throws -> [Double] {
        try Self.doubles(decode(Data.self, forKey: key), key: key, in: self)
    }

    func decodeIfPresent(_ type: [Double].Type, forKey key: Key) throws -> [Double]? {
        try decodeIfPresent(Data.self, forKey: key).map { try Self.doubles($0, key: key, in: self) }
    }

    private static func doubles(_ data: Data, key: Key, in container: Self) throws -> [Double] {
        guard data.count % MemoryLayout<Double>.size == 0 else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "\(data.count) bytes is no whole number of Doubles")
        }
        return [Double](unsafeUninitializedCapacity: data.count / MemoryLayout<Double>.size) { buffer, count in
            count = data.copyBytes(to: buffer) / MemoryLayout<Double>.size
        }
    }
}
