// Calls whose frames are reused, and frames that must not be: closures made in a call keep
// its variables, recursion reuses frames, Int and Double results come back unboxed.
func makeCounter(_ start: Int) -> () -> Int {
    var count = start
    return {
        count += 1
        return count
    }
}
let a = makeCounter(0)
let b = makeCounter(10)
print(a(), a(), b(), a(), b())

func adders(_ n: Int) -> [(Int) -> Int] {
    if n == 0 { return [] }
    let k = n * 10
    return adders(n - 1) + [{ $0 + k }]
}
print(adders(4).map { $0(1) })

func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print((0..<15).map(fib), fib(20))

func tribonacci(_ n: Int) -> Int {
    if n < 3 { return n == 2 ? 1 : 0 }
    let x = tribonacci(n - 1)
    let y = tribonacci(n - 2)
    return x + y + tribonacci(n - 3)
}
print((0..<12).map(tribonacci))

func halve(_ x: Double, _ times: Int) -> Double { times == 0 ? x : halve(x / 2, times - 1) }
print(halve(1000, 3), halve(1, 10) * 1024)

func describe(_ n: Int, _ unit: String, _ scale: Double) -> String {
    n <= 0 ? unit : describe(n - 1, unit + "!", scale * 2) + " \(scale)"
}
print(describe(3, "x", 0.5))

func ackermann(_ m: Int, _ n: Int) -> Int {
    m == 0 ? n + 1 : (n == 0 ? ackermann(m - 1, 1) : ackermann(m - 1, ackermann(m, n - 1)))
}
print(ackermann(2, 3), ackermann(3, 3))

// Arguments that call the same function: each call gets a frame of its own.
func add(_ x: Int, _ y: Int) -> Int { x + y }
print(add(add(1, 2), add(add(3, 4), 5)))

func collatzSteps(_ n: Int) -> Int {
    var steps = 0
    var m = n
    while m != 1 {
        m = m % 2 == 0 ? m / 2 : 3 * m + 1
        steps += 1
    }
    return steps
}
print((1...12).map(collatzSteps), collatzSteps(27))

// A nested function capturing its caller's frame, called recursively.
func sumTo(_ n: Int) -> Int {
    var total = 0
    func step(_ i: Int) {
        if i > n { return }
        total += i
        step(i + 1)
    }
    step(1)
    return total
}
print(sumTo(10), sumTo(100))

// Functions kept in variables and swapped while they run.
var transform: (Int) -> Int = { $0 * 2 }
func applyTwice(_ x: Int) -> Int { transform(transform(x)) }
print(applyTwice(3))
transform = { $0 - 1 }
print(applyTwice(3))

// Mixed comparisons and arithmetic with constants on either side.
func clamp(_ x: Int, _ lo: Int, _ hi: Int) -> Int { x < lo ? lo : (x > hi ? hi : x) }
print([-5, 0, 7, 12].map { clamp($0, 0, 10) }, 3 - clamp(4, 0, 2), 10 * clamp(1, 2, 3))
var u = 0.5, v = 1.5
let rate = 0.1
for _ in 0..<5 {
    let r = u * v - 1
    let gu = r * v
    u -= rate * gu
    v = v - rate * r * u
    v /= 1.0
}
print(u, v)
