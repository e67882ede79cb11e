import Testing
import CellValues
@testable import Cells

/// The fixed-width integer types: Swift's traps at the operator (or the conversion), swiftc's
/// errors for literals and mixed types before anything runs, and the integer table's
/// arithmetic checked against Swift's own types.
struct IntegerTests {
    @Test(arguments: [
        ("let a: Int8 = 100\nlet b = a 1️⃣+ a", CellErrorKind.integerOverflow(operator: "+", type: .int8)),
        ("let a: UInt8 = 3\nlet b: UInt8 = 5\nprint(a 1️⃣- b)", .integerOverflow(operator: "-", type: .uint8)),
        ("let b: UInt8 = 16\nprint(\"before\")\nlet c = (b 1️⃣* b) / 2", .integerOverflow(operator: "*", type: .uint8)),
        ("var x: UInt16 = 65000\nfor _ in 0..<10 {\n    x 1️⃣+= 100\n}", .integerOverflow(operator: "+", type: .uint16)),
        ("let m = Int16.min\nprint(1️⃣-m)", .integerOverflow(operator: "-", type: .int16)),
        ("let m = Int8.min\nlet n: Int8 = -1\nprint(m 1️⃣/ n)", .integerOverflow(operator: "/", type: .int8)),
        ("let m = Int32.min\nlet n: Int32 = -1\nprint(m 1️⃣% n)", .integerOverflow(operator: "%", type: .int32)),
        ("let z: UInt64 = 0\nprint(UInt64(7) 1️⃣/ z)", .divisionByZero),
        ("let x = 300\nprint(1️⃣Int8(x))", .integerNotRepresentable(negativeIntoUnsigned: false)),
        ("let x = -3\nprint(1️⃣UInt8(x))", .integerNotRepresentable(negativeIntoUnsigned: true)),
        ("let x = UInt64.max\nprint(1️⃣Int(x))", .integerNotRepresentable(negativeIntoUnsigned: false)),
        ("let d = 300.0\nprint(1️⃣Int8(d))", .invalidConversion(value: 300, type: .int8)),
        ("let d = -1.5\nprint(1️⃣UInt8(d))", .invalidConversion(value: -1.5, type: .uint8)),
        ("let m = Int8.min\nprint(1️⃣abs(m))", .integerOverflow(operator: "abs", type: .int8)),
        ("print(1️⃣String(5, radix: 40))", .invalidRadix(parsing: false)),
        ("print(1️⃣UInt8(\"5\", radix: 1) as Any)", .invalidRadix(parsing: true)),
    ])
    func trapsAtTheOperatorOrConversion(_ source: String, _ kind: CellErrorKind) {
        let (code, line, column) = DiagnosticTests.marked(source)
        let (_, error) = runCell(code)
        #expect(error == CellError(line: line, column: column, kind: kind))
    }

    @Test func outputBeforeAnOverflowIsKept() {
        let (output, error) = runCell("var x: UInt8 = 250\nwhile true {\n    print(x)\n    x += 3\n}")
        #expect(output == "250\n253\n")
        #expect(error == CellError(line: 4, column: 7, kind: .integerOverflow(operator: "+", type: .uint8)))
    }

    @Test(arguments: [
        ("let b: Int8 = 1️⃣200", CellErrorKind.integerLiteralOverflow(literal: "200", type: "Int8")),
        ("let b: UInt8 = 1️⃣-1", .negativeIntegerOverflow(literal: "-1", type: "UInt8")),
        ("let b = Int8(1️⃣-129)", .integerLiteralOverflow(literal: "-129", type: "Int8")),
        ("let b: UInt16 = 1️⃣0x1_0000", .integerLiteralOverflow(literal: "65536", type: "UInt16")),
        ("let x = 1️⃣9223372036854775808", .integerLiteralOverflow(literal: "9223372036854775808", type: "Int")),
        ("let x: UInt8 = 5\nprint(x == 1️⃣300)", .integerLiteralOverflow(literal: "300", type: "UInt8")),
        ("let a: Int8 = 5\nlet b = 3\nprint(a 1️⃣+ b)", .binaryOperatorMismatch(operator: "+", lhs: "Int8", rhs: "Int")),
        ("let a: UInt8 = 1\nlet b: Int8 = 1\nprint(a 1️⃣& b)", .binaryOperatorMismatch(operator: "&", lhs: "UInt8", rhs: "Int8")),
        ("let u: UInt32 = 5\nprint(1️⃣-u)", .unaryOperatorMismatch(operator: "-", operand: "UInt32")),
        ("let u: UInt32 = 5\nlet d: Double = 1️⃣u", .cannotConvert(from: "UInt32", to: "Double", context: .specifiedType)),
        // Arithmetic on constants is swiftc's to evaluate, and to reject.
        ("let b: UInt8 = 10 * 10 1️⃣* 10 + 1", .constantOverflow(lhs: "100", operator: "*", rhs: "10", type: "UInt8")),
        ("let x = Int.max 1️⃣+ 1", .constantOverflow(lhs: "9223372036854775807", operator: "+", rhs: "1", type: "Int")),
        ("print(UInt8(200) 1️⃣+ 100)", .constantOverflow(lhs: "200", operator: "+", rhs: "100", type: "UInt8")),
        ("let x: Int8 = -128 1️⃣% -1", .constantOverflow(lhs: "-128", operator: "%", rhs: "-1", type: "Int8")),
        ("let x = 5 1️⃣/ 0", .constantDivisionByZero),
    ])
    func rejectedBeforeAnythingRuns(_ source: String, _ kind: CellErrorKind) {
        let (code, line, column) = DiagnosticTests.marked("print(\"never\")\n" + source)
        #expect(firstError(code) == CellError(line: line, column: column, kind: kind))
        #expect(runCell(code).output == "")
    }

    @Test func literalsOfTheExtremesFit() {
        let (output, error) = runCell("""
            let a: Int8 = -128, b: UInt64 = 18446744073709551615, c = -9223372036854775808
            print(a, b, c, Int8(100) + 27, [UInt8.max, 0], UInt.max > UInt(Int.max))
            """)
        #expect(error == nil)
        #expect(output == "-128 18446744073709551615 -9223372036854775808 127 [255, 0] true\n")
    }

    /// Values are canonical: the same number is the same `Value` whatever its type, and
    /// only UInt/UInt64 values above Int.max use `.uint`, which orders above every `.int`.
    @Test func valuesAreMathematicalValues() {
        #expect(ValueEquality.equal(Value(integer: 200), .int(200)))
        guard case .uint(let big) = Value(integer: Int128(UInt64.max)) else { Issue.record("not .uint"); return }
        #expect(big == UInt.max)
        #expect(Value(integer: Int128(Int.max)).integer == Int128(Int.max))
        #expect(ValueEquality.less(.int(Int.max), .uint(UInt(Int.max) + 1)))
        #expect(!ValueEquality.less(.uint(UInt.max), .int(-1)))
        #expect(Value.uint(UInt.max).integer == Int128(UInt64.max))
    }

    @Test func theTableHasSwiftsLimits() {
        func limits<T: FixedWidthInteger>(_: T.Type) -> (Int128, Int128, Int, Bool) { (Int128(T.min), Int128(T.max), T.bitWidth, T.isSigned) }
        let swift: [String: (Int128, Int128, Int, Bool)] = [
            "Int": limits(Int.self), "Int8": limits(Int8.self), "Int16": limits(Int16.self), "Int32": limits(Int32.self),
            "Int64": limits(Int64.self), "UInt": limits(UInt.self), "UInt8": limits(UInt8.self), "UInt16": limits(UInt16.self),
            "UInt32": limits(UInt32.self), "UInt64": limits(UInt64.self),
        ]
        #expect(IntegerType.all.count == swift.count)
        for row in IntegerType.all {
            guard let (min, max, width, signed) = swift[row.name] else { Issue.record("\(row.name)"); continue }
            #expect(row.min == min && row.max == max && row.bitWidth == width && row.isSigned == signed, "\(row.name)")
        }
        #expect(IntegerType.int8.magnitudeType == .uint8 && IntegerType.int.magnitudeType == .uint && IntegerType.uint16.magnitudeType == .uint16)
    }

    /// Every operation of every row against Swift's own type, on values at and near the limits.
    @Test func theTableComputesWhatSwiftComputes() {
        check(Int.self, .int); check(Int8.self, .int8); check(Int16.self, .int16); check(Int32.self, .int32)
        check(Int64.self, .int64); check(UInt.self, .uint); check(UInt8.self, .uint8); check(UInt16.self, .uint16)
        check(UInt32.self, .uint32); check(UInt64.self, .uint64)
    }

    private func check<T: FixedWidthInteger>(_: T.Type, _ row: IntegerType) {
        let samples: [T] = [T.min, T.min + 1, T.min / 2, 0, 1, 2, 3, 5, 100 % T.max, T.max / 3, T.max - 1, T.max]
            + (T.isSigned ? [T(-1), T(-2), T(-7)] : [])
        func same(_ a: Int128, _ b: T, _ what: String) { #expect(a == Int128(b), "\(row.name) \(what)") }
        func sameReport(_ a: (partialValue: Int128, overflow: Bool), _ b: (partialValue: T, overflow: Bool), _ what: String) {
            #expect(a.partialValue == Int128(b.partialValue) && a.overflow == b.overflow, "\(row.name) \(what)")
        }
        for x in samples {
            let a = Int128(x)
            same(row.inverting(a), ~x, "~\(x)")
            #expect(row.nonzeroBitCount(a) == x.nonzeroBitCount && row.leadingZeroBitCount(a) == x.leadingZeroBitCount
                    && row.trailingZeroBitCount(a) == x.trailingZeroBitCount, "\(row.name) bits of \(x)")
            same(row.byteSwapped(a), x.byteSwapped, "byteSwapped \(x)")
            for n in [-70, -9, -1, 0, 1, 3, 7, 8, 15, 31, 63, 64, 65] {
                same(row.shiftedLeft(a, by: Int128(n)), x << n, "\(x) << \(n)")
                same(row.shiftedRight(a, by: Int128(n)), x >> n, "\(x) >> \(n)")
                same(row.maskingShiftedLeft(a, by: Int128(n)), x &<< n, "\(x) &<< \(n)")
                same(row.maskingShiftedRight(a, by: Int128(n)), x &>> n, "\(x) &>> \(n)")
            }
            for y in samples {
                let b = Int128(y)
                sameReport(row.adding(a, b), x.addingReportingOverflow(y), "\(x) + \(y)")
                sameReport(row.subtracting(a, b), x.subtractingReportingOverflow(y), "\(x) - \(y)")
                sameReport(row.multiplying(a, b), x.multipliedReportingOverflow(by: y), "\(x) * \(y)")
                sameReport(row.dividing(a, b), x.dividedReportingOverflow(by: y), "\(x) / \(y)")
                sameReport(row.remainder(a, b), x.remainderReportingOverflow(dividingBy: y), "\(x) % \(y)")
            }
            same(row.wrapping(a * 3 + 1), x &* 3 &+ 1, "wrapping \(x)")
        }
        for d in [0.0, -0.5, 0.99, -1.0, 127.9, -128.9, 255.5, 65535.2, 4.3e9, 9.2e18, -9.2e18, 1.8e19, 1e30, -1e30] {
            let exact: Int128? = T(exactly: d).map { Int128($0) }
            #expect(row.exactly(d) == exact, "\(row.name)(exactly: \(d))")
            if let value = T(exactly: d.rounded(.towardZero)) {
                #expect((try? row.converting(d)) == Int128(value), "\(row.name)(\(d))")
            } else {
                #expect((try? row.converting(d)) == nil, "\(row.name)(\(d)) traps")
            }
        }
        for text in ["0", "-0", "+7", "-7", "127", "-128", "255", "256", "ff", "-", "", " 1", "18446744073709551615"] {
            let decimal: Int128? = T(text).map { Int128($0) }, hexadecimal: Int128? = T(text, radix: 16).map { Int128($0) }
            #expect((try? row.parse(text, radix: 10)) == decimal, "\(row.name)(\"\(text)\")")
            #expect((try? row.parse(text, radix: 16)) == hexadecimal, "\(row.name)(\"\(text)\", radix: 16)")
        }
    }
}
