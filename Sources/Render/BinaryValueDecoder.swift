import Foundation
import Report

/// Reads what ``BinaryValues/encode(_:userInfo:)`` wrote (the layout is described there). Every
/// read is checked against the bytes' end and the tag it expects: bytes out of shape throw a
/// `DecodingError`, never trap, and a value is only read as deep as its type asks.
extension BinaryValues {
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8],
                                         userInfo: [CodingUserInfoKey: Any] = [:]) throws -> Value {
        let decoder = BinaryValueDecoder(bytes: bytes, position: 0, codingPath: [], userInfo: userInfo)
        let value = try decoder.decode(type)
        guard try decoder.end() == bytes.count else { throw decoder.corrupt("bytes after the value") }
        return value
    }
}

struct BinaryValueDecoder: Decoder {
    let bytes: [UInt8]
    /// Where the value's tag is.
    let position: Int
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    func corrupt(_ what: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: "results-cache entry: \(what)"))
    }

    func tag() throws -> BinaryValues.Tag {
        guard position < bytes.count, let tag = BinaryValues.Tag(rawValue: bytes[position]) else { throw corrupt("no value") }
        return tag
    }

    /// A reader just past the tag.
    private func reader() -> BinaryFieldReader { BinaryFieldReader(bytes: bytes, position: position + 1) }

    /// Where the value ends (checked to lie within the bytes).
    func end() throws -> Int {
        var reader = reader()
        switch try tag() {
        case .null:
            return reader.position
        case .scalar:
            guard let field = reader.field() else { throw corrupt("a scalar past the end") }
            return field.upperBound
        case .keyed, .unkeyed:
            guard let length = reader.count(), length <= reader.remaining else { throw corrupt("a container past the end") }
            return reader.position + length
        case .doubles:
            guard let count = reader.count(), count <= reader.remaining / 8 else { throw corrupt("numbers past the end") }
            return reader.position + 8 * count
        }
    }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if try tag() == .doubles {
            var reader = reader()
            guard let count = reader.count(), count <= reader.remaining / 8 else { throw corrupt("numbers past the end") }
            var values: [Double] = []
            values.reserveCapacity(count)
            for _ in 0..<count { values.append(Double(bitPattern: reader.word()!)) }
            guard let value = values as? Value else { throw corrupt("numbers where a \(type) was expected") }
            return value
        }
        if Value.self == Data.self, try tag() == .scalar { return Data(try scalar()) as! Value }
        return try Value(from: self)
    }

    /// The scalar's bytes, `size` of them when given.
    func scalar(size: Int? = nil) throws -> ArraySlice<UInt8> {
        var reader = reader()
        guard try tag() == .scalar, let field = reader.field() else { throw corrupt("expected a scalar") }
        guard size == nil || field.count == size else { throw corrupt("a scalar of \(field.count) bytes") }
        return bytes[field]
    }

    func word() throws -> UInt64 {
        try scalar(size: 8).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    func integer<Integer: FixedWidthInteger>(_ type: Integer.Type) throws -> Integer {
        let word = try word()
        let value = Integer.isSigned ? Integer(exactly: Int64(bitPattern: word)) : Integer(exactly: word)
        guard let value else { throw corrupt("\(word) out of \(type)'s range") }
        return value
    }

    func decodeBool() throws -> Bool {
        switch try scalar(size: 1).first! {
        case 0: false
        case 1: true
        case let byte: throw corrupt("\(byte) for a Bool")
        }
    }

    func decodeDouble() throws -> Double { Double(bitPattern: try word()) }

    func decodeFloat() throws -> Float {
        Float(bitPattern: try scalar(size: 4).reversed().reduce(0) { $0 << 8 | UInt32($1) })
    }

    func decodeString() throws -> String { String(decoding: try scalar(), as: UTF8.self) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard try tag() == .keyed else { throw corrupt("expected a keyed container") }
        let end = try end()
        var reader = reader()
        _ = reader.count()
        guard let count = reader.count(), count <= end - reader.position else { throw corrupt("a keyed container's count") }
        var entries: [(key: Range<Int>, value: Int)] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = reader.field(), reader.position < end else { throw corrupt("a key past its container") }
            let value = reader.position
            reader.position = try at(value).end()
            guard reader.position <= end else { throw corrupt("a value past its container") }
            entries.append((key, value))
        }
        return KeyedDecodingContainer(KeyedReader<Key>(decoder: self, entries: entries))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard try tag() == .unkeyed else { throw corrupt("expected an unkeyed container") }
        let end = try end()
        var reader = reader()
        _ = reader.count()
        guard let count = reader.count(), count <= end - reader.position else { throw corrupt("an unkeyed container's count") }
        return UnkeyedReader(decoder: self, count: count, next: reader.position, end: end)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValueReader(decoder: self) }

    /// The decoder of the value at `position`, `key` appended to the coding path.
    func at(_ position: Int, key: (any CodingKey)? = nil) -> BinaryValueDecoder {
        BinaryValueDecoder(bytes: bytes, position: position, codingPath: key.map { codingPath + [$0] } ?? codingPath, userInfo: userInfo)
    }
}

private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: BinaryValueDecoder
    let entries: [(key: Range<Int>, value: Int)]

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        entries.compactMap { Key(stringValue: String(decoding: decoder.bytes[$0.key], as: UTF8.self)) }
    }

    private func position(of key: Key) -> Int? {
        let name = key.stringValue.utf8
        return entries.first { decoder.bytes[$0.key].elementsEqual(name) }?.value
    }

    private func value(_ key: Key) throws -> BinaryValueDecoder {
        guard let position = position(of: key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "results-cache entry: no \(key.stringValue)"))
        }
        return decoder.at(position, key: key)
    }

    func contains(_ key: Key) -> Bool { position(of: key) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { try value(key).tag() == .null }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(key).decodeBool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(key).decodeString() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(key).decodeDouble() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(key).integer(Int.self) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try value(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try value(key).unkeyedContainer() }
    func superDecoder() throws -> any Decoder { try value(Key(stringValue: "super")!) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try value(key) }
}

private struct UnkeyedReader: UnkeyedDecodingContainer {
    let decoder: BinaryValueDecoder
    let count: Int?
    var currentIndex = 0
    /// Where the next value's tag is.
    var next: Int
    let end: Int

    init(decoder: BinaryValueDecoder, count: Int, next: Int, end: Int) {
        self.decoder = decoder
        self.count = count
        self.next = next
        self.end = end
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var isAtEnd: Bool { currentIndex >= count! }

    /// The next value's decoder, moving past it.
    private mutating func advance() throws -> BinaryValueDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "results-cache entry: past the end of a list"))
        }
        let value = decoder.at(next, key: IndexKey(currentIndex))
        let after = try value.end()
        guard after <= end else { throw decoder.corrupt("a value past its list") }
        next = after
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, try decoder.at(next).tag() == .null else { return false }
        _ = try advance()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try advance().decodeBool() }
    mutating func decode(_ type: String.Type) throws -> String { try advance().decodeString() }
    mutating func decode(_ type: Double.Type) throws -> Double { try advance().decodeDouble() }
    mutating func decode(_ type: Int.Type) throws -> Int { try advance().integer(Int.self) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try advance().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try advance().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try advance().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try advance() }
}

private struct SingleValueReader: SingleValueDecodingContainer {
    let decoder: BinaryValueDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { (try? decoder.tag()) == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.decodeBool() }
    func decode(_ type: String.Type) throws -> String { try decoder.decodeString() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.decodeDouble() }
    func decode(_ type: Float.Type) throws -> Float { try decoder.decodeFloat() }
    func decode(_ type: Int.Type) throws -> Int { try decoder.integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(type) }
}
