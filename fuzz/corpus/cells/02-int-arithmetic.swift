let a = 17
let b = 5
print(a + b)
print(a - b)
print(a * b)
print(a / b)
print(a % b)
print(-a)
print(+a)
print(b - a)
print(2 + 3 * 4)
print((2 + 3) * 4)
print(100 - 10 - 1)
print(2 * 3 + 4 * 5 - 6 / 2)
print(1 << 10)
print(1024 >> 3)
print(12 & 10, 12 | 10, 12 ^ 10)
print(~0)
var k = 7
k += 3
print(k)
k -= 1
print(k)
k *= 4
print(k)
k /= 3
print(k)
k %= 5
print(k)
print(abs(-42))
print(max(3, 9), min(3, 9))
print(max(1, 5, 3), min(4, -2, 8))
print(a.isMultiple(of: 17), b.isMultiple(of: 2))
print((-8).magnitude)
print(7.signum(), (-7).signum(), 0.signum())
