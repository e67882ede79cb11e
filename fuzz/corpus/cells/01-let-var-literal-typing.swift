// Literals take their type from context: the same `3 / 2` is 1 or 1.5.
let a = 3 / 2
let z: Double = 3 / 2
let w = 3.0 / 2
let v: Double = 7
var count = 10
count = count + 5
var total: Double = 0
total += 1
total += 2
let n: Int = 1_000_000
let big = 12_345.678_9
print(a)
print(z)
print(w)
print(v)
print(count)
print(total)
print(n)
print(big)
let x = 4, y = 5.5
print(x, y)
var s: String
s = "assigned later"
print(s)
let e: Double = -3
print(e)
let h = 0x1F, o = 0o17, b = 0b1011
print(h, o, b)
let exp1 = 1e3, exp2 = 2.5e-3
print(exp1, exp2)
let ratio: Double = 1 / 3
print(ratio)
let intRatio = 1 / 3
print(intRatio)
