func digits(_ n: Int) -> [Int] {
    var m = abs(n), out = [Int]()
    repeat { out.insert(m % 10, at: 0); m /= 10 } while m > 0
    return out
}
print(digits(0), digits(7), digits(-4096), digits(Int.max))
func reverseNumber(_ n: Int) -> Int { digits(n).reversed().reduce(0) { $0 * 10 + $1 } }
print(reverseNumber(12345), reverseNumber(1200))
func isPerfect(_ n: Int) -> Bool { (1..<n).filter { n % $0 == 0 }.reduce(0, +) == n }
print((1...500).filter(isPerfect))
func binary(_ n: Int) -> String {
    if n == 0 { return "0" }
    var m = n, s = ""
    while m > 0 { s = String(m % 2) + s; m /= 2 }
    return s
}
print((0...8).map(binary))
func popcount(_ n: Int) -> Int { n.nonzeroBitCount }
print((0...8).map(popcount))
var a = 0, b = 1
var fibs = [Int]()
while a < 1000 { fibs.append(a); (a, b) = (b, a + b) }
print(fibs)
func lcm(_ x: Int, _ y: Int) -> Int {
    var p = x, q = y
    while q != 0 { (p, q) = (q, p % q) }
    return x / p * y
}
print((1...20).reduce(1, lcm))
func powMod(_ base: Int, _ exp: Int, _ mod: Int) -> Int {
    var result = 1, b = base % mod, e = exp
    while e > 0 {
        if e & 1 == 1 { result = result * b % mod }
        b = b * b % mod
        e >>= 1
    }
    return result
}
print(powMod(2, 100, 1_000_000_007), powMod(3, 0, 7))
print(Int.max / 3 * 2, (Int.max - 5) % 1000)
