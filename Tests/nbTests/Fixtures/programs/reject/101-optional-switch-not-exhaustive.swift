print("start")
let o: Int? = 3
switch o {
case .some(let v): print(v)
}
