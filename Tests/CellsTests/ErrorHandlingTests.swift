import Testing
@testable import Cells

/// A cell's own errors (`throw`, `try`, `catch`, `defer`) behave as in a compiled program,
/// and stay apart from the engine's: what the corpus cannot show, because its accepted
/// programs must exit 0 and its rejected ones are checked for their position only.
struct ErrorHandlingTests {
    static let parseError = """
        enum ParseError: Error { case empty, bad(String) }
        func parse(_ s: String) throws -> Int {
            if s.isEmpty { throw ParseError.empty }
            guard let n = Int(s) else { throw ParseError.bad(s) }
            return n
        }

        """

    // MARK: Errors out of the top level

    /// An error nothing catches ends the cell at the top-level `try` or `throw` it left
    /// through, with Swift's fatal error (the error as `String(reflecting:)` writes it);
    /// what ran before it printed.
    @Test(arguments: [
        ("print(\"before\")\nlet n = try parse(\"x\")\nprint(n)", 8, 9, "main.ParseError.bad(\"x\")"),
        ("print(\"before\")\nthrow ParseError.empty", 8, 1, "main.ParseError.empty"),
        // Past a `do` whose clauses do not match: at the `try` inside it.
        ("print(\"before\")\ndo {\n    _ = try parse(\"\")\n} catch ParseError.bad {\n    print(\"bad\")\n}", 9, 9,
         "main.ParseError.empty"),
        // Rethrown by a clause: at that `throw`.
        ("print(\"before\")\ndo {\n    _ = try parse(\"q\")\n} catch {\n    throw error\n}", 11, 5, "main.ParseError.bad(\"q\")"),
        // Through a closure and `map`, which rethrows.
        ("print(\"before\")\nlet xs = try [\"1\", \"\"].map { try parse($0) }", 8, 10, "main.ParseError.empty"),
    ])
    func uncaughtErrorsEndTheCellAtTheirTopLevelTry(_ code: String, _ line: Int, _ column: Int, _ error: String) {
        let (output, failure) = runCell(Self.parseError + code)
        #expect(output == "before\n")
        #expect(failure == CellError(line: line, column: column, kind: .uncaughtError(error: error)))
    }

    @Test func aStructErrorIsWrittenWithItsFieldsAndACustomOneWithItsDescription() {
        let (_, plain) = runCell("struct Oops: Error { var code: Int; var why: String }\nthrow Oops(code: 3, why: \"x\")")
        #expect(plain?.kind == .uncaughtError(error: "main.Oops(code: 3, why: \"x\")"))
        let (_, custom) = runCell("""
            struct Msg: Error, CustomStringConvertible { var description: String { "custom msg" } }
            throw Msg()
            """)
        #expect(custom?.kind == .uncaughtError(error: "custom msg"))
    }

    /// The top level's defers run when an error leaves it (as `main`'s do before Swift's
    /// fatal error); the cells after a failing one do not run.
    @Test func topLevelDefersRunBeforeTheErrorAndLaterCellsDoNot() {
        let results = runCells([
            Self.parseError + "defer { print(\"cleanup\") }\nprint(\"start\")\n_ = try parse(\"\")\nprint(\"unreached\")",
            "print(\"second cell\")",
        ])
        #expect(results[0].stdout == "start\ncleanup\n")
        #expect(results[0].error?.kind == .uncaughtError(error: "main.ParseError.empty"))
        #expect(!results[1].ran)
    }

    @Test func errorsCrossCells() {
        let results = runCells([
            Self.parseError + "func report(_ e: Error) { print(\"error:\", e, [e]) }",
            "enum Late: Error { case oops }\nreport(Late.oops)\ndo { _ = try parse(\"z\") } catch { report(error) }",
        ])
        #expect(results[1].error == nil)
        #expect(results[1].stdout == "error: oops [main.Late.oops]\nerror: bad(\"z\") [main.ParseError.bad(\"z\")]\n")
    }

    // MARK: try! and as!

    @Test(arguments: [
        ("let n = try! parse(\"7\")\nprint(n)\nlet m = try! parse(\"x\")", 9, 9, "main.ParseError.bad(\"x\")"),
        ("func twice(_ s: String) -> Int {\n    2 * (try! parse(s))\n}\nprint(twice(\"4\"))\nprint(twice(\"\"))", 8, 10,
         "main.ParseError.empty"),
    ])
    func forcedTryTrapsAtTheTryWithTheError(_ code: String, _ line: Int, _ column: Int, _ error: String) {
        let (output, failure) = runCell(Self.parseError + code)
        #expect(output == (line == 9 ? "7\n" : "8\n"))
        #expect(failure == CellError(line: line, column: column, kind: .forcedTryFailed(error: error)))
    }

    @Test func aFailedForcedCastTrapsWithBothTypes() {
        let (output, failure) = runCell("""
            struct Oops: Error {}
            enum E: Error { case a }
            let e: Error = Oops()
            print(e as? E as Any)
            let x = e as! E
            """)
        #expect(output == "nil\n")
        #expect(failure == CellError(line: 5, column: 11, kind: .castFailed(from: "main.Oops", to: "main.E")))
    }

    // MARK: The engine's errors are not the cell's

    /// A trap ends the cell whatever catches are around it, and runs no defer.
    @Test(arguments: [
        "do {\n    defer { print(\"defer\") }\n    let xs = [1]\n    print(xs[3])\n} catch {\n    print(\"caught\")\n}",
        "func f() throws -> Int {\n    defer { print(\"defer\") }\n    return Int.max + Int(\"1\")!\n}\nprint((try? f()) as Any)",
        "func f() throws -> Int {\n    let xs: [Int] = []\n    return xs[0]\n}\nprint(try! f())",
    ])
    func trapsAreNotCaught(_ code: String) {
        let (output, failure) = runCell(code)
        #expect(output == "")
        switch failure?.kind {
        case .indexOutOfRange?, .integerOverflow?: break
        default: Issue.record("expected the trap, got \(String(describing: failure))")
        }
    }

    @Test func recursionPastTheLimitIsNotCaughtEither() {
        let (output, failure) = runCell("""
            func down(_ n: Int) throws -> Int { try down(n + 1) }
            do { print(try down(0)) } catch { print("caught") }
            """, configuration: RunConfiguration(recursionLimit: 100))
        #expect(output == "")
        #expect(failure?.kind == .recursionLimitExceeded(limit: 100))
    }

    // MARK: Semantics

    @Test func tryOptionalFlattensOneLevelAsSwift5Does() {
        let (output, failure) = runCell(Self.parseError + """
            func maybe(_ s: String) throws -> Int? { s == "none" ? nil : try parse(s) }
            func nested() throws -> Int?? { .some(nil) }
            let a = try? maybe("none"), b = try? maybe(""), c = try? maybe("3"), d = try? nested()
            print(a as Any, b as Any, c as Any, d as Any)
            let flat: Int? = a, nestedStill: Int?? = d
            print(flat == nil, nestedStill! == nil)
            """)
        #expect(failure == nil)
        #expect(output == "nil nil Optional(3) Optional(nil)\ntrue true\n")
    }

    @Test func inoutArgumentsAndMutatedSelfAreWrittenBackWhenTheCallThrows() {
        let (output, failure) = runCell(Self.parseError + """
            func bump(_ x: inout Int) throws { x += 10; throw ParseError.empty }
            struct Counter { var n = 0; mutating func step() throws { n += 1; throw ParseError.empty } }
            var n = 1
            var c = Counter()
            do { try bump(&n) } catch { print(n) }
            do { try c.step() } catch { print(c.n) }
            """)
        #expect(failure == nil)
        #expect(output == "11\n1\n")
    }

    // MARK: Static checks (beyond the corpus's)

    static let mistakes: [(source: String, kind: CellErrorKind)] = [
        ("func f() throws {}\nfunc g() -> Int {\n    do {\n        1️⃣f()\n    } catch is ParseError {}\n    return 0\n}",
         .throwingCall(markedWithTry: false, unhandled: .catchNotExhaustive)),
        ("func f() throws {}\nfunc g() {\n    defer { 1️⃣f() }\n}", .throwingCall(markedWithTry: false, unhandled: .deferBody)),
        ("func f() throws {}\nfunc g() {\n    defer { try 1️⃣f() }\n}", .throwingCall(markedWithTry: true, unhandled: .deferBody)),
        ("func f() throws {}\nfunc g(_ h: () throws -> Void) rethrows {\n    try 1️⃣f()\n}",
         .throwingCall(markedWithTry: true, unhandled: .rethrowingFunction)),
        ("func f() throws {}\nfunc g() {\n    do {\n        1️⃣throw ParseError.empty\n    } catch ParseError.bad {}\n}",
         .throwNotHandled(.catchNotExhaustive)),
        ("func f(_ x: Int) throws -> Int { x }\nlet k: (Int) -> Int = 1️⃣f",
         .throwingFunctionConversion(from: "(Int) throws -> Int", to: "(Int) -> Int")),
        ("for i in 0..<3 {\n    defer {\n        if i == 1 { 1️⃣break }\n    }\n}", .jumpOutOfDefer(keyword: "break")),
        ("do {\n    throw ParseError.empty\n} catch .1️⃣empty {\n}", .typeHasNoMember(type: "any Error", member: "empty")),
        ("struct P {\n    var v = 1️⃣parse(\"1\")\n}", .throwingCall(markedWithTry: false, unhandled: .propertyInitializer)),
        ("struct P {\n    static let v = try 1️⃣parse(\"1\")\n}", .throwingCall(markedWithTry: true, unhandled: .globalVariableInitializer)),
        ("func g(_ x: Int = try 1️⃣parse(\"1\")) {}", .throwingCall(markedWithTry: true, unhandled: .defaultArgument)),
        ("let v = 1 + 1️⃣try parse(\"1\")", .tryRightOfOperator(keyword: "try")),
        ("let v: Int = 1️⃣try? parse(\"1\")", .optionalTryNotUnwrapped(type: "Int?")),
        // `&&`, `||` and `??` rethrow their right operand (an autoclosure): a `try` inside it
        // does not cover the operator.
        ("let ok = true\nlet both = ok 1️⃣&& (try parse(\"1\")) > 0", .throwingOperatorWithoutTry),
        // A closure with a `try` throws, so the call of `forEach` (which rethrows) needs one too.
        ("func g() {\n    1️⃣[\"1\"].forEach { print(try parse($0)) }\n}",
         .throwingCall(markedWithTry: false, unhandled: .notThrowingFunction)),
    ]

    @Test(arguments: mistakes.indices)
    func rejectsAtTheRightPlace(_ index: Int) {
        let (source, kind) = Self.mistakes[index]
        let (code, line, column) = DiagnosticTests.marked(source)
        let offset = Self.parseError.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(firstError(Self.parseError + code) == CellError(line: line + offset, column: column, kind: kind), "\(code)")
    }

    /// What swiftc accepts: a non-exhaustive `catch` at the top level (which may throw), an
    /// unreachable clause (a warning), a `try` without a throwing call (a warning), and a
    /// closure whose errors a catch-all handles (it does not throw).
    @Test func acceptsWhatSwiftcOnlyWarnsAbout() {
        let (output, failure) = runCell(Self.parseError + """
            do { print(try parse("1")) } catch ParseError.empty { print("empty") }
            do { print(try parse("2")) } catch { print(error) } catch ParseError.empty { print("never") }
            print(try abs(-3))
            let quiet = { do { print(try parse("")) } catch { print("quiet", error) } }
            let nonThrowing: () -> Void = quiet
            nonThrowing()
            let fine = true && (try? parse("x")) == nil
            print(fine)
            """)
        #expect(failure == nil)
        #expect(output == "1\n2\n3\nquiet empty\ntrue\n")
    }
}
