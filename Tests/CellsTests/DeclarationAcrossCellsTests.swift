import Testing
@testable import Cells

/// Declarations that reach across cells as they do across one Swift file: operators and
/// precedence groups (declared in any cell, used in any), and a cell variable's observers.
struct DeclarationAcrossCellsTests {
    /// `**` declared right-associative in the second cell folds the first cell's `2 ** 3 ** 2`
    /// as 2^(3^2) = 512, not (2^3)^2 = 64, and `2 * 3 ** 2` as 2 * 9.
    @Test func operatorDeclaredInALaterCellFoldsAnEarlierOne() {
        let results = runCells([
            """
            func ** (base: Int, exponent: Int) -> Int {
                var result = 1
                for _ in 0..<exponent { result *= base }
                return result
            }
            print(2 ** 3 ** 2, 2 * 3 ** 2)
            """,
            """
            precedencegroup PowerPrecedence {
                associativity: right
                higherThan: MultiplicationPrecedence
            }
            infix operator ** : PowerPrecedence
            """,
        ])
        #expect(results.map(\.error) == [nil, nil])
        #expect(results[0].stdout == "512 18\n")
    }

    /// A group declared `lowerThan` a standard one sits below every group above that one
    /// (`Multiplication` > `Addition` > `Dot`), and above the groups it is `higherThan`.
    @Test func lowerThanOrdersAgainstTheWholeStandardChain() {
        let (output, error) = runCell("""
            precedencegroup DotPrecedence {
                associativity: left
                lowerThan: AdditionPrecedence
                higherThan: ComparisonPrecedence
            }
            infix operator +* : DotPrecedence
            func +* (a: Int, b: Int) -> Int { a * 100 + b }
            print(1 + 2 +* 3 * 4, 2 * 3 +* 4 == 612, 1 +* 2 +* 3)
            """)
        #expect(error == nil)
        // (1 + 2) +* (3 * 4) = 312; (2 * 3) +* 4 = 604, not 612; left-associative: (1 +* 2) +* 3 = 10203.
        #expect(output == "312 false 10203\n")
    }

    /// An error in a cell that declares operators is reported at its own line.
    @Test func errorInACellDeclaringOperatorsIsAtItsLine() {
        let results = runCells([
            "let a = 1",
            "prefix operator √\nprefix func √ (x: Double) -> Double { x.squareRoot() }\nlet r: Int = √4.0",
        ])
        // The second cell starts at .md line 4 (after the first cell and its fences).
        #expect(results[1].error?.line == 6)
        #expect(results[1].error?.column == 14)
    }

    /// An unowned reference does not keep its object alive: read after the object's last
    /// strong reference went (in a later cell), it is Swift's fatal error, at the read.
    @Test func unownedReferenceReadAfterItsObjectIsGoneTraps() {
        let results = runCells([
            "class Owner { let name = \"o\" }\nclass Pet {\n    unowned let owner: Owner\n    init(owner: Owner) { self.owner = owner }\n}",
            "var owner: Owner? = Owner()\nlet pet = Pet(owner: owner!)\nprint(pet.owner.name)\nowner = nil\nprint(pet.owner.name)",
        ])
        #expect(results[1].stdout == "o\n")
        // The second cell starts at .md line 8; the read is on its fifth line, at `owner`.
        #expect(results[1].error == CellError(line: 12, column: 11, kind: .unownedReferenceDeallocated))
    }

    /// A variable with observers, assigned in a later cell, calls them there.
    @Test func observersOfACellVariableRunInLaterCells() {
        let results = runCells([
            "var history: [Int] = []\nvar x = 0 {\n    didSet { history.append(oldValue) }\n}",
            "x = 5\nx += 1\nprint(history, x)",
        ])
        #expect(results.map(\.error) == [nil, nil])
        #expect(results[1].stdout == "[0, 5] 6\n")
    }
}
