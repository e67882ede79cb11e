let n = 42
let x = 3.5
let name = "Ada"
let flag = true
print("n = \(n)")
print("x = \(x), half = \(x / 2)")
print("\(name) has \(name.count) letters")
print("flag: \(flag), not: \(!flag)")
print("sum: \(n + 8), product: \(Double(n) * x)")
print("array: \([1, 2, 3]), strings: \(["a", "b"])")
print("tuple: \((1, "two"))")
print("labeled: \((a: 1, b: 2.0))")
print("nested \("inner \(n)")")
let opt: Int? = 5
print("optional: \(String(describing: opt))")
print("unwrapped: \(opt!)")
print("coalesced: \(opt ?? 0)")
let nothing: Int? = nil
print("nil coalesced: \(nothing ?? -1)")
print("\(n)\(n)\(n)")
print("\(1.0) \(1e-05) \(100.0) \(0.1 + 0.2)")
print("\(Int.max) \(-0.0)")
func describe(_ v: Int) -> String { "<\(v)>" }
print("calls: \(describe(7)) \(describe(n - 40))")
let items = ["pen", "book"]
for (i, item) in items.enumerated() {
    print("\(i + 1). \(item.uppercased())")
}
print("ternary: \(n > 40 ? "big" : "small")")
let s = "value=\(n)"
print(s.count, s)
