print(1 + 2 * 3 - 4 / 2)
let n1 = -2 * -3
let n2 = -(2 * 3)
let four = 4
let n3 = -(-four)
print(n1, n2, n3)
print(10 - 2 - 3, 100 / 10 / 2, 2 * 3 % 4)
print(1 << 2 + 1)
print((1 << 2) + 1)
print(5 & 3 == 1)
print(1 + 2 == 3 && 4 > 3 || false)
print(true || false && false)
print(!true || true)
print(2.0 * 3 + 1 / 4.0)
print(-1.5 * -2)
print(7 % 4 * 2, 7 * 4 % 5)
print(1...3 ~= 2)
let a = 4, b = 3
print(a * b + a / b - a % b)
print(Double(a) / Double(b) * 3)
print(a > b ? a - b : b - a)
print((a + b) * (a - b))
print(-a % b, -a / b)
print(a & b, a | b, a ^ b, ~a, a << 3, -a >> 1)
var x = 5
x += x * 2
print(x)
x = x - -x
print(x)
