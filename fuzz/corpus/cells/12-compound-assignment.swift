var n = 1
for _ in 0..<10 { n *= 2 }
print(n)
n -= 24
print(n)
n /= 10
print(n)
n %= 7
print(n)
n += -3
print(n)
var x = 2.0
x *= x
print(x)
x /= 8
print(x)
x -= 1
print(x)
x += 0.25
print(x)
var s = "ab"
s += "cd"
s += String(n)
print(s)
var arr = [1]
arr += [2, 3]
arr += arr
print(arr)
var (p, q) = (1, 2)
(p, q) = (q, p)
print(p, q)
p += q
print(p, q)
var counter = 0
counter += 1; counter += 1; counter -= 3
print(counter)
