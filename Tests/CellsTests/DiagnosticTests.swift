import Testing
@testable import Cells

/// Mistakes a Swift programmer makes, each rejected before anything runs, at
/// the line and column where swiftc reports it (marked 1️⃣ in the source).
struct DiagnosticTests {
    /// The source without its marker, and the marker's 1-based line and column.
    static func marked(_ source: String) -> (code: String, line: Int, column: Int) {
        var line = 1, column = 1
        for character in source {
            if character == "1️⃣" { break }
            if character == "\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return (source.replacingOccurrences(of: "1️⃣", with: ""), line, column)
    }

    static let mistakes: [(source: String, kind: CellErrorKind)] = [
        ("let a = 1\nlet b = 2.5\nprint(a 1️⃣* b)", .binaryOperatorMismatch(operator: "*", lhs: "Int", rhs: "Double")),
        ("let x = 1\n1️⃣x = 2", .assignToLet(name: "x", through: .value)),
        ("print(1️⃣W3)", .cannotFindInScope(name: "W3")),
        ("func f(_ x: Double) -> Double { x }\nlet n = 2\nprint(f(1️⃣n))", .cannotConvert(from: "Int", to: "Double", context: .argument)),
        ("func scale(_ x: Double, by k: Double) -> Double { x * k }\nprint(scale1️⃣(2, with: 3))",
         .incorrectArgumentLabel(have: "_:with:", expected: "_:by:")),
        ("func area(width: Double, height: Double) -> Double { width * height }\nprint(area(width: 21️⃣))",
         .missingArguments(parameters: [MissingParameter(label: "height", position: 2)])),
        ("let fig = Figure()\nfig.line(1️⃣)", .missingArguments(parameters: [MissingParameter(label: nil, position: 1)])),
        ("func f(x: Int, y: Int, z: Int) {}\nf(x: 11️⃣, z: 2)", .missingArguments(parameters: [MissingParameter(label: "y", position: 2)])),
        ("func g(_ a: Int, k: Int, _ b: Int) {}\ng1️⃣(k: 1)",
         .missingArguments(parameters: [MissingParameter(label: nil, position: 1), MissingParameter(label: nil, position: 3)])),
        ("func f() -> Int {\n    return 1.5 1️⃣* 2\n}", .cannotConvert(from: "Double", to: "Int", context: .returnValue)),
        ("func f(_ n: Int) -> Int {\n    if n > 0 { return 1 }\n1️⃣}", .missingReturn(kind: .globalFunction, type: "Int")),
        ("let xs = [1, 2]\nxs.1️⃣append(3)", .mutatingOnLet(name: "xs")),
        ("let s: String? = nil\nprint(1️⃣s + \"!\")", .optionalNotUnwrapped(optional: "String?", wrapped: "String")),
        ("let n = 3\nif 1️⃣n { print(n) }", .notBoolean(type: "Int")),
        ("let xs = [1]\nprint(xs.1️⃣length)", .noMember(type: "[Int]", member: "length")),
        ("var t = 1\nvar 1️⃣t = 2", .invalidRedeclaration(name: "t")),
        ("if true {\n    1️⃣break\n}", .breakOutsideLoop(keyword: "break", insideConditional: true)),
        ("let k = 3\nlet v = 1️⃣k(2)", .notCallable(type: "Int")),
        ("struct P { var x: Int }\nlet p = P(x: 1)\np.1️⃣x = 2", .assignToLet(name: "p", through: .property)),
        ("func f(name: String) {}\nf(1️⃣\"a\")", .missingArgumentLabel(label: "name")),
        ("let xs: [Int] = [1, 1️⃣\"two\"]", .cannotConvert(from: "String", to: "Int", context: .arrayElement)),
        ("func f(_ n: Int) {\n    guard n > 0 else {\n        print(n)\n    1️⃣}\n}", .guardFallsThrough),
        ("enum C { case a, b }\nlet c = C.a\n1️⃣switch c {\ncase .a: print(1)\n}", .switchNotExhaustive),
        ("func inc(_ x: inout Int) { x += 1 }\nvar n = 1\ninc(1️⃣n)", .inoutNeedsAmpersand(type: "Int")),
        ("let xs = [1, 2]\nprint(xs.map { 1️⃣a, b in a })", .closureArity(type: "(Int) -> Int", expected: 1, found: 2)),
        ("let x = 3\nprint(x1️⃣!)", .forceUnwrapNonOptional(type: "Int")),
        ("let v = true ? 1️⃣1 : \"one\"", .ternaryMismatch(then: "Int", else: "String")),
        ("let n: Int = 1️⃣\"five\"", .cannotConvert(from: "String", to: "Int", context: .specifiedType)),
        ("var n = 1\nn = 1️⃣2.5", .cannotConvert(from: "Double", to: "Int", context: .assignment)),
        ("1️⃣actor A {}", .notSupported(construct: .actor)),
        ("struct P { let a = 1 }\nvar p = P()\nlet k = \\P.a\np1️⃣[keyPath: k] = 2", .readOnlyKeyPath(name: "k")),
        ("class C { var a = 1 }\nlet k = 1️⃣\\C.a", .notSupported(construct: .keyPathIntoClass)),
        ("struct P { var a = 1 }\nlet k = 1️⃣\\.a", .notSupported(construct: .keyPathWithoutRoot)),
        // Lazy adaptors not modelled call their closures in an order of their own: refused, not run eagerly.
        ("let s: Set = [1, 2]\nprint(Array(s.1️⃣lazy.map { $0 * 2 }))", .notSupported(construct: .lazySequence)),
        ("let xs = [1, 2]\nprint(Array(xs.lazy.filter { $0 > 1 }.1️⃣reversed()))",
         .notSupported(construct: .lazyCollectionMember(name: "reversed"))),
        ("let t = (min: 1, max: 2)\nprint(t.1️⃣mid)", .noMember(type: "(min: Int, max: Int)", member: "mid")),
        ("func f() {\n    return 1️⃣1\n}", .unexpectedReturnValue),
        ("let xs = [1]\nlet d = 1.0\nprint(xs1️⃣[d])", .noMatchingOverload(kind: .subscript, name: "")),
        ("let S = Matrix([[1, 2], [3, 4]])\nprint(S.1️⃣rows(0..<2))",
         .propertyCalledAsMethod(type: "Matrix", member: "rows", propertyType: "Int", subscriptHint: "S[rows: 0..<2]")),
        ("let p = (x: 1, y: 2)\nlet xs = [p]\nprint(xs[0].1️⃣x())", .propertyCalledAsMethod(type: "(x: Int, y: Int)", member: "x", propertyType: "Int", subscriptHint: nil)),
        ("let M = Matrix([[1, 2], [3, 4]])\nprint(M1️⃣[0])", .matrixSubscriptNeedsRowAndColumn),
        ("let a = " + String(repeating: "[", count: 12) + "1️⃣[1" + String(repeating: "]", count: 13),
         .expressionTooComplex(kind: .squareBrackets, limit: CellLimits.squareBrackets)),
        ("let a = 1\nlet t: " + String(repeating: "[", count: 12) + "1️⃣[Int" + String(repeating: "]", count: 13) + "? = nil",
         .expressionTooComplex(kind: .squareBrackets, limit: CellLimits.squareBrackets)),
        // A type written inside an expression is read again from its text: its errors still
        // point where it stands (issue 19), not at the cell's first line.
        ("//| label: a\nlet x = 1\nlet y = 2\nvar s = Set<1️⃣Strin>()", .cannotFindTypeInScope(name: "Strin")),
        // Found by fuzz/run.sh cells: swift-syntax traps on its own Fix-It for this line.
        ("let a = 1\nvar s 1️⃣\u{FFFD}= \"\"", .syntax(message: "invalid character in source file")),
        ("//| label: a\nlet x = 1\nlet p =   1️⃣UnsafeMutablePointer<Int>.allocate(capacity: 1)",
         .notSupported(construct: .type(written: "UnsafeMutablePointer"))),
        // A member type nb cannot resolve is reported where it is written, not at the cell's start
        // (an associated type that the parameter's protocols do not declare).
        ("func f<S: Sequence>(_ s: S) -> 1️⃣S.Item? { nil }", .cannotFindTypeInScope(name: "Item")),
        // A name a cell must not use is refused at its place, saying why (not "cannot find").
        ("import Foundation\nlet t0 = 1️⃣Date()", .notSupported(construct: .type(written: "Date"))),
        ("func f(_ t: 1️⃣Thread) {}", .notSupported(construct: .type(written: "Thread"))),
        ("1️⃣import Network", .notSupported(construct: .importOf(module: "Network"))),
        // Declarations of issue 21 item 3, at swiftc's places.
        ("struct A {\n    1️⃣lazy let x: Int = 1\n}", .lazyLet),
        ("struct A {\n    1️⃣lazy var x: Int\n}", .lazyWithoutInitializer),
        ("struct A {\n    lazy var x: Int = 2\n    func f() -> Int { 1️⃣x }\n}", .mutatingGetterOnImmutableSelf),
        ("struct A {\n    lazy var x: Int = 2\n}\nlet a = A()\nprint(a.1️⃣x)", .mutatingGetterOnLet(name: "a")),
        ("class B {\n    weak var 1️⃣a: Int?\n}", .ownershipOfNonClass(modifier: "weak", type: .int)),
        ("class A {}\nclass B {\n    weak var 1️⃣a: A\n    init(a: A) { self.a = a }\n}", .weakNotOptional(type: "A")),
        ("func f() {\n    infix 1️⃣operator +++\n}", .operatorNotAtFileScope),
        ("func f() {\n    1️⃣precedencegroup P {}\n}", .declarationOnlyAtFileScope),
        ("protocol L: AnyObject {}\nstruct 1️⃣S: L {}", .nonClassConformsToClassProtocol(type: "S", protocol: "L")),
    ]

    /// A call that matches no overload exactly (issue 19): swiftc repairs the labels where it
    /// can and reports about the overload that fits best, at its own column (each checked with
    /// swiftc against a struct declaring `Figure.line`'s three overloads).
    static let overloadMistakes: [(source: String, kind: CellErrorKind)] = [
        ("var fig = Figure()\nfig.line1️⃣([1, 2], colour: \"red\")", .incorrectArgumentLabel(have: "_:colour:", expected: "_:color:")),
        ("var fig = Figure()\nfig.line1️⃣([1, 2], lable: \"a\")", .incorrectArgumentLabel(have: "_:lable:", expected: "_:label:")),
        ("var fig = Figure()\nfig.line1️⃣([1, 2], colour: \"red\", style: .dashed)",
         .incorrectArgumentLabel(have: "_:colour:style:", expected: "_:color:style:")),
        ("var fig = Figure()\nfig.line1️⃣(x: [1, 2], [3, 4], colour: \"r\")", .incorrectArgumentLabel(have: "x:_:colour:", expected: "x:_:color:")),
        ("var fig = Figure()\nfig.line([1, 2], color: 1️⃣3.0)", .cannotConvert(from: "Double", to: "String", context: .argument)),
        ("var fig = Figure()\nfig.line([1, 2], label: 1️⃣5)", .cannotConvert(from: "Int", to: "String", context: .argument)),
        ("var fig = Figure()\nfig.line([1, 2], style: .dashed, 1️⃣color: \"red\")", .argumentOutOfOrder(argument: "color", mustPrecede: "style")),
        ("var fig = Figure()\nfig.line(x: [1, 2], [3, 4], style: .dashed, 1️⃣label: \"a\")",
         .argumentOutOfOrder(argument: "label", mustPrecede: "style")),
        ("var fig = Figure()\nfig.line([1, 2], style: .dashed, 1️⃣label: \"a\", color: \"b\")",
         .argumentOutOfOrder(argument: "label", mustPrecede: "style")),
        ("var fig = Figure()\nfig.line([1, 2], foo: 1️⃣\"red\")", .extraArgument(label: "foo")),
        ("var fig = Figure()\nfig.line1️⃣(y: [1, 2])", .extraneousArgumentLabel(label: "y")),
        ("var fig = Figure()\nfig.line1️⃣([1, 2], \"a\")", .missingArgumentLabel(label: "label")),
        ("func g(width: Int, height: Int) {}\ng1️⃣(width: 1, hight: 2)", .incorrectArgumentLabel(have: "width:hight:", expected: "width:height:")),
        ("func g(width: Int, height: Int) {}\ng1️⃣(w: 1, h: 2)", .incorrectArgumentLabel(have: "w:h:", expected: "width:height:")),
        ("func g(width: Int, height: Int) {}\ng(height: 1, 1️⃣width: 2)", .argumentOutOfOrder(argument: "width", mustPrecede: "height")),
        ("func h(a: Int) {}\nfunc h(b: String) {}\nh1️⃣(c: 1)", .incorrectArgumentLabel(have: "c:", expected: "a:")),
        ("func h(a: Int) {}\nfunc h(b: String) {}\nh(a: 1️⃣\"x\")", .cannotConvert(from: "String", to: "Int", context: .argument)),
        ("func f(_ s: String?) {}\nf(1️⃣3)", .cannotConvert(from: "Int", to: "String", context: .argument)),
    ]

    @Test(arguments: overloadMistakes.indices)
    func callMatchingNoOverloadReportsTheBestCandidate(_ index: Int) {
        let (source, kind) = Self.overloadMistakes[index]
        let (code, line, column) = Self.marked(source)
        #expect(firstError(code) == CellError(line: line, column: column, kind: kind), "\(code)")
    }

    /// Candidates that fit equally badly: "no exact matches", then swiftc's note for each
    /// candidate (a cell's at its declaration; the library's at the call, naming its signature).
    @Test func callMatchingNoOverloadListsTheCandidates() {
        let error = firstError("var fig = Figure()\nfig.line(5)")
        let note = { (declaration: String, expected: CellType) in
            CellNote(line: 2, column: 5, inNotebook: false,
                     kind: .candidate(declaration: declaration, problem: .argumentType(expected: expected, got: .int, parameter: 1)))
        }
        #expect(error == CellError(line: 2, column: 5, kind: .noMatchingOverload(kind: .instanceMethod, name: "line"), notes: [
            note("func line(_ ys: [Double], label: String? = nil, color: String? = nil, style: LineStyle = .solid)", "[Double]"),
            note("func line(_ ys: Matrix, label: String? = nil, color: String? = nil, style: LineStyle = .solid)", "Matrix"),
        ]))
        let cells = firstError("func m(_ x: [Int]) {}\nfunc m(_ x: Set<Int>) {}\nm(3)")
        #expect(cells == CellError(line: 3, column: 1, kind: .noMatchingOverload(kind: .globalFunction, name: "m"), notes: [
            CellNote(line: 1, column: 6, inNotebook: true,
                     kind: .candidate(declaration: nil, problem: .argumentType(expected: "[Int]", got: .int, parameter: 1))),
            CellNote(line: 2, column: 6, inNotebook: true,
                     kind: .candidate(declaration: nil, problem: .argumentType(expected: "Set<Int>", got: .int, parameter: 1))),
        ]))
    }

    @Test(arguments: mistakes.indices)
    func rejectsAtTheRightPlace(_ index: Int) {
        let (source, kind) = Self.mistakes[index]
        let (code, line, column) = Self.marked(source)
        let error = firstError(code)
        #expect(error == CellError(line: line, column: column, kind: kind), "\(code)")
    }

    @Test func positionsCountFromTheCellsFirstLineInTheMarkdown() {
        let cells = [CellSource(index: 0, code: "let a = 1", firstLine: 3),
                     CellSource(index: 1, code: "print(a)\nprint(b)", firstLine: 10)]
        let errors = CellProgram(cells: cells).diagnose()
        #expect(errors == [CellError(line: 11, column: 7, kind: .cannotFindInScope(name: "b"))])
    }

    @Test func unknownNamesAndMembersCarryWhatWasNearby() {
        guard case .cannotFindInScope(_, let nearby)? = firstError("let learningRate = 0.1\nprint(learningRat)")?.kind else {
            Issue.record("expected cannot find in scope")
            return
        }
        #expect(nearby.names.contains("learningRate") && nearby.names.contains("print"))
        guard case .noMember(_, _, let members)? = firstError("let xs = [1, 2]\nprint(xs.coutn)")?.kind else {
            Issue.record("expected no member")
            return
        }
        #expect(members.names.contains("count"))
    }

    @Test func expressionLimitsAreErrorsNotCrashes() {
        // 12 nested literals are fine (13 are past the limit: `rejectsAtTheRightPlace`).
        #expect(firstError("let a = " + String(repeating: "[", count: 12) + "1" + String(repeating: "]", count: 12)) == nil)
        // Brackets in strings and comments, and subscripts, are not literals.
        let quoted = String(repeating: "[", count: 20)
        #expect(firstError("let s = \"\(quoted)\" // \(quoted)\nlet xs = [[[0]]]\nprint(xs[0][0][xs[0][0][0]])") == nil)
        let chain = "let x = " + Array(repeating: "1", count: CellLimits.operands + 2).joined(separator: " + ")
        #expect(firstError(chain)?.kind == .expressionTooComplex(kind: .operands, limit: CellLimits.operands))
    }

    @Test func syntaxErrorsComeFromSwiftSyntax() {
        let error = firstError("for i in 0..<3 print(i)")
        guard case .syntax? = error?.kind else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(error?.line == 1)
    }

    @Test func nothingRunsWhenACellIsRejected() {
        let results = runCells(["print(\"first\")", "let x: Int = 2.5"])
        #expect(results.allSatisfy { !$0.ran })
        #expect(results[0].stdout.isEmpty)
    }
}
