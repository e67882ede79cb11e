print("start")
enum ParseError: Error { case empty }
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ParseError.empty }
    return n
}
func total(_ xs: [String]) -> Int {
    var sum = 0
    for x in xs {
        sum += try parse(x)
    }
    return sum
}
print(total(["1", "2"]))
