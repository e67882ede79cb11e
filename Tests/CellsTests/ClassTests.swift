import Testing
@testable import Cells

/// Classes in cells: what the corpus (one cell per program, compared with swiftc) cannot
/// show — classes spread over several cells, traps at run time, a cell's displayed value,
/// the constructs rejected as not supported — and swiftc's class diagnostics at its positions.
struct ClassTests {
    @Test func aSubclassInALaterCellOverridesWhatAnEarlierCellCalls() {
        let results = runCells([
            "class Animal {\n    func speak() -> String { \"...\" }\n    func greet() -> String { \"I say \" + speak() }\n}\nfunc chorus(_ xs: [Animal]) -> [String] { xs.map { $0.greet() } }",
            "class Dog: Animal {\n    override func speak() -> String { \"Woof\" }\n}\nprint(chorus([Animal(), Dog()]))",
        ])
        #expect(results.map(\.error) == [nil, nil])
        #expect(results[1].stdout == "[\"I say ...\", \"I say Woof\"]\n")
    }

    @Test func objectsLiveAcrossCellsAsReferences() {
        let results = runCells([
            "class Box { var items: [Int] = [] }\nlet box = Box()\nlet alias = box",
            "alias.items.append(3)\nbox.items.append(4)\nprint(box.items, alias === box)",
        ])
        #expect(results[1].stdout == "[3, 4] true\n")
    }

    @Test func aFailedForcedCastTrapsAtTheCast() {
        let code = "class A {}\nclass B: A {}\nclass C: A {}\nlet a: A = C()\nprint(\"before\")\nlet b = a as! B"
        let (output, error) = runCell(code)
        #expect(output == "before\n")
        #expect(error == CellError(line: 6, column: 11, kind: .castFailed(from: "main.C", to: "main.B")))
    }

    @Test func anObjectAsTheCellsValueIsShownAsSwiftPrintsIt() {
        for (code, shown) in [("class Counter { var n = 0 }\nCounter()", "main.Counter"),
                              ("class P: CustomStringConvertible { var description: String { \"P!\" } }\nclass Q: P {}\nQ()", "P!")] {
            guard case .text(let text)? = runCells([code])[0].display else {
                Issue.record("no text display for \(code)")
                continue
            }
            #expect(text == shown)
        }
    }

    @Test func overriddenMembersAnswerThroughProtocolValuesAndGenerics() {
        let code = """
            protocol Named { var name: String { get }; func hello() -> String }
            class A: Named {
                var name: String { "a" }
                func hello() -> String { "hi " + name }
            }
            class B: A { override var name: String { "b" } }
            let base: A = B()
            let named: any Named = base
            func twice<T: Named>(_ x: T) -> String { x.hello() + x.hello() }
            print(named.name, named.hello(), twice(base))
            """
        let (output, error) = runCell(code)
        #expect(error == nil)
        #expect(output == "b hi b hi bhi b\n")
    }

    @Test func aMutatingMethodOfAStructPropertyChangesTheObjectInPlace() {
        let code = """
            struct Stats { var values: [Double] = []; mutating func add(_ x: Double) { values.append(x) } }
            class Model { var stats = Stats(); func record(_ x: Double) { stats.add(x); stats.add(x * 2) } }
            let model = Model()
            model.record(1)
            model.stats.add(5)
            print(model.stats.values)
            """
        #expect(runCell(code).output == "[1.0, 2.0, 5.0]\n")
    }

    @Test func genericParametersBoundByAClassAndStaticsReachedThroughSubclasses() {
        let code = """
            class Animal { static var made = 0; var name = "a"; func speak() -> String { "..." } }
            class Dog: Animal { override func speak() -> String { "Woof" } }
            func first<T: Animal>(_ xs: [T]) -> T { Dog.made += 1; return xs[0] }
            struct Zoo<T: Animal> { var animals: [T]; func noise() -> [String] { animals.map { $0.speak() + $0.name } } }
            let dog = first([Dog()])
            print(dog.speak(), Zoo(animals: [Animal(), dog]).noise(), Animal.made)
            """
        let (output, error) = runCell(code)
        #expect(error == nil)
        #expect(output == "Woof [\"...a\", \"Woofa\"] 1\n")
    }

    @Test(arguments: [
        ("func f() {\n    1️⃣class Local {}\n}", UnsupportedConstruct.classInsideFunction),
        ("class Box1️⃣<T> { var item: T; init(item: T) { self.item = item } }", .genericClass),
        ("class A { 1️⃣class func make() -> A { A() } }", .classMember),
        ("class A { 1️⃣required init(x: Int) {} }", .modifier("required", on: .initializers)),
        ("class A {\n    var n = 0\n    func reset() { self.1️⃣init() }\n}", .selfInitCall),
        ("class A {}\nclass B: A {\n    convenience init(x: Int) {\n        self.init()\n        super.1️⃣init()\n    }\n}",
         .superInitOutsideSubclassInitializer),
    ])
    func constructsOutsideTheSubsetAreRejectedAtTheirLine(_ source: String, _ construct: UnsupportedConstruct) {
        let (code, line, column) = DiagnosticTests.marked(source)
        #expect(firstError(code) == CellError(line: line, column: column, kind: .notSupported(construct: construct)))
    }

    /// Each checked with `swiftc -Onone -module-name main` (line and column of its first error).
    static let mistakes: [(source: String, kind: CellErrorKind)] = [
        ("class 1️⃣P {\n    var x: Int\n}", .classHasNoInitializers(name: "P")),
        ("class A {\n    var n = 0\n    convenience init(x: Int) { if x > 0 { self.init() } 1️⃣}\n}", .selfInitNotCalled),
        ("class A {\n    var n = 0\n    convenience init(x: Int) {\n        if x > 0 { return }\n        self.init()\n    1️⃣}\n}", .selfInitNotCalled),
        ("class A {\n    var n: Int\n    init(n: Int) { self.n = n }\n    convenience init() {\n        print(1️⃣n)\n        self.init(n: 1)\n    }\n}",
         .selfUsedBeforeSelfInit),
        ("class A {\n    var n: Int\n    init(n: Int) { self.n = n }\n    convenience init(n: Int, k: Int) {\n        self.init(n: n + k + 1️⃣self.n)\n    }\n}",
         .selfUsedBeforeSelfInit),
        ("class A {\n    var n = 0\n    init() {}\n    1️⃣init(y: Int) { self.init() }\n}",
         .designatedInitializerDelegates(type: "A")),
        ("class A { func f() {} }\nclass B: A { func 1️⃣f() {} }", .overrideKeywordRequired),
        ("class A {}\nclass B: A { override func 1️⃣f() {} }", .overridesNothing(member: "method")),
        ("class A { final func f() {} }\nclass B: A { override func 1️⃣f() {} }", .overridesFinal(member: "instance method")),
        ("final class A {}\nclass 1️⃣B: A {}", .inheritanceFromFinalClass(name: "A")),
        ("class A { 1️⃣mutating func f() {} }", .mutatingInClass),
        ("class A { var x = 1 }\nclass B: A { override var 1️⃣x = 2 }", .overrideWithStoredProperty(name: "x")),
        ("class A { var x: Int { get { 1 } set {} } }\nclass B: A { override var 1️⃣x: Int { 2 } }",
         .readOnlyOverridesMutable(name: "x")),
        ("class A { var x: Int { 1 } }\nclass B: A { override var 1️⃣x: String { \"\" } }",
         .overrideChangesType(name: "x", type: "String", overridden: "Int")),
        ("class A { let x = 1 }\nlet a = A()\na.1️⃣x = 2", .assignToLet(name: "x", through: .property)),
        ("class A {}\nclass B: A {}\nlet a: A = B()\nlet b: B = 1️⃣a", .cannotConvert(from: "A", to: "B", context: .specifiedType)),
        ("class A { var x: Int; init(x: Int) { self.x = x } }\nclass B: A {\n    var y: Int\n    init() { super.1️⃣init(x: 1); y = 2 }\n}",
         .propertyNotInitializedAtSuperInit(name: "self.y", implicit: false)),
        ("class A { var x: Int; init(x: Int) { self.x = x } }\nclass B: A { init() {1️⃣} }", .superInitNotCalled),
        ("class A { var a: Int; var b: Int\n    init() { a = 1; 1️⃣f(); b = 2 }\n    func f() {}\n}",
         .selfUsedBeforeInitialized(use: "method call 'f'", beforeSuperInit: false)),
        ("class A { var a: Int\n    init() { print(1️⃣self); a = 1 }\n}", .usedBeforeInitialized(name: "self.a")),
        ("class A { var a: Int; init() { 1️⃣} }", .initializerLeavesPropertiesUninitialized),
        ("class A {}\nprint(A() 1️⃣== A())", .binaryOperatorMismatch(operator: "==", lhs: "A", rhs: "A")),
        ("print(1️⃣1 === 2)", .identityNeedsClass(type: "Int")),
        ("class A {}\nstruct 1️⃣S: A {}", .inheritanceFromNonProtocol(name: "A")),
        ("protocol P {}\nclass A {}\nclass B: P, 1️⃣A {}", .superclassNotFirst(name: "A")),
        ("class A { func speak() -> String { \"\" } }\nprint(1️⃣A.speak())", .instanceMemberOnType(member: "speak", type: "A")),
        ("class A { var x = 0 }\nlet a = A(x: 1️⃣3)", .argumentToNoArgumentCall),
        ("class Node { var v = 1; var next: Node? }\nlet n = Node()\nprint(n.1️⃣next.v)",
         .optionalMemberNotUnwrapped(optional: "Node?", member: "v", wrapped: "Node")),
        ("class A { var n = 0; func inc() { n += 1 } }\nlet a: A? = A()\n1️⃣a.inc()",
         .optionalMemberNotUnwrapped(optional: "A?", member: "inc", wrapped: "A")),
        ("class A { var x: Int; init(x: Int) { 1️⃣x = x } }", .assignToLet(name: "x", through: .value)),
        ("class C {\n    var count = 0\n    func make() -> () -> Void { { 1️⃣count += 1 } }\n}",
         .implicitSelfInClosure(member: "count", isMethod: false)),
        ("class C {\n    func inc() {}\n    func make() -> () -> Void { return { 1️⃣inc() } }\n}",
         .implicitSelfInClosure(member: "inc", isMethod: true)),
        ("class A {}\nfunc f<T: A>(_ xs: [T]) -> Int { xs.count }\nlet n = [1]\nprint(1️⃣f(n))",
         .superclassRequirementNotMet(owner: .function(.globalFunction, name: "f"), type: "Int", superclass: "A")),
        ("class 1️⃣A: Equatable {}", .doesNotConform(type: "A", protocol: "Equatable")),
    ]

    @Test(arguments: mistakes.indices)
    func rejectedAtSwiftcsPosition(_ index: Int) {
        let (code, line, column) = DiagnosticTests.marked(Self.mistakes[index].source)
        #expect(firstError(code) == CellError(line: line, column: column, kind: Self.mistakes[index].kind), "\(code)")
    }
}
