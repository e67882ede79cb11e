print("start")
enum Bad: Error { case value(Int) }
func check(_ x: Int) throws -> Int {
    if x < 0 { throw Bad.value(x) }
    return x
}
func transform(_ xs: [Int], _ f: (Int) -> Int) -> [Int] {
    xs.map(f)
}
let ys = try transform([1, 2, 3]) { x in try check(x) * 2 }
print(ys)
