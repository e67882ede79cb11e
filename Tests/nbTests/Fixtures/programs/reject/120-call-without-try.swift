print("start")
enum ParseError: Error { case empty }
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ParseError.empty }
    return n
}
let n = parse("42")
print(n)
