for i in 0..<3 { print(i, terminator: " ") }
print()
for i in stride(from: 10, to: 0, by: -3) { print(i, terminator: " ") }
print()
var k = 0
while k < 3 { k += 1 }
repeat { k -= 1 } while k > 1
print(k)
outer: for i in 1...3 {
    for j in 1...3 {
        if j == 2 { continue outer }
        if i == 3 { break outer }
        print(i, j)
    }
}
for x in [1, 2, 3, 4, 5, 6] where x % 2 == 0 { print("even", x) }
func classify(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1...9: return "small"
    case let m where m < 0: return "negative"
    default: return "large"
    }
}
print(classify(0), classify(5), classify(-4), classify(100))
let point = (2, 0)
switch point {
case (0, 0): print("origin")
case (let x, 0): print("on x axis at", x)
case (0, _): print("on y axis")
default: print("elsewhere")
}
let grade = if k > 0 { "positive" } else { "not positive" }
print(grade)
func firstNegative(_ xs: [Int]) -> Int? {
    for x in xs { if x < 0 { return x } }
    return nil
}
guard let found = firstNegative([3, -1, -5]) else { fatalError() }
print(found)

// expect: 0 1 2 
// expect: 10 7 4 1 
// expect: 1
// expect: 1 1
// expect: 2 1
// expect: even 2
// expect: even 4
// expect: even 6
// expect: zero small negative large
// expect: on x axis at 2
// expect: positive
// expect: -1
