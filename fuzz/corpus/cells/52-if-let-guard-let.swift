let inputs = ["12", "x", "-7", "", "3.5", "100"]
for text in inputs {
    if let n = Int(text) {
        print("\(text) -> \(n)")
    } else {
        print("\(text) is not an Int")
    }
}
let maybe: Int? = 10
if let maybe {
    print("shorthand unwrap", maybe)
}
if let x = maybe, x > 5 {
    print("big", x)
}
let first = Int("1"), second = Int("two")
if let f = first, let s = second {
    print(f + s)
} else {
    print("one of them is nil")
}
func describe(_ text: String) -> String {
    guard let n = Int(text) else { return "not a number: \(text)" }
    guard n >= 0 else { return "negative: \(n)" }
    return "ok: \(n)"
}
print(describe("5"), describe("-5"), describe("five"))
func sumParsed(_ xs: [String]) -> Int {
    var total = 0
    for x in xs {
        guard let v = Int(x) else { continue }
        total += v
    }
    return total
}
print(sumParsed(inputs))
var optionalArray: [Int]? = [1, 2, 3]
if var arr = optionalArray {
    arr.append(4)
    print(arr, optionalArray!)
}
optionalArray = nil
if optionalArray == nil { print("array gone") }
while let next = optionalArray?.first {
    print(next)
}
var stack = [1, 2, 3]
while let top = stack.popLast() { print("popped", top) }
let xs = [4, 9, 1]
if let m = xs.max(), let i = xs.firstIndex(of: m) {
    print("max \(m) at \(i)")
}
