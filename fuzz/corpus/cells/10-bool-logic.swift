let t = true
let f = false
print(t, f)
print(t && f, t || f, !t, !f)
print(t && !f || f)
print(!(t && f))
print(t == f, t != f)
var flag = false
flag.toggle()
print(flag)
flag = !flag
print(flag)
let a = 5, b = 8
let bothPositive = a > 0 && b > 0
print(bothPositive)
print(a < b, a > b, a <= 5, b >= 9, a == 5, a != 5)
print(a < b && b < 10 || a == 0)
print([true, false, true])
let checks = [a > 3, b > 10, a + b == 13]
print(checks)
print(checks.contains(false))
print(checks.allSatisfy { $0 })
print(String(true), String(false))
print("\(t) and \(f)")
func isEven(_ n: Int) -> Bool { n % 2 == 0 }
for i in 0..<4 { print(i, isEven(i), !isEven(i)) }
var calls = 0
func sideEffect() -> Bool { calls += 1; return true }
let shortCircuit = false && sideEffect()
print(shortCircuit, calls)
let orShort = true || sideEffect()
print(orShort, calls)
let evaluated = true && sideEffect()
print(evaluated, calls)
