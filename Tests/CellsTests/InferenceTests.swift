import Testing
@testable import Cells

/// Type inference as swiftc does it (issue 21): expressions swiftc rejects because no
/// solution is better than another, or because one generic parameter gets two types, each
/// rejected at the place swiftc reports (marked 1️⃣) with swiftc's words. Every row was
/// compiled with swiftc (`-module-name main`) and its first error copied.
struct InferenceTests {
    static let rejected: [(source: String, kind: CellErrorKind)] = [
        // A negated parenthesized arithmetic of integer literals: Int's operators and Double's fit
        // equally; swiftc names the first operator, innermost, whose overload differs.
        ("print(1️⃣-(+(4)))", .ambiguousOperator("-")),
        ("print(-(4 1️⃣+ 1))", .ambiguousOperator("+")),
        ("print(-(4 1️⃣* 2 + 1))", .ambiguousOperator("*")),
        ("print(-(1️⃣-(4)))", .ambiguousOperator("-")),
        ("print(-(1️⃣-(-4)))", .ambiguousOperator("-")),
        ("print(-(+4 1️⃣+ 1))", .ambiguousOperator("+")),
        ("let x = 1️⃣-((4))", .ambiguousOperator("-")),
        ("let x: Any = -(4 1️⃣+ 1)", .ambiguousOperator("+")),
        ("let x = -(1️⃣-(4))", .ambiguousOperator("-")),
        ("print(1️⃣-(4) ... 5)", .ambiguousOperator("-")),
        // A generic parameter is no context: only an argument of another type would be.
        ("print(max(1️⃣-(-4), 1))", .ambiguousOperator("-")),
        ("print(max(1, 1️⃣-(-4)))", .ambiguousOperator("-")),
        ("print(abs(1️⃣-(4)))", .ambiguousOperator("-")),
        ("func h<T: Numeric>(_ x: T) -> T { x }\nprint(h(1️⃣-(4)))", .ambiguousOperator("-")),
        // `String.init` by name: for a Double (or a String) `init(_:)` and `init(describing:)` tie,
        // for a type with no description `init(describing:)` and `init(reflecting:)` do.
        ("print([1.5].map(String.1️⃣init))", .ambiguousUse("init")),
        ("let a: [String] = [\"a\"]\nprint(a.map(String.1️⃣init))", .ambiguousUse("init")),
        ("struct P { var x = 1 }\nprint([P()].map(String.1️⃣init))", .ambiguousUse("init")),
        ("let a: [Int?] = [1]\nprint(a.map(String.1️⃣init))", .ambiguousUse("init")),
        // One generic parameter, two types: swiftc names a non-literal argument's type first,
        // and of two literals the later one's.
        ("func f<T>(_ a: T, _ b: T) {}\n1️⃣f(1, \"x\")", .conflictingGenericArguments(parameter: "T", first: .string, second: .int)),
        ("func f<T>(_ a: T, _ b: T) {}\n1️⃣f(\"x\", 1)", .conflictingGenericArguments(parameter: "T", first: .int, second: .string)),
        ("func f<T>(_ a: T, _ b: T) {}\n1️⃣f(1, true)", .conflictingGenericArguments(parameter: "T", first: .bool, second: .int)),
        ("func f<T: Equatable>(_ a: T, _ b: T) {}\n1️⃣f(1.5, \"x\")",
         .conflictingGenericArguments(parameter: "T", first: .string, second: .double)),
        ("func f<T>(_ a: T, _ b: T) {}\nlet n = 1\n1️⃣f(n, \"x\")", .conflictingGenericArguments(parameter: "T", first: .int, second: .string)),
        ("func f<T>(_ a: T, _ b: T) {}\nlet s = \"x\"\n1️⃣f(1, s)", .conflictingGenericArguments(parameter: "T", first: .string, second: .int)),
        ("func f<T>(_ a: T, _ b: T) {}\nlet a = 1\nlet b = \"x\"\n1️⃣f(a, b)", .conflictingGenericArguments(parameter: "T", first: .int, second: .string)),
        // An Int that is no literal does not join Doubles.
        ("let i = 3\nlet a = 1️⃣[i, 2.5]", .heterogeneousCollection),
        // Outside an `Any` context `??` has no overload for an `Int?` and a Double.
        ("let q: Int? = nil\nlet r = q 1️⃣?? 0.5", .binaryOperatorMismatch(operator: "??", lhs: "Int?", rhs: "Double")),
    ]

    @Test(arguments: rejected.indices)
    func rejectedWhereSwiftcRejects(_ index: Int) {
        let (code, line, column) = DiagnosticTests.marked(Self.rejected[index].source)
        #expect(firstError(code) == CellError(line: line, column: column, kind: Self.rejected[index].kind), "\(code)")
    }

    /// The same shapes with a type from the context: swiftc accepts them; the printed lines are its build's.
    static let accepted: [(source: String, output: String)] = [
        ("print(+(4), -(4) + 1, -(4 + 1) * 2, 2 * -(4 + 1))", "4 -3 -10 -10"),
        ("print(-(4 % 3), -(4 & 1), -(4 << 1))", "-1 0 -8"),
        // Not wanted as `Any`, a parenthesized arithmetic of literals is an Int.
        ("let m = -(4 * 2)\nprint(m, [-(4 + 1)], max(-(4 + 1), 1), abs(-(4 + 1)))", "-8 [-5] 1 5"),
        ("let y: Double = 2\nprint(-(+(4)) * y, max(-(-4), 1.0))", "-8.0 4.0"),
        ("let z: Int = -(-(4))\nvar q = [1]\nq.append(-(4))\nprint(z, q, -(4) < 5)", "4 [1, -4] true"),
        ("func g(_ x: Int) -> Int { x }\nprint(g(-(4)), -(4.5), -(4 + 1.0))", "-4 -4.5 -5.0"),
        ("print([1, 2].map(String.init), \"ab\".map(String.init), [true].map(String.init))", "[\"1\", \"2\"] [\"a\", \"b\"] [\"true\"]"),
        ("print([[1]].map(String.init), [1.5].map(String.init(describing:)))", "[\"[1]\"] [\"1.5\"]"),
        ("func f<T>(_ a: T, _ b: T) { print(a, b) }\nf(1, 2.5)\nlet n: Int? = 1\nf(n, 2)", "1.0 2.5\nOptional(1) Optional(2)"),
        // A value beside an optional is its own optional.
        ("let a = [1, 2, 3]\nlet o: Int? = 5\nlet y = a.count > 5 ? a[2] : o\nlet z = a.count > 2 ? a[2] : nil as Int?\nprint(y as Any, z as Any, a.count > 5 ? a[2] : o)",
         "Optional(5) Optional(3) Optional(5)"),
        // `nil` beside a value: T is that value's optional.
        ("func f<T>(_ a: T, _ b: T) { print(a, b) }\nf(1, nil)\nlet n = 2.5\nf(n, nil)", "Optional(1) nil\nOptional(2.5) nil"),
        // `print` takes `Any`: joining as `Any` costs swiftc less than a literal of a non-default type.
        ("let n = 0\nlet total = 7.5\nprint(\"mean:\", n > 0 ? total / Double(n) : 0)", "mean: 0"),
        ("let c = true\nlet x = 1.5\nprint(c ? 1 : 0.5, c ? x : 2, !c ? x : 2)", "1 1.5 2"),
        ("func f<T>(_ a: T, _ b: T) -> T { b }\nlet x = 1.5\nprint(f(x, 2), f(1, 2.5) + 1)", "2 3.5"),
        ("let q: Int? = nil\nlet x: Double? = nil\nprint(q ?? 0.5, x ?? 2)", "0.5 2.0"),
        ("let c = false\nprint(c ? \"a\" : 1, c ? [1] : [2.5])", "1 [2.5]"),
        ("let c = true\nlet a: Any = c ? 1 : 0.5\nlet x = c ? 1 : 0.5\nprint(a, x)", "1 1.0"),
        // An optional chain converts its own value to `Any` inside; an optional it merely passes on does not.
        ("struct P { var v: Double }\nlet p: P? = nil\nlet xs: [Double]? = nil\nprint(p?.v ?? 0, xs?.reduce(0, +) ?? 0, xs?.first ?? 0)",
         "0 0 0.0"),
    ]

    @Test(arguments: accepted.indices)
    func acceptedAsSwiftcAccepts(_ index: Int) {
        let (output, error) = runCell(Self.accepted[index].source)
        #expect(error == nil)
        #expect(output == Self.accepted[index].output + "\n")
    }
}
