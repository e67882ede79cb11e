let a: Int? = 3
let b: Int? = nil
let s: String? = "text"
let d: Double? = 2.5
print(a as Any)
print(b as Any)
print(s as Any)
print(d as Any)
print(String(describing: a), String(describing: b))
print([a, b, a])
print([s, nil])
print((a, b))
print((value: a, missing: b))
let nested: Int?? = .some(nil)
print(nested as Any)
let doubleWrapped: Int?? = 5
print(doubleWrapped as Any)
print("interp \(String(describing: s))")
print(Int("42") as Any)
print(Int("4x2") as Any)
print(Double("2.5") as Any)
print(Double("nope") as Any)
print([1, 2, 3].first as Any)
print([Int]().first as Any)
let dict = ["a": 1]
print(dict["a"] as Any, dict["z"] as Any)
print(a!, d!, s!)
print(a.map { $0 * 2 } as Any)
print(b.map { $0 * 2 } as Any)
