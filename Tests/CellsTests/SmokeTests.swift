import Testing
@testable import Cells

@Test func printsArithmetic() {
    let (output, error) = runCell("""
    let z: Double = 3 / 2
    print(z)
    var total = 0
    for i in 1...10 { total += i }
    print(total, [1, 2], "a", separator: ", ")
    """)
    #expect(error == nil)
    #expect(output == "1.5\n55, [1, 2], a\n")
}
