print("before")
precedencegroup PowerPrecedence {
    associativity: right
    higherThan: MultiplicationPrecedence
}
infix operator ** : PowerPrecedence
func ** (base: Int, exponent: Int) -> Int {
    var result = 1
    for _ in 0..<exponent { result *= base }
    return result
}
let n: Int = 2 ** 3
let x: Double = 2 ** 3
print(n, x)
