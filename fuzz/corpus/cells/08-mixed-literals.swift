// Integer literals become Double when the expression needs a Double.
let a = 1 + 2.5
print(a)
let b = 3 * 0.5 + 1
print(b)
let c: Double = 1 + 2
print(c)
let d = 10 / 4.0
print(d)
let e = 2 * (3 + 0.25)
print(e)
let f: Double = (7 - 2) / 2
print(f)
let g = -1 + 0.5
print(g)
let n = 3
let h = Double(n) * 0.5
print(h)
let i = Double(n) / 2
print(i)
let j = n / 2
print(j)
let k = Double(7 / 2)
print(k)
let l = 0.5 * 4 + Double(n * n)
print(l)
let m: [Double] = [1, 2, 3]
print(m)
let p: (Double, Int) = (1, 1)
print(p)
func half(_ x: Double) -> Double { x / 2 }
print(half(5))
print(half(5) + 1)
let q = [1, 2.5, 3]
print(q)
