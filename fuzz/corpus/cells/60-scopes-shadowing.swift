let x = 10
func show() -> Int {
    let x = 20
    return x
}
print(x, show())
do {
    let x = "inner"
    print(x)
}
print(x)
var y = 1
for y in 5...6 { print("loop y", y) }
print("outer y", y)
if true {
    let y = 100
    print("block y", y)
}
y += 1
print(y)
func shadowParam(_ n: Int) -> Int {
    var n = n
    n *= 2
    return n
}
print(shadowParam(21))
let value: Int? = 5
if let value = value { print("unwrapped", value + 1) }
let closure = { (x: Int) -> Int in x * 3 }
print(closure(x))
do {
    var counter = 0
    for _ in 0..<3 { counter += 1 }
    print("do block counter", counter)
}
func nested() -> String {
    let a = "a"
    func inner() -> String {
        let a = "b"
        return a
    }
    return a + inner()
}
print(nested())
