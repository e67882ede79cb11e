let a = 7.5
let b = 2.0
print(a + b)
print(a - b)
print(a * b)
print(a / b)
print(-a)
print(a.truncatingRemainder(dividingBy: b))
print((-a).truncatingRemainder(dividingBy: b))
print(a.remainder(dividingBy: b))
print(10.0 / 4)
print(1.0 / 3.0)
print(2.0 / 3.0)
print(1.1 * 1.1)
print(0.1 * 3)
print(3 * 0.1)
print(1e10 * 1e10)
print(1.5e300 * 1e10)
var x = 1.0
for _ in 0..<10 { x *= 1.5 }
print(x)
var y = 100.0
y /= 3
print(y)
y -= 0.5
print(y)
print(a.squareRoot())
print(2.0.squareRoot())
print(abs(-3.25))
print(max(1.5, 2.5), min(1.5, 2.5))
print((0.5).rounded(), (1.5).rounded(), (2.5).rounded(), (-2.5).rounded())
print((2.7).rounded(.down), (2.2).rounded(.up), (-2.7).rounded(.towardZero))
