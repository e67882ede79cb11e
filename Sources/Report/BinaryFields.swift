/// nb's one binary format for what it keeps on disk between commands: the report memo
/// (`ReportMemoCoding.swift`) and the results cache's entries (`Render.BinaryValueEncoder`).
/// Counts are little-endian `UInt32`s, a field is its length and its bytes, a string is its
/// UTF-8 as a field. Nothing is aligned and nothing is named: the reader knows what comes next.
/// A reader that meets anything out of shape (a count past the end) returns nil, never traps.
public struct BinaryFieldWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func count(_ value: Int) {
        let value = UInt32(truncatingIfNeeded: value)
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    /// Eight bytes, little-endian: an `Int`, or a `Double`'s bit pattern (exact: NaN, ±∞, -0.0).
    public mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    public mutating func field(_ field: some Collection<UInt8>) {
        count(field.count)
        bytes += field
    }

    public mutating func string(_ text: String) { field(text.utf8) }

    public mutating func strings(_ texts: [String]) {
        count(texts.count)
        for text in texts { string(text) }
    }

    /// Writes a count later (`fill(_:at:)`): for a length known only once what it measures is written.
    public mutating func placeholder() -> Int {
        defer { count(0) }
        return bytes.count
    }

    public mutating func fill(_ value: Int, at position: Int) {
        let value = UInt32(truncatingIfNeeded: value)
        for offset in 0..<4 { bytes[position + offset] = UInt8(truncatingIfNeeded: value >> UInt32(8 * offset)) }
    }
}

public struct BinaryFieldReader {
    public let bytes: [UInt8]
    public var position: Int

    public init(bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    public var atEnd: Bool { position == bytes.count }
    public var remaining: Int { bytes.count - position }

    public mutating func count() -> Int? {
        guard remaining >= 4 else { return nil }
        var value = 0
        for offset in 0..<4 { value |= Int(bytes[position + offset]) << (8 * offset) }
        position += 4
        return value
    }

    public mutating func word() -> UInt64? {
        guard remaining >= 8 else { return nil }
        var value: UInt64 = 0
        for offset in 0..<8 { value |= UInt64(bytes[position + offset]) << UInt64(8 * offset) }
        position += 8
        return value
    }

    public mutating func byte() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    /// The next field's bytes, as positions in ``bytes`` (no copy).
    public mutating func field() -> Range<Int>? {
        guard let length = count(), remaining >= length else { return nil }
        defer { position += length }
        return position..<position + length
    }

    public mutating func string() -> String? {
        field().map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    public mutating func strings() -> [String]? {
        guard let count = count(), count <= remaining else { return nil }
        var texts: [String] = []
        for _ in 0..<count {
            guard let text = string() else { return nil }
            texts.append(text)
        }
        return texts
    }
}
