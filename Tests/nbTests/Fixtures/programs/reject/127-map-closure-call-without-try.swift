print("start")
enum ParseError: Error { case bad(String) }
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ParseError.bad(s) }
    return n
}
let words = ["1", "2", "x"]
let numbers = words.map { word in parse(word) }
print(numbers)
