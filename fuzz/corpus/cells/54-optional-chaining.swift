let words: [String]? = ["alpha", "beta"]
let none: [String]? = nil
print(words?.count as Any)
print(none?.count as Any)
print(words?.first?.uppercased() as Any)
print(none?.first?.uppercased() as Any)
print(words?.first?.count ?? 0, none?.first?.count ?? 0)
let text: String? = "hello"
print(text?.hasPrefix("he") as Any)
print(text?.count == 5)
let grid: [[Int]]? = [[1, 2], [3]]
print(grid?[0].count as Any, grid?.last?.first as Any)
var maybeList: [Int]? = [1]
maybeList?.append(2)
print(maybeList as Any)
maybeList = nil
maybeList?.append(3)
print(maybeList as Any)
let xs = [[4, 5], []]
print(xs.map { $0.first?.description ?? "-" })
print(xs.first?.max() as Any)
if let c = words?.last?.count { print("last has", c) }
let number: Int? = 12
print(number.map { $0 * 2 } as Any, number.flatMap { $0 > 10 ? $0 : nil } as Any)
