import Foundation
import Report

/// Any `Encodable` as nb's binary fields (`Report/BinaryFields.swift`): the results cache's entries
/// (format 3; docs/ARCHITECTURE.md, "The results cache"). Format 2 wrote binary property lists,
/// whose decoding was a tenth of a cached render.
///
/// A value is a tag byte and what the tag says follows:
///
///     0  nil
///     1  a scalar: a field (Bool: 1 byte; every integer: 8 bytes; Double: its 8-byte bit
///        pattern, exact; Float: 4; String: UTF-8; Data: its bytes)
///     2  a keyed container: its length in bytes, its count, then (key string, value) pairs
///     3  an unkeyed container: its length in bytes, its count, then the values
///     4  a [Double]: its count, then each one's bit pattern
///
/// A container's length lets a reader step over it without reading it, so finding a key costs
/// the container's keys, not its contents. Keys are kept in the order they were encoded, so the
/// same value is the same bytes.
enum BinaryValues {
    static func encode<Value: Encodable>(_ value: Value, userInfo: [CodingUserInfoKey: Any] = [:]) throws -> [UInt8] {
        let slot = EncodedSlot()
        try BinaryValueEncoder.encode(value, into: slot, codingPath: [], userInfo: userInfo)
        var writer = BinaryFieldWriter()
        slot.write(into: &writer)
        return writer.bytes
    }

    enum Tag: UInt8 { case null = 0, scalar, keyed, unkeyed, doubles }
}

/// Where one encoded value goes, filled when its encoder is asked for a container.
final class EncodedSlot {
    enum Value {
        case null
        case scalar([UInt8])
        case doubles([Double])
        case keyed(KeyedStorage)
        case unkeyed(UnkeyedStorage)
    }

    final class KeyedStorage { var entries: [(key: String, slot: EncodedSlot)] = [] }
    final class UnkeyedStorage { var slots: [EncodedSlot] = [] }

    var value: Value?

    init(_ value: Value? = nil) { self.value = value }

    func write(into writer: inout BinaryFieldWriter) {
        switch value {
        case .null:
            writer.byte(BinaryValues.Tag.null.rawValue)
        case .scalar(let bytes):
            writer.byte(BinaryValues.Tag.scalar.rawValue)
            writer.field(bytes)
        case .doubles(let values):
            writer.byte(BinaryValues.Tag.doubles.rawValue)
            writer.count(values.count)
            for value in values { writer.word(value.bitPattern) }
        case .keyed(let storage):
            writer.byte(BinaryValues.Tag.keyed.rawValue)
            let length = writer.placeholder(), start = writer.bytes.count
            writer.count(storage.entries.count)
            for (key, slot) in storage.entries {
                writer.string(key)
                slot.write(into: &writer)
            }
            writer.fill(writer.bytes.count - start, at: length)
        case .unkeyed(let storage):
            writer.byte(BinaryValues.Tag.unkeyed.rawValue)
            let length = writer.placeholder(), start = writer.bytes.count
            writer.count(storage.slots.count)
            for slot in storage.slots { slot.write(into: &writer) }
            writer.fill(writer.bytes.count - start, at: length)
        case nil:
            // A value that encoded nothing: an empty keyed container, as JSONEncoder writes `{}`.
            EncodedSlot(.keyed(KeyedStorage())).write(into: &writer)
        }
    }

    static func integer(_ value: some BinaryInteger) -> Value {
        .scalar(withUnsafeBytes(of: UInt64(truncatingIfNeeded: value).littleEndian, Array.init))
    }

    static func double(_ value: Double) -> Value {
        .scalar(withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init))
    }

    static func float(_ value: Float) -> Value {
        .scalar(withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init))
    }

    static func string(_ value: String) -> Value { .scalar(Array(value.utf8)) }

    static func bool(_ value: Bool) -> Value { .scalar([value ? 1 : 0]) }
}

struct BinaryValueEncoder: Encoder {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    /// Encodes `value` into `slot`: a `[Double]` packed, anything else through its `encode(to:)`.
    static func encode<Value: Encodable>(_ value: Value, into slot: EncodedSlot, codingPath: [any CodingKey],
                                         userInfo: [CodingUserInfoKey: Any]) throws {
        // By cast, not by comparing metatypes (`Value.self == [Double].self` is false here for
        // arrays a module compiled with -O made). An empty array of anything casts too: it is
        // read back by casting the empty numbers to what the reader asks for.
        if let doubles = value as? [Double] {
            slot.value = .doubles(doubles)
        } else if let data = value as? Data {
            // One field, not a value per byte (Plot stores a figure's numbers as `Data`).
            slot.value = .scalar(Array(data))
        } else {
            try value.encode(to: BinaryValueEncoder(slot: slot, codingPath: codingPath, userInfo: userInfo))
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let storage: EncodedSlot.KeyedStorage
        if case .keyed(let existing) = slot.value {
            storage = existing
        } else {
            storage = EncodedSlot.KeyedStorage()
            slot.value = .keyed(storage)
        }
        return KeyedEncodingContainer(KeyedWriter(storage: storage, codingPath: codingPath, userInfo: userInfo))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let storage: EncodedSlot.UnkeyedStorage
        if case .unkeyed(let existing) = slot.value {
            storage = existing
        } else {
            storage = EncodedSlot.UnkeyedStorage()
            slot.value = .unkeyed(storage)
        }
        return UnkeyedWriter(storage: storage, codingPath: codingPath, userInfo: userInfo)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueWriter(slot: slot, codingPath: codingPath, userInfo: userInfo)
    }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: EncodedSlot.KeyedStorage
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    private func slot(for key: Key) -> EncodedSlot {
        let slot = EncodedSlot()
        storage.entries.append((key.stringValue, slot))
        return slot
    }

    mutating func encodeNil(forKey key: Key) { slot(for: key).value = .null }
    mutating func encode(_ value: Bool, forKey key: Key) { slot(for: key).value = EncodedSlot.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) { slot(for: key).value = EncodedSlot.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) { slot(for: key).value = EncodedSlot.double(value) }
    mutating func encode(_ value: Float, forKey key: Key) { slot(for: key).value = EncodedSlot.float(value) }
    mutating func encode(_ value: Int, forKey key: Key) { slot(for: key).value = EncodedSlot.integer(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try BinaryValueEncoder.encode(value, into: slot(for: key), codingPath: codingPath + [key], userInfo: userInfo)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        BinaryValueEncoder(slot: slot(for: key), codingPath: codingPath + [key], userInfo: userInfo).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        BinaryValueEncoder(slot: slot(for: key), codingPath: codingPath + [key], userInfo: userInfo).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        BinaryValueEncoder(slot: slot(for: Key(stringValue: "super")!), codingPath: codingPath, userInfo: userInfo)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        BinaryValueEncoder(slot: slot(for: key), codingPath: codingPath + [key], userInfo: userInfo)
    }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
    let storage: EncodedSlot.UnkeyedStorage
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    var count: Int { storage.slots.count }

    private func next() -> EncodedSlot {
        let slot = EncodedSlot()
        storage.slots.append(slot)
        return slot
    }

    mutating func encodeNil() { next().value = .null }
    mutating func encode(_ value: Bool) { next().value = EncodedSlot.bool(value) }
    mutating func encode(_ value: String) { next().value = EncodedSlot.string(value) }
    mutating func encode(_ value: Double) { next().value = EncodedSlot.double(value) }
    mutating func encode(_ value: Float) { next().value = EncodedSlot.float(value) }
    mutating func encode(_ value: Int) { next().value = EncodedSlot.integer(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try BinaryValueEncoder.encode(value, into: next(), codingPath: codingPath + [IndexKey(count)], userInfo: userInfo)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        BinaryValueEncoder(slot: next(), codingPath: codingPath, userInfo: userInfo).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        BinaryValueEncoder(slot: next(), codingPath: codingPath, userInfo: userInfo).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        BinaryValueEncoder(slot: next(), codingPath: codingPath, userInfo: userInfo)
    }
}

private struct SingleValueWriter: SingleValueEncodingContainer {
    let slot: EncodedSlot
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    mutating func encodeNil() { slot.value = .null }
    mutating func encode(_ value: Bool) { slot.value = EncodedSlot.bool(value) }
    mutating func encode(_ value: String) { slot.value = EncodedSlot.string(value) }
    mutating func encode(_ value: Double) { slot.value = EncodedSlot.double(value) }
    mutating func encode(_ value: Float) { slot.value = EncodedSlot.float(value) }
    mutating func encode(_ value: Int) { slot.value = EncodedSlot.integer(value) }
    mutating func encode(_ value: Int8) { slot.value = EncodedSlot.integer(value) }
    mutating func encode(_ value: Int16) { slot.value = EncodedSlot.integer(value) }
    mutating func encode(_ value: Int32) { slot.value = EncodedSlot.integer(value) }
    mutating func encode(_ value: Int64) { slot.value = EncodedSlot.integer(value) }
    mutating func encode(_ value: UInt) { slot.value = EncodedSlot.integer(value) }
    mutating func encode(_ value: UInt8) { slot.value = EncodedSlot.integer(value) }
    mutating func encode(_ value: UInt16) { slot.value = EncodedSlot.integer(value) }
    mutating func encode(_ value: UInt32) { slot.value = EncodedSlot.integer(value) }
    mutating func encode(_ value: UInt64) { slot.value = EncodedSlot.integer(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try BinaryValueEncoder.encode(value, into: slot, codingPath: codingPath, userInfo: userInfo)
    }
}

/// An unkeyed container's position, for coding paths.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}
