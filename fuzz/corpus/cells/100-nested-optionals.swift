let nested: Int?? = .some(nil)
print(nested as Any)
let doubleWrapped: Int?? = 5
print(doubleWrapped as Any)
let inner: Int? = nil
let n2: Int?? = inner
print(n2 as Any, n2 == nil, n2! == nil)
if let x = n2 { print("outer some", x as Any) }
let xs: [Int?] = [1, nil, 3]
for x in xs {
    switch x {
    case .some(let v): print("v", v)
    case .none: print("none")
    }
}
for case let v? in xs { print(v) }
if case let v? = xs[0] { print("first", v) }
print(Optional(3) as Any, Optional(nested) as Any)
let deep: Int??? = .some(.some(nil))
print(deep as Any)
print(nested ?? 7 as Any)
let o: Int? = 4
switch o {
case nil: print("nil")
case let v?: print("got", v)
}
