func factorial(_ n: Int) -> Int { n <= 1 ? 1 : n * factorial(n - 1) }
for n in [0, 1, 5, 10, 20] { print(n, factorial(n)) }
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print((0..<20).map(fib))
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
func power(_ x: Double, _ n: Int) -> Double {
    if n == 0 { return 1 }
    if n % 2 == 0 { let h = power(x, n / 2); return h * h }
    return x * power(x, n - 1)
}
print(power(2, 10), power(1.5, 3), power(10, 0))
func hanoi(_ n: Int, _ from: String, _ to: String, _ via: String, _ moves: inout [String]) {
    if n == 0 { return }
    hanoi(n - 1, from, via, to, &moves)
    moves.append("\(from)->\(to)")
    hanoi(n - 1, via, to, from, &moves)
}
var moves = [String]()
hanoi(3, "A", "C", "B", &moves)
print(moves.count, moves)
func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
print(isEven(10), isOdd(7), isEven(3))
func sumDigits(_ n: Int) -> Int { n < 10 ? n : n % 10 + sumDigits(n / 10) }
print(sumDigits(987654321))
func permutations(_ xs: [Int]) -> [[Int]] {
    if xs.count <= 1 { return [xs] }
    var result = [[Int]]()
    for (i, x) in xs.enumerated() {
        var rest = xs
        rest.remove(at: i)
        for p in permutations(rest) { result.append([x] + p) }
    }
    return result
}
print(permutations([1, 2, 3]))
func binarySearch(_ xs: [Int], _ target: Int, _ lo: Int, _ hi: Int) -> Int? {
    if lo > hi { return nil }
    let mid = (lo + hi) / 2
    if xs[mid] == target { return mid }
    return xs[mid] < target ? binarySearch(xs, target, mid + 1, hi) : binarySearch(xs, target, lo, mid - 1)
}
let sorted = [1, 3, 5, 7, 9, 11]
print(binarySearch(sorted, 7, 0, sorted.count - 1) as Any, binarySearch(sorted, 4, 0, sorted.count - 1) as Any)
func ackermann(_ m: Int, _ n: Int) -> Int {
    if m == 0 { return n + 1 }
    if n == 0 { return ackermann(m - 1, 1) }
    return ackermann(m - 1, ackermann(m, n - 1))
}
print(ackermann(2, 3))
