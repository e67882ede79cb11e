let xs: [Int?] = [nil, 2, nil]
print(xs.first as Any, xs.last as Any, xs.first(where: { $0 == nil }) as Any)
var ys = xs
print(ys.popLast() as Any, ys.popLast() as Any, ys.popLast() as Any, ys.popLast() as Any)
let d: [String: Int?] = ["a": nil, "b": 1]
print(d["a"] as Any, d["b"] as Any, d["z"] as Any)
if let inner = d["a"] { print("key a present, value", inner as Any) }
let o: Int? = 3
print(o.map { $0 > 2 ? nil : $0 } as Any, o.flatMap { $0 > 2 ? nil : $0 } as Any)
print(xs.compactMap { $0 }, xs.min { ($0 ?? 0) < ($1 ?? 0) } as Any)
