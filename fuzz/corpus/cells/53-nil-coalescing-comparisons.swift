let a: Int? = nil
let b: Int? = 7
print(a ?? 0, b ?? 0)
print(a ?? b ?? -1)
print((a ?? 1) + (b ?? 1))
print(Int("x") ?? -1, Int("8") ?? -1)
print(a == nil, b == nil, a != nil, b != nil)
print(b == 7, b == 8, a == 7)
print(a == b)
let xs: [Int] = []
print(xs.max() ?? Int.min)
print(xs.first ?? 42)
let names = ["ann": "Ann Lee"]
print(names["ann"] ?? "anonymous", names["bob"] ?? "anonymous")
var cache: String? = nil
print(cache ?? "empty")
cache = cache ?? "filled"
print(cache!)
let d: Double? = nil
print(d ?? 0.5)
let counts = [3, 0, 5].map { $0 > 0 ? $0 : nil }
print(counts)
print(counts.map { $0 ?? 0 })
print(counts.compactMap { $0 })
let maybeMax = [1.5, 0.5].max()
print(maybeMax == 1.5)
print(maybeMax! * 2)
if maybeMax != nil { print("has max") }
