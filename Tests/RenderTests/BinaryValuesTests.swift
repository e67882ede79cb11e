import Foundation
import Linalg
import Plot
import Testing
@testable import Render

/// The results cache's entries as nb's binary values (format 3), compared with Foundation's
/// JSONEncoder, an encoder of its own: what comes back must encode to the same JSON.
@Suite struct BinaryValuesTests {
    func json<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(value)
    }

    func roundTrip<Value: Codable>(_ value: Value) throws -> Value {
        try BinaryValues.decode(Value.self, from: try BinaryValues.encode(value))
    }

    @Test func everyDoubleComesBackBitForBit() throws {
        let values: [Double] = [0, -0.0, 1 / 3, .pi, .nan, -.infinity, .infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        #expect(try roundTrip(values).map(\.bitPattern) == values.map(\.bitPattern))
        #expect(try roundTrip(Float(-0.1)).bitPattern == Float(-0.1).bitPattern)
    }

    @Test func aFigureComesBackAsTheSameFigure() throws {
        var figure = Figure(title: "$\\sin x$", xlabel: "x", yscale: .log)
        figure.line([1, .nan, 2, 3], label: "y")
        figure.scatter(x: [1, 2], y: [-1, 4], label: nil)
        figure.callSite = CallSite(line: 12, column: 5)
        let back = try roundTrip(figure)
        #expect(try json(back) == json(figure))
        #expect(back.svg(idPrefix: "f") == figure.svg(idPrefix: "f"))
    }

    @Test func optionalsEnumsAndDictionariesComeBack() throws {
        enum Shape: Codable, Equatable { case point, segment(from: Int, to: Int), named(String?) }
        struct Record: Codable, Equatable {
            var shapes: [Shape]
            var note: String?
            var counts: [String: Int]
            var holes: [Int?]
            var small: UInt8
        }
        let record = Record(shapes: [.point, .segment(from: -3, to: 4), .named(nil), .named("é")], note: nil,
                            counts: ["a": 1, "b": -2], holes: [1, nil, 3], small: 200)
        #expect(try roundTrip(record) == record)
    }

    @Test func aMatrixComesBackExactlyAndAWrongShapeIsRefused() throws {
        let matrix = Matrix(rows: 2, cols: 3, rowMajor: [1, -0.0, .nan, 4, 5, .infinity])
        #expect(try json(roundTrip(matrix)) == json(matrix))
        struct Forged: Encodable { var rows = 2, cols = 2, elements: [Double] = [1, 2, 3] }
        #expect(throws: DecodingError.self) { try BinaryValues.decode(Matrix.self, from: BinaryValues.encode(Forged())) }
    }

    /// Bytes out of shape — cut anywhere, or any byte changed — are refused with an error or read
    /// as some value; never a trap, never a read past the end.
    @Test func damagedBytesNeverTrap() throws {
        var figure = Figure(title: "t")
        figure.line([1, 2, 3], label: "y")
        let bytes = try BinaryValues.encode(figure)
        for end in 0..<bytes.count {
            #expect(throws: DecodingError.self) { try BinaryValues.decode(Figure.self, from: Array(bytes[..<end])) }
        }
        for index in bytes.indices {
            var damaged = bytes
            damaged[index] ^= 0xA5
            _ = try? BinaryValues.decode(Figure.self, from: damaged)
        }
        #expect(throws: DecodingError.self) { try BinaryValues.decode(Figure.self, from: bytes + [0]) }
    }

    @Test func theSameValueIsTheSameBytes() throws {
        var figure = Figure(title: "t")
        figure.line([1, 2, 3], label: "y")
        #expect(try BinaryValues.encode(figure) == BinaryValues.encode(roundTrip(figure)))
    }
}

extension BinaryValuesTests {
    /// An empty array of anything casts to `[Double]`; only a `[Double]` is packed as numbers.
    @Test func anEmptyArrayComesBackAsItsOwnType() throws {
        struct Lists: Codable, Equatable { var names: [String] = []; var numbers: [Double] = []; var nested: [[Int]] = [[]] }
        #expect(try roundTrip(Lists()) == Lists())
    }
}

extension BinaryValuesTests {
    /// A figure's numbers (which Plot codes as `Data`) take their 8 bytes each, not a value per byte.
    @Test func aFiguresNumbersAreOneFieldOfBytes() throws {
        var figure = Figure(title: "t")
        figure.line((0..<1000).map { Double($0) / 7 }, label: "y")
        let bytes = try BinaryValues.encode(figure)
        #expect(bytes.count < 1000 * 8 + 2000, "\(bytes.count) bytes for 1000 numbers")
        #expect(try json(roundTrip(figure)) == json(figure))
        #expect(try roundTrip(Data([0, 1, 255])) == Data([0, 1, 255]))
    }
}
